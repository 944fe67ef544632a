/**
 * The host page's script (dist/cdn/embed-resize.js, a classic script under 1 KB gzip): sizes every
 * `<iframe data-cityweave>` to the height its embed page reports. A message is taken only from the
 * iframe's own window and from the origin of its `src`, so no other frame (an ad, a page the iframe
 * was sent to) can resize it. Without this script, or with JavaScript off, the iframe keeps its
 * `height` attribute and scrolls. As tall as its content, an embed page never scrolls itself: this
 * script tells it which part of it is on screen (on scroll and resize, once a frame), so that a long
 * list inside renders only what is near the reader and a sticky band sticks.
 */
import { RESIZE, SIZE_REQUEST, VISIBLE, type VisibleMessage } from './protocol.js';

const frames = (): HTMLIFrameElement[] => [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-cityweave]')];

addEventListener('message', (e) => {
  const data = e.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== RESIZE || typeof data.height !== 'number' || !(data.height >= 0)) return;
  for (const frame of frames()) {
    if (frame.contentWindow !== e.source) continue;
    if (new URL(frame.src, location.href).origin !== e.origin) return;
    frame.style.height = `${Math.min(Math.ceil(data.height), 100000)}px`;
    tell(frame);
  }
});

/**
 * Tells an embed which part of it is on screen, in its own coordinates (below its border): the
 * window, cut by every box around the frame that clips it (a theme that scrolls its content in a
 * box of its own, not the page). To any origin: where a frame sits on a page is no secret.
 */
function tell(frame: HTMLIFrameElement): void {
  let top = 0;
  let bottom = innerHeight;
  for (let box = frame.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    if (getComputedStyle(box).overflowY === 'visible') continue;
    const inside = box.getBoundingClientRect().top + box.clientTop;
    top = Math.max(top, inside);
    bottom = Math.min(bottom, inside + box.clientHeight);
  }
  const y = frame.getBoundingClientRect().top + frame.clientTop;
  const message: VisibleMessage = { type: VISIBLE, top: top - y, bottom: Math.max(top, bottom) - y, screen: innerHeight };
  frame.contentWindow?.postMessage(message, '*');
}

let told = false;
const tellAll = (): void => {
  if (told) return;
  told = true;
  requestAnimationFrame(() => {
    told = false;
    frames().forEach(tell);
  });
};
// Any scrolling ancestor of a frame, not only the page: heard in the capture phase. And whatever
// moves a frame without a scroll: an image above it that loads, content added before it.
addEventListener('scroll', tellAll, { passive: true, capture: true });
addEventListener('resize', tellAll, { passive: true });
if (typeof ResizeObserver === 'function') new ResizeObserver(tellAll).observe(document.documentElement);

/**
 * Asks each embed for its height: those that loaded before this script posted theirs unheard. To any
 * origin: the request carries nothing, and the answer is checked above. Naming the `src` origin instead
 * makes Chromium log an error for a frame that has not left about:blank yet, or was redirected.
 */
const ask = (frame: HTMLIFrameElement): void => frame.contentWindow?.postMessage({ type: SIZE_REQUEST }, '*');
frames().forEach(ask);
// An iframe that loads (or reloads) later: `load` does not bubble, so listen in the capture phase.
document.addEventListener('load', (e) => (e.target as Element).matches?.('iframe[data-cityweave]') && ask(e.target as HTMLIFrameElement), true);
