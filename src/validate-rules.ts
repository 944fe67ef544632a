/**
 * The third step of `parseAtlas`: the rules that tie records together. Ids are unique, every
 * reference resolves (with a suggestion when it does not), SDG codes exist, policy areas are terms
 * of the network's vocabulary, sections list their roadmap's items, no network is its own ancestor,
 * membership dates are in order. Each family of rules is a small file in `src/rules/`; this file
 * walks the document once, record by record in the order of the record lists, and calls them.
 *
 * They run over the valid document, or, when some records are malformed, over what could be read
 * of every record (`validate-partial.ts`), so any value may be absent: a list may have holes, a
 * record may lack fields. An absent value is never a rule issue (its shape issue is already
 * reported). The rules are steps (`steps.ts`) that yield after each record, so that
 * `parseAtlasAsync` runs them in slices; "did you mean" searches share one budget (`suggest.ts`).
 */
import { present, str, type LooseDocument, type LooseRecord, type RuleContext } from './rules/context.js';
import { checkMembershipDates } from './rules/membership-dates.js';
import { checkNetworkAncestry } from './rules/network-ancestry.js';
import { policyAreaCheck } from './rules/policy-areas.js';
import { referenceChecks } from './rules/references.js';
import { checkSections } from './rules/roadmap-sections.js';
import { checkSdgTargets } from './rules/sdg-targets.js';
import { uniqueIds } from './rules/unique-ids.js';
import { RECORD_LISTS, type RecordList } from './schema/record-lists.js';
import { runSteps, stepAfter, type Steps } from './steps.js';
import { SuggestionBudget } from './suggest.js';
import type { Path, RawIssue } from './validate-input.js';

export type { Loose, LooseDocument } from './rules/context.js';

export interface RuleOptions {
  /** The budget of the "did you mean" searches (a new one per run by default). */
  budget?: SuggestionBudget;
  /** Objects that were read in part (their shape is wrong): no rule concludes from what they lack. */
  incomplete?: ReadonlySet<object>;
}

/** The rules over a whole document, at once. */
export function checkRules(doc: LooseDocument, options: RuleOptions = {}): RawIssue[] {
  return runSteps(ruleSteps(doc, options));
}

/** The rules on one record of a list; a generator when the record holds many items of its own. */
type RecordCheck<K extends RecordList> = (record: LooseRecord<K>, path: Path) => Steps<void> | void;

/** The rules as steps: yields after each record. */
export function* ruleSteps(doc: LooseDocument, options: RuleOptions = {}): Steps<RawIssue[]> {
  const issues: RawIssue[] = [];
  const ctx: RuleContext = {
    report: (path, message) => issues.push({ path, message }),
    budget: options.budget ?? new SuggestionBudget(),
    incomplete: options.incomplete ?? new Set<object>(),
  };

  const index = yield* uniqueIds(doc, ctx);
  const refs = referenceChecks(ctx, index);
  const policyAreas = policyAreaCheck(ctx, index.termsOf);
  const networkById = new Map<string, LooseRecord<'networks'>>();
  // The last record of an id wins, as in the Atlas index (a duplicate id is reported above).
  for (const [n] of present(doc.networks)) if (str(n.id)) networkById.set(n.id, n);

  const checks: { [K in RecordList]: RecordCheck<K> } = {
    sources: refs.source,
    organizations: refs.organization,
    cities: refs.city,
    networks: refs.network,
    memberships: (m, path) => {
      refs.membership(m, path);
      checkMembershipDates(ctx, m, path);
    },
    vocabularies: refs.vocabulary,
    projects: (p, path) => {
      refs.project(p, path);
      checkSdgTargets(ctx, p.sdgTargets, path);
      policyAreas(p, path, str(p.network) ? networkById.get(p.network) : undefined);
    },
    roadmaps: function* (r, path) {
      refs.roadmap(r, path);
      const items = r.items ?? [];
      for (let j = 0; j < items.length; j++) {
        const item = items[j];
        if (item !== undefined && item !== null) refs.roadmapItem(item, [...path, 'items', j]);
        if (stepAfter(j)) yield;
      }
      yield* checkSections(ctx, r, path, index.itemRoadmap);
    },
    events: refs.event,
    people: refs.person,
  };

  for (const kind of RECORD_LISTS) {
    const check = checks[kind] as RecordCheck<RecordList>;
    // A plain loop over the present records (holes skipped), not `present`: it runs for every record.
    const list = (doc[kind] ?? []) as ReadonlyArray<LooseRecord<RecordList> | undefined | null>;
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      if (record !== undefined && record !== null) {
        const steps = check(record, [kind, i]);
        if (steps) yield* steps;
      }
      if (stepAfter(i)) yield;
    }
    yield;
  }

  checkNetworkAncestry(ctx, doc.networks, networkById);
  return issues;
}
