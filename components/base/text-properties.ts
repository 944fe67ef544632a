/**
 * Every property of an element that takes a text (an attribute, with no `type` or `String`) is
 * checked before it is used, in one place for every element: a number becomes its string (`10.7`
 * → `"10.7"`; note that `16.10` is the number 16.1, so codes are best given as strings), `null` or
 * `undefined` stay as they are (and a `Date`, for a date); anything else (a list, an object, a
 * boolean) is the failure returned: the error state `invalid-attribute`, naming the property.
 */
import type { ReactiveElement } from 'lit';
import type { CwFailure } from './states.js';

export function checkTextProperties(host: ReactiveElement): CwFailure | undefined {
  const values = host as unknown as Record<PropertyKey, unknown>;
  for (const [name, options] of (host.constructor as typeof ReactiveElement).elementProperties) {
    const value = values[name];
    if (options.attribute === false || (options.type && options.type !== String) || value == null || typeof value === 'string' || value instanceof Date) continue;
    if (typeof value !== 'number' && typeof value !== 'bigint') return { kind: 'invalid-attribute', id: String(name) };
    values[name] = String(value);
  }
  return undefined;
}

/**
 * The converter of a text property that reflects but has no attribute when empty: a timeline's
 * `filter-kind=""`, `filter-city=""` and `selected=""` on every instance said nothing, and filled
 * the markup that a CMS keeps. Read back, a missing attribute is the empty text.
 */
export const textOrAbsent = {
  fromAttribute: (value: string | null): string => value ?? '',
  toAttribute: (value: unknown): string | null => (value === '' || value == null ? null : String(value)),
};
