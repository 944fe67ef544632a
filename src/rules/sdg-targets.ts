/** Rule family: a project's SDG targets are real target codes, each listed once. */
import { isSdgGoalCode, isSdgTargetCode, sdgTargetsOfGoal, suggestSdgTarget } from '../sdg.js';
import { quote, type Path } from '../validate-input.js';
import type { RuleContext } from './context.js';

/** `path` is the project's; the paths of the codes are built only for an issue (most codes are right). */
export function checkSdgTargets(ctx: RuleContext, codes: ReadonlyArray<string | undefined> | undefined, path: Path): void {
  if (!codes) return;
  const seenCodes = new Set<string>();
  for (let j = 0; j < codes.length; j++) {
    const code = codes[j];
    if (code === undefined || code === null) continue;
    if (seenCodes.has(code)) ctx.report([...path, 'sdgTargets', j], `${quote(code)} is listed twice; remove one`);
    seenCodes.add(code);
    if (isSdgTargetCode(code)) continue;
    const at: Path = [...path, 'sdgTargets', j];
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
