/**
 * The `Intl` objects an element's first render asks for, built ahead of it. The first formatter of
 * a page, whatever its kind, pays the engine's set-up, the first one of a kind in a language a few
 * more milliseconds: built while the element's code and data are still downloading, that time
 * leaves the first render. Each call goes through the same cached function the render uses
 * (`countryName`, `formatDate`…), so what is built here is what the render finds.
 *
 * The set-up comes in three parts that do not depend on each other, measured in Chromium on a slow
 * 2-core machine (a fresh page, nothing else running): the likely-subtags data (`Intl.Locale`'s
 * `maximize`, about 8 ms), the collation data (the first collator, about 10 ms), and the rest (the
 * first number or date format, about 3 ms once the other two are done, 20 ms when it comes first).
 * Each is a piece of its own, so no task holds the whole set-up: in a loading page, where the
 * chunks compile on the other core, the set-up in one task was a task of 66 to 106 ms.
 */
import { formatDate } from '../format-date.js';
import { countryName } from './display-names.js';
import { collator, fillMessage, formatList } from './format.js';
import { normalizeLanguageTag } from './text.js';

export interface FormatNeeds {
  /** Country names (`Intl.DisplayNames`): the map's list and labels, the city profile. */
  countries?: boolean;
  /** Dates at each precision, with long and short month names: the timeline, the event. */
  dates?: boolean;
}

/**
 * The warm-ups for `lang`, one per kind of formatter, each to run in a task of its own
 * (`lazyElement` does): run together they made a task of 50 to 100 ms on a slow 2-core machine
 * (the engine's set-up takes twice as long while chunks compile). Each never throws.
 */
export function formatterWarmups(lang: string | undefined, needs: FormatNeeds = {}): Array<() => void> {
  const tag = normalizeLanguageTag(lang) ?? 'en';
  const pieces: Array<() => void> = [
    // The engine's likely-subtags data: nothing the render keeps, but the first of the set-up's three parts.
    () => new Intl.Locale(tag).maximize(),
    () => collator(tag).compare('a', 'b'),
    // A count in a message: its plural rules and its number format.
    () => fillMessage(() => ({ other: '{count}' }), tag, 'count', { count: 2 }),
    () => formatList(tag, ['a', 'b']),
  ];
  if (needs.countries) pieces.push(() => countryName('MA', tag));
  if (needs.dates) {
    pieces.push(() => {
      for (const d of ['2019', '2019-04', '2019-04-05', '2019/2020']) formatDate(d, tag);
      formatDate('2019-04', tag, { month: 'short' });
    });
  }
  return pieces.map((piece) => () => {
    try {
      piece();
    } catch {
      // Only a head start: the render builds what is missing.
    }
  });
}
