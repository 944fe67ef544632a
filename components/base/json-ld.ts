/**
 * What an element needs to write its structured data, as one module that the elements load on
 * demand (`json-ld-ready.ts`): the schema.org JSON-LD builders (`src/jsonld.ts`) and the writer
 * (`structured-data.ts`). A page with no `structured-data` attribute never downloads them.
 */
export { cityJsonLd, eventJsonLd, networkJsonLd, projectJsonLd } from '../../src/jsonld.js';
export { writeStructuredData } from './structured-data.js';
