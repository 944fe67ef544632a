/**
 * A value an element cannot use as given (`show="grid"`, `time-direction="up"`, `heading-level="9"`,
 * a filter naming no entry of the data) is ignored or brought within range, so that nothing breaks
 * in the page; but done in silence, it left the page's author guessing why the attribute did nothing.
 * Each is said once in the console, with what the attribute takes and what is done instead:
 * `cityweave: <cw-roadmap-timeline time-direction="up">: takes "ltr" or "rtl"; ignored.`
 *
 * The rules that need no data are declared by each element class (`CwElement.valueRules`) and checked
 * in one place (`CwElement.willUpdate`); each is made from the function that reads the value
 * (`parsedBy`), so the two cannot disagree. Those that need the data (an id among the entries) call
 * `warnValue` where the element reads the value.
 */
import { defaultConverter, type ReactiveElement } from 'lit';

/** What the attribute takes and what is done with `value` instead, for the console; undefined when the value is used as given (or not set). */
export type ValueRule = (value: unknown) => string | undefined;

/** `"a", "b" or "c"`. */
export function quoted(values: readonly string[]): string {
  const q = values.map((v) => `"${v}"`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
}

/** The rule of a value that `parse` reads (undefined: not a value it takes; `instead` says what is done then). */
export const parsedBy =
  (parse: (value: unknown) => unknown, takes: string, instead = 'ignored'): ValueRule =>
  (value) =>
    value == null || parse(value) !== undefined ? undefined : `${takes}; ${instead}`;

/** The attribute a property is written as in HTML, and what that attribute's text reads as. */
function attributeOf(host: ReactiveElement, property: string): { name: string; reads: (text: string | null) => unknown } {
  const options = (host.constructor as typeof ReactiveElement).elementProperties.get(property);
  // As Lit reads it: the property's own converter, else Lit's (a number for `type: Number`).
  const converter = options?.converter;
  const reads = (text: string | null): unknown =>
    typeof converter === 'function' ? converter(text, options?.type) : (converter?.fromAttribute ?? defaultConverter.fromAttribute!)(text, options?.type);
  return { name: typeof options?.attribute === 'string' ? options.attribute : property.toLowerCase(), reads };
}

const warned = new WeakMap<Element, Set<string>>();

/** Says `message` in the console, once per element and `key`. */
export function warnOnce(host: Element, key: string, message: string): void {
  const said = warned.get(host) ?? new Set<string>();
  warned.set(host, said);
  if (said.has(key)) return;
  said.add(key);
  console.warn(`cityweave: ${message}`);
}

/**
 * Says once per element, property and value what the attribute takes and what is done instead. The
 * value is quoted as the page wrote it (`cluster-radius="big"`, which the property holds as NaN)
 * when the attribute holds it, else as a script set it.
 */
export function warnValue(host: ReactiveElement, property: string, value: unknown, consequence: string): void {
  const { name, reads } = attributeOf(host, property);
  const text = host.getAttribute(name);
  const shown = text !== null && Object.is(reads(text), value) ? text : String(value);
  warnOnce(host, `${property}\0${String(value)}`, `<${host.localName} ${name}="${shown}">: ${consequence}.`);
}

/** Checks the properties that changed against their rules. */
export function checkValues(host: ReactiveElement, rules: Readonly<Record<string, ValueRule>>, changed: ReadonlyMap<PropertyKey, unknown>): void {
  for (const property of changed.keys()) {
    if (typeof property !== 'string' || !(property in rules)) continue;
    const value = (host as unknown as Record<string, unknown>)[property];
    const consequence = rules[property]!(value);
    if (consequence !== undefined) warnValue(host, property, value, consequence);
  }
}
