/**
 * `npm run analyze`: writes `custom-elements.json` (the Custom Elements Manifest) from the JSDoc and
 * the Lit decorators of `components/`. Storybook's autodocs and the README's element reference
 * are generated from it.
 *
 * Two additions to the analyzer, as plugins:
 * - cityweave registers its elements with `defineElement('cw-…', Class)` (guarded registration,
 *   `components/base/define.ts`), not `customElements.define`: `defineElementCalls` reads those
 *   calls, so each class gets its tag name.
 * - `cssDefaults` gives each CSS custom property its default, read from the styles that declare it
 *   (`var(--cw-name, default)` in `components/base/tokens.css.ts` and the `*.styles.ts` files), so
 *   the defaults are written once, in the CSS.
 * - Members keyed by a symbol (`[AUTHOR_DIR]`) are internal: they are left out.
 * - `@summary` takes the whole text after it: its first paragraph stays the summary, the rest
 *   becomes the description. An attribute observed through `observedAttributes` (`lang`, `dir`) is
 *   linked to the property of the same name, and takes its description and type.
 * - Modules are listed in path order, so that the file is the same from one run to the next.
 * - `valueUnions`: an attribute or property typed with an alias of string literals (`CwTheme`,
 *   declared in `components/` or `src/`) gets `type.expandedText` (`'light' | 'dark' | 'auto'`), the
 *   key that `@wc-toolkit` tools also read: the JSX types and the IDE files offer those values.
 * - `cssStatesFromCwState`: the custom states (`:state(error)`) are documented with `@cssstate` on
 *   `CwElement`, beside the code that sets them; the analysis fails when that list and the `CwState`
 *   type (`components/base/states.ts`) disagree, so the manifest cannot fall behind the code.
 * - The manifest ships in the npm package, whose code is in `dist/`: `distPaths` points every
 *   module at its built JavaScript (`components/x/x.ts` → `dist/components/x/x.js`).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where an identifier imported by `sourceFile` is declared, as a path relative to the package. */
function importedFrom(ts, sourceFile, modulePath, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((e) => e.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    return path.posix.join(path.posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts');
  }
  return modulePath; // Declared in the same module.
}

function defineElementCalls() {
  return {
    name: 'cityweave: defineElement() calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const module = importedFrom(ts, node.getSourceFile(), moduleDoc.path, klass.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } });
    },
  };
}

/** `var(--cw-name, default)` → default, for every public token, from its first declaration in the styles. */
export function cssDefaultsFrom(texts) {
  const defaults = new Map();
  const uncommented = texts.map((t) => t.replace(/\/\*[\s\S]*?\*\//g, ''));
  const publicNames = new Set(uncommented.flatMap((t) => [...t.matchAll(/--cw-[a-z0-9-]+/g)].map((m) => m[0])));
  // A private property with no public counterpart is one the element sets itself (the map's aspect
  // ratio, from its cities): its fallback is the default until then, not a property to document.
  const readable = (value) =>
    value
      .replace(/var\(\s*--_cw-([a-z0-9-]+)\s*,\s*([^()]*?)\s*\)/g, (all, name, fallback) => (publicNames.has(`--cw-${name}`) ? all : `${fallback} until the element sets it`))
      .replaceAll('--_cw-', '--cw-');
  for (const source of texts) {
    const text = source.replace(/\/\*[\s\S]*?\*\//g, ''); // Comments are not declarations.
    for (const m of text.matchAll(/var\(\s*(--cw-[a-z0-9-]+)\s*,/g)) {
      if (defaults.has(m[1])) continue;
      let depth = 1;
      let i = m.index + m[0].length;
      const start = i;
      for (; i < text.length && depth > 0; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
      }
      // Private copies (`--_cw-x`) stand for the public token of the same name.
      defaults.set(m[1], readable(text.slice(start, i - 1).trim().replace(/\s+/g, ' ')));
    }
  }
  return defaults;
}

/** The styles of the components: the shared tokens first, then each component's own. */
export function styleSources(root = '.') {
  const dir = path.join(root, 'components');
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(styles|css)\.ts$/.test(f))
    .sort((a, b) => Number(!a.includes('tokens')) - Number(!b.includes('tokens')) || a.localeCompare(b));
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

function cssDefaults() {
  return {
    name: 'cityweave: CSS custom property defaults',
    packageLinkPhase({ customElementsManifest }) {
      const defaults = cssDefaultsFrom(styleSources());
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const prop of decl.cssProperties ?? []) {
            if (prop.default === undefined && defaults.has(prop.name)) prop.default = defaults.get(prop.name);
          }
        }
      }
    },
  };
}

function noSymbolMembers() {
  return {
    name: 'cityweave: no symbol-keyed members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('['));
        }
      }
    },
  };
}

function tidyDocs() {
  return {
    name: 'cityweave: summary, description, attribute descriptions',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (typeof decl.summary === 'string' && !decl.description) {
            const [first, ...rest] = decl.summary.split(/\n\s*\n/);
            decl.summary = first.replace(/\s*\n\s*/g, ' ').trim();
            decl.description = rest.join('\n\n').trim();
          }
          for (const attr of decl.attributes ?? []) {
            const field = decl.members?.find((m) => m.kind === 'field' && m.name === (attr.fieldName ?? attr.name));
            if (!field) continue;
            attr.fieldName ??= field.name;
            field.attribute ??= attr.name;
            if (!attr.description && field.description) attr.description = field.description;
            if (field.type && !attr.type) attr.type = field.type;
          }
        }
      }
    },
  };
}

/** Every `.ts` file under `dirs` but the tests. */
function sourceFiles(dirs) {
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => path.join(dir, f)),
  );
}

/**
 * `type X = 'a' | 'b'` (possibly through other such aliases) → `'a' | 'b'`, from the sources. A name
 * declared twice with different values is left out: the manifest has no module for a type.
 */
export function stringUnionAliases(ts, files) {
  const raw = new Map();
  const clash = new Set();
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const st of sf.statements) {
      if (!ts.isTypeAliasDeclaration(st) || st.typeParameters) continue;
      const parts = ts.isUnionTypeNode(st.type) ? st.type.types : [st.type];
      const members = [];
      for (const t of parts) {
        if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) members.push({ literal: t.literal.text });
        else if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && !t.typeArguments) members.push({ ref: t.typeName.text });
        else {
          members.length = 0;
          break;
        }
      }
      if (members.length === 0) continue;
      const name = st.name.text;
      const key = JSON.stringify(members);
      if (raw.has(name) && JSON.stringify(raw.get(name)) !== key) clash.add(name);
      raw.set(name, members);
    }
  }
  const resolved = new Map();
  const resolve = (name, seen = new Set()) => {
    if (resolved.has(name)) return resolved.get(name);
    const members = raw.get(name);
    if (!members || clash.has(name) || seen.has(name)) return undefined;
    seen.add(name);
    const literals = [];
    for (const m of members) {
      if ('literal' in m) literals.push(m.literal);
      else {
        const inner = resolve(m.ref, seen);
        if (!inner) return undefined;
        literals.push(...inner);
      }
    }
    resolved.set(name, literals);
    return literals;
  };
  for (const name of raw.keys()) resolve(name);
  return resolved;
}

/** `CwTheme | undefined` → `'light' | 'dark' | 'auto' | undefined`, or undefined when nothing expands. */
export function expandTypeText(text, aliases) {
  let expanded = false;
  const out = text
    .split('|')
    .map((part) => {
      const name = part.trim();
      const literals = aliases.get(name);
      if (!literals) return name;
      expanded = true;
      return literals.map((l) => `'${l}'`).join(' | ');
    })
    .join(' | ');
  return expanded ? out : undefined;
}

function valueUnions() {
  let ts;
  return {
    name: 'cityweave: string-literal unions expanded',
    analyzePhase(context) {
      ts ??= context.ts;
    },
    packageLinkPhase({ customElementsManifest }) {
      const aliases = stringUnionAliases(ts, sourceFiles(['components', 'src']));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) {
            const text = item.type?.text;
            if (typeof text !== 'string' || text.includes('<') || text.includes('(')) continue;
            const expanded = expandTypeText(text, aliases);
            if (expanded) item.type.expandedText = expanded;
          }
        }
      }
    },
  };
}

function cssStatesFromCwState() {
  let ts;
  return {
    name: 'cityweave: custom states match CwState',
    analyzePhase(context) {
      ts ??= context.ts;
    },
    packageLinkPhase({ customElementsManifest }) {
      const states = stringUnionAliases(ts, ['components/base/states.ts']).get('CwState');
      const base = customElementsManifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'CwElement');
      const documented = (base?.cssStates ?? []).map((s) => s.name);
      if (!states || documented.join() !== states.join()) {
        throw new Error(
          `custom-elements-manifest.config.mjs: the @cssstate tags of CwElement (components/base/cw-element.ts) are [${documented.join(', ')}], ` +
            `the CwState type (components/base/states.ts) is [${(states ?? []).join(', ')}]: document each state, in the same order.`,
        );
      }
    },
  };
}

const toDist = (p) => p.replace(/^\/?(components\/.*)\.ts$/, 'dist/$1.js');

function distPaths() {
  return {
    name: 'cityweave: paths in dist/',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (value) => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (value === null || typeof value !== 'object') return;
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof v === 'string') value[key] = toDist(v);
          else visit(v);
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

/** Modules in path order: the analyzer reads files concurrently, so its own order varies from run to run. */
function sortedModules() {
  return {
    name: 'cityweave: modules in path order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/*.css.ts', '**/*.messages.ts'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` is written by hand (the analyzer would reformat the file).
  packagejson: false,
  plugins: [defineElementCalls(), cssDefaults(), noSymbolMembers(), tidyDocs(), valueUnions(), cssStatesFromCwState(), distPaths(), sortedModules()],
};
