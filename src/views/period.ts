/**
 * The date a view shows for a period: the actual one when the data gives it, else the planned one
 * (the rule `Atlas.timeline` applies to its entries).
 */
import { parseDateSpec, type DateRange } from '../dates.js';
import { datetimeAttr, formatDate } from '../format-date.js';
import type { Period } from '../schema/index.js';

/** The actual date of a period when it has a valid one, else its planned date; undefined when neither parses. */
export function periodDate(period: Period | undefined): { date: DateRange; dateType: 'planned' | 'actual' } | undefined {
  for (const dateType of ['actual', 'planned'] as const) {
    const spec = period?.[dateType];
    if (spec === undefined) continue;
    const parsed = parseDateSpec(spec);
    if (parsed.ok) return { date: parsed.value, dateType };
  }
  return undefined;
}

export interface ViewDate {
  /** The date as the reader reads it ("5 avril 2018", "27–28 novembre"). */
  text: string;
  /** For `<time datetime>`: ISO at the precision given (`2018-04-05`, `--11-27`). */
  datetime: string;
  type: 'planned' | 'actual';
}

/** A date as the views show it: formatted for the reader, with its `datetime` and whether it was planned or happened. */
export function viewDate(spec: { date: DateRange; dateType: 'planned' | 'actual' } | undefined, lang: string): ViewDate | undefined {
  if (!spec) return undefined;
  return { text: formatDate(spec.date, lang), datetime: datetimeAttr(spec.date), type: spec.dateType };
}
