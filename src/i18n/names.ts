/**
 * Names and acronyms of networks and organisations, decided once: the short form of a name (its
 * acronym when it has one, for lists and labels), and whether an acronym is worth showing beside
 * the name (not when it is the name itself, as "UNESCO" is).
 */
import type { ResolvedText } from './text.js';

/** The acronym when there is one, else the name. */
export function shortName<T>(acronym: T | undefined, name: T): T {
  return acronym ?? name;
}

/** The acronym to show beside a name: undefined when there is none or when it reads the same as the name. */
export function distinctAcronym(acronym: ResolvedText | undefined, name: ResolvedText | undefined): ResolvedText | undefined {
  return acronym && acronym.text !== name?.text ? acronym : undefined;
}
