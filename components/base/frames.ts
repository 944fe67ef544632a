/** Work spread over animation frames (progressive rendering of long lists). */

/**
 * Runs `callback` once: at the next animation frame, or after `timeout` milliseconds if no frame
 * comes first (a page in the background gets few frames, a hidden page none, so there it runs
 * after the current task). Returns a function that cancels it.
 */
export function nextFrame(callback: () => void, timeout = 100): () => void {
  const hidden = globalThis.document?.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function';
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const run = (): void => {
    cancel();
    callback();
  };
  if (!hidden) frame = requestAnimationFrame(run);
  timer = setTimeout(run, hidden ? 0 : timeout);
  return cancel;
}
