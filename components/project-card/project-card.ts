// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Atlas } from '../../src/atlas.js';
import { formatDate, datetimeAttr } from '../../src/format-date.js';
import { countryName, distinctAcronym, formatList, inOtherScript, languageName, shortName } from '../../src/i18n/index.js';
import type { LocalizedText } from '../../src/schema/index.js';
import { projectCardView, type ProjectCardCorrection, type ProjectCardOrganization, type ProjectCardView } from '../../src/views/project-card.js';
import { CwDataElement } from '../base/cw-data-element.js';
import { heading, headingLevel, outlineLevel } from '../base/heading.js';
import type { UiMessageKey } from '../base/messages.js';
import { hrefFromTemplate, safeUrl } from '../base/links.js';
import type { LoadingOptions } from '../base/states.js';
import { PrintController } from '../base/print-controller.js';
import { sdgTitlesReady } from '../base/sdg-titles.js';
import { RecordStructuredData } from '../base/record-structured-data.js';
import type { CwEventTarget } from '../base/typed-events.js';
import { section } from '../base/sections.js';
import type { CardContext } from './card-context.js';
import { renderCorrections } from './corrections.js';
import type { CwProjectCardEventMap, CwProjectSelectEvent } from './events.js';
import { renderOrganizations } from './organizations.js';
import { projectCardStyles } from './project-card.styles.js';

/** `compact`: for lists (title, facts, cities, SDG badges, policy labels); `full`: everything. */
export type ProjectCardVariant = 'compact' | 'full';

export type { CwProjectCardEventMap, CwProjectSelectDetail, CwProjectSelectEvent } from './events.js';

/** Lists longer than this collapse behind a "show all" toggle, showing the first `SHOWN_WHEN_COLLAPSED`. */
export const COLLAPSE_ABOVE = 4;
export const SHOWN_WHEN_COLLAPSED = 3;

/** Listeners on this element get its own event types (`CwProjectCardEventMap`). */
export interface CwProjectCard {
  addEventListener: CwEventTarget<CwProjectCardEventMap, CwProjectCard>['addEventListener'];
  removeEventListener: CwEventTarget<CwProjectCardEventMap, CwProjectCard>['removeEventListener'];
}

/**
 * @summary One project: its title, cities, network, objective, activities and results, SDG targets,
 * policy recommendations, partners and funders, period and status, and where the data departs from
 * its source.
 *
 * Works from attributes alone (`<cw-project-card project="tanger-accueil">` shows the bundled data).
 * Texts come in the element's language when the data has it; a text in another language carries
 * its own `lang`. Long lists of activities or results collapse behind a "show all" button.
 * Corrections recorded in the data (an SDG code the source got wrong) are shown as a note, and the
 * corrected badge is marked.
 *
 * @csspart card - The card (`article`).
 * @csspart title - The project's title (a heading at `heading-level`).
 * @csspart title-link - The title as a link, with `href-template`.
 * @csspart title-button - The title as a button, with `selectable` (in a list).
 * @csspart subtitle - The subtitle.
 * @csspart facts - Acronym, network, period and status (`dl`).
 * @csspart acronym - The acronym.
 * @csspart status - The status.
 * @csspart cities - The list of cities with their roles and countries.
 * @csspart countries - The countries the project names without a city.
 * @csspart details - The full content below the header (always shown with `variant="full"`; shown when `expanded` with `variant="compact"`).
 * @csspart section - Each titled section (objective, activities, …).
 * @csspart section-title - The title of a section.
 * @csspart objective - The objective.
 * @csspart activities - The list of activities.
 * @csspart results - The list of results.
 * @csspart toggle - The "show all" / "show fewer" buttons.
 * @csspart sdgs - The list of SDG target badges.
 * @csspart sdg-badge - Each `<cw-sdg-badge>`.
 * @csspart corrected-mark - The mark on a badge whose code was corrected.
 * @csspart policy-areas - The list of policy recommendations.
 * @csspart policy-area - Each policy recommendation label.
 * @csspart organizations - Partners and funders (`dl`).
 * @csspart website - The link to the project's website.
 * @csspart corrections - The note on corrections.
 * @csspart translation-note - The note that the card's texts are translations made for the dataset ("translated from French").
 * @csspart correction - Each correction.
 * @cssprop --cw-project-card-padding - Inner spacing of the card.
 * @cssprop --cw-project-card-border - Border of the card (`1px solid` the border colour).
 * @cssprop --cw-project-card-shadow - Shadow of the card (none by default).
 * @cssprop --cw-project-card-title-size - Size of the title (the large text size; larger in wide full cards).
 * @cssprop --cw-project-card-label-background - Background of the policy labels.
 * @fires {CustomEvent<CwProjectSelectDetail>} cw-select - When the title is activated, with `selectable` (in a list): `detail` is `{ project: id }`. Cancelable: cancelling it keeps a compact card closed, or keeps a title link from being followed.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state (unknown project, unreachable or invalid data).
 */
export class CwProjectCard extends CwDataElement {
  static override styles = [CwDataElement.styles, projectCardStyles];
  protected static override showsSdgTitles = true;

  /** The id of the project to show (`tanger-accueil`). */
  @property() project?: string;

  /** `full` (the default): every section; `compact`: the header, cities, SDG badges, policy labels and corrections. */
  @property({ reflect: true }) variant: ProjectCardVariant = 'full';

  /** The level of the title's heading, 1 to 6; sections use the next level. Default: one below the heading before the element on the page (after an `<h1>`, 2), else 3. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /**
   * A URL template that turns the title into a link to the host site's page for the project:
   * `{id}` and `{lang}` are replaced (`/fr/projets/{id}`). Only http(s) results are used.
   */
  @property({ attribute: 'href-template' }) hrefTemplate?: string;

  /** Writes schema.org JSON-LD for the project into a `<script type="application/ld+json">` child. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /**
   * In a list: the title becomes a button (or stays a link with `href-template`) that fires
   * `cw-select`; a compact card then opens to show its details.
   */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** Whether a compact card shows its details (set by the title button when `selectable`). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /**
   * For a list that makes its cards one Tab stop (`<cw-project-list>`: the arrow keys move between
   * them): false takes the card's controls out of the Tab order; they stay focusable by script.
   */
  @property({ attribute: false }) tabbable = true;

  @state() private showAllActivities = false;
  @state() private showAllResults = false;

  /** Prints every activity, result and correction (see print-controller.ts). */
  readonly #print = new PrintController(this);

  #view?: ProjectCardView;
  #viewAtlas?: Atlas;
  readonly #structured = new RecordStructuredData(this, () => {
    const v = this.#view;
    const atlas = this.#viewAtlas;
    if (!v || !atlas) return undefined;
    // The SDG targets' names come with their titles: written now without them if they are still
    // loading, and again (by the update they trigger) once they are there.
    if (v.sdgTargets.length > 0) sdgTitlesReady(this, this.lang);
    return (jsonLd) => jsonLd.projectJsonLd(atlas, v.project, this.lang);
  });

  /** The view model shown (undefined until the data is there), for tests and subclasses. */
  get view(): ProjectCardView | undefined {
    return this.state === 'ready' ? this.#view : undefined;
  }

  /**
   * Moves focus to the title's link or button (with `href-template` or `selectable`); returns
   * false when the title is plain text or the card is not shown yet.
   */
  focusTitle(options?: FocusOptions): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="title-link"], [part~="title-button"]');
    if (!target) return false;
    target.focus(options);
    return true;
  }

  protected override loadingOptions(): LoadingOptions {
    return { lines: this.variant === 'compact' ? 4 : 9 };
  }

  protected override prepareView(_changed: PropertyValues): void {
    const atlas = this.data;
    const id = (this.project ?? '').trim();
    if (this.#view && this.#viewAtlas === atlas && this.#view.id === id) return;
    const record = this.record('project', id);
    const previous = this.#view?.id;
    this.#view = projectCardView(atlas, record.id);
    this.#viewAtlas = atlas;
    if (previous !== record.id) {
      this.showAllActivities = false;
      this.showAllResults = false;
    }
  }

  /** What the render functions beside the card need from it (see card-context.ts). */
  #context(): CardContext {
    return {
      lang: this.lang,
      t: (key, params) => this.t(key, params),
      termName: (prefix, value) => this.termName(prefix, value),
      localized: (text) => this.localized(text),
      renderText: (text, cls, isolate) => this.renderText(text, cls, isolate),
      printing: this.#print.printing,
      tabbable: this.tabbable,
    };
  }

  // ── Events ─────────────────────────────────────────────────────────────────────────────

  /** Fires `cw-select`; true when no listener cancelled it. */
  #select(): boolean {
    const id = this.#view?.id;
    if (id === undefined) return false;
    const event: CwProjectSelectEvent = new CustomEvent('cw-select', { detail: { project: id }, bubbles: true, composed: true, cancelable: true });
    return this.dispatchEvent(event);
  }

  #onTitleButton = (): void => {
    if (this.variant === 'compact') {
      if (this.expanded) this.expanded = false;
      else if (this.#select()) this.expanded = true;
    } else this.#select();
  };

  #onTitleLink = (e: MouseEvent): void => {
    if (!this.selectable) return;
    if (!this.#select()) e.preventDefault();
  };

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  protected override renderView(): unknown {
    const v = this.#view!;
    const level = headingLevel(this.headingLevel ?? outlineLevel(this, 3), 3);
    const compact = this.variant === 'compact';
    const showDetails = !compact || this.expanded;
    return html`<article part="card" class="card ${compact ? 'compact' : 'full'}" aria-labelledby="title">
      <header class="header">
        ${heading(level, this.#renderTitle(v, compact), { id: 'title', part: 'title', class: 'title' })}
        ${v.subtitle ? html`<p part="subtitle" class="subtitle">${this.renderText(v.subtitle)}</p>` : nothing} ${this.#renderFacts(v, compact)}
      </header>
      ${this.#renderPlaces(v, compact)} ${compact ? this.#renderTags(v, level, true) : nothing}
      ${compact
        ? html`<div id="details" part="details" class="details" ?hidden=${!showDetails}>${showDetails ? this.#renderDetails(v, level, true) : nothing}</div>`
        : html`<div part="details" class="details">${this.#renderDetails(v, level, false)}</div>`}
      ${renderCorrections(this.#context(), v, compact && !this.expanded)} ${this.#renderTranslated(v)}
    </article>`;
  }

  /**
   * A discreet note when the card's main texts are translations made for the dataset (tagged
   * `ar-t-fr` in the data): a reader may want to know that the network did not publish them so.
   */
  #renderTranslated(v: ProjectCardView): unknown {
    const from = [v.title, v.objective].map((t) => this.localized(t)?.translatedFrom).find((l) => l !== undefined);
    if (from === undefined) return nothing;
    return html`<p part="translation-note" class="translation-note">${this.t('card.translated', { language: languageName(from, this.lang) })}</p>`;
  }

  #renderTitle(v: ProjectCardView, compact: boolean): unknown {
    const title = this.renderText(v.title);
    const href = hrefFromTemplate(this.hrefTemplate, v.id, this.lang);
    const tabindex = this.tabbable ? nothing : '-1';
    if (href) return html`<a part="title-link" class="title-link" href=${href} tabindex=${tabindex} @click=${this.#onTitleLink}>${title}</a>`;
    if (!this.selectable) return title;
    return html`<button
      part="title-button"
      class="title-button"
      type="button"
      tabindex=${tabindex}
      aria-expanded=${compact ? String(this.expanded) : nothing}
      aria-controls=${compact ? 'details' : nothing}
      @click=${this.#onTitleButton}
    >
      ${title}${compact ? html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>` : nothing}
    </button>`;
  }

  #renderFacts(v: ProjectCardView, compact: boolean): unknown {
    const facts: TemplateResult[] = [];
    if (v.acronym) {
      facts.push(html`<div class="fact fact-acronym"><dt class="cw-visually-hidden">${this.t('card.acronym')}</dt><dd part="acronym" class="acronym"><bdi lang=${inOtherScript(v.acronym, this.lang) ? this.data.defaultLanguage : nothing}>${v.acronym}</bdi></dd></div>`);
    }
    if (v.network) {
      const n = v.network;
      const name = this.localized(n.name);
      const shown = compact ? shortName(this.localized(n.acronym), name) : name;
      const acronym = compact ? undefined : distinctAcronym(this.localized(n.acronym), name);
      facts.push(html`<div class="fact">
        <dt>${this.termName('networkKind', n.kind)}</dt>
        <dd lang=${shown?.fallback ? shown.lang : nothing} dir=${this.fallbackDir(shown)}>${shown?.text ?? n.id}${acronym ? html` (${this.renderText(acronym, undefined, true)})` : nothing}</dd>
      </div>`);
    }
    if (v.period) {
      facts.push(html`<div class="fact">
        <dt>${this.t(v.period.type === 'planned' ? 'card.period.planned' : 'card.period.actual')}</dt>
        <dd><bdi><time datetime=${datetimeAttr(v.period.range)}>${formatDate(v.period.range, this.lang)}</time></bdi></dd>
      </div>`);
    }
    if (v.status) {
      facts.push(html`<div class="fact">
        <dt>${this.t('label.status')}</dt>
        <dd part="status" class="status status-${v.status}">${this.termName('status', v.status)}</dd>
      </div>`);
    }
    return facts.length > 0 ? html`<dl part="facts" class="facts">${facts}</dl>` : nothing;
  }

  #renderPlaces(v: ProjectCardView, compact: boolean): unknown {
    const cities = v.cities.length
      ? html`<ul part="cities" class="cities" aria-label=${this.t('label.cities')}>
          ${v.cities.map(
            (c) => html`<li class="city">
              ${this.renderText(c.city.name, 'city-name')}
              <span class="city-roles">${formatList(this.lang, c.roles.map((r) => this.termName('cityRole', r)), 'unit')}</span>
              <span class="city-country">${countryName(c.city.country, this.lang)}</span>
            </li>`,
          )}
        </ul>`
      : nothing;
    const others = v.otherCountries;
    const countries = others.length
      ? html`<p part="countries" class="countries">
          <span class="countries-label">${this.t(v.cities.length ? 'card.alsoIn' : 'card.countries')}</span>
          ${formatList(this.lang, others.map((c) => countryName(c, this.lang)))}
        </p>`
      : nothing;
    if (cities === nothing && countries === nothing) return nothing;
    return html`<div class="places ${compact ? 'compact' : ''}">${cities}${countries}</div>`;
  }

  /** SDG badges and policy labels: in the header of a compact card, in sections of a full one. */
  #renderTags(v: ProjectCardView, level: number, compact: boolean): unknown {
    const sdgs = v.sdgTargets.length
      ? html`<ul part="sdgs" class="sdgs" aria-label=${compact ? this.t('label.sdgTargets') : nothing}>
          ${v.sdgTargets.map(
            (s) => html`<li class="sdg">
              <cw-sdg-badge part="sdg-badge" exportparts="base: sdg-badge-base" code=${s.code} size=${compact ? 'small' : 'medium'}></cw-sdg-badge
              >${s.correction
                ? html`<span part="corrected-mark" class="corrected-mark"><span aria-hidden="true">*</span><span class="cw-visually-hidden">${this.t('card.correctedMark')}</span></span>`
                : nothing}
            </li>`,
          )}
        </ul>`
      : nothing;
    const labels = v.policyAreas.length
      ? html`<ul part="policy-areas" class="labels" aria-label=${compact ? this.t('label.policyRecommendations') : nothing}>
          ${v.policyAreas.map((a) => html`<li part="policy-area" class="label">${a.label ? this.renderText(a.label) : html`<bdi>${a.id}</bdi>`}</li>`)}
        </ul>`
      : nothing;
    if (compact) return sdgs === nothing && labels === nothing ? nothing : html`<div class="tags">${sdgs}${labels}</div>`;
    const sub = Math.min(level + 1, 6);
    return html`${sdgs === nothing ? nothing : section(sub, 'sdgs', this.t('label.sdgTargets'), sdgs)}
    ${labels === nothing ? nothing : section(sub, 'policy', this.t('label.policyRecommendations'), labels)}`;
  }

  #renderDetails(v: ProjectCardView, level: number, inCompact: boolean): unknown {
    const sub = Math.min(level + 1, 6);
    return html`${v.objective ? section(sub, 'objective', this.t('label.objective'), html`<p part="objective" class="objective">${this.renderText(v.objective)}</p>`) : nothing}
    ${this.#renderLongList(sub, 'activities', v.activities)} ${this.#renderLongList(sub, 'results', v.results)}
    ${inCompact ? nothing : this.#renderTags(v, level, false)} ${renderOrganizations(this.#context(), v, sub)}
    ${safeUrl(v.url)
      ? html`<p class="website"><a part="website" href=${safeUrl(v.url)!} rel="noopener">${this.t('label.website')}</a></p>`
      : nothing}`;
  }

  #renderLongList(level: number, which: 'activities' | 'results', items: readonly LocalizedText[]): unknown {
    if (items.length === 0) return nothing;
    const collapsible = items.length > COLLAPSE_ABOVE;
    const all = this.#print.printing || (which === 'activities' ? this.showAllActivities : this.showAllResults);
    const shown = collapsible && !all ? items.slice(0, SHOWN_WHEN_COLLAPSED) : items;
    const listId = `${which}-list`;
    const toggle = () => {
      if (which === 'activities') this.showAllActivities = !this.showAllActivities;
      else this.showAllResults = !this.showAllResults;
    };
    const label = all
      ? this.t(which === 'activities' ? 'card.showFewer.activities' : 'card.showFewer.results')
      : this.t(which === 'activities' ? 'card.showAll.activities' : 'card.showAll.results', { count: items.length });
    return section(
      level,
      which,
      this.t(which === 'activities' ? 'label.activities' : 'label.results'),
      html`<ul part=${which} id=${listId} class="bullets">
          ${shown.map((t) => html`<li>${this.renderText(t)}</li>`)}
        </ul>
        ${collapsible
          ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${String(all)} aria-controls=${listId} @click=${toggle}>
              <svg class="toggle-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>${label}
            </button>`
          : nothing}`,
    );
  }
}
