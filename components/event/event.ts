// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Atlas } from '../../src/atlas.js';
import { eventIcs } from '../../src/ics.js';
import { formatList, languageName, listParts, type ResolvedText } from '../../src/i18n/index.js';
import { eventView, type EventOrganizationView, type EventSlotView, type EventView } from '../../src/views/event.js';
import type { ViewPerson } from '../../src/views/people.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { downloadText } from '../base/download.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import { safeUrl } from '../base/links.js';
import { postText, section } from '../base/sections.js';
import { sectionStyles } from '../base/sections.styles.js';
import { RecordStructuredData } from '../base/record-structured-data.js';
import type { LoadingOptions } from '../base/states.js';
import type { UiMessageKey } from '../base/messages.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CwEventEventMap } from './events.js';
import { eventStyles } from './event.styles.js';

export type { CwEventEventMap } from './events.js';

/** Listeners on this element get its own event types (`CwEventEventMap`). */
export interface CwEvent {
  addEventListener: CwEventTarget<CwEventEventMap, CwEvent>['addEventListener'];
  removeEventListener: CwEventTarget<CwEventEventMap, CwEvent>['removeEventListener'];
}

/**
 * @summary One event: its title, dates at the precision the source gives, place, networks, theme,
 * objectives, programme (a schedule with times, breaks marked, themes as lists), organisers and
 * partners with their roles, participants, the people the source names and what it reports they
 * said, outcomes, and a calendar file to download where the source dates the event to the day.
 *
 * Works from attributes alone (`<cw-event event="arab-coalition-rabat-2018">`). A date without a
 * year stays without one: such an event offers no calendar file, and says why.
 *
 * @csspart event - The event (`article`).
 * @csspart title - The title (a heading at `heading-level`).
 * @csspart facts - Date, place, networks and theme (`dl`).
 * @csspart description - The description.
 * @csspart section - Each titled section.
 * @csspart section-title - The title of a section.
 * @csspart objectives - The list of objectives.
 * @csspart programme - The programme (`ol`).
 * @csspart slot - Each entry of the programme.
 * @csspart slot-time - The time of an entry.
 * @csspart break - An entry that is a break.
 * @csspart points - The themes listed under an entry.
 * @csspart organizations - Organisers and partners.
 * @csspart participants - Cities taking part, with their roles.
 * @csspart people - The people the source names.
 * @csspart statement - What the source reports a person said.
 * @csspart outcomes - The list of outcomes.
 * @csspart calendar - The "add to calendar" button.
 * @csspart no-calendar - The note saying why there is no calendar file.
 * @csspart sources - The sources.
 * @csspart translation-note - The note that the texts are translations made for the dataset.
 * @cssprop --cw-event-padding - Inner spacing.
 * @cssprop --cw-event-border - Border (`1px solid` the border colour).
 * @cssprop --cw-event-title-size - Size of the title.
 * @cssprop --cw-event-time-width - Width of the time column of the programme.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (unknown event, unreachable or invalid data).
 */
export class CwEvent extends CwDataElement {
  static override styles = [CwDataElement.styles, sectionStyles, eventStyles];

  /** The id of the event to show (`arab-coalition-rabat-2018`). */
  @property() event?: string;

  /** The level of the title's heading, 1 to 6; sections use the next level. Default: one below the heading before the element on the page, else 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Writes schema.org JSON-LD for the event (an `Event` with its programme as `subEvent`s) into a `<script type="application/ld+json">` child. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  #view?: EventView;
  #key?: [Atlas, string, string];
  readonly #structured = new RecordStructuredData(this, () => {
    const event = this.#view?.event;
    return event && ((jsonLd) => jsonLd.eventJsonLd(this.data, event, this.lang));
  });

  /** The view model shown (undefined until the data is there), for tests and subclasses. */
  get view(): EventView | undefined {
    return this.state === 'ready' ? this.#view : undefined;
  }

  protected override loadingOptions(): LoadingOptions {
    return { lines: 10 };
  }

  /** Nothing to show beyond a title and a date: the empty state says so rather than a bare heading. */
  protected override isEmpty(): boolean {
    const v = this.#view;
    if (!v) return false;
    return ![v.description, v.theme, v.participation].some(Boolean) && [v.objectives, v.programme, v.organizers, v.organizations, v.cities, v.people, v.outcomes].every((l) => l.length === 0);
  }

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const id = (this.event ?? '').trim();
    const [a, i, l] = this.#key ?? [];
    if (this.#view && a === atlas && i === id && l === this.lang) return;
    const record = this.record('event', id);
    this.#view = eventView(atlas, record.id, this.lang);
    this.#key = [atlas, id, this.lang];
  }

  /** Offers the event's calendar file (`.ics`) for download; false when the event has none or the page refuses. */
  downloadCalendar(): boolean {
    const v = this.view;
    if (!v) return false;
    const r = eventIcs(this.data, v.id, this.lang, { now: new Date() });
    return r.ok && downloadText(this, r.filename, r.ics, 'text/calendar;charset=utf-8');
  }

  #onCalendar = (): void => {
    this.downloadCalendar();
  };

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  protected override renderView(): unknown {
    const v = this.#view!;
    const level = headingLevel(this.headingLevel ?? outlineLevel(this, 2), 2);
    const sub = Math.min(level + 1, 6);
    return html`<article part="event" class="record" aria-labelledby="title">
      <header class="header">${heading(level, this.renderText(v.title), { id: 'title', part: 'title', class: 'title' })} ${this.#renderFacts(v)}</header>
      ${v.description ? html`<p part="description" class="description">${this.renderText(v.description)}</p>` : nothing}
      ${this.#list(sub, 'objectives', this.t('event.objectives'), v.objectives, true)} ${this.#renderProgramme(v, sub)}
      ${this.#renderOrganizations(v, sub)} ${this.#renderParticipants(v, sub)} ${this.#renderPeople(v, sub)}
      ${this.#list(sub, 'outcomes', this.t('event.outcomes'), v.outcomes, false)} ${this.#renderFooter(v)}
    </article>`;
  }

  #list(level: number, id: string, title: string, items: readonly ResolvedText[], ordered: boolean): unknown {
    if (items.length === 0) return nothing;
    const lis = items.map((t) => html`<li>${this.renderText(t)}</li>`);
    return section(level, id, title, ordered ? html`<ol part=${id} class="bullets">${lis}</ol>` : html`<ul part=${id} class="bullets">${lis}</ul>`);
  }

  #renderFacts(v: EventView): unknown {
    const facts: TemplateResult[] = [];
    if (v.date) {
      facts.push(html`<dt>${this.t(v.date.type === 'planned' ? 'event.date.planned' : 'event.date.actual')}</dt>
        <dd><bdi><time datetime=${v.date.datetime}>${v.date.text}</time></bdi></dd>`);
    }
    if (v.place) {
      const parts: unknown[] = [v.place.venue, v.place.city].filter((p): p is ResolvedText => p !== undefined).map((p) => this.renderText(p));
      if (v.place.country) parts.push(v.place.country);
      facts.push(html`<dt>${this.t('event.place')}</dt>
        <dd>${parts.flatMap((part, i) => (i ? [this.t('record.separator'), part] : [part]))}</dd>`);
    }
    if (v.networks.length) {
      facts.push(html`<dt>${this.t('event.networks')}</dt>
        <dd>${listParts(this.lang, v.networks.map((n) => this.renderText(n.name)), 'unit')}</dd>`);
    }
    facts.push(html`<dt>${this.t('event.kind')}</dt><dd class="kind">${this.termName('kind', v.kind)}</dd>`);
    if (v.theme) facts.push(html`<dt>${this.t('event.theme')}</dt><dd>${this.renderText(v.theme)}</dd>`);
    return html`<dl part="facts" class="facts">${facts}</dl>`;
  }

  /** A message with a `{list}` placeholder, the list (templates) put in its place. */
  #withList(key: UiMessageKey, list: unknown[]): unknown[] {
    const [before = '', after = ''] = this.t(key, { list: '\uE000' }).split('\uE000');
    return [before, ...list, after];
  }

  #renderProgramme(v: EventView, level: number): unknown {
    if (v.programme.length === 0) return nothing;
    return section(level, 'programme', this.t('event.programme'), html`<ol part="programme" class="programme">${v.programme.map((s) => this.#renderSlot(s))}</ol>`);
  }

  #renderSlot(s: EventSlotView): TemplateResult {
    const isBreak = s.kind === 'break';
    const time =
      s.start !== undefined
        ? // The times isolated in a <bdi>, inside a block that keeps the element's direction: as the grid
          // item itself, the <bdi> ran left to right and sat on the left of an Arabic programme.
          html`<span class="slot-time" part="slot-time"><bdi><time datetime=${s.startDatetime!}>${s.start}</time>${s.end !== undefined ? html`–<time datetime=${s.endDatetime!}>${s.end}</time>` : nothing}</bdi></span>`
        : html`<span class="slot-time" part="slot-time"></span>`;
    return html`<li part=${isBreak ? 'slot break' : 'slot'} class="slot ${isBreak ? 'is-break' : ''}">
      ${time}
      <div class="slot-body">
        ${isBreak ? html`<span class="cw-visually-hidden">${this.t('event.break')}: </span>` : nothing}${this.renderText(s.title, 'slot-title')}
        ${s.points.length ? html`<ul part="points" class="bullets points">${s.points.map((p) => html`<li>${this.renderText(p)}</li>`)}</ul>` : nothing}
      </div>
    </li>`;
  }

  #renderOrganization(o: EventOrganizationView): TemplateResult {
    const url = safeUrl(o.url);
    const name = this.renderText(o.name);
    const roles = o.roles.map((r) => this.termName('organizationRole', r));
    return html`<li>
      ${url ? html`<a href=${url} rel="noopener">${name}</a>` : name}${o.acronym ? html` (${this.renderText(o.acronym, undefined, true)})` : nothing}
      <span class="roles">— ${formatList(this.lang, roles, 'unit')}</span>
    </li>`;
  }

  #renderOrganizations(v: EventView, level: number): unknown {
    const all = [...v.organizers, ...v.organizations];
    if (all.length === 0) return nothing;
    return section(level, 'organizations', this.t('event.organizers'), html`<ul part="organizations" class="plain">${all.map((o) => this.#renderOrganization(o))}</ul>`);
  }

  #renderParticipants(v: EventView, level: number): unknown {
    if (v.cities.length === 0 && !v.participation) return nothing;
    return section(
      level,
      'participants',
      this.t('event.participants'),
      html`${v.participation ? html`<p>${this.renderText(v.participation)}</p>` : nothing}
        ${v.cities.length
          ? html`<ul part="participants" class="plain">
              ${v.cities.map((c) => html`<li>${this.renderText(c.name)} <span class="roles">— ${formatList(this.lang, c.roles.map((r) => this.termName('cityRole', r)), 'unit')}</span></li>`)}
            </ul>`
          : nothing}`,
    );
  }

  #renderPerson(p: ViewPerson): TemplateResult {
    return html`<li class="person">
      <p>
        <strong>${this.renderText(p.name)}</strong>${p.posts.length ? html` — <span class="posts">${formatList(this.lang, p.posts.map((post) => postText((key, params) => this.t(key, params), post)), 'unit')}</span>` : nothing}
        ${p.roles.length ? html`<span class="roles">(${formatList(this.lang, p.roles.map((r) => this.termName('eventPersonRole', r)), 'unit')})</span>` : nothing}
      </p>
      ${p.statements.map(
        (s) => html`<figure part="statement" class="statement">
          <figcaption class="muted">${s.kind ? this.termName('statement', s.kind) : nothing} · ${this.t('event.reported')}</figcaption>
          <p>${this.renderText(s.summary)}</p>
        </figure>`,
      )}
    </li>`;
  }

  #renderPeople(v: EventView, level: number): unknown {
    if (v.people.length === 0) return nothing;
    return section(level, 'people', this.t('event.people'), html`<ul part="people" class="plain">${v.people.map((p) => this.#renderPerson(p))}</ul>`);
  }

  #renderFooter(v: EventView): TemplateResult {
    const calendar = v.calendar.ok
      ? html`<button part="calendar" class="action" type="button" @click=${this.#onCalendar}>${this.t('event.calendar')}</button>`
      : html`<p part="no-calendar" class="muted">${this.t(`event.noCalendar.${v.calendar.reason}`)}</p>`;
    const url = safeUrl(v.url);
    return html`<footer class="footer">
      ${calendar} ${url ? html`<p><a href=${url} rel="noopener">${this.t('label.website')}</a></p>` : nothing}
      ${v.sources.length
        ? html`<p part="sources" class="muted">${this.#withList('event.sources', listParts(this.lang, v.sources.map((s) => this.renderText(s)), 'unit'))}</p>`
        : nothing}
      ${v.translatedFrom !== undefined ? html`<p part="translation-note" class="muted">${this.t('card.translated', { language: languageName(v.translatedFrom, this.lang) })}</p>` : nothing}
    </footer>`;
  }
}
