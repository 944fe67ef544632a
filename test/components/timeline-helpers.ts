/** What the timeline's browser tests share: an element settled on its data, content above it, key presses. */
import { html, waitUntil } from '@open-wc/testing';
import '../../components/roadmap-timeline/define.js';
import type { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import type { Atlas } from '../../src/atlas.js';
import { element, mount } from './helpers.js';

/** Waits for the data and for every entry to be rendered. */
export async function settle(el: CwRoadmapTimeline): Promise<CwRoadmapTimeline> {
  await waitUntil(() => el.state !== 'loading', `<cw-roadmap-timeline> stays loading (${el.getAttribute('src') ?? 'default data'})`, { timeout: 8000 });
  await el.allRendered();
  return el;
}

/**
 * A timeline inside a container of the given width (px) and language, on `atlas` when given (else its
 * attributes say where its data is); waits until it is settled.
 */
export async function timeline(attrs: Record<string, string>, opts: { lang?: string; width?: number; atlas?: Atlas } = {}): Promise<CwRoadmapTimeline> {
  const wrapper = await mount<HTMLDivElement>(html`<div lang=${opts.lang ?? 'fr'} style="inline-size: ${opts.width ?? 600}px"></div>`);
  const el = element<CwRoadmapTimeline>('cw-roadmap-timeline', attrs);
  if (opts.atlas) el.atlas = opts.atlas;
  wrapper.append(el);
  return settle(el);
}

/** Runs `test` with `px` of other content above the page's elements (as on a city's page), the page scrolled to its top before and after. */
export async function withContentAbove(px: number, test: () => Promise<void>): Promise<void> {
  window.scrollTo(0, 0);
  const spacer = document.createElement('div');
  spacer.style.blockSize = `${px}px`;
  document.body.prepend(spacer);
  try {
    await test();
  } finally {
    spacer.remove();
    window.scrollTo(0, 0);
  }
}

/**
 * Presses a key on the element that has the focus in the document (and in the shadow roots below it).
 *
 * Real key presses (`sendKeys` from @web/test-runner-commands) never return in a page that is not in
 * front (nor do animation frames come there), which is the case for one of the two test files the
 * runner runs at once. So the key
 * is dispatched as the browser dispatches it (a keydown that bubbles out of the shadow root), and
 * Enter or Space on a focused native button activates it as the browser does (a click), unless the
 * keydown was cancelled.
 */
export async function press(key: string): Promise<void> {
  let target: Element | null = document.activeElement;
  while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
  if (!target) throw new Error(`no focused element to press ${key} on`);
  const down = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(down);
  if (!down.defaultPrevented && (key === 'Enter' || key === ' ') && target instanceof HTMLButtonElement) target.click();
  target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
  // Let the element update and move the focus (a task, not an animation frame: frames do not come
  // in a page that is not in front).
  await new Promise((r) => setTimeout(r, 0));
}

