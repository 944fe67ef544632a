/**
 * The filter bar of `<cw-roadmap-timeline>`: a native select per filter (kind, city) that can narrow
 * the entries, the count of entries shown (announced), and on long lists the "all entries" toggle.
 * Options come sorted by name in the element's language, a few hundred per frame (`limit`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import { nextFrame } from '../base/frames.js';
import type { EntryContext } from './entry.js';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  /** The language of `label` when it is a fallback. */
  lang?: string;
}

export interface FilterOptions {
  kind: FilterOption[];
  city: FilterOption[];
}

/** The filter options in the element's language, sorted by name. */
export function filterOptions(x: EntryContext, view: RoadmapTimelineView): FilterOptions {
  const collator = new Intl.Collator(x.lang);
  const kind: FilterOption[] = view.filterOptions.kinds.map((k) => ({ value: k.kind, label: x.termName('kind', k.kind), count: k.count }));
  const city: FilterOption[] = view.filterOptions.cities.map((c) => {
    const name = x.localized(c.city.name);
    const option: FilterOption = { value: c.city.id, label: name?.text ?? c.city.id, count: c.count };
    if (name?.fallback) option.lang = name.lang;
    return option;
  });
  kind.sort((a, b) => collator.compare(a.label, b.label));
  city.sort((a, b) => collator.compare(a.label, b.label));
  return { kind, city };
}

export interface FilterBar {
  view: RoadmapTimelineView;
  /** The sorted options (computed once per view and language by the element). */
  options: () => FilterOptions;
  kind: string;
  city: string;
  /** How many options each select has so far (all of them when a value is chosen). */
  limit: number;
  /** Whether to offer the "all entries" toggle, and its state. */
  windowed: boolean;
  allEntries: boolean;
  onFilter: (which: 'kind' | 'city', value: string) => void;
  onAllEntries: () => void;
}

export function renderFilters(x: EntryContext, f: FilterBar): unknown {
  const { kinds, cities } = f.view.filterOptions;
  return html`<div part="filters" class="filters" role="group" aria-label=${x.t('filter.label')}>
    ${renderFilter(x, f, 'kind', kinds.map((k) => k.kind), f.kind)} ${renderFilter(x, f, 'city', cities.map((c) => c.city.id), f.city)}
    <p part="count" class="count" role="status">${x.t('timeline.shown', { count: f.view.entries.length, total: f.view.total })}</p>
    ${f.windowed || f.allEntries
      ? html`<button type="button" part="all-entries" class="all-entries" aria-pressed=${f.allEntries ? 'true' : 'false'} @click=${f.onAllEntries}>
          ${x.t('timeline.allEntries')}
        </button>`
      : nothing}
  </div>`;
}

/**
 * One filter, shown when it can narrow the entries (or has a value): its label, "all" worded for it,
 * then the options with counts, sorted, `limit` of them (all when a value is chosen).
 */
function renderFilter(x: EntryContext, f: FilterBar, which: 'kind' | 'city', values: readonly string[], current: string): unknown {
  const value = values.includes(current) ? current : '';
  if (values.length <= 1 && !value) return nothing;
  const limit = value ? Infinity : f.limit;
  const all = limit ? f.options()[which] : [];
  return html`<div part="filter" class="filter">
    <label for="filter-${which}">${x.t(`filter.${which}`)}</label>
    <select id="filter-${which}" @change=${(e: Event & { target: HTMLSelectElement }) => f.onFilter(which, e.target.value)}>
      <option value="" ?selected=${value === ''}>${x.t(`filter.all.${which}`)}</option>
      ${guard([all, value, limit], () => all.slice(0, limit).map((o) => html`<option value=${o.value} ?selected=${o.value === value} lang=${o.lang ?? nothing}>${o.label} (${o.count})</option>`))}
    </select>
  </div>`;
}

/**
 * Filter options added per frame after the first, which has none: one option per city, thousands of
 * them, would make the first render a long task of their own (measured: ~60 ms for 5000).
 */
const OPTION_CHUNK = 500;

/** How many filter options are rendered so far: none in the first frame, then `OPTION_CHUNK` more per frame until `total()`. */
export class OptionChunks implements ReactiveController {
  limit = 0;
  readonly #host: ReactiveControllerHost;
  readonly #total: () => number;
  #cancel?: () => void;

  constructor(host: ReactiveControllerHost, total: () => number) {
    this.#host = host;
    this.#total = total;
    host.addController(this);
  }

  get unfinished(): boolean {
    return this.limit < this.#total();
  }

  /** Other options (other data or subject): from none again. */
  reset(): void {
    this.limit = 0;
  }

  /** Every option at once (`allRendered`). */
  finish(): void {
    this.limit = Infinity;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Paused while disconnected: picks up again.
    if (this.unfinished) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  hostUpdated(): void {
    if (!this.unfinished || this.#cancel) return;
    this.#cancel = nextFrame(() => {
      this.#cancel = undefined;
      this.limit += OPTION_CHUNK;
      this.#host.requestUpdate();
    });
  }
}
