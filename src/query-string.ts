/**
 * Editing a few parameters of a URL's query string without rewriting the rest. `URLSearchParams`
 * re-serializes every parameter it round-trips (`preview` → `preview=`, `a[b]` → `a%5Bb%5D`,
 * `%7e` → `%7E`), which changes a host page's own query (a CMS's `?page_id=12&preview`); this
 * changes only the parameters it is asked to, and keeps every other byte, in order.
 */

/** A query parameter's name or value as a form decoder reads it (`+` is a space); the text as it is when it is not valid percent-encoding. */
function decodePart(text: string): string {
  const plus = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus;
  }
}

/** A name or value, percent-encoded for a query (a space as `+`, as forms and `URLSearchParams` write it). */
function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

/**
 * `search` (`location.search`: empty, or starting with `?`) with the parameters named in `changes`
 * set to their value (`undefined`: removed). A parameter that is there is replaced where it stands
 * (its later repeats are removed); a new one is added at the end. Names are compared decoded
 * (`cw%2Dsdg` is `cw-sdg`). Every other parameter keeps its bytes, its place and its separators.
 * Returns the new search, with its `?` (empty when no parameter is left), or `search` itself when
 * nothing changes.
 */
export function editQuery(search: string, changes: Readonly<Record<string, string | undefined>>): string {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const pieces = query === '' ? [] : query.split('&');
  const done = new Set<string>();
  let changed = false;
  const out: string[] = [];
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    const name = decodePart(eq < 0 ? piece : piece.slice(0, eq));
    if (!Object.prototype.hasOwnProperty.call(changes, name)) {
      out.push(piece);
      continue;
    }
    const value = changes[name];
    if (value === undefined || done.has(name)) {
      changed = true;
      continue;
    }
    done.add(name);
    const written = `${encodePart(name)}=${encodePart(value)}`;
    // A parameter that already holds the value keeps its own spelling (`q=a%20b` for `a b`).
    const same = eq >= 0 && decodePart(piece.slice(eq + 1)) === value;
    if (!same) changed = true;
    out.push(same ? piece : written);
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || done.has(name)) continue;
    out.push(`${encodePart(name)}=${encodePart(value)}`);
    changed = true;
  }
  if (!changed) return search;
  return out.length === 0 ? '' : `?${out.join('&')}`;
}
