// `cityweave render <element> name=value… [--data atlas.json] [--script URL]`: the HTML of one element
// with its data, rendered in Node by Lit SSR (@lit-labs/ssr) into a declarative shadow root, so that
// a reader with JavaScript off, a search engine or a printer sees the content. When the page loads
// the bundle, the element upgrades and renders again into the same shadow root (it replaces the
// static content; nothing is shown twice). Uses the built modules (dist/), like the CLI.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseAtlas } from '../dist/src/index.js';
import { loadMessages } from '../dist/components/base/messages.js';

// Lit's DOM shim for Node (installed first) has elements with attributes but no tree: the
// elements read their language from their own `lang` (see components/base/locale.ts), as a node of
// type element with no parent.
globalThis.Node ??= { ELEMENT_NODE: 1, TEXT_NODE: 3, DOCUMENT_NODE: 9, DOCUMENT_FRAGMENT_NODE: 11 };
if (!('nodeType' in HTMLElement.prototype)) Object.defineProperty(HTMLElement.prototype, 'nodeType', { get: () => 1 });
if (!('parentNode' in HTMLElement.prototype)) Object.defineProperty(HTMLElement.prototype, 'parentNode', { get: () => null });

const ELEMENTS = ['project-card', 'project-list', 'city-map', 'roadmap-timeline', 'sdg-badge'];
const DEFAULT_DATA = fileURLToPath(new URL('../dist/data/atlas.json', import.meta.url));
const USAGE = `usage: cityweave render <${ELEMENTS.join('|')}> name=value… [--data atlas.json] [--script URL]
  e.g. cityweave render project-card project=tanger-accueil lang=ar > card.html`;

/** An error the user can act on: printed as it is, without a stack. */
class RenderError extends Error {}

const escapeAttribute = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The command line: the element, its attributes (`project=tanger-accueil`), `--data`, `--script`. */
export function parseArgs(args) {
  const [element, ...rest] = args;
  if (!element || !ELEMENTS.includes(element)) throw new RenderError(`${element ? `"${element}" is not an element. ` : ''}${USAGE}`);
  const options = { element, attributes: [], data: undefined, script: undefined };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--data' || arg === '--script') {
      const value = rest[++i];
      if (!value) throw new RenderError(`${arg} needs a value.\n${USAGE}`);
      options[arg.slice(2)] = value;
    } else {
      const m = /^([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
      if (!m) throw new RenderError(`"${arg}" is not an attribute (name=value).\n${USAGE}`);
      options.attributes.push([m[1], m[2] ?? '']);
    }
  }
  return options;
}

/** The HTML of the element with its data, in a declarative shadow root. */
export async function renderElement({ element, attributes, data = DEFAULT_DATA, script }) {
  const tag = `cw-${element}`;
  await import(`../dist/components/${element}/define.js`);
  const observed = new Set(customElements.get(tag).observedAttributes);
  for (const [name] of attributes) {
    if (!observed.has(name)) throw new RenderError(`<${tag}> has no attribute "${name}"; it has ${[...observed].sort().join(', ')}.`);
  }
  let text;
  try {
    text = readFileSync(data, 'utf8');
  } catch (e) {
    throw new RenderError(`${data}: cannot read the data (${e.code ?? e.message}); give an atlas JSON file with --data.`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RenderError(`${data}: not JSON (${e.message}).`);
  }
  const parsed = parseAtlas(json);
  if (!parsed.ok) throw new RenderError(`${data}: not a valid atlas; run \`cityweave validate ${data}\` to see why.`);
  const atlas = parsed.atlas;
  // Without a language, the dataset's: written on the element, so that the client renders the same.
  const attrs = attributes.some(([n]) => n === 'lang') ? attributes : [['lang', atlas.defaultLanguage], ...attributes];
  const lang = attrs.find(([n]) => n === 'lang')[1];
  await loadMessages(lang);
  const attrText = attrs.map(([n, v]) => (v === '' ? n : `${n}="${escapeAttribute(v)}"`)).join(' ');
  const template = html`<${unsafeStatic(tag)} ${unsafeStatic(attrText)} .atlas=${atlas}></${unsafeStatic(tag)}>`;
  const out = await collectResult(render(template));
  return script ? `<script type="module" src="${escapeAttribute(script)}"></script>\n${out}\n` : `${out}\n`;
}

/** The command: prints the HTML, or a message and exit code 1 (2 for a usage error). */
export async function main(args, io = { out: (s) => process.stdout.write(s), err: (l) => console.error(l) }) {
  try {
    io.out(await renderElement(parseArgs(args)));
    return 0;
  } catch (e) {
    if (e instanceof RenderError) {
      io.err(`cityweave render: ${e.message}`);
      return 2;
    }
    io.err(`cityweave render: ${e?.stack ?? e}`);
    return 1;
  }
}
