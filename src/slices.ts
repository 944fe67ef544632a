/**
 * Work written as steps (`steps.ts`) run in slices of about `SLICE_MS` milliseconds, with a yield to
 * the event loop between them (`scheduler.yield()` where there is one, else a macrotask), so that a
 * page checking a document of thousands of records still answers input and paints meanwhile.
 */
import { SLICE_END, type Steps } from './steps.js';

/** About how long one slice of work runs before it yields. */
export const SLICE_MS = 8;
/**
 * The clock is read once every this many steps: a step takes about 10 µs (31,000 steps for a
 * document of 5,000 items and 5,000 cities), and reading it after each one cost more than a
 * tenth of the steps' own time in Chromium on a slow 2-core machine (0.4 µs a read).
 */
const CLOCK_EVERY = 16;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

interface MessageChannelLike {
  port1: { onmessage: (() => void) | null; close(): void };
  port2: { postMessage(message: null): void };
}

/** A macrotask, or `scheduler.yield()` where there is one (it lets input and painting in, then resumes first). */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Node: after the timers and I/O that are due.
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  // Browsers without scheduler.yield: a message, which setTimeout's 4 ms clamp does not delay.
  // Typed here, not from a library: src/ is checked without the DOM's types (tsconfig.src.json).
  const Channel = (globalThis as unknown as { MessageChannel?: new () => MessageChannelLike }).MessageChannel;
  if (typeof Channel === 'function') {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` for one slice: until they end, until `ms` milliseconds have passed (read every
 * `CLOCK_EVERY` steps), or until they yield `SLICE_END`. Synchronous: for work that must stay in a
 * caller's task (an element's update builds as much of its view as a slice allows, then asks for
 * another task). What the steps returned, when they ended.
 */
export function runSlice<T>(steps: Steps<T>, ms = SLICE_MS): { done: true; value: T } | { done: false } {
  const start = now();
  let sinceClock = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { done: true, value: r.value };
    if (r.value === SLICE_END) return { done: false };
    if (++sinceClock < CLOCK_EVERY) continue;
    sinceClock = 0;
    if (now() - start >= ms) return { done: false };
  }
}

/**
 * Runs `steps` to their end in slices that yield to the event loop between them. Rejects only when
 * `signal` aborts (with its reason); the steps are then left where they stopped (their `finally`
 * blocks run).
 */
export async function runInSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  try {
    for (;;) {
      const r = runSlice(steps);
      if (r.done) return r.value;
      await yieldToEventLoop();
      signal?.throwIfAborted();
    }
  } finally {
    steps.return(undefined as never);
  }
}
