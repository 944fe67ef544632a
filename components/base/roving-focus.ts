/**
 * One Tab stop for a list of items: the current item is reachable by Tab, the others by the arrow
 * keys (Up/Down; Home and End for the first and the last), the pattern of WAI-ARIA's composite
 * widgets. A list of 15 cards is then one Tab stop instead of 15; the current item follows focus,
 * so Tab leaves the list and comes back to the item the reader was on.
 */
export interface RovingItems<T> {
  /** The items in reading order. */
  items(): readonly T[];
  /** Makes one item the Tab stop (`true`) or takes it out of the Tab order (`false`). */
  setTabbable(item: T, tabbable: boolean): void;
  /** Moves focus to an item; false when it cannot take focus (yet). */
  focus(item: T): boolean;
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

  /** Puts every item in or out of the Tab order (call after the items are rendered). */
  sync(): void {
    const items = this.#list.items();
    if (this.#current >= items.length) this.#current = Math.max(0, items.length - 1);
    items.forEach((item, i) => this.#list.setTabbable(item, i === this.#current));
  }

  /** Focus reached `item` some other way (a click, a script): it becomes the Tab stop. */
  focused(item: T): void {
    const i = this.#list.items().indexOf(item);
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
    const from = items.indexOf(item);
    if (from < 0 || items.length === 0) return false;
    const to = move === 'first' ? 0 : move === 'last' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, from + (move === 'next' ? 1 : -1)));
    if (to !== from && this.#list.focus(items[to]!)) {
      this.#current = to;
      this.sync();
    }
    return true;
  }
}
