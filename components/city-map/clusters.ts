/** Which markers merge into a cluster on screen, with no DOM (pure). */

// ── Clustering ──────────────────────────────────────────────────────────────────────────────

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster {
  /** A stable key: the id of its first point. */
  key: string;
  /** Its points' ids, in the order given. */
  ids: string[];
  /** The mean of its points. */
  x: number;
  y: number;
}

/**
 * Groups points closer than `radius` pixels. Greedy on a grid, in the given order (so the caller's
 * most important points seed the groups), repeated on the groups until none is closer than
 * `radius` to another: when it returns, every two clusters are at least `radius` apart.
 * Linear in the number of points per pass.
 */
export function clusterPoints(points: readonly ScreenPoint[], radius: number): Cluster[] {
  let clusters: Array<Cluster & { sx: number; sy: number }> = points.map((p) => ({ key: p.id, ids: [p.id], x: p.x, y: p.y, sx: p.x, sy: p.y }));
  if (radius <= 0) return clusters.map(({ key, ids, x, y }) => ({ key, ids, x, y }));
  const r2 = radius * radius;
  for (let pass = 0; pass < 50; pass++) {
    const grid = new Map<string, number[]>();
    const cell = (v: number) => Math.floor(v / radius);
    clusters.forEach((c, i) => {
      const k = `${cell(c.x)},${cell(c.y)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    const taken = new Uint8Array(clusters.length);
    const next: typeof clusters = [];
    let merged = false;
    for (let i = 0; i < clusters.length; i++) {
      if (taken[i]) continue;
      taken[i] = 1;
      const seed = clusters[i]!;
      const group = { key: seed.key, ids: [...seed.ids], x: seed.x, y: seed.y, sx: seed.sx, sy: seed.sy };
      const cx = cell(seed.x);
      const cy = cell(seed.y);
      const members: number[] = [];
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(`${gx},${gy}`) ?? []) {
            if (taken[j]) continue;
            const o = clusters[j]!;
            const dx = o.x - seed.x;
            const dy = o.y - seed.y;
            if (dx * dx + dy * dy < r2) members.push(j);
          }
        }
      }
      members.sort((a, b) => a - b);
      for (const j of members) {
        taken[j] = 1;
        const o = clusters[j]!;
        group.ids.push(...o.ids);
        group.sx += o.sx;
        group.sy += o.sy;
        merged = true;
      }
      group.x = group.sx / group.ids.length;
      group.y = group.sy / group.ids.length;
      next.push(group);
    }
    clusters = next;
    if (!merged) break;
  }
  return clusters.map(({ key, ids, x, y }) => ({ key, ids, x, y }));
}
