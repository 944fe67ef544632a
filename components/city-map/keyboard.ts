/**
 * What a key does on the map's markers and in its list, as data: the element only carries it out.
 * Arrow keys go to the nearest city in their direction on the map (Left and Right swapped in
 * right-to-left reading, where the map is read from the right: Left goes on, as in the list);
 * Enter and Space activate; Escape clears; `+`/`-` zoom and `0` shows every city.
 */
import { readingOrder, type Direction } from './layout.js';

export type MapKeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'activate' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'reset' };

/** The screen direction of an arrow key, or undefined for another key. */
export function arrowDirection(key: string, rtl: boolean): Direction | undefined {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return rtl ? 'right' : 'left';
    case 'ArrowRight':
      return rtl ? 'left' : 'right';
    default:
      return undefined;
  }
}

/** The action of a key pressed on a marker (no modifier but Shift), or undefined when the map leaves it alone. */
export function mapKeyAction(event: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }, rtl: boolean, step: number): MapKeyAction | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const direction = arrowDirection(event.key, rtl);
  if (direction) return { kind: 'move', direction };
  switch (event.key) {
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'activate' };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: step };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / step };
    case '0':
      return { kind: 'reset' };
    default:
      return undefined;
  }
}

/** A marker or cluster drawn on the map: its roving key (a city's id, or `cluster:` and a key), its place, its node. */
export interface MarkerNode {
  key: string;
  x: number;
  y: number;
  el: SVGGraphicsElement;
}

/** The markers drawn in `root`, with their places read from their circles. */
export function markersIn(root: ParentNode): MarkerNode[] {
  const out: MarkerNode[] = [];
  for (const el of root.querySelectorAll<SVGGraphicsElement>('svg .markers [data-key]')) {
    const hit = el.querySelector('circle.hit, circle.badge');
    if (!hit) continue;
    out.push({ key: el.getAttribute('data-key')!, x: Number(hit.getAttribute('cx')), y: Number(hit.getAttribute('cy')), el });
  }
  return out;
}

/**
 * One tab stop for the map: the marker of `want` when it is drawn, else the selected city's, else the
 * first in reading order. Set on the nodes after rendering, since the markers' templates are shared
 * by every update that does not move them. Returns the marker that holds the stop.
 */
export function applyRovingStop(markers: readonly MarkerNode[], want: string | undefined, selected: string | undefined, rtl: boolean): MarkerNode | undefined {
  if (markers.length === 0) return undefined;
  const target = markers.find((m) => m.key === want) ?? markers.find((m) => m.key === selected) ?? readingOrder(markers, rtl)[0]!;
  for (const m of markers) {
    const v = m === target ? '0' : '-1';
    if (m.el.getAttribute('tabindex') !== v) m.el.setAttribute('tabindex', v);
  }
  return target;
}
