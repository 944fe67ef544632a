/**
 * What every rule family (`src/rules/*.ts`) shares: the loose document they read, where issues go,
 * the "did you mean" budget, and the objects read in part. `validate-rules.ts` walks the document
 * once, record by record, and calls each family on the records it concerns.
 */
import type { AtlasDocument } from '../schema/index.js';
import type { SuggestionBudget } from '../suggest.js';
import type { Path, RawIssue } from '../validate-input.js';

/** A value as the rules may find it: any field absent, any list with holes. */
export type Loose<T> = T extends readonly (infer E)[]
  ? ReadonlyArray<Loose<E> | undefined>
  : T extends object
    ? { readonly [K in keyof T]?: Loose<T[K]> }
    : T;

export type LooseDocument = Loose<AtlasDocument>;
/** One record of a list of the loose document. */
export type LooseRecord<K extends keyof LooseDocument> = NonNullable<LooseDocument[K]> extends ReadonlyArray<infer E> ? NonNullable<E> : never;

export interface RuleContext {
  report(path: Path, message: string): void;
  /** The budget of the "did you mean" searches, shared by every rule of a run. */
  budget: SuggestionBudget;
  /** Objects that were read in part (their shape is wrong): no rule concludes from what they lack. */
  incomplete: ReadonlySet<object>;
}

export type Kind = 'city' | 'network' | 'project' | 'organization' | 'source' | 'vocabulary' | 'roadmap' | 'event' | 'person';

/** Where each kind of record lives in the document. */
export const COLLECTION: Record<Kind, string> = {
  city: 'cities',
  network: 'networks',
  project: 'projects',
  organization: 'organizations',
  source: 'sources',
  vocabulary: 'vocabularies',
  roadmap: 'roadmaps',
  event: 'events',
  person: 'people',
};

export const str = (v: unknown): v is string => typeof v === 'string';

/** The present items of a list with their index (holes and a missing list skipped). */
export function* present<T>(list: ReadonlyArray<T | undefined> | undefined): Generator<[T, number]> {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item !== undefined && item !== null) yield [item, i];
  }
}
