/**
 * The `Intl` objects an element's first render asks for, built ahead of it. The first formatter of
 * a kind in a language loads that language's data from the runtime (about 13 ms for the first date
 * format, 11 ms for the first country name, measured in Chromium): built while the element's code
 * and data are still downloading, that time leaves the first render. Each call goes through the
 * same cached function the render uses (`countryName`, `formatDate`…), so what is built here is
 * what the render finds. Never throws.
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

export function warmFormatters(lang: string | undefined, needs: FormatNeeds = {}): void {
  try {
    const tag = normalizeLanguageTag(lang) ?? 'en';
    // A count in a message: its plural rules and its number format.
    fillMessage(() => ({ other: '{count}' }), tag, 'count', { count: 2 });
    formatList(tag, ['a', 'b']);
    collator(tag).compare('a', 'b');
    if (needs.countries) countryName('MA', tag);
    if (needs.dates) {
      for (const d of ['2019', '2019-04', '2019-04-05', '2019/2020']) formatDate(d, tag);
      formatDate('2019-04', tag, { month: 'short' });
    }
  } catch {
    // Only a head start: the render builds what is missing.
  }
}
