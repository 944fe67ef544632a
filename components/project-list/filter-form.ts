/**
 * The filter form of `<cw-project-list>`: the text search, then one native `select` per filter that
 * narrows the list (SDG goal, target, city, country, policy area), and "clear filters". On a narrow
 * container the selects fold behind one button, "Filters (2 active)", so that the first results
 * are on the first screen of a phone; the search stays open. In print, a line says which filters
 * are set instead.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResolvedText, UiLanguage } from '../../src/i18n/index.js';
import { countryName, formatList, formatNumber, isolate } from '../../src/i18n/index.js';
import type { LocalizedText } from '../../src/schema/index.js';
import { activeFilterCount, cleanFilters, splitSdg, targetsOfGoal, type ProjectListFilters, type ProjectListOptions, type TargetOption } from '../../src/views/project-list.js';
import type { UiMessageKey } from '../base/messages.js';
import type { MessageParams } from '../../src/i18n/index.js';

/** Option texts longer than this are cut (SDG target titles are whole sentences). */
const OPTION_MAX = 70;
const cut = (s: string) => (s.length > OPTION_MAX ? `${s.slice(0, OPTION_MAX - 1).trimEnd()}…` : s);

type FilterName = 'sdgGoal' | 'sdgTarget' | 'city' | 'country' | 'policyArea';

/** What the form needs from its element. */
export interface FilterFormContext {
  lang: string;
  uiLang: UiLanguage;
  t(key: UiMessageKey, params?: MessageParams): string;
  localized(text: LocalizedText | undefined, defaultLang?: string): ResolvedText | undefined;
  /** Whether the target titles (a lazy chunk) are there; asks for an update when they come. */
  targetTitlesReady(): boolean;
  filters: ProjectListFilters;
  options: ProjectListOptions;
  /** Projects in scope before filtering. */
  total: number;
  /** Whether the list is of one city (then no city filter). */
  cityScope: boolean;
  /** The form's accessible name. */
  label: string;
  /** Whether the folded filters are open (narrow containers only). */
  open: boolean;
  toggle(): void;
  change(patch: Partial<ProjectListFilters>, typing?: boolean): void;
  clear(): void;
}

interface Shown {
  text: string;
  lang?: string;
}

/** A label in the reader's language, its language marked when it is a fallback; the id when the data has no record. */
function label(c: FilterFormContext, text: LocalizedText | undefined, fallback: string, defaultLang?: string): Shown {
  const r = c.localized(text, defaultLang);
  if (!r) return { text: c.t('projectList.unknownValue', { value: isolate(fallback) }) };
  return r.fallback ? { text: r.text, lang: r.lang } : { text: r.text };
}

const count = (c: FilterFormContext, n: number) => ` (${formatNumber(c.lang, n)})`;

/** Whether a filter is worth showing: it has a value, or an option that narrows the list. */
function useful(c: FilterFormContext, options: ReadonlyArray<{ count: number }>, selected: string | undefined): boolean {
  if (selected) return true;
  if (options.length === 0) return false;
  return options.length > 1 || options[0]!.count < c.total;
}

const option = (value: string, selected: boolean, shown: Shown) => html`<option value=${value} .selected=${selected} lang=${shown.lang ?? nothing}>${shown.text}</option>`;

/** A filter: its label, and a first option that clears it, worded for that filter ("Toutes les villes"). */
function select(c: FilterFormContext, id: string, filter: FilterName, value: string, onChange: (value: string) => void, options: TemplateResult[]): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${id}>${c.t(`filter.${filter}`)}</label>
    <select part="select" id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${value === ''}>${c.t(`filter.all.${filter}`)}</option>
      ${options}
    </select>
  </div>`;
}

/** The selects, with the option chosen in each (for the print line). */
function selects(c: FilterFormContext): { fields: TemplateResult[]; chosen: string[] } {
  const o = c.options;
  const f = cleanFilters(c.filters);
  const { goal, target } = splitSdg(f.sdg);
  const fields: TemplateResult[] = [];
  const chosen: string[] = [];
  const add = (id: string, filter: FilterName, value: string, onChange: (v: string) => void, options: Array<{ value: string; shown: Shown }>) => {
    if (value) chosen.push(options.find((x) => x.value === value)?.shown.text ?? value);
    fields.push(select(c, id, filter, value, onChange, options.map((x) => option(x.value, x.value === value, x.shown))));
  };

  if (useful(c, o.goals, goal)) {
    const goals = o.goals.map((g) => {
      const short = g.goal ? label(c, g.goal.shortTitle, g.code) : { text: c.t('projectList.unknownValue', { value: isolate(g.code) }) };
      return { value: g.code, shown: { ...short, text: `${isolate(g.code)} · ${short.text}${count(c, g.count)}` } };
    });
    add('cw-goal', 'sdgGoal', goal, (v) => c.change({ sdg: v }), goals);
  }
  const shownTargets = targetsOfGoal(o, goal);
  if (useful(c, shownTargets, target)) {
    // Target titles load on demand, in the interface language (as in the badges): until they are
    // there, a target is offered by its code alone.
    const titles = c.targetTitlesReady();
    const targetOption = (t: TargetOption): { value: string; shown: Shown } => {
      if (t.target && !titles) return { value: t.code, shown: { text: `${isolate(t.code)}${count(c, t.count)}` } };
      const title = t.target ? label(c, t.target.title, t.code, c.uiLang) : { text: c.t('projectList.unknownValue', { value: isolate(t.code) }) };
      return { value: t.code, shown: { ...title, text: `${isolate(t.code)} · ${cut(title.text)}${count(c, t.count)}` } };
    };
    const onTarget = (v: string) => c.change({ sdg: v || goal });
    const all = shownTargets.map(targetOption);
    if (goal) add('cw-target', 'sdgTarget', target, onTarget, all);
    else {
      // Without a goal: targets grouped by goal.
      if (target) chosen.push(all.find((x) => x.value === target)?.shown.text ?? target);
      const groups = new Map<string, Array<{ value: string; shown: Shown }>>();
      shownTargets.forEach((t, i) => groups.set(t.goal ?? '', [...(groups.get(t.goal ?? '') ?? []), all[i]!]));
      const grouped = [...groups].map(([g, list]) => {
        const goalOption = o.goals.find((x) => x.code === g);
        const name = goalOption?.goal ? `${isolate(g)} · ${label(c, goalOption.goal.shortTitle, g).text}` : isolate(g || '?');
        return html`<optgroup label=${name}>${list.map((x) => option(x.value, x.value === target, x.shown))}</optgroup>`;
      });
      fields.push(select(c, 'cw-target', 'sdgTarget', target, onTarget, grouped));
    }
  }
  if (!c.cityScope && useful(c, o.cities, f.city)) {
    const cities = o.cities.map((x) => {
      const name = x.city ? label(c, x.city.name, x.id) : { text: c.t('projectList.unknownValue', { value: isolate(x.id) }) };
      return { value: x.id, shown: { ...name, text: `${name.text}${count(c, x.count)}` } };
    });
    add('cw-city', 'city', f.city ?? '', (v) => c.change({ city: v }), cities);
  }
  if (useful(c, o.countries, f.country)) {
    add('cw-country', 'country', f.country ?? '', (v) => c.change({ country: v }), o.countries.map((x) => ({ value: x.code, shown: { text: `${countryName(x.code, c.lang)}${count(c, x.count)}` } })));
  }
  if (useful(c, o.policyAreas, f.policyArea)) {
    const areas = o.policyAreas.map((a) => {
      const name = label(c, a.label, a.id);
      return { value: a.id, shown: { ...name, text: `${name.text}${count(c, a.count)}` } };
    });
    add('cw-policy', 'policyArea', f.policyArea ?? '', (v) => c.change({ policyArea: v }), areas);
  }
  return { fields, chosen };
}

export function renderFilterForm(c: FilterFormContext): TemplateResult {
  const f = cleanFilters(c.filters);
  const active = activeFilterCount(f);
  // The search is not folded: it counts in "active" only when it holds words.
  const folded = active - (f.text ? 1 : 0);
  const { fields, chosen } = selects(c);
  if (f.text) chosen.unshift(c.t('projectList.printSearch', { text: f.text }));
  return html`<form part="filters" class="filters ${c.open ? 'open' : ''}" role="search" aria-label=${c.label} @submit=${(e: Event) => e.preventDefault()}>
    <div part="field" class="field field-search">
      <label for="cw-q">${c.t('filter.search')}</label>
      <input part="search" id="cw-q" type="search" autocomplete="off" spellcheck="false" aria-describedby="cw-q-hint" .value=${c.filters.text ?? ''} @input=${(e: Event) => c.change({ text: (e.target as HTMLInputElement).value }, true)} />
      <p id="cw-q-hint" class="hint">${c.t('projectList.searchHint')}</p>
    </div>
    ${fields.length > 0
      ? html`<button part="filters-toggle" class="filters-toggle" type="button" aria-expanded=${String(c.open)} aria-controls="cw-filter-fields" @click=${c.toggle}>
          <svg class="toggle-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
          ${folded > 0 ? c.t('projectList.filtersActive', { count: folded }) : c.t('projectList.filters')}
        </button>`
      : nothing}
    <div id="cw-filter-fields" class="filter-fields">
      ${fields}
      <div class="field field-actions">
        <button part="clear" class="clear" type="button" ?disabled=${active === 0} @click=${c.clear}>${c.t('filter.clear')}</button>
      </div>
    </div>
    ${chosen.length > 0 ? html`<p class="print-only">${c.t('projectList.printFilters', { filters: formatList(c.lang, chosen, 'unit') })}</p>` : nothing}
  </form>`;
}
