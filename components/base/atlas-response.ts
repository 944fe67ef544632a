/**
 * Reads the response to a `src` download (see `fetchAtlas` in `data-source.ts`): a lazy chunk,
 * loaded while the server answers. Checks, in order and before any expensive work: the HTTP status;
 * the size, against `MAX_DOCUMENT_BYTES` (the Content-Length when the server sends one, then the
 * bytes as they come: reading stops at the limit, so a huge or endless response is never held in
 * memory); JSON; where the document came from and as what (a redirect to another origin, or a
 * content type that is not JSON, is accepted with one console warning that names the final URL);
 * then the validator. Never rejects, except when the download itself fails (aborted, or the
 * connection lost while reading), which `fetchAtlas` reports.
 */
import { MAX_DOCUMENT_BYTES } from '../../src/limits.js';
import { yieldToEventLoop } from '../../src/slices.js';
import type { AtlasLoad } from './data-source.js';
// The validator comes with this chunk, while the server sends the document.
import { parseDocument } from './parse-document.js';

/** Content types under which a JSON document is served without surprise (`text/plain`: raw files on code hosts). */
const JSON_LIKE = /json|^text\/plain/i;

/** One warning when the document does not come from where, or as what, the page expects. Accepted either way: the author may mean it. */
function warnIfUnexpected(response: Response, url: string): void {
  const final = response.url || url;
  const type = response.headers.get('content-type') ?? '';
  const notes: string[] = [];
  if (response.redirected && new URL(final).origin !== new URL(url).origin) notes.push(`was redirected to another origin`);
  if (type !== '' && !JSON_LIKE.test(type)) notes.push(`is served as ${type}, not as JSON (application/json)`);
  if (notes.length === 0) return;
  console.warn(
    `cityweave: the data of ${url} ${notes.join(' and ')}; it was read from ${final}. It is used as it is: check that this is the document you meant.`,
  );
}

/**
 * The body as text (UTF-8, as `Response.text()` reads it), or undefined once it is larger than
 * `limit` bytes (the rest is not read). Each piece is decoded as it arrives (a character split
 * between two pieces is completed by the next): decoding a 2.9 MB document at the end took 33 to
 * 45 ms of the task that then parsed it, on a slow 2-core machine.
 */
async function readText(response: Response, limit: number): Promise<string | undefined> {
  const body = response.body;
  if (!body) return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * From this many characters on, `JSON.parse` and the validation's first slice each run in a task
 * of their own: read, decoded, parsed and first checked at once, a 2.9 MB document made a task of
 * 170 to 180 ms on a slow 2-core machine (`JSON.parse` alone 35 to 50 ms there). A network's
 * document (tens of kilobytes) stays in one task, which is quicker to show.
 */
const OWN_TASKS_ABOVE = 256 * 1024;

/** The atlas in a response, or the failure that says why not. `arrived` is called once the whole document is received. */
export async function readAtlasResponse(response: Response, url: string, arrived: () => void): Promise<AtlasLoad> {
  if (!response.ok) {
    console.warn(`cityweave: ${url} answered ${response.status} ${response.statusText}`.trimEnd());
    return { ok: false, failure: { kind: 'unreachable', url, status: response.status } };
  }
  const tooLarge = (): AtlasLoad => {
    console.warn(`cityweave: ${url} is larger than ${MAX_DOCUMENT_BYTES} bytes (${MAX_DOCUMENT_BYTES / 2 ** 20} MB), the most an element reads; it was not read. Split the data into smaller documents.`);
    return { ok: false, failure: { kind: 'too-large', url } };
  };
  if (Number(response.headers.get('content-length')) > MAX_DOCUMENT_BYTES) {
    void response.body?.cancel().catch(() => {});
    return tooLarge();
  }
  const text = await readText(response, MAX_DOCUMENT_BYTES);
  if (text === undefined) return tooLarge();
  arrived();
  const large = text.length > OWN_TASKS_ABOVE;
  if (large) await yieldToEventLoop();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.warn(`cityweave: ${url} is not JSON (${e instanceof Error ? e.message : String(e)})`);
    return { ok: false, failure: { kind: 'not-json', url } };
  }
  // Said only of a document that is used: one that is not JSON has its own message.
  warnIfUnexpected(response, url);
  try {
    if (large) await yieldToEventLoop();
    // Parsed here and held by nothing else: checked in place, not copied.
    return await parseDocument(json, url, true);
  } catch (e) {
    return { ok: false, failure: { kind: 'internal', cause: e } };
  }
}
