/**
 * The checks of the schemas that no zod check expresses (`.refine(…)`), written once here without
 * zod: the schemas refine with these functions (`primitives.ts`, `entities.ts`), and the validator
 * of valid documents, which runs without zod (`plan.ts`), calls the same functions by name. The
 * plan of the schemas names each check by its key in `PREDICATES`; `plan-from-zod.ts` refuses a
 * refinement that is not one of these, so a check added to a schema cannot be skipped.
 */
import { parseDateSpec } from '../dates.js';

/** True when an object has an own enumerable key (`Object.keys(o).length > 0`, without making the list: it runs for every text of a document). */
function hasOwnKey(o: unknown): boolean {
  for (const key in o as object) if (Object.prototype.hasOwnProperty.call(o, key)) return true;
  return false;
}

const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** A URL that may be shown as a link: http, https or mailto only. */
function isLinkUrl(s: unknown): boolean {
  try {
    return LINK_PROTOCOLS.includes(new URL(s as string).protocol);
  } catch {
    return false;
  }
}

/** A date or range at a precision `dates.ts` reads (its message says what is wrong otherwise). */
const isDateSpec = (s: unknown): boolean => parseDateSpec(s).ok;

/** A period gives its planned dates, its actual dates, or both. */
const hasPlannedOrActual = (p: unknown): boolean => {
  const { planned, actual } = p as { planned?: unknown; actual?: unknown };
  return planned !== undefined || actual !== undefined;
};

/** A post belongs to exactly one of a city (a mayor), a network or an organisation. */
const hasOneHolder = (p: unknown): boolean => {
  const { city, network, organization } = p as { city?: unknown; network?: unknown; organization?: unknown };
  return (city !== undefined ? 1 : 0) + (network !== undefined ? 1 : 0) + (organization !== undefined ? 1 : 0) === 1;
};

export const PREDICATES = { hasOwnKey, isLinkUrl, isDateSpec, hasPlannedOrActual, hasOneHolder } as const;
export type PredicateName = keyof typeof PREDICATES;
