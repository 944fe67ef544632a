// Writes what is made from the schemas and the data, after rollup has built dist/src:
// - dist/atlas.schema.json: JSON Schema generated from the zod model and its docs (src/schema/json-schema.ts);
// - dist/data/atlas.json: the default dataset as one document, pointing at the schema.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { atlasJsonSchema } from '../dist/src/schema/json-schema.js';
import { parseAtlas } from '../dist/src/parse.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const schema = atlasJsonSchema({ version });
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
