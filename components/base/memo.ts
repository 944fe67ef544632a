/**
 * Values kept for the key they were made from: a key is the list of values something is made from
 * (a view, a language, a zoom window…), compared by identity, so a value is made again only when one
 * of them changed.
 */

/** Whether two keys hold the same values, in the same order. */
export function sameKeys(a: readonly unknown[], b: readonly unknown[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((k, i) => k === b[i]);
}

/** One value, kept while its key stays the same. */
export class Memo<T> {
  #key?: readonly unknown[];
  #value?: T;

  /** The value for `key`: the one kept, or `make()`'s when the key changed. */
  get(key: readonly unknown[], make: () => T): T {
    if (!sameKeys(key, this.#key)) {
      this.#value = make();
      this.#key = key;
    }
    return this.#value as T;
  }
}
