/**
 * Where the card's data departs from its source (an SDG code the source got wrong): one note per
 * correction, folded in a compact card. Rendering only; the corrections come from the view.
 */
import { html, nothing } from 'lit';
import type { ProjectCardCorrection, ProjectCardView } from '../../src/views/project-card.js';
import type { UiMessageKey } from '../base/messages.js';
import type { CardContext } from './card-context.js';

const MARK = '\uE000';

type CardMessageKey = Extract<UiMessageKey, `card.${string}`>;

/** A card message whose placeholders hold codes: each value is put in a `<bdi>`. */
function withCodes(x: CardContext, key: CardMessageKey, values: Record<string, string>): unknown[] {
  const marked = Object.fromEntries(Object.keys(values).map((k) => [k, `${MARK}${k}${MARK}`]));
  const parts = x.t(key, marked).split(MARK);
  return parts.map((part, i) => (i % 2 === 1 ? html`<bdi>${values[part] ?? part}</bdi>` : part));
}

function correctionSummary(x: CardContext, c: ProjectCardCorrection): unknown[] {
  const key: CardMessageKey = `card.correction.${c.subject}`;
  return withCodes(x, key, { from: c.asWritten, to: c.corrected, field: c.field });
}

/** The corrections, each as a `<details>` when `brief` (a folded compact card), else in full. */
export function renderCorrections(x: CardContext, v: ProjectCardView, brief: boolean): unknown {
  if (v.corrections.length === 0) return nothing;
  return html`<div part="corrections" class="corrections" role="note" aria-label=${x.t('card.corrections')}>
    ${v.corrections.map((c) =>
      brief
        ? html`<details part="correction" class="correction" ?open=${x.printing}>
            <summary tabindex=${x.tabbable ? nothing : '-1'}><span class="corrected-mark" aria-hidden="true">*</span> ${correctionSummary(x, c)}</summary>
            <p class="reason">${x.renderText(c.reason)}</p>
          </details>`
        : html`<p part="correction" class="correction">
            <span class="corrected-mark" aria-hidden="true">*</span> <strong>${correctionSummary(x, c)}</strong> — ${x.renderText(c.reason, 'reason')}
          </p>`,
    )}
  </div>`;
}
