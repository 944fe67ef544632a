/** Rule family: a membership does not end before it starts. */
import { dateKey, parseDateSpec } from '../dates.js';
import { quote, type Path } from '../validate-input.js';
import { str, type LooseRecord, type RuleContext } from './context.js';

export function checkMembershipDates(ctx: RuleContext, m: LooseRecord<'memberships'>, path: Path): void {
  if (!str(m.start) || !str(m.end)) return;
  const start = parseDateSpec(m.start);
  const end = parseDateSpec(m.end);
  if (!start.ok || !end.ok || start.value.start.year === undefined || end.value.end.year === undefined) return;
  if (dateKey(start.value.start, 'start') > dateKey(end.value.end, 'end')) {
    ctx.report([...path, 'end'], `the membership ends (${quote(m.end)}) before it starts (${quote(m.start)}); correct the dates or swap them`);
  }
}
