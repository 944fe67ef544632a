/**
 * The selected entry of `<cw-roadmap-timeline>`: which entry `selected` names, and bringing an entry
 * selected from outside into view. The element owns `selected` (it reflects); this holds what the
 * attribute cannot say (which of an item and an event of the same id the reader chose) and whether
 * the timeline has been shown yet.
 */
import type { RoadmapTimelineEntry, RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import type { WindowedListController } from '../base/windowed-list.js';
import { visibleBand } from '../base/visible-band.js';
import { coveredTo, scrollBelow } from './list-position.js';

export interface SelectionHost {
  indexOf: (key: string) => number | undefined;
  window: WindowedListController;
  /** The rendered entry of `key`, if it is in the DOM. */
  entryElement: (key: string) => HTMLElement | null;
  /** The sticky band over the top of the list (the overview). */
  cover: () => Element | null;
}

export class TimelineSelection {
  /** The entry the reader chose, by id and type: ids are unique within items and within events, not across them. */
  #chosen?: { id: string; type: 'item' | 'event' } | undefined;
  /** The view has been shown: from then on, an entry selected from outside is brought into view. */
  #shown = false;
  readonly #host: SelectionHost;

  constructor(host: SelectionHost) {
    this.#host = host;
  }

  /** The reader chose `entry` (or closed the open one). */
  choose(entry: RoadmapTimelineEntry | undefined): void {
    this.#chosen = entry && { id: entry.entry.id, type: entry.entry.type };
  }

  /** The entry of `view` that `id` names: an item before an event of the same id, unless the reader chose the event. */
  entry(view: RoadmapTimelineView | undefined, id: string | undefined): RoadmapTimelineEntry | undefined {
    id = id?.trim();
    if (!id || !view) return undefined;
    const first = this.#chosen?.id === id ? this.#chosen.type : 'item';
    return view.entries.find((e) => e.entry.id === id && e.entry.type === first) ?? view.entries.find((e) => e.entry.id === id);
  }

  /**
   * After each update. An entry selected from outside once the view is shown (a property, an
   * attribute) is brought into the window and into view; the one the element loads with is not, so
   * that a timeline further down a page does not make it jump on load (see `selected`).
   */
  updated(ready: boolean, selectedChanged: boolean, selected: () => RoadmapTimelineEntry | undefined): void {
    const shownBefore = this.#shown;
    this.#shown ||= ready;
    const entry = shownBefore && selectedChanged ? selected() : undefined;
    if (!entry) return;
    const index = this.#host.indexOf(entry.key);
    if (index === undefined) return;
    const w = this.#host.window;
    if (!w.all && (index < w.start || index >= w.end)) void w.reveal(index).then(() => this.#show(entry.key));
    else this.#show(entry.key);
  }

  /** Scrolls the page so that the entry starts below the overview band, when its start is not in view (an entry in view does not move). */
  #show(key: string): void {
    const li = this.#host.entryElement(key);
    if (!li) return;
    const top = li.getBoundingClientRect().top;
    const cover = this.#host.cover();
    if (top < coveredTo(cover) || top > visibleBand().bottom - 48) scrollBelow(li, cover);
  }
}
