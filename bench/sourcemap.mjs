// A minimal reader of source maps (v3, no index maps): enough to say which original file a byte of
// a minified chunk, or a function in a CPU profile, comes from. Used by size.mjs (bytes per module)
// and render.mjs --profile (time per module).

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one segment's base64 VLQ fields. */
function decodeVlq(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = B64.get(ch);
    if (digit === undefined) throw new Error(`bad VLQ character ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Parses a source map into, per generated line, a sorted array of [column, sourceIndex, originalLine]
 * (-1 for unmapped segments). `sources` are the map's source paths as written.
 */
export function parseSourceMap(map) {
  const lines = [];
  let source = 0;
  let origLine = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let col = 0;
    if (line) {
      for (const seg of line.split(',')) {
        const f = decodeVlq(seg);
        col += f[0];
        if (f.length >= 4) {
          source += f[1];
          origLine += f[2];
          segs.push([col, source, origLine]);
        } else segs.push([col, -1, -1]);
      }
    }
    lines.push(segs);
  }
  return { sources: map.sources ?? [], lines };
}

/** The segment [column, sourceIndex, originalLine] covering a generated position (0-based), or undefined. */
export function segmentAt(parsed, line, column) {
  const segs = parsed.lines[line];
  if (!segs || segs.length === 0 || column < segs[0][0]) return undefined;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid][0] <= column) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

/**
 * Characters (UTF-16 units, as source-map columns count) of generated code attributed to each source
 * index. A segment runs to the next one; text before a line's first segment (the continuation of a
 * multi-line template literal) belongs to the last segment of the line above.
 */
export function bytesPerSource(parsed, code) {
  const out = new Map();
  const codeLines = code.split('\n');
  let carry = -1;
  codeLines.forEach((text, i) => {
    const segs = parsed.lines[i] ?? [];
    const len = text.length + 1;
    const head = segs.length ? segs[0][0] : len;
    out.set(carry, (out.get(carry) ?? 0) + head);
    segs.forEach(([col, src], k) => {
      const end = k + 1 < segs.length ? segs[k + 1][0] : len;
      out.set(src, (out.get(src) ?? 0) + Math.max(0, end - col));
      carry = src;
    });
  });
  return out;
}

/**
 * A short group name for a source path: the npm package for dependencies (`lit-html`, `zod`),
 * else the project folder (`components/city-map`, `src/i18n`, `src/views`).
 */
export function groupOf(path) {
  const p = path.replace(/\\/g, '/').replace(/^(\.\.\/)+/, '');
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = p.split('/');
  if (parts[0] === 'src' && parts.length > 2) return `src/${parts[1]}`;
  if (parts[0] === 'src') return `src/${parts[1].replace(/\.[jt]s$/, '')}`;
  if (parts[0] === 'components' && parts.length > 2) return `components/${parts[1]}`;
  if (parts[0] === 'data') return 'data';
  return parts.slice(0, 2).join('/');
}
