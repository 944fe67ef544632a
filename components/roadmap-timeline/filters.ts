/**
 * The filter bar of `<cw-roadmap-timeline>`: a native select per filter (kind, city) that can narrow
 * the entries, the count of entries shown (announced), and on long lists the "all entries" toggle.
 * Options come sorted by name in the element's language. A select never holds more than
 * `SELECT_MAX` options: past that (a generated network of 5,000 cities), a search field above it
 * narrows them, and a last, disabled option says how many are left out.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { collator } from '../../src/i18n/format.js';
import { firstMatches, normalizeForSearch } from '../../src/text-search.js';
import type { RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import type { EntryContext } from './entry.js';

/**
 * The most options a select holds. A network's real size (10 to 100 cities) fits whole; past it,
 * thousands of options would be thousands of nodes and a long task on every render, and no reader
 * scrolls through them anyway: they type.
 */
export const SELECT_MAX = 100;

export type FilterName = 'kind' | 'city';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  /** The language of `label` when it is a fallback. */
  lang?: string;
}

export type FilterOptions = Record<FilterName, FilterOption[]>;

/**
 * An option's label as the search field matches it (`normalizeForSearch`), made on the first search:
 * most readers never search the options, and a roadmap of 5,000 entries in as many cities spent
 * about 9 ms of its load normalizing their names (a slow 2-core machine).
 */
const searchTexts = new WeakMap<FilterOption, string>();
function searchTextOf(option: FilterOption): string {
  let text = searchTexts.get(option);
  if (text === undefined) searchTexts.set(option, (text = normalizeForSearch(option.label)));
  return text;
}

/** The filter options in the element's language, sorted by name. */
export function filterOptions(x: EntryContext, view: RoadmapTimelineView): FilterOptions {
  const names = collator(x.lang);
  const option = (value: string, label: string, count: number, lang?: string): FilterOption => ({ value, label, count, ...(lang ? { lang } : {}) });
  const kind = view.filterOptions.kinds.map((k) => option(k.kind, x.termName('kind', k.kind), k.count));
  const city = view.filterOptions.cities.map((c) => {
    const name = x.localized(c.city.name);
    return option(c.city.id, name?.text ?? c.city.id, c.count, name?.fallback ? name.lang : undefined);
  });
  kind.sort((a, b) => names.compare(a.label, b.label));
  city.sort((a, b) => names.compare(a.label, b.label));
  return { kind, city };
}

export interface FilterBar {
  view: RoadmapTimelineView;
  /** The sorted options (computed once per view and language by the element). */
  options: () => FilterOptions;
  kind: string;
  city: string;
  /** What the reader typed in each filter's search field (shown past `SELECT_MAX` options). */
  find: Record<FilterName, string>;
  /** Whether to offer the "all entries" toggle, and its state. */
  windowed: boolean;
  allEntries: boolean;
  onFilter: (which: FilterName, value: string) => void;
  onFind: (which: FilterName, query: string) => void;
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
 * then the options with counts, sorted; past `SELECT_MAX`, the search field and the first matches
 * (the chosen option always among them).
 */
function renderFilter(x: EntryContext, f: FilterBar, which: FilterName, values: readonly string[], current: string): unknown {
  const value = values.includes(current) ? current : '';
  if (values.length <= 1 && !value) return nothing;
  const all = f.options()[which];
  const searchable = all.length > SELECT_MAX;
  const query = searchable ? f.find[which] : '';
  return html`<div part="filter" class="filter">
    ${searchable
      ? html`<label class="find-label" for="find-${which}">${x.t(`timeline.find.${which}`)}</label>
          <input part="find" class="find" type="search" id="find-${which}" autocomplete="off" spellcheck="false" aria-controls="filter-${which}" .value=${query} @input=${(e: Event & { target: HTMLInputElement }) => f.onFind(which, e.target.value)} />`
      : nothing}
    <label for="filter-${which}">${x.t(`filter.${which}`)}</label>
    <span class="chosen">${x.t('record.colon')} ${all.find((o) => o.value === value)?.label ?? x.t(`filter.all.${which}`)}</span>
    <select id="filter-${which}" @change=${(e: Event & { target: HTMLSelectElement }) => f.onFilter(which, e.target.value)}>
      <option value="" ?selected=${value === ''}>${x.t(`filter.all.${which}`)}</option>
      ${guard([all, query, value], () => {
        const { shown, more } = firstMatches(all, searchTextOf, query, SELECT_MAX, (o) => o.value === value);
        return html`${shown.map((o) => html`<option value=${o.value} ?selected=${o.value === value} lang=${o.lang ?? nothing}>${o.label} (${o.count})</option>`)}
        ${more > 0 ? html`<option disabled>${x.t('timeline.moreOptions', { count: more })}</option>` : nothing}`;
      })}
    </select>
  </div>`;
}
