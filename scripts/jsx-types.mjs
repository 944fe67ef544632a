/**
 * The JSX typings of the elements, generated from `custom-elements.json` at build time
 * (`scripts/build-tooling.mjs` writes them into `dist/jsx/`):
 * - `elements.d.ts`: framework-neutral props (attributes, with their value unions, and
 *   JavaScript-only properties, typed from the element class) and events of each element;
 * - `react.d.ts` (React 19), `preact.d.ts`, `svelte.d.ts`: `IntrinsicElements` / `SvelteHTMLElements`
 *   entries, with a handler per event named as those frameworks attach it, `oncw-select`;
 * - `vue.d.ts`: `GlobalComponents` entries for Vue's template checker, handlers as `onCwSelect`.
 * Each is a module with a one-line `.js` beside it, so `import 'cityweave/jsx-react'` also works.
 *
 * Why not `@wc-toolkit/jsx-types` (1.8.2, tried on this manifest): it imports each type named in a
 * type text from the module that mentions it, so it imported `CwErrorDetail` from five modules that do
 * not export it (a duplicate identifier) and constants (`COLLAPSE_ABOVE`) as types; it writes one
 * file that augments React, React Native, Solid and the global JSX at once; and it has no Vue or
 * Svelte output. Here the names come from one entry (`components/index.ts`), checked at build time.
 */
import { oneLine } from './manifest-elements.mjs';

const HEADER = '// Generated from custom-elements.json by scripts/jsx-types.mjs (npm run build): do not edit.';
/** Where the element classes and detail types are exported, relative to `dist/jsx/`. */
export const COMPONENTS = '../components/index.js';

const doc = (text, indent = '  ') => (oneLine(text) ? `${indent}/** ${oneLine(text).replaceAll('*/', '*\\/')} */\n` : '');
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const propsName = (el) => `${el.className}Props`;
const eventsName = (el) => `${el.className}Events`;

/** The names `elements.d.ts` imports from the components entry: the classes and the event details. */
export function importedTypes(elements) {
  return [...new Set(elements.flatMap((el) => [el.className, ...el.events.map((e) => e.detail)]))].sort();
}

export function elementsDts(elements) {
  const out = [HEADER, `import type { ${importedTypes(elements).join(', ')} } from '${COMPONENTS}';`, ''];
  for (const el of elements) {
    out.push(`/** The attributes and properties of \`<${el.tag}>\`: ${oneLine(el.summary).replaceAll('*/', '*\\/')} */`);
    out.push(`export interface ${propsName(el)} {`);
    for (const a of el.attributes) out.push(`${doc(a.description)}  '${a.name}'?: ${a.type};`);
    for (const p of el.properties) out.push(`${doc(`${p.description} (a property: JavaScript only)`)}  '${p.name}'?: ${el.className}['${p.name}'];`);
    out.push('}', '');
    out.push(`/** The events of \`<${el.tag}>\`, by name. */`, `export interface ${eventsName(el)} {`);
    for (const e of el.events) out.push(`${doc(e.description)}  '${e.name}': CustomEvent<${e.detail}>;`);
    out.push('}', '');
  }
  out.push('/** Every cityweave element by tag: its class, its props and its events. */', 'export interface CityweaveElements {');
  for (const el of elements) out.push(`  '${el.tag}': { element: ${el.className}; props: ${propsName(el)}; events: ${eventsName(el)} };`);
  out.push('}', '');
  return out.join('\n');
}

const mapped = (elements, entry) => elements.map((el) => `      '${el.tag}': ${entry(el)};`).join('\n');

/** A handler per event, `oncw-select`: how React 19, Preact and Svelte 5 attach a custom element's events. */
const ON_HANDLERS = `/** A handler per event, named \`on\` + the event name (\`oncw-select\`). */
type Handlers<E> = { [K in keyof E & string as \`on\${K}\`]?: (event: E[K]) => void };
type Props<T extends keyof CityweaveElements> = CityweaveElements[T]['props'] & Handlers<CityweaveElements[T]['events']>;
type Element<T extends keyof CityweaveElements> = CityweaveElements[T]['element'];`;

export function reactDts(elements) {
  return `${HEADER}
// React 19 sets a prop as a property when the element has it, else as an attribute, and attaches
// \`oncw-select\` to the \`cw-select\` event.
import type { ClassAttributes, HTMLAttributes } from 'react';
import type { CityweaveElements } from './elements.js';

${ON_HANDLERS}
type ReactProps<T extends keyof CityweaveElements> = Omit<HTMLAttributes<Element<T>>, keyof Props<T>> & ClassAttributes<Element<T>> & Props<T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${mapped(elements, (el) => `ReactProps<'${el.tag}'>`)}
    }
  }
}
`;
}

export function preactDts(elements) {
  return `${HEADER}
import type { HTMLAttributes } from 'preact';
import type { CityweaveElements } from './elements.js';

${ON_HANDLERS}
type PreactProps<T extends keyof CityweaveElements> = Omit<HTMLAttributes<Element<T>>, keyof Props<T>> & Props<T>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${mapped(elements, (el) => `PreactProps<'${el.tag}'>`)}
    }
  }
}
`;
}

export function svelteDts(elements) {
  return `${HEADER}
import type { HTMLAttributes } from 'svelte/elements';
import type { CityweaveElements } from './elements.js';

${ON_HANDLERS}
type SvelteProps<T extends keyof CityweaveElements> = Omit<HTMLAttributes<Element<T>>, keyof Props<T>> & Props<T>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((el) => `    '${el.tag}': SvelteProps<'${el.tag}'>;`).join('\n')}
  }
}
`;
}

export function vueDts(elements) {
  const handlers = elements.map((el) => {
    const lines = el.events.map((e) => `${doc(e.description)}  on${pascal(e.name)}?: (event: CityweaveElements['${el.tag}']['events']['${e.name}']) => void;`);
    return `/** The handlers of \`<${el.tag}>\`'s events, as Vue names them (\`@${el.events[0]?.name ?? 'cw-error'}\` → \`on${pascal(el.events[0]?.name ?? 'cw-error')}\`). */\nexport interface ${el.className}VueHandlers {\n${lines.join('\n')}\n}\n`;
  });
  return `${HEADER}
// Vue's template checker reads GlobalComponents. Tell Vue's compiler that \`cw-\` tags are custom
// elements (\`compilerOptions.isCustomElement: (tag) => tag.startsWith('cw-')\`).
import type { DefineComponent } from 'vue';
import type { CityweaveElements } from './elements.js';

${handlers.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((el) => `    '${el.tag}': DefineComponent<CityweaveElements['${el.tag}']['props'] & ${el.className}VueHandlers>;`).join('\n')}
  }
}
`;
}

/** Every generated file, by its name in `dist/jsx/`. */
export function jsxTypeFiles(elements) {
  const stub = '// Types only: see the .d.ts file beside this one.\nexport {};\n';
  const files = { 'elements.d.ts': elementsDts(elements), 'elements.js': stub };
  for (const [name, make] of Object.entries({ react: reactDts, preact: preactDts, svelte: svelteDts, vue: vueDts })) {
    files[`${name}.d.ts`] = make(elements);
    files[`${name}.js`] = stub;
  }
  return files;
}
