/**
 * The shape of a city's marker for each marker style (`src/views/city-map.ts` decides the style
 * from the city's roles): the styles differ by shape, not by colour alone, so that they are told
 * apart in forced colours, in greyscale and by readers who do not see the colours (WCAG 1.4.1).
 * Pure: an SVG path around a centre.
 */
import type { MarkerStyle } from '../../src/views/city-map.js';

/** How far a marker's shape reaches, as a multiple of its radius (a star's points go past a circle's edge). */
export const SHAPE_EXTENT = 1.2;

const f = (n: number) => Math.round(n * 100) / 100;

function polygon(x: number, y: number, r: number, corners: number, rotation: number, inner?: number): string {
  const pts: string[] = [];
  const steps = inner === undefined ? corners : corners * 2;
  for (let i = 0; i < steps; i++) {
    const rr = inner !== undefined && i % 2 === 1 ? r * inner : r;
    const a = rotation + (2 * Math.PI * i) / steps;
    pts.push(`${f(x + rr * Math.cos(a))},${f(y + rr * Math.sin(a))}`);
  }
  return `M${pts.join('L')}Z`;
}

/** The path of a marker of style `style` centred on `(x, y)`, about `r` in radius. */
export function markerPath(style: MarkerStyle, x: number, y: number, r: number): string {
  const up = -Math.PI / 2;
  switch (style) {
    case 'lead':
      // Every shape stays within `SHAPE_EXTENT · r` of its centre: the label layout keeps that free.
      return polygon(x, y, r * SHAPE_EXTENT, 5, up, 0.5);
    case 'coordinator':
      return polygon(x, y, r * SHAPE_EXTENT, 4, up);
    case 'seat':
      return polygon(x, y, r * SHAPE_EXTENT, 4, up + Math.PI / 4);
    case 'host':
      return polygon(x, y, r * SHAPE_EXTENT, 3, up);
    case 'pilot':
      return polygon(x, y, r * 1.1, 6, 0);
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
  }
}
