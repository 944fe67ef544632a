/**
 * cityweave's schemas are built without code generation, so that validation runs on pages with a
 * strict Content-Security-Policy. By default zod compiles a fast parser for each object schema with
 * `new Function`, after probing whether it may: on a page without `'unsafe-eval'`, or with
 * `require-trusted-types-for 'script'`, the probe fails quietly but the browser still reports a
 * violation in the console. With zod's `jitless` setting the schema is interpreted instead; on the
 * default atlas and on one of 1,500 cities, `parseAtlas` takes about 10% longer (a millisecond).
 *
 * `jitless` is one setting shared by every zod schema in the program (and every copy of zod on a
 * page): it is turned on only while a module of this folder builds its schemas, then put back as
 * it was, so the program's own schemas keep zod's defaults. A schema reads it when it is built.
 */
import { z } from 'zod';

/** Turns zod's `jitless` on; the function returned puts it back as it was. Call it at the top of a schema module and the result at its end. */
export function buildWithoutCodegen(): () => void {
  const config = z.config();
  const had = Object.prototype.hasOwnProperty.call(config, 'jitless');
  const before = config.jitless;
  config.jitless = true;
  return () => {
    if (had) config.jitless = before;
    else delete config.jitless;
  };
}
