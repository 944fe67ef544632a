/**
 * What is checked on a document's text before it is parsed as JSON, shared by every reader of
 * documents (the elements' `src` loader, the CLI) so that they accept the same files and say the
 * same thing: the size limit, checked on the byte count before the text is read whole or parsed,
 * and the UTF-8 byte-order mark, which some editors write and `JSON.parse` refuses (a `fetch`
 * response's `json()` already drops it; a text read another way must drop it here).
 */
import { formatCount, MAX_DOCUMENT_BYTES } from './limits.js';

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/**
 * The message for a document of `bytes` bytes when it is over `MAX_DOCUMENT_BYTES`, else
 * `undefined`. Call it with the size known before reading (a file's size, a `Content-Length`) and
 * again with the bytes actually read.
 */
export function documentSizeIssue(bytes: number, limit = MAX_DOCUMENT_BYTES): string | undefined {
  if (!(bytes > limit)) return undefined;
  return `the document is ${megabytes(bytes)} (${formatCount(bytes)} bytes), more than the limit of ${megabytes(limit)} (${formatCount(limit)} bytes); split it into smaller documents or remove what the pages do not show`;
}

/** The text without its leading UTF-8 byte-order mark, if it has one. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
