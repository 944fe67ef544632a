// Writes what is made from the schemas and the data, after rollup has built dist/src:
// - dist/atlas.schema.json: JSON Schema generated from the zod model (never written by hand);
// - dist/data/atlas.json: the default dataset as one document, pointing at the schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasDocument } from '../dist/src/schema/index.js';
import { parseAtlas } from '../dist/src/parse.js';

const schema = z.toJSONSchema(AtlasDocument, { io: 'input', unrepresentable: 'any' });
schema.title = 'cityweave atlas';
schema.description =
  'A cityweave dataset: networks of cities, memberships, projects, roadmaps and events. Checks that JSON Schema cannot express (references, unique ids, SDG codes, real dates) are made by `cityweave validate`.';
mkdirSync('dist/data', { recursive: true });
writeFileSync('dist/atlas.schema.json', JSON.stringify(schema, null, 2) + '\n');

const doc = JSON.parse(readFileSync('data/atlas.json', 'utf8'));
const result = parseAtlas(doc);
if (!result.ok) {
  for (const i of result.issues) console.error(`data/atlas.json: ${i.path}: ${i.message}`);
  process.exit(1);
}
writeFileSync('dist/data/atlas.json', JSON.stringify({ $schema: '../atlas.schema.json', ...doc }) + '\n');
console.log(`built dist/atlas.schema.json and dist/data/atlas.json`);
