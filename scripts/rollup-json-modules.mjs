// A rollup plugin for the CDN build (rollup.cdn.config.mjs): JSON files, as @rollup/plugin-json makes
// them modules, except the large ones (the basemap, the default dataset's views, the SDG titles),
// which become `export default JSON.parse("…")`. A large object literal costs the browser a full
// JavaScript parse (on a background thread, competing on a 2-core machine with the page's own
// work), bytecode and an evaluation; a string literal is only scanned, and JSON.parse reads it
// faster than the JavaScript parser reads the same literal (V8's advice: from about 10 KB on). Only
// the default export is kept for those: every import of them in the sources uses `default`, and an
// import of a named export would fail the build, not the page.
import json from '@rollup/plugin-json';

/** From this size on (characters of the file), a JSON file is read by JSON.parse. */
export const JSON_PARSE_MIN = 10_000;

/** `@rollup/plugin-json` with `options` for small files; large ones as a JSON.parse of one string. */
export function jsonModules(options = {}, minBytes = JSON_PARSE_MIN) {
  const small = json(options);
  return {
    name: 'cityweave-json-modules',
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      if (code.length < minBytes) return small.transform.call(this, code, id);
      const text = JSON.stringify(JSON.parse(code));
      return { code: `export default JSON.parse(${JSON.stringify(text)});\n`, map: { mappings: '' } };
    },
  };
}
