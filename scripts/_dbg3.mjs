import { readFileSync } from 'node:fs';
const doc = JSON.parse(readFileSync('data/basemap.json','utf8'));
const cross = (a, b, c, d) => { const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])); return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0; };
for (const f of doc.features) for (const poly of f.geometry.coordinates) { const r = poly[0]; for (let i=0;i<r.length-1;i++) for (let j=i+2;j<r.length-1;j++) { if (i===0 && j===r.length-2) continue; if (cross(r[i],r[i+1],r[j],r[j+1])) console.log(f.id, r.length, i, j, r[i], r[i+1], r[j], r[j+1]); } }
