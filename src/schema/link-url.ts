/**
 * Which strings are links a page may show: what `new URL` parses, with the scheme http, https or
 * mailto. That is the rule; `PLAIN_WEB_ADDRESS` only spares most links the URL parser. In Node the
 * first `new URL` of a process loads the parser (about 8 ms of a first `parseAtlas` of 1,000
 * projects, on a slow machine), and each call builds an object that is thrown away.
 */

/**
 * `http(s)://` and a host name whose labels are letters, digits and inner hyphens, the last one
 * starting with a letter, then an optional port of up to 4 digits, then a path, query or fragment
 * without spaces. Each such string is one `new URL` accepts with that scheme: the host is not an
 * IPv4 address (its last label is not a number), not IPv6, has no user, no `%` and no `xn--` label
 * (punycode that may not decode is left to the parser); after the host of an http(s) URL the parser
 * never fails (it encodes what it must).
 * Anything else goes to the parser (test/node/link-url.test.mjs compares the two).
 */
const PLAIN_WEB_ADDRESS = /^https?:\/\/(?!(?:[^/?#]*\.)?xn--)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,4})?(?:[/?#]\S*)?$/i;

/** True for a string `new URL` parses as an http, https or mailto URL. */
export function isLinkUrl(s: string): boolean {
  if (PLAIN_WEB_ADDRESS.test(s)) return true;
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
