/**
 * One entry of the detail list of `<cw-roadmap-timeline>`, with the headings that open before it and
 * its details when selected: rendering only. Texts come from the element through `EntryContext` (its
 * language, messages and text helpers); what the list shows and in which order is decided by the view
 * (`timelineRows` in src/views/roadmap-timeline.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEntry } from '../../src/atlas.js';
import { datetimeAttr, formatDate } from '../../src/format-date.js';
import { distinctAcronym, listParts, shortName, type ListType, type MessageParams, type ResolvedText, type TextDirection } from '../../src/i18n/index.js';
import type { Event, LocalizedText, RoadmapItem, Source } from '../../src/schema/index.js';
import type { RoadmapTimelineEntry, TimelineRow } from '../../src/views/roadmap-timeline.js';
import { heading } from '../base/heading.js';
import { hasMessage, type UiMessageKey } from '../base/messages.js';
import { hrefFromTemplate, safeUrl } from '../base/links.js';
import { withTime } from './summary.js';

/** What an entry needs from the element: its language, messages, text helpers and settings. */
export interface EntryContext {
  lang: string;
  t: (key: UiMessageKey, params?: MessageParams) => string;
  localized: (text: LocalizedText | undefined) => ResolvedText | undefined;
  renderText: (text: LocalizedText | ResolvedText | undefined) => TemplateResult | typeof nothing;
  termName: (prefix: string, value: string) => string;
  fallbackDir: (r: ResolvedText | undefined) => TextDirection | typeof nothing;
  source: (id: string) => Source | undefined;
  hrefTemplate: string | undefined;
  /** What the timeline is about: an item's roadmap is named in its details unless it is the subject. */
  subjectType: 'roadmap' | 'network' | 'city' | undefined;
  onDetailsKeyDown: (e: KeyboardEvent, key: string) => void;
}

/** Ids in the shadow root, from keys (`item:rmci-2019-website`). */
export const domId = (prefix: string, key: string) => `${prefix}-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/** Templates joined as a list in the element's language ("a, b et c", "أ وب وج"): see `listParts`. */
function joined(x: EntryContext, items: readonly unknown[], type?: ListType): unknown {
  return items.length === 0 ? nothing : listParts(x.lang, items, type);
}

function orgName(x: EntryContext, o: TimelineEntry['organizations'][number]['organization']): TemplateResult | typeof nothing {
  return x.renderText(shortName(o.acronym, o.name));
}

function timeOf(x: EntryContext, entry: TimelineEntry): TemplateResult {
  if (!entry.date) return html`<span class="date">${x.t('timeline.date.unknown')}</span>`;
  return html`<time class="date" datetime=${datetimeAttr(entry.date)}>${formatDate(entry.date, x.lang)}</time>`;
}

function dateType(x: EntryContext, entry: TimelineEntry): TemplateResult | typeof nothing {
  return entry.dateType ? dateTypeBadge(x, entry.dateType) : nothing;
}

function dateTypeBadge(x: EntryContext, type: 'planned' | 'actual'): TemplateResult {
  return html`<span class="date-type ${type}">${x.t(type === 'planned' ? 'timeline.date.planned' : 'timeline.date.actual')}</span>`;
}

function cities(x: EntryContext, entry: TimelineEntry): unknown {
  return joined(
    x,
    entry.cities.map(
      (c) => html`${x.renderText(c.city.name)}${c.roles.length ? html` <span class="role">(${joined(x, c.roles.map((r) => x.termName('cityRole', r)), 'unit')})</span>` : nothing}`,
    ),
  );
}

function organizations(x: EntryContext, entry: TimelineEntry): unknown {
  return joined(
    x,
    entry.organizations.map(
      (o) => html`${orgName(x, o.organization)}${o.roles.length ? html` <span class="role">(${joined(x, o.roles.map((r) => x.termName('organizationRole', r)), 'unit')})</span>` : nothing}`,
    ),
  );
}

/** The headings that open before a row: a year ("year unknown"), a shared period with its count, a kind or a city in it. */
function renderHeadings(x: EntryContext, row: TimelineRow, level: number): unknown {
  return row.headings.map((h) => {
    switch (h.type) {
      case 'year':
        return heading(level + 1, h.year !== undefined ? html`<bdi>${String(h.year)}</bdi>` : x.t('label.yearUnknown'), {
          id: `year-${h.year ?? 'unknown'}`,
          part: 'year-heading',
          class: `year-heading ${h.year === undefined ? 'unknown' : ''}`,
        });
      case 'period': {
        // The sentence in one span: as separate flex items, its date and its words got the heading's
        // gap between them ("2019–2020  : 11 entrées").
        return heading(level + 2, html`<span>${withTime(x, 'timeline.period', h.date, { count: h.count })}</span> ${h.dateType ? dateTypeBadge(x, h.dateType) : nothing}`, { part: 'period-heading', class: 'period-heading' });
      }
      default:
        return heading(level + 3, html`${h.type === 'kind' ? x.termName('kind', h.kind) : x.renderText(h.city.name)} <span class="group-count">(${h.count})</span>`, {
          part: 'group-heading',
          class: 'group-heading',
        });
    }
  });
}

export function renderEntry(x: EntryContext, row: TimelineRow, count: number, isSelected: boolean, isTabStop: boolean, level: number): TemplateResult {
  const e = row.entry;
  const entry = e.entry;
  const placed = e.start !== undefined && e.end !== undefined;
  const title = x.localized(entry.title);
  const buttonId = domId('entry', e.key);
  const detailsId = domId('details', e.key);
  const statusKey = `status.${entry.status}`;
  const status = entry.status && hasMessage(x.lang, statusKey) ? x.t(statusKey) : undefined;
  const kind = x.termName('kind', entry.kind);
  return html`<li
    part=${isSelected ? 'item item-selected' : 'item'}
    class="entry ${placed ? 'placed' : 'unplaced'} ${entry.dateType ?? 'undated'} ${isSelected ? 'selected' : ''}"
    data-entry=${e.key}
    data-index=${row.index}
    aria-setsize=${count}
    aria-posinset=${row.index + 1}
  >
    ${renderHeadings(x, row, level)}
    <div class="entry-body">
    <div part="card" class="card">
      <button
        part="item-button"
        class="item-button"
        id=${buttonId}
        type="button"
        data-key=${e.key}
        tabindex=${isTabStop ? '0' : '-1'}
        aria-expanded=${isSelected ? 'true' : 'false'}
        aria-controls=${isSelected ? detailsId : nothing}
      >
        ${title ? x.renderText(title) : entry.id}
      </button>
      <p class="meta">
        ${row.dateInHeading
          ? // Said once by the period heading above; kept for a screen reader that lands on the entry alone.
            html`<span class="cw-visually-hidden">${timeOf(x, entry)} ${dateType(x, entry)}</span>`
          : html`${timeOf(x, entry)} ${dateType(x, entry)}`}
        <span class=${row.groupedBy === 'kind' ? 'kind cw-visually-hidden' : 'kind'}>${kind}</span>
        ${status ? html`<span class="status">${status}</span>` : nothing}
      </p>
      ${entry.cities.length ? html`<p class="cities">${cities(x, entry)}</p>` : nothing}
      ${entry.organizations.length ? html`<p class="orgs">${organizations(x, entry)}</p>` : nothing}
    </div>
    ${isSelected ? renderDetails(x, e, level + row.depth, detailsId, kind, status) : nothing}
    </div>
  </li>`;
}

function renderDetails(x: EntryContext, e: RoadmapTimelineEntry, level: number, id: string, kind: string, status: string | undefined): TemplateResult {
  const entry = e.entry;
  const record = entry.record;
  const headingId = `${id}-title`;
  const item = entry.type === 'item' ? (record as RoadmapItem) : undefined;
  const event = entry.type === 'event' ? (record as Event) : entry.event;
  const description = record.description ?? (item ? entry.event?.description : undefined);
  const href = hrefFromTemplate(x.hrefTemplate, entry.id, x.lang);
  const title = x.renderText(entry.title);
  const sourceIds = [...new Set([...record.sources, ...(item && entry.event ? entry.event.sources : [])])];
  const sources = sourceIds.map((s) => x.source(s)).filter((s) => s !== undefined);
  return html`<div
    part="details"
    class="details"
    id=${id}
    role="region"
    aria-labelledby=${headingId}
    @keydown=${(ev: KeyboardEvent) => x.onDetailsKeyDown(ev, e.key)}
  >
    ${heading(level + 2, href ? html`<a href=${href}>${title}</a>` : title, { id: headingId, class: 'details-title' })}
    <dl>
      <div><dt>${x.t('label.period')}</dt><dd>${timeOf(x, entry)} ${dateType(x, entry)}</dd></div>
      <div><dt>${x.t('timeline.kind')}</dt><dd>${kind}</dd></div>
      ${status ? html`<div><dt>${x.t('label.status')}</dt><dd>${status}</dd></div>` : nothing}
      ${item && entry.roadmap && x.subjectType !== 'roadmap'
        ? html`<div><dt>${x.t('timeline.roadmap')}</dt><dd>${x.renderText(entry.roadmap.title)}</dd></div>`
        : nothing}
      ${item && entry.event
        ? html`<div>
            <dt>${x.t('timeline.event')}</dt>
            <dd>${x.renderText(entry.event.title)}</dd>
          </div>`
        : nothing}
      ${event?.theme ? html`<div><dt>${x.t('timeline.theme')}</dt><dd>${x.renderText(event.theme)}</dd></div>` : nothing}
      ${description ? html`<div class="wide"><dt>${x.t('timeline.description')}</dt><dd>${x.renderText(description)}</dd></div>` : nothing}
      ${entry.cities.length
        ? html`<div class="wide">
            <dt>${x.t('label.cities')}</dt>
            <dd>
              <ul>
                ${entry.cities.map(
                  (c) => html`<li>${x.renderText(c.city.name)}${c.roles.length ? html` (${joined(x, c.roles.map((r) => x.termName('cityRole', r)), 'unit')})` : nothing}</li>`,
                )}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${entry.organizations.length
        ? html`<div class="wide">
            <dt>${x.t('timeline.organizations')}</dt>
            <dd>
              <ul>
                ${entry.organizations.map((o) => {
                  const url = safeUrl(o.organization.url);
                  const name = x.renderText(o.organization.name);
                  const acronym = distinctAcronym(x.localized(o.organization.acronym), x.localized(o.organization.name));
                  return html`<li>
                    ${url ? html`<a href=${url}>${name}</a>` : name}${acronym ? html` (${x.renderText(acronym)})` : nothing}${o.roles.length ? html` – ${joined(x, o.roles.map((r) => x.termName('organizationRole', r)), 'unit')}` : nothing}
                  </li>`;
                })}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${sources.length
        ? html`<div class="wide">
            <dt>${x.t('label.sources')}</dt>
            <dd>
              <ul>
                ${sources.map((s) => {
                  const url = safeUrl(s.url);
                  const t = x.renderText(s.title);
                  return html`<li>${url ? html`<a href=${url}>${t}</a>` : t}</li>`;
                })}
              </ul>
            </dd>
          </div>`
        : nothing}
    </dl>
  </div>`;
}
