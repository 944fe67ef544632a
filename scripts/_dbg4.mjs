import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoArea, geoBounds } from 'd3-geo';
const require = createRequire(import.meta.url);
for (const file of ['land-50m.json','land-10m.json']) {
const t = JSON.parse(readFileSync(require.resolve('world-atlas/'+file)));
const g = feature(t, t.objects.land).features[0].geometry;
const R=6371.0088;
const found = g.coordinates.filter(p => p[0].some(([x,y]) => x>14 && x<14.7 && y>35.7 && y<36.2));
console.log(file, found.map(p => [p[0].length, Math.round(geoArea({type:'Polygon',coordinates:p})*R*R), geoBounds({type:'Polygon',coordinates:p})]));
}
