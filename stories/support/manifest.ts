/**
 * What the stories read from `custom-elements.json`: the manifest as Storybook's autodocs should
 * see it, and the CSS custom properties of every element (for the design tokens page).
 */

interface Item {
  name: string;
  description?: string;
  default?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  inheritedFrom?: { name: string };
  fieldName?: string;
  [key: string]: unknown;
}

export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[]; [key: string]: unknown }[];
}

/** Line breaks from JSDoc's wrapping, as spaces (paragraphs stay). */
export const unwrap = (text = '') => text.replace(/([^\n])\n(?!\n)/g, '$1 ').trim();

/**
 * The manifest for Storybook's autodocs, which keys every row by its bare name (a part `code`
 * would replace the attribute `code`): only the public API (Storybook would list private and
 * protected members too), a property that has an attribute only as that attribute (its row names
 * the property), parts as `::part(name)`, and the summary above the description.
 */
export function forDocs(manifest: Manifest): Manifest {
  const isPublic = (m: Item) => !m.static && !m.name.startsWith('#') && (m.privacy === undefined || m.privacy === 'public');
  const tidy = (items?: Item[]) => items?.map((i) => ({ ...i, description: unwrap(i.description) }));
  const attributeRows = (items?: Item[]) =>
    tidy(items)?.map((a) => (typeof a.fieldName === 'string' && a.fieldName !== a.name ? { ...a, description: `${a.description}\n\nProperty: \`${a.fieldName}\`.` } : a));
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) =>
        d.customElement
          ? {
              ...d,
              description: [d.summary, d.description].filter(Boolean).map(unwrap).join('\n\n'),
              members: tidy(d.members?.filter((m) => m.kind === 'field' && isPublic(m) && !m.attribute)),
              attributes: attributeRows(d.attributes),
              events: tidy(d.events),
              slots: tidy(d.slots),
              cssParts: tidy(d.cssParts)?.map((p) => ({ ...p, name: `::part(${p.name})` })),
              cssProperties: tidy(d.cssProperties),
            }
          : d,
      ),
    })),
  };
}

/** The custom elements of the manifest, by tag name. */
export function elements(manifest: Manifest): Declaration[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is Declaration & { tagName: string } => Boolean(d.customElement && d.tagName));
}

export interface TokenDoc {
  name: string;
  description: string;
  /** The default the manifest gives (read from the styles by the analyzer's config). */
  default?: string;
  /** The tags of the elements that read it. */
  elements: string[];
  /** Shared by every element (declared on the base class), rather than one element's own. */
  shared: boolean;
}

/** Every `--cw-*` property in the manifest: the shared ones first, then each element's own. */
export function tokenDocs(manifest: Manifest): TokenDoc[] {
  const byName = new Map<string, TokenDoc>();
  for (const el of elements(manifest)) {
    for (const p of el.cssProperties ?? []) {
      let doc = byName.get(p.name);
      if (!doc) {
        doc = { name: p.name, description: unwrap(p.description), elements: [], shared: Boolean(p.inheritedFrom) };
        if (p.default !== undefined) doc.default = p.default;
        byName.set(p.name, doc);
      }
      doc.elements.push(el.tagName!);
    }
  }
  const docs = [...byName.values()];
  return [...docs.filter((d) => d.shared), ...docs.filter((d) => !d.shared)];
}
