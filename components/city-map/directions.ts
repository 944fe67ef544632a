/** Moving between markers by direction (the arrow keys), reading order, and spreading markers that share a place (pure). */
import type { ScreenPoint } from './clusters.js';
// ── Moving between markers with the arrow keys ─────────────────────────────────────────────

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker to go to from `from` with an arrow key: among those lying within 60° of the
 * direction, the nearest, distance counted double across the direction (so that Right goes to the
 * city to the right rather than to a closer one well above it). Undefined when there is none that
 * way. Mirroring for right-to-left reading is the caller's: it swaps `left` and `right`.
 */
export function neighbourInDirection<T extends { x: number; y: number }>(from: T, candidates: readonly T[], direction: Direction): T | undefined {
  const [ux, uy] = direction === 'left' ? [-1, 0] : direction === 'right' ? [1, 0] : direction === 'up' ? [0, -1] : [0, 1];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c === from) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    // Within 60° of the direction: tan 60° ≈ 1.732.
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Markers in reading order (rows of `row` pixels top to bottom, then left to right, or right to left in RTL): the order of Tab-free browsing (Home, End). */
export function readingOrder<T extends { x: number; y: number }>(markers: readonly T[], rtl: boolean, row = 24): T[] {
  return [...markers].sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || (rtl ? b.x - a.x : a.x - b.x));
}

/**
 * Spreads markers that share a place (or nearly) on a small circle around it, so that each can be
 * seen and picked once zoomed in as far as the map goes. Returns them unchanged when they are
 * already at least `gap` apart.
 */
export function spreadPoints<T extends ScreenPoint>(points: readonly T[], gap: number): T[] {
  if (points.length < 2) return [...points];
  let close = false;
  for (let i = 0; i < points.length && !close; i++)
    for (let j = i + 1; j < points.length; j++)
      if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < gap) {
        close = true;
        break;
      }
  if (!close) return [...points];
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  // A circle whose circumference leaves `gap` between neighbours.
  const r = Math.max(gap, (gap * points.length) / (2 * Math.PI));
  return points.map((p, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / points.length;
    return { ...p, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
}
