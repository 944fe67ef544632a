/**
 * The elements of `custom-elements.json` in the shape the generated typings and IDE files need
 * (`scripts/jsx-types.mjs`, `scripts/ide-data.mjs`): one place that reads the manifest, so both
 * list the same attributes, properties, events, parts, custom properties and states.
 */

/** Identifiers a generated type may use as they are; any other name falls back to `string`. */
const GLOBAL_TYPES = new Set(['string', 'number', 'boolean', 'Date', 'null', 'undefined']);

/** `'a' | 'b'` → ['a', 'b'], when the type is a union of string literals (else undefined). */
export function literalValues(typeText) {
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  const values = parts.map((p) => /^'([^']*)'$/.exec(p)?.[1]);
  return parts.length > 0 && values.every((v) => v !== undefined) ? values : undefined;
}

/** The value type of an attribute, without `undefined` (it is optional anyway); `string` for a name the typings cannot import. */
export function attributeType(type) {
  const text = type?.expandedText ?? type?.text ?? 'string';
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  const known = parts.every((p) => /^'[^']*'$/.test(p) || GLOBAL_TYPES.has(p));
  return known && parts.length > 0 ? parts.join(' | ') : 'string';
}

/** `CustomEvent<CitySelectDetail>` → `CitySelectDetail`. */
export function detailType(event) {
  return /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
}

const isPublicField = (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !m.name.startsWith('[');

/** Every custom element of the manifest, by tag name, with what it inherits. */
export function manifestElements(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  return declarations
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((d) => {
      const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
      return {
        tag: d.tagName,
        className: d.name,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          fieldName: a.fieldName,
          type: attributeType(a.type),
          values: literalValues(attributeType(a.type)),
          default: a.default ?? d.members?.find((m) => m.name === a.fieldName)?.default,
          description: a.description ?? '',
        })),
        properties: (d.members ?? []).filter((m) => isPublicField(m) && !attributeFields.has(m.name) && !m.attribute).map((m) => ({ name: m.name, type: m.type?.text ?? 'unknown', description: m.description ?? '' })),
        events: (d.events ?? []).map((e) => {
          const detail = detailType(e);
          if (!detail) throw new Error(`custom-elements.json: the event ${e.name} of <${d.tagName}> has the type "${e.type?.text}", expected CustomEvent<Detail>: document it with @fires {CustomEvent<Detail>} ${e.name} - …`);
          return { name: e.name, type: e.type.text, detail, description: e.description ?? '' };
        }),
        cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default, description: p.description ?? '' })),
        cssParts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
        cssStates: (d.cssStates ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      };
    });
}

/** JSDoc text on one line. */
export const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
