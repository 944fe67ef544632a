// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Atlas } from '../../src/atlas.js';
import { formatList, listParts } from '../../src/i18n/index.js';
import { cityProfileView, type CityNetworkView, type CityProfileView, type CityTimelineEntryView } from '../../src/views/city-profile.js';
import type { ViewDate } from '../../src/views/period.js';
import type { ViewPerson } from '../../src/views/people.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import { safeUrl } from '../base/links.js';
import type { UiMessageKey } from '../base/messages.js';
import { postText, section } from '../base/sections.js';
import { sectionStyles } from '../base/sections.styles.js';
import { RecordStructuredData } from '../base/record-structured-data.js';
import type { LoadingOptions } from '../base/states.js';
import type { CwEventTarget } from '../base/typed-events.js';
import type { CwCityProfileEventMap } from './events.js';
import { cityProfileStyles } from './city-profile.styles.js';

export type { CwCityProfileEventMap } from './events.js';

/** Listeners on this element get its own event types (`CwCityProfileEventMap`). */
export interface CwCityProfile {
  addEventListener: CwEventTarget<CwCityProfileEventMap, CwCityProfile>['addEventListener'];
  removeEventListener: CwEventTarget<CwCityProfileEventMap, CwCityProfile>['removeEventListener'];
}

/**
 * @summary One city's international commitments: its name and country, the networks it belongs to
 * with its role(s) in each and their dates, its mayor and other posts the sources give, its projects
 * (compact cards), its events and roadmap items across every network on one chronological list, and
 * the organisations it works with.
 *
 * Works from attributes alone (`<cw-city-profile city="tanger-ma">`). Dates are shown at the
 * precision the sources give; a membership the sources do not date shows no date.
 *
 * @csspart profile - The profile (`article`).
 * @csspart title - The city's name (a heading at `heading-level`).
 * @csspart country - The country.
 * @csspart section - Each titled section.
 * @csspart section-title - The title of a section.
 * @csspart networks - The list of networks.
 * @csspart network - Each network, with the city's roles and dates.
 * @csspart roles - The city's roles in a network.
 * @csspart people - The people holding a post in the city.
 * @csspart projects - The list of project cards.
 * @csspart project-card - Each `<cw-project-card>`.
 * @csspart timeline - The chronological list of events and roadmap items.
 * @csspart timeline-entry - Each entry of it.
 * @csspart partners - The organisations the city works with.
 * @cssprop --cw-city-profile-padding - Inner spacing.
 * @cssprop --cw-city-profile-border - Border (`1px solid` the border colour).
 * @cssprop --cw-city-profile-title-size - Size of the city's name.
 * @cssprop --cw-city-profile-role-background - Background of the role labels.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (unknown city, unreachable or invalid data).
 */
export class CwCityProfile extends CwDataElement {
  static override styles = [CwDataElement.styles, sectionStyles, cityProfileStyles];

  /** The id of the city to show (`tanger-ma`). */
  @property() city?: string;

  /** The level of the city's name as a heading, 1 to 6; sections use the next level. Default: one below the heading before the element on the page, else 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A URL template for the project cards' titles (`/fr/projets/{id}`), passed to each `<cw-project-card>`. */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Writes schema.org JSON-LD for the city into a `<script type="application/ld+json">` child. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  #view?: CityProfileView;
  #key?: [Atlas, string, string];
  readonly #structured = new RecordStructuredData(this, () => {
    const city = this.#view && this.data.city(this.#view.id);
    return city && ((jsonLd) => jsonLd.cityJsonLd(this.data, city, this.lang));
  });

  /** The view model shown (undefined until the data is there), for tests and subclasses. */
  get view(): CityProfileView | undefined {
    return this.state === 'ready' ? this.#view : undefined;
  }

  protected override loadingOptions(): LoadingOptions {
    return { lines: 10 };
  }

  protected override isEmpty(): boolean {
    const v = this.#view;
    return v !== undefined && v.networks.length === 0 && v.projects.length === 0 && v.timeline.length === 0;
  }

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const id = (this.city ?? '').trim();
    const [a, i, l] = this.#key ?? [];
    if (this.#view && a === atlas && i === id && l === this.lang) return;
    const record = this.record('city', id);
    this.#view = cityProfileView(atlas, record.id, this.lang);
    this.#key = [atlas, id, this.lang];
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  protected override renderView(): unknown {
    const v = this.#view!;
    const level = headingLevel(this.headingLevel ?? outlineLevel(this, 2), 2);
    const sub = Math.min(level + 1, 6);
    return html`<article part="profile" class="record" aria-labelledby="title">
      <header class="header">
        ${heading(level, this.renderText(v.name), { id: 'title', part: 'title', class: 'title' })}
        <p part="country" class="muted">${v.country}</p>
      </header>
      ${this.#renderNetworks(v, sub)} ${this.#renderPeople(v, sub)} ${this.#renderProjects(v, sub, Math.min(sub + 1, 6))}
      ${this.#renderTimeline(v, sub)} ${this.#renderPartners(v, sub)}
    </article>`;
  }

  #roles(prefix: string, roles: readonly string[]): TemplateResult {
    return html`<ul part="roles" class="role-list">${roles.map((r) => html`<li class="role">${this.termName(prefix, r)}</li>`)}</ul>`;
  }

  #renderNetwork(n: CityNetworkView): TemplateResult {
    const dates = n.dates.flatMap((d) => [...(d.start ? [this.#withDate('cityProfile.since', d.start)] : []), ...(d.end ? [this.#withDate('cityProfile.until', d.end)] : [])]);
    return html`<li part="network" class="network">
      <div class="network-head">
        <!-- One flex item: the parentheses stay with the name (as items of their own they took the gap). -->
        <span><strong>${this.renderText(n.name)}</strong>${n.acronym ? html` (${this.renderText(n.acronym, undefined, true)})` : nothing}</span>
        <span class="muted">${this.termName('networkKind', n.kind)}</span>
      </div>
      ${n.parent ? html`<p class="muted">${this.t('cityProfile.partOf', { network: n.parent.text })}</p>` : nothing} ${this.#roles('membershipRole', n.roles)}
      ${dates.length ? html`<p class="dates">${listParts(this.lang, dates, 'unit')}</p>` : nothing}
    </li>`;
  }

  /** A message with a `{date}` placeholder, the date in a `<time>` isolated by `<bdi>`. */
  #withDate(key: UiMessageKey, date: ViewDate): unknown[] {
    const MARK = '\uE000';
    return this.t(key, { date: MARK })
      .split(MARK)
      .flatMap((piece, i) => (i === 0 ? [piece] : [html`<bdi><time datetime=${date.datetime}>${date.text}</time></bdi>`, piece]));
  }

  #renderNetworks(v: CityProfileView, level: number): unknown {
    if (v.networks.length === 0) return nothing;
    return section(level, 'networks', this.t('cityProfile.networks'), html`<ul part="networks" class="plain networks">${v.networks.map((n) => this.#renderNetwork(n))}</ul>`);
  }

  #renderPeople(v: CityProfileView, level: number): unknown {
    if (v.people.length === 0) return nothing;
    return section(
      level,
      'people',
      this.t('cityProfile.people'),
      html`<ul part="people" class="plain">
        ${v.people.map((p: ViewPerson) => html`<li><strong>${this.renderText(p.name)}</strong> — ${formatList(this.lang, p.posts.map((post) => postText((key, params) => this.t(key, params), post)), 'unit')}</li>`)}
      </ul>`,
    );
  }

  #renderProjects(v: CityProfileView, level: number, cardLevel: number): unknown {
    if (v.projects.length === 0) return nothing;
    return section(
      level,
      'projects',
      this.t('cityProfile.projects'),
      html`<ul part="projects" class="plain cards">
        ${v.projects.map(
          (id) => html`<li>
            <cw-project-card
              part="project-card"
              exportparts="card: project-card-body"
              variant="compact"
              selectable
              project=${id}
              heading-level=${cardLevel}
              lang=${this.lang}
              href-template=${this.hrefTemplate ?? nothing}
              .atlas=${this.data}
            ></cw-project-card>
          </li>`,
        )}
      </ul>`,
    );
  }

  #renderEntry(e: CityTimelineEntryView): TemplateResult {
    return html`<li part="timeline-entry" class="entry entry-${e.type}">
      <span class="entry-date">
        ${e.date ? html`<bdi><time datetime=${e.date.datetime}>${e.date.text}</time></bdi>${e.date.type === 'planned' ? html` <span class="muted">(${this.t('label.planned')})</span>` : nothing}` : this.t('cityProfile.undated')}
      </span>
      <span class="entry-body">
        <span class="muted">${this.termName('kind', e.kind)}${e.network ? html` · ${this.renderText(e.network)}` : nothing}</span>
        ${this.renderText(e.title, 'entry-title')}
        <span class="roles">${formatList(this.lang, e.roles.map((r) => this.termName('cityRole', r)), 'unit')}</span>
      </span>
    </li>`;
  }

  #renderTimeline(v: CityProfileView, level: number): unknown {
    if (v.timeline.length === 0) return nothing;
    return section(level, 'timeline', this.t('cityProfile.timeline'), html`<ol part="timeline" class="plain timeline">${v.timeline.map((e) => this.#renderEntry(e))}</ol>`);
  }

  #renderPartners(v: CityProfileView, level: number): unknown {
    if (v.partners.length === 0) return nothing;
    return section(
      level,
      'partners',
      this.t('cityProfile.partners'),
      html`<ul part="partners" class="plain">
        ${v.partners.map((p) => {
          const url = safeUrl(p.url);
          const name = this.renderText(p.name);
          return html`<li>
            ${url ? html`<a href=${url} rel="noopener">${name}</a>` : name}${p.acronym ? html` (${this.renderText(p.acronym, undefined, true)})` : nothing}
            <span class="roles">— ${formatList(this.lang, p.roles.map((r) => this.termName('organizationRole', r)), 'unit')}${this.t('record.separator')}${this.t('cityProfile.partnerCount', { count: p.count })}</span>
          </li>`;
        })}
      </ul>`,
    );
  }
}
