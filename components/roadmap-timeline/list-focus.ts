/**
 * Keyboard, pointer and focus in the detail list of `<cw-roadmap-timeline>`: one tab stop that the
 * arrow keys, Home and End move (roving tabindex) over every entry, rendered or not (the list is
 * windowed: an entry out of the window is rendered first, then focused); Enter, Space or a click
 * selects; Escape closes. The element owns the state it reflects (`selected`); this holds the tab
 * stop and reads the rest through `ListFocusHost`.
 */
import { timelineKeyTarget, type RoadmapTimelineEntry, type TimelineRow } from '../../src/views/roadmap-timeline.js';
import type { WindowedListController } from '../base/windowed-list.js';
import { scrollBelow, uncover } from './list-position.js';

export interface ListFocusHost {
  rows: () => readonly TimelineRow[];
  indexOf: (key: string) => number | undefined;
  window: WindowedListController;
  buttonOf: (key: string) => HTMLButtonElement | null;
  /** The sticky band over the top of the list (the overview). */
  cover: () => Element | null;
  /** The direction in which time runs on the axis: Left and Right follow it. */
  timeDirection: () => 'ltr' | 'rtl';
  selectedKey: () => string | undefined;
  /** Opens an entry (and fires `cw-select`), or closes the open one with `undefined`. */
  select: (entry: RoadmapTimelineEntry | undefined) => void;
  requestUpdate: () => void;
  activeElement: () => Element | null;
}

export class ListFocus {
  /** The key of the entry that holds the tab stop. */
  key?: string;
  /** The key to focus once the next update is done (after Escape closed the details around the focus). */
  #afterUpdate?: string;
  readonly #host: ListFocusHost;

  constructor(host: ListFocusHost) {
    this.#host = host;
  }

  /** After a filter change: the tab stop stays on its entry if it is still shown, else on `fallback`. */
  keep(fallback: string | undefined): void {
    if (this.key === undefined || this.#host.indexOf(this.key) === undefined) this.key = fallback;
  }

  /** The entry holding the tab stop among the rendered `[start, end)`: the focused one, else the first rendered. */
  tabStop(start: number, end: number): string | undefined {
    const i = this.#host.indexOf(this.key ?? '') ?? 0;
    return i >= start && i < end ? this.key : this.#host.rows()[start]?.entry.key;
  }

  /** Called by the element after each update. */
  updated(): void {
    if (this.#afterUpdate === undefined) return;
    const key = this.#afterUpdate;
    this.#afterUpdate = undefined;
    this.#host.buttonOf(key)?.focus();
  }

  /**
   * Moves the tab stop and the focus to entry `index`, rendering it first when it is outside the
   * window; with `toTop` (a choice on the axis), the entry is brought to the top of the list's view.
   */
  move(key: string, index: number, toTop = false): void {
    const h = this.#host;
    this.key = key;
    const focus = (): void => {
      const button = h.buttonOf(key);
      if (this.key !== key || !button) return;
      // A choice on the axis: focus without the browser's own scroll, then place the entry at the
      // top, below the sticky overview. Otherwise the browser scrolls the entry into view, and the
      // page moves a little more when the overview covers it.
      button.focus({ preventScroll: toTop });
      if (toTop) scrollBelow(button.closest('li') ?? button, h.cover());
      else uncover(button.closest('li') ?? button, h.cover());
    };
    if (index >= h.window.start && index < h.window.end && h.buttonOf(key)) {
      h.requestUpdate();
      focus();
      return;
    }
    void h.window.reveal(index).then(focus);
  }

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const h = this.#host;
    const key = (e.target as Element | null)?.closest?.('button[data-key]')?.getAttribute('data-key');
    if (!key || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = h.indexOf(key);
    if (index === undefined) return;
    // Escape on an open entry's title closes it, as it does from inside its details.
    if (e.key === 'Escape' && h.selectedKey() === key) {
      e.preventDefault();
      h.select(undefined);
      return;
    }
    const rows = h.rows();
    const target = timelineKeyTarget(e.key, index, rows.length, h.timeDirection());
    if (target === undefined) return;
    e.preventDefault();
    this.move(rows[target]!.entry.key, target);
  };

  /**
   * A reader who tabs in lands on the first rendered entry when the tab stop is out of the window: it
   * becomes the tab stop. An entry the focus comes to from outside the list (Tab from the band's
   * marks) is brought out from under the sticky band, as the arrow keys bring theirs (WCAG 2.4.11).
   */
  readonly onFocusIn = (e: FocusEvent): void => {
    const button = (e.target as Element | null)?.closest?.('button[data-key]');
    // Only for the keyboard's focus: not when it comes from nowhere (the windowed list moving it to
    // the first entry in view while the reader scrolls with the wheel, which must not scroll on its
    // own), nor from a mouse press, where a scroll between press and release lost the click.
    const from = e.relatedTarget instanceof Node ? e.relatedTarget : undefined;
    if (button && from && button.matches(':focus-visible') && !button.closest('ol')?.contains(from)) uncover(button.closest('li') ?? button, this.#host.cover());
    const key = button?.getAttribute('data-key');
    if (key && key !== this.key && this.#host.indexOf(key) !== undefined) {
      this.key = key;
      this.#host.requestUpdate();
    }
  };

  /** Escape inside an entry's details closes them and gives the focus back to the entry. */
  onDetailsKeyDown(e: KeyboardEvent, key: string): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this.#host.select(undefined);
    this.key = key;
    this.#afterUpdate = key;
  }

  readonly onClick = (e: MouseEvent): void => {
    const h = this.#host;
    const path = e.composedPath();
    // Clicks on links and inside the details panel keep their own meaning.
    if (path.some((n) => n instanceof HTMLAnchorElement || (n instanceof HTMLElement && n.classList.contains('details')))) return;
    // Only the entry's own card selects it: the year and period headings rendered above it, in its
    // `<li>`, are not part of it.
    if (!path.some((n) => n instanceof HTMLElement && n.classList.contains('entry-body'))) return;
    const li = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-entry'));
    if (!li) return;
    const key = li.getAttribute('data-entry')!;
    const entry = h.rows()[h.indexOf(key) ?? -1]?.entry;
    if (!entry) return;
    this.key = key;
    h.select(h.selectedKey() === key ? undefined : entry);
    const button = h.buttonOf(key);
    if (button && h.activeElement() !== button) button.focus();
  };
}
