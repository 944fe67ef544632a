/**
 * The `Intl` objects an element's first render asks for, built ahead of it. The first formatter of
 * a page, whatever its kind, pays the engine's set-up (20 to 28 ms in Chromium on a slow 2-core
 * machine), the first one of a kind in a language a few more (1 to 4 ms; a collator about 10):
 * built while the element's code and data are still downloading, that time leaves the first
 * render. Each call goes through the same cached function the render uses (`countryName`,
 * `formatDate`…), so what is built here is what the render finds.
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
    // A count in a message: its plural rules and its number format.
    () => fillMessage(() => ({ other: '{count}' }), tag, 'count', { count: 2 }),
    () => formatList(tag, ['a', 'b']),
    () => collator(tag).compare('a', 'b'),
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
