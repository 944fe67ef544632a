// Injected into each view test bundled for Node (scripts/test-unit.mjs; esbuild's `inject` puts these
// exports in place of the globals of the same names): mocha's describe/it/before…, from Node's test
// runner, and a `fetch` that also reads the test's own fixture files (Node's fetch has no file: URLs).
import { readFile } from 'node:fs/promises';

export { after, afterEach, before, beforeEach, describe, it } from 'node:test';

const networkFetch = globalThis.fetch;
export async function fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== 'file:') return networkFetch(input, init);
  return new Response(await readFile(url), { headers: { 'content-type': url.pathname.endsWith('.json') ? 'application/json' : 'text/plain' } });
}
