/** Rule family: a project's SDG targets are real target codes, each listed once. */
import { isSdgGoalCode, isSdgTargetCode, sdgTargetsOfGoal, suggestSdgTarget } from '../sdg.js';
import { quote, type Path } from '../validate-input.js';
import { present, type RuleContext } from './context.js';

export function checkSdgTargets(ctx: RuleContext, codes: ReadonlyArray<string | undefined> | undefined, path: Path): void {
  const seenCodes = new Set<string>();
  for (const [code, j] of present(codes)) {
    const at: Path = [...path, j];
    if (seenCodes.has(code)) ctx.report(at, `${quote(code)} is listed twice; remove one`);
    seenCodes.add(code);
    if (isSdgTargetCode(code)) continue;
    if (isSdgGoalCode(code)) {
      const targets = sdgTargetsOfGoal(code).map((t) => t.code);
      const shown = targets.length > 12 ? [...targets.slice(0, 11), '…', targets[targets.length - 1]!] : targets;
      ctx.report(at, `${quote(code)} is an SDG goal, not a target; list the targets the project works on instead (the targets of goal ${code} are ${shown.join(', ')})`);
      continue;
    }
    const suggestion = suggestSdgTarget(code);
    ctx.report(at, `${quote(code)} is not an SDG target${suggestion ? `; did you mean ${suggestion}?` : '; use a target code from the official list, like "10.7" or "16.b"'}`);
  }
}
