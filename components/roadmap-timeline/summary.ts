/**
 * The summary line under the title of `<cw-roadmap-timeline>`: the roadmaps' spans and where today
 * falls ("Today, 2 July 2019, falls within this period."), each date in a `<time>`. Rendering only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { datetimeAttr, formatDate } from '../../src/format-date.js';
import type { RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import type { UiMessageKey } from '../base/messages.js';
import type { EntryContext } from './entry.js';

/** Today for the view: `today` as a `Date` (its local calendar day) or an ISO day, else the reader's current date, as `YYYY-MM-DD`. */
export function todayIso(today: Date | string | undefined): string {
  if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}/.test(today.trim())) return today.trim().slice(0, 10);
  const d = today instanceof Date && !Number.isNaN(today.getTime()) ? today : new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

type TimelineMessageKey = Extract<UiMessageKey, `timeline.${string}`>;

/** A message with a `<time>` in place of its `{date}`. */
export function withTime(x: Pick<EntryContext, 't'>, key: UiMessageKey, time: TemplateResult, params: Record<string, number> = {}): TemplateResult {
  const [before = '', after = ''] = x.t(key, { ...params, date: '\u0000' }).split('\u0000');
  return html`${before}${time}${after}`;
}

export function renderSummary(x: EntryContext, view: RoadmapTimelineView): unknown {
  const spans = view.spans.map(
    (s) =>
      html`<span class="span-text"
        >${view.spans.length > 1 ? html`${x.renderText(s.roadmap.title)} – ` : nothing}${withTime(
          x,
          s.dateType === 'planned' ? 'timeline.span.planned' : 'timeline.span.actual',
          html`<time datetime=${datetimeAttr(s.date)}>${formatDate(s.date, x.lang)}</time>`,
        )}</span
      > `,
  );
  const today = view.today;
  let todayText: unknown = nothing;
  if (today) {
    let key: TimelineMessageKey = 'timeline.today.on';
    if (today.inSpan) key = 'timeline.today.inside';
    else if (view.axis && today.position === undefined) key = Number(today.iso.slice(0, 4)) < view.axis.firstYear ? 'timeline.today.before' : 'timeline.today.after';
    todayText = html`<span class="today-text">${withTime(x, key, html`<time datetime=${today.iso}>${formatDate(today.iso, x.lang)}</time>`)}</span>`;
  }
  if (spans.length === 0 && todayText === nothing) return nothing;
  return html`<p part="summary" class="summary">${spans}${todayText}</p>`;
}
