import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';
const require = createRequire(import.meta.url);
const t = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json')));
const g = feature(t, t.objects.land).features[0].geometry;
const R=6371.0088;
const rows = g.coordinates.map(p => { const c = geoCentroid({type:'Polygon',coordinates:p}); return [Math.round(geoArea({type:'Polygon',coordinates:[p[0]]})*R*R), p[0].length, c.map(v=>+v.toFixed(1))]; })
 .filter(([a,n,[x,y]]) => x>-32 && x<66 && y>0 && y<66).sort((a,b)=>a[0]-b[0]);
const bins=[50,100,150,300,1000,2000,5000,1e9]; let lo=0;
for (const b of bins){ const r=rows.filter(x=>x[0]>=lo&&x[0]<b); console.log(`${lo}-${b} km2: ${r.length} rings, ${r.reduce((s,x)=>s+x[1],0)} pts`); lo=b;}
console.log(JSON.stringify(rows.filter(r=>r[0]<400)));
