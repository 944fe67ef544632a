import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoClipRectangle, geoStream, geoArea } from 'd3-geo';
const require = createRequire(import.meta.url);
const t = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json')));
const g = feature(t, t.objects.land).features[0].geometry;
const s2=r=>{let s=0;for(let i=0;i<r.length-1;i++)s+=r[i][0]*r[i+1][1]-r[i+1][0]*r[i][1];return s;};
const [W,S,E,N]=[-32,0,66,66];
for (const flip of [1,-1]) {
const rings=[];let ring;
const sink={polygonStart(){},polygonEnd(){},lineStart(){ring=[]},point(x,y){ring.push([x,flip*y])},lineEnd(){rings.push([...ring,ring[0]])}};
geoStream({type:'MultiPolygon',coordinates:g.coordinates.map(p=>p.map(r=>r.map(([x,y])=>[x,flip*y])))}, flip===1?geoClipRectangle(W,S,E,N)(sink):geoClipRectangle(W,-N,E,-S)(sink));
const pos = rings.filter(r=>s2(r)>0);
const neg = rings.filter(r=>s2(r)<0);
console.log('flip',flip, rings.length, 'pos', pos.map(r=>[r.length, r[0].map(v=>+v.toFixed(2))]), 'sum planar', (neg.reduce((a,r)=>a+s2(r),0)/-2).toFixed(1), (pos.reduce((a,r)=>a+s2(r),0)/2).toFixed(1));
}
{
const rings=[];let ring;
const sink={polygonStart(){console.log('pS')},polygonEnd(){console.log('pE')},lineStart(){ring=[]},point(x,y){ring.push([x,-y])},lineEnd(){rings.push([...ring,ring[0]]); console.log('ring', ring.length, s2([...ring,ring[0]]).toFixed(1))}};
const big = g.coordinates.filter(p=>p[0].length>10000);
console.log(big.length, big[0].length);
geoStream({type:'MultiPolygon',coordinates:big.map(p=>p.map(r=>r.map(([x,y])=>[x,-y])))}, geoClipRectangle(W,-N,E,-S)(sink));
for (const r of rings) { const on=r.filter(([x,y])=>Math.abs(y-66)<1e-6).map(p=>+p[0].toFixed(2)); console.log(r.length, on.length, JSON.stringify(on.slice(0,40))); }
}
{
const rings=[];let ring;
const sink={polygonStart(){},polygonEnd(){},lineStart(){ring=[]},point(x,y){ring.push([x,-y])},lineEnd(){rings.push([...ring,ring[0]])}};
const big = g.coordinates.filter(p=>p[0].length>10000);
geoStream({type:'MultiPolygon',coordinates:big.map(p=>p.map(r=>r.map(([x,y])=>[x,-y])))}, geoClipRectangle(W,-N,E,-S)(sink));
const r = rings[1];
for (let i=1;i<r.length;i++){ const d=Math.hypot(r[i][0]-r[i-1][0], r[i][1]-r[i-1][1]); if (d>3) console.log('long seg', i, r[i-1], r[i]); }
const i = r.findIndex(([x,y])=>Math.abs(y-66)<1e-6 && x>0); console.log(r.slice(i-2,i+3));
console.log('ymax', Math.max(...r.map(p=>p[1])), 'xmax', Math.max(...r.map(p=>p[0])));
}
