/**
 * The summary line under the title of `<cw-roadmap-timeline>`: the roadmaps' spans and where today
 * falls ("Today, 2 July 2019, falls within this period."), each date in a `<time>`. Rendering only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseDateSpec, type DateRange } from '../../src/dates.js';
import { datetimeAttr, formatDate } from '../../src/format-date.js';
import type { RoadmapTimelineView } from '../../src/views/roadmap-timeline.js';
import type { UiMessageKey } from '../base/messages.js';
import type { ValueRule } from '../base/value-warnings.js';
import type { EntryContext } from './entry.js';

/**
 * The day `today` gives, as `YYYY-MM-DD`: a `Date` (its local calendar day) or an ISO day; undefined
 * for anything else, a day that does not exist (`2019-02-30`) included.
 */
function givenDay(today: unknown): string | undefined {
  const p = (n: number) => String(n).padStart(2, '0');
  if (today instanceof Date) return Number.isNaN(today.getTime()) ? undefined : `${String(today.getFullYear()).padStart(4, '0')}-${p(today.getMonth() + 1)}-${p(today.getDate())}`;
  const day = typeof today === 'string' ? today.trim().slice(0, 10) : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && parseDateSpec(day).ok ? day : undefined;
}

/** Today for the view: the day `today` gives, else the reader's current date, as `YYYY-MM-DD`. */
export function todayIso(today: Date | string | undefined): string {
  return givenDay(today) ?? givenDay(new Date())!;
}

/** What `today` takes, for the console when it is something else. */
export const todayRule: ValueRule = (value) =>
  value == null || value === '' || givenDay(value) !== undefined ? undefined : "takes a day, YYYY-MM-DD, or a Date; the reader's today is used";

type TimelineMessageKey = Extract<UiMessageKey, `timeline.${string}`>;

/**
 * A message with rendered parts (a `<time>`, a text with its own `lang`) in place of its
 * placeholders: each is filled with a control character that no message holds, and the message is
 * cut there, so the words around the parts stay where the translation puts them.
 */
export function withParts(x: Pick<EntryContext, 't'>, key: UiMessageKey, parts: Record<string, unknown>, params: Record<string, number> = {}): TemplateResult {
  const names = Object.keys(parts);
  const marks = Object.fromEntries(names.map((name, i) => [name, String.fromCharCode(i + 1)]));
  const pieces: unknown[] = [];
  for (const piece of x.t(key, { ...params, ...marks }).split(/([\u0001-\u0008])/)) {
    const at = piece.length === 1 ? piece.charCodeAt(0) - 1 : -1;
    pieces.push(at >= 0 && at < names.length ? parts[names[at]!] : piece);
  }
  return html`${pieces}`;
}

/** A date in a `<time>`: its text for the reader, its `datetime` in a form HTML accepts. */
export function timeElement(date: DateRange | string, lang: string): TemplateResult {
  return html`<time datetime=${datetimeAttr(date)}>${formatDate(date, lang)}</time>`;
}

/** A message with the date, in a `<time>`, in place of its `{date}`. */
export function withTime(x: Pick<EntryContext, 't' | 'lang'>, key: UiMessageKey, date: DateRange | string, params: Record<string, number> = {}): TemplateResult {
  return withParts(x, key, { date: timeElement(date, x.lang) }, params);
}

export function renderSummary(x: EntryContext, view: RoadmapTimelineView): unknown {
  const spans = view.spans.map(
    (s) =>
      html`<span class="span-text"
        >${view.spans.length > 1 ? html`${x.renderText(s.roadmap.title)} – ` : nothing}${withTime(
          x,
          s.dateType === 'planned' ? 'timeline.span.planned' : 'timeline.span.actual',
          s.date,
        )}</span
      > `,
  );
  const today = view.today;
  let todayText: unknown = nothing;
  if (today) {
    let key: TimelineMessageKey = 'timeline.today.on';
    if (today.inSpan) key = 'timeline.today.inside';
    else if (view.axis && today.position === undefined) key = Number(today.iso.slice(0, 4)) < view.axis.firstYear ? 'timeline.today.before' : 'timeline.today.after';
    todayText = html`<span class="today-text">${withTime(x, key, today.iso)}</span>`;
  }
  const adopted = view.adopted;
  let adoptedText: unknown = nothing;
  if (adopted) {
    const event = x.renderText(adopted.event.title);
    adoptedText = html`<span class="adopted-text"
      >${adopted.date
        ? withParts(x, 'timeline.adoptedAt', { event, date: timeElement(adopted.date, x.lang) })
        : withParts(x, 'timeline.adoptedAtUndated', { event })}</span
    > `;
  }
  if (spans.length === 0 && todayText === nothing && adoptedText === nothing) return nothing;
  return html`<p part="summary" class="summary">${spans}${adoptedText}${todayText}</p>`;
}
