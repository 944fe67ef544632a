/**
 * One city's entry in the list of `<cw-city-map>`: its name (a button that shows it on the map, or a
 * link to the host site's page with a button beside), its roles, its other networks (with its roles
 * in each when the map shows a list of ids) and its number of projects. Rendering only: what it
 * says comes resolved from the view (`src/views/city-map.ts`).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../base/style-props.js';
import { formatList, listParts } from '../../src/i18n/index.js';
import type { CityMapCity, CityMapGroup, CityMapView, ShownText } from '../../src/views/city-map.js';
import { heading } from '../base/heading.js';
import type { UiMessageKey } from '../base/messages.js';
import type { MessageParams } from '../../src/i18n/index.js';
import { hrefFromTemplate } from '../base/links.js';

const PIN = svg`<path d="M8 1a5 5 0 0 0-5 5c0 3.6 4.3 8.3 4.5 8.5a.7.7 0 0 0 1 0C8.7 14.3 13 9.6 13 6a5 5 0 0 0-5-5Zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z"/>`;

/** What an entry needs from its element. */
export interface EntryContext {
  lang: string;
  hrefTemplate: string | undefined;
  /** `lang` for a text, when it is not in the element's language. */
  langOf(t: ShownText): string | typeof nothing;
  t(key: UiMessageKey, params?: MessageParams): string;
}

/**
 * The list as rows for the windowed list (components/base/windowed-list.ts): each country's heading
 * is a row of its own, then its cities, so that the heights the window adds up include the headings.
 */
export interface ListRow {
  group: CityMapGroup;
  /** None: the group's heading. */
  city?: CityMapCity;
}

export function listRows(view: CityMapView): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of view.groups) {
    rows.push({ group });
    for (const city of group.cities) rows.push({ group, city });
  }
  return rows;
}

/** Up to this many rows the whole list is rendered (no window: nothing to gain, and find-in-page sees every city). */
export const WINDOW_THRESHOLD = 160;

export interface ListRenderContext extends EntryContext {
  level: number;
  selected: string | undefined;
  highlighted: ReadonlySet<string> | undefined;
  showMap: boolean;
  /** Counts cities in a group ("3 villes"). */
  cityCount(count: number): string;
}

/**
 * The rows `start` to `end` of the list, each group's rows in its own section, between two spacers
 * that stand for the rows not rendered. A group cut by the window keeps its section; its heading is
 * there when its row is.
 */
export function renderList(ctx: ListRenderContext, view: CityMapView, rows: readonly ListRow[], w: { start: number; end: number; before: number; after: number }): TemplateResult {
  const parts: Array<{ group: ListRow['group']; head: number | undefined; cities: Array<[number, CityMapCity]> }> = [];
  for (let i = w.start; i < Math.min(w.end, rows.length); ) {
    const group = rows[i]!.group;
    const head = rows[i]!.city ? undefined : i;
    const cities: Array<[number, CityMapCity]> = [];
    for (i = head === undefined ? i : i + 1; i < w.end && i < rows.length && rows[i]!.group === group; i++) cities.push([i, rows[i]!.city!]);
    parts.push({ group, head, cities });
  }
  // Keyed by country and by city: as the window moves, a city keeps its DOM node, and the focus
  // stays on the city the reader is on (by position, it would pass to another one).
  const sections = repeat(
    parts,
    (p) => p.group.country,
    ({ group, head, cities }) => html`<section class="group" part="group" data-country=${group.country}>
      ${head === undefined
        ? nothing
        : html`<div class="country-row" data-index=${head}>
            ${heading(ctx.level, html`<span>${group.countryName}</span><span class="n">${ctx.cityCount(group.cities.length)}</span>`, { class: 'country', part: 'country' })}
          </div>`}
      <ul class="cities" part="cities">
        ${repeat(
          cities,
          ([, c]) => c.id,
          ([index, c]) => {
            const selected = c.id === ctx.selected;
            const highlighted = ctx.highlighted?.has(c.id) ?? false;
            return guard([c, index, selected, highlighted, ctx.showMap, ctx.hrefTemplate, ctx.lang], () => renderEntry(ctx, c, view, selected, highlighted, ctx.showMap, index));
          },
        )}
      </ul>
    </section>`,
  );
  return html`<div class="spacer" aria-hidden="true" style=${styleProps({ height: `${w.before}px` })}></div>
    ${sections}
    <div class="spacer" aria-hidden="true" style=${styleProps({ height: `${w.after}px` })}></div>`;
}

export function renderEntry(ctx: EntryContext, c: CityMapCity, view: CityMapView, selected: boolean, highlighted: boolean, showMap: boolean, index?: number): TemplateResult {
  const lang = ctx.lang;
  const href = hrefFromTemplate(ctx.hrefTemplate, c.id, lang);
  const name = html`<span lang=${ctx.langOf(c.name)}>${c.name.text}</span>`;
  // With a list of ids only, each network comes with the city's roles in it: "MC2CM (Pilot city, Participant)".
  const rolesIn = view.rolesOf === 'networks' ? new Map(c.networkRoles.map((n) => [n.network.id, n.roleNames])) : undefined;
  const networks = listParts(
    lang,
    c.otherNetworks.map((n) => {
      const label =
        n.label.text !== n.name.text
          ? html`<abbr title=${n.name.text} lang=${ctx.langOf(n.label)}>${n.label.text}</abbr>`
          : html`<span lang=${ctx.langOf(n.label)}>${n.label.text}</span>`;
      const roles = rolesIn?.get(n.id) ?? [];
      return roles.length > 0 ? html`${label} <span class="network-roles">(${formatList(lang, roles, 'unit')})</span>` : label;
    }),
    'unit',
  );
  return html`<li class="city ${selected ? 'selected' : ''} ${highlighted ? 'highlighted' : ''}" part="city" data-city=${c.id} data-index=${index ?? nothing}>
    <div class="head">
      ${href
        ? html`<a class="name" part="city-link" href=${href}>${name}</a>`
        : html`<button type="button" class="name" part="city-button" data-city=${c.id} aria-current=${selected ? 'true' : 'false'}>${name}</button>`}
      ${href && showMap
        ? html`<button
            type="button"
            class="locate"
            part="locate"
            data-city=${c.id}
            aria-current=${selected ? 'true' : 'false'}
            aria-label=${ctx.t('cityMap.showOnMap', { name: c.name.text })}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${PIN}</svg>
          </button>`
        : nothing}
    </div>
    ${c.roles.length > 0 && view.rolesOf !== 'networks' ? html`<p class="meta roles">${formatList(lang, c.roleNames, 'unit')}</p>` : nothing}
    ${c.otherNetworks.length > 0
      ? html`<p class="meta networks">
          <span class="label">${view.network ? ctx.t('label.otherNetworks') : ctx.t('cityMap.networks')}</span>${ctx.t('record.colon')}
          ${networks}
        </p>`
      : nothing}
    <p class="meta projects">${ctx.t('label.projectCount', { count: c.projectCount })}</p>
  </li>`;
}

/**
 * Moves the focus to a city's entry in the list: opens the list's disclosure (`show="map"`), brings
 * the entry into the window (`reveal`), then focuses its name. Never throws: the focus stays where it
 * was, with a warning.
 */
export async function focusListEntry(root: HTMLElement | DocumentFragment, id: string, reveal: () => Promise<unknown>): Promise<void> {
  try {
    const details = root.querySelector<HTMLDetailsElement>('details.all');
    if (details && !details.open) details.open = true;
    await reveal();
    const entry = root.querySelector<HTMLElement>(`li.city[data-city="${CSS.escape(id)}"]`);
    const control = entry?.querySelector<HTMLElement>('.name');
    if (!entry || !control) return;
    control.focus({ preventScroll: true });
    entry.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  } catch (e) {
    console.warn('cityweave: <cw-city-map> could not move focus to the list.', e);
  }
}
