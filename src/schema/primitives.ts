/** The small shared shapes every record is built from. Messages say what was expected and how to fix it. */
import { z } from 'zod';
import { DATE_FORMS, parseDateSpec } from '../dates.js';
import { buildWithoutCodegen } from './no-codegen.js';
import { PREDICATES } from './predicates.js';

// Every schema below is built without `new Function` (see no-codegen.ts); the setting is put back at the end of the file.
const restoreCodegen = buildWithoutCodegen();

/** A record id: lower-case letters, digits and hyphens, like `tanger-ma` or `mc2cm`. */
export const Id = z
  .string({ error: 'expected an id (a string of lower-case letters, digits and hyphens)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `"${String(iss.input)}" is not a valid id; use lower-case letters, digits and single hyphens, e.g. "tanger-ma"`,
  });

/**
 * BCP 47 language tag, the common forms: `fr`, `ar-MA`, `zh-Hant-TW`; and a text translated from
 * another language, with BCP 47's extension T (RFC 6497): `ar-t-fr` is Arabic translated from
 * French (a translation made for the dataset, not published so by the network).
 */
export const LangTag = z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-[tT]-[a-zA-Z]{2,3}(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?)?$/, {
  error: (iss) => `"${String(iss.input)}" is not a BCP 47 language tag; use e.g. "fr", "en", "ar" or "ar-MA" (or "ar-t-fr" for Arabic translated from French)`,
});

/** One string per language tag: `{ "fr": "Tanger", "ar": "طنجة" }`. At least one language. */
export const LocalizedText = z
  .record(LangTag, z.string({ error: 'expected a string' }).trim().min(1, { error: 'empty text; remove this language or write the text' }), {
    error: 'expected a localized text: an object with one string per language, e.g. { "fr": "…", "en": "…" }',
  })
  .refine(PREDICATES.hasOwnKey, { error: 'a localized text needs at least one language, e.g. { "fr": "…" }' });

/** A URL that may be shown as a link: http, https or mailto only. */
export const Url = z.string({ error: 'expected a URL string' }).refine(PREDICATES.isLinkUrl, {
  error: (iss) => `"${String(iss.input)}" is not an allowed URL; only http(s):// and mailto: links are allowed`,
});

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string({ error: 'expected an ISO 3166-1 alpha-2 country code like "MA"' }).regex(/^[A-Z]{2}$/, {
  error: (iss) => `"${String(iss.input)}" is not an ISO 3166-1 alpha-2 code; use two upper-case letters, e.g. "MA", "TN", "LB"`,
});

/** A date or range at the precision the source gave (see `dates.ts`). */
export const DateSpec = z.string({ error: `expected a date string: ${DATE_FORMS}` }).refine(PREDICATES.isDateSpec, {
  // What `dates.ts` found wrong with this string.
  error: (iss) => {
    const r = parseDateSpec(iss.input);
    return r.ok ? undefined : r.message;
  },
});

/** Dates the sources distinguish: planned (announced) versus actual (it happened then), as IATI does. */
export const Period = z
  .strictObject({
    planned: DateSpec.optional(),
    actual: DateSpec.optional(),
  })
  .refine(PREDICATES.hasPlannedOrActual, { error: 'a period needs "planned" or "actual" (or both)' });

export const Coordinates = z.strictObject({
  lat: z.number({ error: 'expected a latitude in degrees' }).min(-90, { error: 'latitude must be between -90 and 90' }).max(90, { error: 'latitude must be between -90 and 90' }),
  lon: z.number({ error: 'expected a longitude in degrees' }).min(-180, { error: 'longitude must be between -180 and 180' }).max(180, { error: 'longitude must be between -180 and 180' }),
});

/**
 * Where the data departs from its source on purpose: what the source wrote, what the data holds
 * instead, and why. `field` is the path inside the record (`sdgTargets[3]`).
 */
export const Correction = z.strictObject({
  field: z.string().min(1),
  asWritten: z.string(),
  corrected: z.string(),
  reason: LocalizedText,
});

/** Every record names the source documents it comes from (ids of `sources`). */
export const Sources = z.array(Id).min(1, { error: 'name at least one source document id in "sources"' });

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Period = z.infer<typeof Period>;
export type Coordinates = z.infer<typeof Coordinates>;
export type Correction = z.infer<typeof Correction>;

restoreCodegen();
