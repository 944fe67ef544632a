/** Rule family: a roadmap's sections list items of that roadmap. */
import type { Steps } from '../steps.js';
import { Suggester } from '../suggest.js';
import { quote, type Path } from '../validate-input.js';
import { present, str, type LooseRecord, type RuleContext } from './context.js';
import type { IdIndex } from './unique-ids.js';

/** As steps: one per section. */
export function* checkSections(ctx: RuleContext, r: LooseRecord<'roadmaps'>, path: Path, itemRoadmap: IdIndex['itemRoadmap']): Steps<void> {
  const own = new Set<string>();
  for (const [item] of present(r.items)) if (str(item.id)) own.add(item.id);
  const ownSuggester = new Suggester(own);
  for (const [section, j] of present(r.sections)) {
    for (const [itemId, k] of present(section.items)) {
      if (own.has(itemId)) continue;
      const elsewhere = itemRoadmap.get(itemId);
      const hint = ownSuggester.didYouMean(itemId, { budget: ctx.budget });
      ctx.report(
        [...path, 'sections', j, 'items', k],
        `item ${quote(itemId)} is not an item of roadmap ${quote(String(r.id))}${elsewhere ? ` (it belongs to roadmap ${quote(String(elsewhere.roadmap))})` : ''}${
          hint || '; a section lists ids of items of its own roadmap'
        }`,
      );
    }
    yield;
  }
}
