/**
 * The date a view shows for a period: the actual one when the data gives it, else the planned one
 * (the rule `Atlas.timeline` applies to its entries).
 */
import { parseDateSpec, type DateRange } from '../dates.js';
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
