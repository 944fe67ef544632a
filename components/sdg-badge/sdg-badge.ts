// First, before Lit: see trusted-types.ts.
import '../base/trusted-types.js';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { sdgGoal, sdgGoals, sdgTarget, sdgUri, suggestSdgTarget, type SdgGoal } from '../../src/sdg.js';
import { readableTextOn } from '../base/color.js';
import { CwElement } from '../base/cw-element.js';
import { sdgTitlesReady } from '../base/sdg-titles.js';
import { renderError, type CwFailure } from '../base/states.js';
import { styleProps } from '../base/style-props.js';
import { sdgBadgeStyles } from './sdg-badge.styles.js';
import { isStandalone } from './standalone.js';

export type SdgBadgeSize = 'small' | 'medium' | 'large';

interface BadgeView {
  code: string;
  goal: SdgGoal;
  isTarget: boolean;
  ink: string;
  short: string;
  /** The accessible name: the full official title, with the visible text. */
  name: string;
  /** The language of the titles when it is not the element's. */
  fallbackLang?: string;
}

/** `" SDG 10 "`, `"ODD 05"` → `"10"`, `"5"`: the goal a mistyped goal code most likely meant. */
function suggestGoal(code: string): string | undefined {
  const m = /^(?:sdg|odd|goal|objectif)?\s*0*(\d{1,2})$/i.exec(code.trim());
  return m && sdgGoal(m[1]!) ? m[1] : undefined;
}

/**
 * @summary A Sustainable Development Goal or target in its official colour, with its number and short title.
 *
 * The number sits in `<bdi>` and is never number-formatted. Text is white or black, whichever is
 * readable on the goal's colour (contrast of 4.5:1 at least). The accessible name is the full
 * official title in the element's language (loaded on demand: until it arrives, the name is made
 * of the code and the goal's short title). An unknown code shows an error, with the code it most
 * likely meant, and fires `cw-error`.
 *
 * @csspart base - The badge: a `span`, or an `a` when `link` is set.
 * @csspart code - The goal or target number.
 * @csspart title - The goal's short title (not shown at `size="small"`).
 * @cssprop --cw-sdg-badge-radius - Corner radius of the badge.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - For an unknown code (`kind: 'unknown-id'`, with `suggestions`).
 */
export class CwSdgBadge extends CwElement {
  static override styles = [CwElement.styles, sdgBadgeStyles];
  protected static override showsSdgTitles = true;

  /** The goal (`"10"`) or target (`"10.7"`, `"16.b"`) code. */
  @property() code = '';

  /** `small`: the number only; `medium` (the default): number and short title; `large`: the same, larger, on two lines. */
  @property() size: SdgBadgeSize = 'medium';

  /** Makes the badge a link to the UN page of the goal or target (`http://metadata.un.org/sdg/…`). */
  @property({ type: Boolean }) link = false;

  #view?: BadgeView;

  #placed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#placed = false;
  }

  /** Once per connection, after the first render (the page's content around it is parsed by then): see `isStandalone`. */
  protected override updated(): void {
    if (this.#placed) return;
    this.#placed = true;
    this.setCustomState('standalone', isStandalone(this));
  }

  protected override prepareView(): void {
    this.#view = undefined;
    const code = (this.code ?? '').trim();
    const target = sdgTarget(code);
    const goal = target ? sdgGoal(target.goal) : sdgGoal(code);
    if (!goal) {
      const suggestion = suggestSdgTarget(code) ?? suggestGoal(code);
      this.fail({ kind: 'unknown-id', subject: 'sdg', id: code, suggestions: suggestion ? [suggestion] : [] });
    }
    // Titles fall back to the interface language (English for a page in Spanish), then to any.
    // The full title loads on demand: until it is there, the name is made of the short title (the
    // visible text does not change when it arrives, so nothing moves).
    const lang = this.uiLang;
    const full = sdgTitlesReady(this, lang) ? this.localized(target ? target.title : goal.title, lang) : undefined;
    const short = this.localized(goal.shortTitle, lang);
    const shortText = short?.text ?? '';
    const name = full
      ? this.t(target ? 'sdg.targetName' : 'sdg.goalName', { code, short: shortText, title: full.text })
      : this.t(target ? 'sdg.targetShortName' : 'sdg.goalShortName', { code, short: shortText });
    const fallback = full?.fallback ? full.lang : undefined;
    this.#view = { code, goal, isTarget: target !== undefined, ink: readableTextOn(goal.color), short: shortText, name, ...(fallback ? { fallbackLang: fallback } : {}) };
  }

  protected override renderError(failure: CwFailure): unknown {
    return renderError(failure, this.lang, { inline: true });
  }

  protected override renderView(): unknown {
    const v = this.#view!;
    const size: SdgBadgeSize = this.size === 'small' || this.size === 'large' ? this.size : 'medium';
    // The goal's colour from the data, as custom properties set through the CSSOM (allowed by a strict `style-src`).
    const style = styleProps({ '--_sdg-color': v.goal.color, '--_sdg-ink': v.ink });
    // The space between number and title is for text (copy, accessible name checks); flex \`gap\` spaces them visually.
    const content = html`<bdi part="code" class="code">${v.code}</bdi>${size === 'small' ? nothing : html` <span part="title" class="title">${v.short}</span>`}`;
    const lang = v.fallbackLang ?? nothing;
    if (this.link) {
      return html`<a part="base" class="badge ${size}" href=${sdgUri(v.code)} style=${style} aria-label=${v.name} title=${v.name} lang=${lang}>${content}</a>`;
    }
    return html`<span part="base" class="badge ${size}" role="img" style=${style} aria-label=${v.name} title=${v.name} lang=${lang}>${content}</span>`;
  }
}

/** The 17 goal codes, for stories and pickers. */
export const SDG_GOAL_CODES: readonly string[] = sdgGoals().map((g) => g.code);
