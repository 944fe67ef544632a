// A rollup plugin for the CDN build (rollup.cdn.config.mjs): minifies the text of Lit's css`…`
// templates, which the JS minifier keeps as it is (comments, indentation, line breaks): about a
// quarter of the bundle's raw size. Only whitespace and comments go; every other character of the
// template (strings, escapes, `${…}` expressions) is kept, so the rules are the same.
// The npm build keeps the readable CSS: its users' bundlers minify as they choose.

/** Characters around which whitespace means nothing in CSS (`a > b` is `a>b`; not `+` or `-`, which calc() needs spaced). */
const TIGHT = new Set(['{', '}', ';', ',', '>']);
/** Whether whitespace after `ch` means nothing: after the characters above, `:` (`color: red`) and `(`. */
const looseAfter = (ch) => TIGHT.has(ch) || ch === ':' || ch === '(';

/**
 * The text of a css`…` template part, minified: comments removed, whitespace collapsed to one space
 * and dropped next to `{ } ; , >`, after `:` and `(`, before `)`, and at the ends of the template;
 * `;` before `}` dropped. Strings and backslash escapes are copied as they are. `atStart`/`atEnd`
 * say whether the part begins or ends the template (rather than touching a `${…}`, where a space
 * may separate two selectors and is kept).
 */
export function minifyCss(text, { atStart = true, atEnd = true } = {}) {
  let out = '';
  let space = false; // whitespace (or a comment) seen since the last character written
  const push = (ch) => {
    const prev = out.at(-1);
    if (space && out !== '' && !looseAfter(prev) && !TIGHT.has(ch) && ch !== ')') out += ' ';
    else if (space && out === '' && !atStart) out += ' ';
    if (ch === '}' && out.at(-1) === ';') out = out.slice(0, -1);
    out += ch;
    space = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      space = true;
    } else if (/\s/.test(ch)) {
      space = true;
    } else if (ch === '\\') {
      push(ch);
      if (i + 1 < text.length) out += text[++i];
    } else if (ch === '"' || ch === "'") {
      push(ch);
      for (i++; i < text.length && text[i] !== ch; i++) {
        out += text[i];
        if (text[i] === '\\' && i + 1 < text.length) out += text[++i];
      }
      if (i < text.length) out += ch;
    } else {
      push(ch);
    }
  }
  if (space && !atEnd && out !== '' && !looseAfter(out.at(-1))) out += ' ';
  return out;
}

/** The css`…` templates of a module: [start, end, atStart, atEnd] of each part's text. */
function cssTemplateParts(ast) {
  const parts = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
      const { quasis } = node.quasi;
      quasis.forEach((q, i) => parts.push([q.start, q.end, i === 0, i === quasis.length - 1]));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return parts;
}

/** Line and column (0-based) of each offset of `text`, as a function. */
function positions(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - starts[lo]];
  };
}

/**
 * `code` with the given replacements ([start, end, text], in order, not overlapping), and a decoded
 * source map that maps the start of every output line, and of every replaced or kept stretch, to
 * where it was: line-level precision, enough to tell which module a byte comes from.
 */
function replace(code, edits) {
  const at = positions(code);
  const lines = [[]];
  let out = '';
  const mark = (from) => {
    const [line, col] = at(from);
    const segs = lines.at(-1);
    const genCol = out.length - out.lastIndexOf('\n') - 1;
    if (segs.at(-1)?.[0] !== genCol) segs.push([genCol, 0, line, col]);
  };
  const copy = (text, from, exact) => {
    mark(from);
    for (let i = 0; i < text.length; i++) {
      out += text[i];
      if (text[i] === '\n') {
        lines.push([]);
        if (i + 1 < text.length) mark(exact ? from + i + 1 : from);
      }
    }
  };
  let pos = 0;
  for (const [start, end, text] of edits) {
    copy(code.slice(pos, start), pos, true);
    copy(text, start, false);
    pos = end;
  }
  copy(code.slice(pos), pos, true);
  return { code: out, map: { version: 3, sources: [], names: [], mappings: lines } };
}

/** The plugin: minifies css`…` templates in the modules it transforms (put it after the TypeScript plugin). */
export function cssTemplates() {
  return {
    name: 'cityweave-css-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('css`')) return null;
      const edits = cssTemplateParts(this.parse(code))
        .map(([start, end, atStart, atEnd]) => [start, end, minifyCss(code.slice(start, end), { atStart, atEnd })])
        .sort((a, b) => a[0] - b[0]);
      return edits.length === 0 ? null : replace(code, edits);
    },
  };
}
