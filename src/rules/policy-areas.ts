/** Rule family: a project's policy areas are terms of the vocabulary of its network, each listed once. */
import { Suggester } from '../suggest.js';
import { quote, type Path } from '../validate-input.js';
import { present, str, type LooseRecord, type RuleContext } from './context.js';

/** The check of a project's policy areas, with the terms of each vocabulary (`termsOf`). */
export function policyAreaCheck(ctx: RuleContext, termsOf: ReadonlyMap<string, ReadonlySet<string>>) {
  const termSuggesters = new Map<string, Suggester>();
  return (p: LooseRecord<'projects'>, path: Path, network: LooseRecord<'networks'> | undefined): void => {
    if (!p.policyAreas || p.policyAreas.length === 0 || !network || !str(network.id)) return;
    const vocabularyId = network.policyVocabulary;
    const terms = vocabularyId !== undefined ? termsOf.get(vocabularyId) : undefined;
    if (vocabularyId === undefined) {
      // A network read in part may have lost its "policyVocabulary" to a shape issue.
      if (!ctx.incomplete.has(network)) {
        ctx.report(
          [...path, 'policyAreas'],
          `network ${quote(network.id)} has no "policyVocabulary", so these policy areas cannot be checked; set "policyVocabulary" on the network or remove the policy areas`,
        );
      }
      return;
    }
    if (!terms) return;
    const seenTerms = new Set<string>();
    for (const [term, j] of present(p.policyAreas)) {
      const at: Path = [...path, 'policyAreas', j];
      if (seenTerms.has(term)) ctx.report(at, `policy area ${quote(term)} is listed twice; remove one`);
      seenTerms.add(term);
      if (terms.has(term)) continue;
      let suggester = termSuggesters.get(vocabularyId);
      if (!suggester) termSuggesters.set(vocabularyId, (suggester = new Suggester(terms)));
      const hint = suggester.didYouMean(term, { budget: ctx.budget });
      const list = [...terms];
      ctx.report(
        at,
        `policy area ${quote(term)} is not in vocabulary ${quote(vocabularyId)} of network ${quote(network.id)}${
          hint || (list.length <= 12 ? `; use one of ${list.map((t) => JSON.stringify(t)).join(', ')}` : `; use one of its ${list.length} term ids`)
        }`,
      );
    }
  };
}
