/**
 * One Tab stop for a list of items: the current item is reachable by Tab, the others by the arrow
 * keys (Up/Down; Home and End for the first and the last), the pattern of WAI-ARIA's composite
 * widgets. A list of 15 cards is then one Tab stop instead of 15; the current item follows focus,
 * so Tab leaves the list and comes back to the item the reader was on.
 *
 * A windowed list (windowed-list.ts) renders only some of its items: it gives `count`, `indexOf`
 * and `reveal`, and the keys then move over every item, rendered or not (`reveal` puts the one
 * reached into the DOM first). While the current item is not rendered, the first rendered one is
 * the Tab stop, so Tab never skips the list.
 */
export interface RovingItems<T> {
  /** The items in reading order. */
  items(): readonly T[];
  /** Makes one item the Tab stop (`true`) or takes it out of the Tab order (`false`). */
  setTabbable(item: T, tabbable: boolean): void;
  /** Moves focus to an item; false when it cannot take focus (yet). */
  focus(item: T): boolean;
  /** How many items the list holds, rendered or not (default: those `items` returns). */
  count?(): number;
  /** The position of a rendered item among all of them (default: its place in `items`). */
  indexOf?(item: T): number;
  /** Puts the item at `index` into the DOM and resolves with it (windowed lists). */
  reveal?(index: number): Promise<T | undefined>;
}

/** The keys and the step each takes: `next` and `previous` by one, `first` and `last`. */
const MOVES: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

export class RovingFocus<T> {
  #current = 0;
  readonly #list: RovingItems<T>;

  constructor(list: RovingItems<T>) {
    this.#list = list;
  }

  /** The index of the item that is the Tab stop. */
  get current(): number {
    return this.#current;
  }

  #count(items: readonly T[]): number {
    return this.#list.count?.() ?? items.length;
  }

  #indexOf(item: T, items: readonly T[]): number {
    return this.#list.indexOf ? this.#list.indexOf(item) : items.indexOf(item);
  }

  /** Puts every item in or out of the Tab order (call after the items are rendered). */
  sync(): void {
    const items = this.#list.items();
    const count = this.#count(items);
    if (this.#current >= count) this.#current = Math.max(0, count - 1);
    const rendered = items.some((item) => this.#indexOf(item, items) === this.#current);
    items.forEach((item, i) => this.#list.setTabbable(item, rendered ? this.#indexOf(item, items) === this.#current : i === 0));
  }

  /** Focus reached `item` some other way (a click, a script): it becomes the Tab stop. */
  focused(item: T): void {
    const i = this.#indexOf(item, this.#list.items());
    if (i >= 0 && i !== this.#current) {
      this.#current = i;
      this.sync();
    }
  }

  /**
   * Handles a key on an item: moves focus and returns true (the caller then prevents the key's
   * default, the page's scroll) when the key is one of the list's, else false.
   */
  keydown(event: KeyboardEvent, item: T): boolean {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const items = this.#list.items();
    const count = this.#count(items);
    const from = this.#indexOf(item, items);
    if (from < 0 || count === 0) return false;
    const to = move === 'first' ? 0 : move === 'last' ? count - 1 : Math.min(count - 1, Math.max(0, from + (move === 'next' ? 1 : -1)));
    if (to === from) return true;
    const target = items.find((other) => this.#indexOf(other, items) === to);
    if (target !== undefined) this.#moveTo(to, target);
    else if (this.#list.reveal) {
      void this.#list.reveal(to).then((revealed) => {
        if (revealed !== undefined) this.#moveTo(to, revealed);
      });
    }
    return true;
  }

  #moveTo(index: number, item: T): void {
    if (this.#list.focus(item)) {
      this.#current = index;
      this.sync();
    }
  }
}
