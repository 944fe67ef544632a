/**
 * A value an element cannot use (`show="grid"`, `time-direction="up"`, `heading-level="9"`, a filter
 * naming no entry of the data) is ignored, so that nothing breaks in the page; but ignored in silence,
 * it left the page's author guessing why the attribute did nothing. Each is said once in the console,
 * with what the attribute takes: `cityweave: <cw-roadmap-timeline time-direction="up">: takes "ltr" or
 * "rtl"; ignored.`
 *
 * The rules that need no data are declared by each element class (`CwElement.valueRules`) and checked
 * in one place (`CwElement.willUpdate`); those that need the data (an id among the entries) call
 * `warnValue` where the element reads the value.
 */
import type { ReactiveElement } from 'lit';

/** What the attribute takes, worded for the console, when `value` is not one of those; undefined when it is (or when it is not set). */
export type ValueRule = (value: unknown) => string | undefined;

const quoted = (values: readonly string[]): string => {
  const q = values.map((v) => `"${v}"`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
};

/** One of these words. */
export const oneOf =
  (...values: string[]): ValueRule =>
  (value) =>
    value == null || values.includes(String(value)) ? undefined : `takes ${quoted(values)}`;

/** A whole number from `min` to `max`. */
export const wholeNumber =
  (min: number, max: number): ValueRule =>
  (value) => {
    if (value == null) return undefined;
    const n = Number(value);
    return Number.isInteger(n) && n >= min && n <= max ? undefined : `takes a whole number from ${min} to ${max}`;
  };

/** A number of at least `min`. */
export const numberFrom =
  (min: number): ValueRule =>
  (value) =>
    value == null || (Number.isFinite(Number(value)) && Number(value) >= min) ? undefined : `takes a number of ${min} or more`;

/** The attribute a property is written as in HTML. */
function attributeOf(host: ReactiveElement, property: string): string {
  const options = (host.constructor as typeof ReactiveElement).elementProperties.get(property);
  return typeof options?.attribute === 'string' ? options.attribute : property.toLowerCase();
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

/** Says once per element, property and value that the value is not used, and what the attribute takes. */
export function warnValue(host: ReactiveElement, property: string, value: unknown, takes: string): void {
  const attribute = attributeOf(host, property);
  // As written in the page (`cluster-radius="big"`, which the property holds as NaN), else as set by a script.
  const shown = host.getAttribute(attribute) ?? String(value);
  warnOnce(host, `${property}\0${shown}`, `<${host.localName} ${attribute}="${shown}">: ${takes}; ignored.`);
}

/** Checks the properties that changed against their rules. */
export function checkValues(host: ReactiveElement, rules: Readonly<Record<string, ValueRule>>, changed: ReadonlyMap<PropertyKey, unknown>): void {
  for (const property of changed.keys()) {
    if (typeof property !== 'string' || !(property in rules)) continue;
    const value = (host as unknown as Record<string, unknown>)[property];
    const takes = rules[property]!(value);
    if (takes !== undefined) warnValue(host, property, value, takes);
  }
}
