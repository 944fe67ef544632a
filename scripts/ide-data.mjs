/**
 * The IDE files, generated from `custom-elements.json` at build time (`scripts/build-tooling.mjs`
 * writes them into `dist/`):
 * - `vscode.html-custom-data.json`: tags and attributes (with their values) for VS Code's HTML
 *   support (`html.customData`); VS Code's format has no events, so they are in each tag's text;
 * - `vscode.css-custom-data.json`: the `--cw-*` custom properties, `::part()` names and
 *   `:state()` names (`css.customData`);
 * - `web-types.json`: the same for JetBrains IDEs (package.json's `web-types` field), with events.
 */
import { oneLine } from './manifest-elements.mjs';

const md = (value) => ({ kind: 'markdown', value });

/** An element's Markdown text: summary, description, then its events and parts. */
function elementText(el) {
  const list = (title, items, line) => (items.length ? `\n\n**${title}**\n${items.map((i) => `- ${line(i)}`).join('\n')}` : '');
  return (
    [el.summary, el.description].map(oneLine).filter(Boolean).join('\n\n') +
    list('Events', el.events, (e) => `\`${e.name}\` (\`${e.type}\`): ${oneLine(e.description)}`) +
    list('CSS parts', el.cssParts, (p) => `\`::part(${p.name})\`: ${oneLine(p.description)}`) +
    list('Custom states', el.cssStates, (s) => `\`:state(${s.name})\`: ${oneLine(s.description)}`)
  );
}

const attributeText = (a) => oneLine(a.description) + (a.default !== undefined ? ` Default: \`${a.default}\`.` : '');

export function vscodeHtmlData(elements) {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: md(elementText(el)),
      attributes: el.attributes.map((a) => ({
        name: a.name,
        description: md(attributeText(a)),
        ...(a.values ? { values: a.values.map((name) => ({ name })) } : a.type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

/** Each name once, with the elements that use it (`--cw-color-text` is everyone's). */
function byName(elements, pick) {
  const out = new Map();
  for (const el of elements) {
    for (const item of pick(el)) {
      const entry = out.get(item.name) ?? { ...item, tags: [] };
      entry.tags.push(el.tag);
      out.set(item.name, entry);
    }
  }
  return [...out.values()];
}

const usedBy = (entry, all) => (entry.tags.length === all ? '' : ` (${entry.tags.map((t) => `\`<${t}>\``).join(', ')})`);

export function vscodeCssData(elements) {
  const n = elements.length;
  return {
    version: 1.1,
    properties: byName(elements, (el) => el.cssProperties).map((p) => ({
      name: p.name,
      description: md(`${oneLine(p.description)}${p.default !== undefined ? ` Default: \`${p.default}\`.` : ''}${usedBy(p, n)}`),
    })),
    pseudoElements: byName(elements, (el) => el.cssParts).map((p) => ({ name: `::part(${p.name})`, description: md(`${oneLine(p.description)}${usedBy(p, n)}`) })),
    pseudoClasses: byName(elements, (el) => el.cssStates).map((s) => ({ name: `:state(${s.name})`, description: md(`${oneLine(s.description)}${usedBy(s, n)}`) })),
  };
}

export function webTypes(elements, pkg) {
  const n = elements.length;
  return {
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: elementText(el),
          attributes: el.attributes.map((a) => ({
            name: a.name,
            description: attributeText(a),
            ...(a.default !== undefined ? { default: a.default } : {}),
            value: a.type === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: a.type },
            ...(a.values ? { values: a.values.map((name) => ({ name })) } : {}),
          })),
          events: el.events.map((e) => ({ name: e.name, description: oneLine(e.description), value: { type: e.type } })),
          js: {
            properties: [
              ...el.attributes.filter((a) => a.fieldName).map((a) => ({ name: a.fieldName, description: oneLine(a.description), type: a.type })),
              ...el.properties.map((p) => ({ name: p.name, description: oneLine(p.description), type: p.type })),
            ],
            events: el.events.map((e) => ({ name: e.name, description: oneLine(e.description), type: e.type })),
          },
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: oneLine(p.description) })),
            parts: el.cssParts.map((p) => ({ name: p.name, description: oneLine(p.description) })),
          },
        })),
      },
      css: {
        properties: byName(elements, (el) => el.cssProperties).map((p) => ({ name: p.name, description: `${oneLine(p.description)}${usedBy(p, n)}` })),
        parts: byName(elements, (el) => el.cssParts).map((p) => ({ name: p.name, description: `${oneLine(p.description)}${usedBy(p, n)}` })),
        'pseudo-classes': byName(elements, (el) => el.cssStates).map((s) => ({ name: `state(${s.name})`, description: oneLine(s.description) })),
      },
    },
  };
}

/** Every generated file, by its name in `dist/`. */
export function ideFiles(elements, pkg) {
  const json = (v) => JSON.stringify(v, null, 2) + '\n';
  return {
    'vscode.html-custom-data.json': json(vscodeHtmlData(elements)),
    'vscode.css-custom-data.json': json(vscodeCssData(elements)),
    'web-types.json': json(webTypes(elements, pkg)),
  };
}
