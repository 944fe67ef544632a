/** The shape of a UI message catalogue (see `messages.ts`). */

/** The plural categories of `Intl.PluralRules`; Arabic uses all six. `other` is required. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message that depends on a number: one string per plural category, chosen by `Intl.PluralRules`
 * from the parameter named by `by` (default `count`). A category the language does not need may be
 * left out; `other` is the fallback.
 */
export type PluralMessage = { [C in Exclude<PluralCategory, 'other'>]?: string } & { other: string; by?: string };

/**
 * A message: a string with `{name}` placeholders, filled from the parameters, and `{@key}`
 * placeholders, filled with another message of the same catalogue (given the same parameters), so a
 * sentence can hold two plurals ("{@cities} in {@countries}").
 */
export type Message = string | PluralMessage;
