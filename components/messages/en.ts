/**
 * The elements' UI strings in English: the shared catalogue (`src/i18n/messages/en.ts`: states,
 * errors, filters, labels, names of roles, statuses and kinds), then each element's own strings,
 * under its prefix. This catalogue defines the keys; French and Arabic have exactly the same ones
 * (checked by the compiler). One module per language, loaded on demand (`../base/messages.ts`), so
 * that a page downloads the strings of its own language only.
 */
import { en as shared } from '../../src/i18n/messages/en.js';
import type { Message } from '../../src/i18n/types.js';

const own = {
  // ── <cw-project-card> ──────────────────────────────────────────────────────────────────────────
  // Its own strings; names of roles, statuses and network kinds are shared.
  'card.showAll.activities': { one: 'Show the {count} activity', other: 'Show all {count} activities' },
  'card.showAll.results': { one: 'Show the {count} result', other: 'Show all {count} results' },
  'card.showFewer.activities': 'Show fewer activities',
  'card.showFewer.results': 'Show fewer results',
  'card.acronym': 'Acronym',
  'card.countries': 'Countries',
  'card.alsoIn': 'Also in',
  'card.period.planned': 'Planned period',
  'card.period.actual': 'Period',
  'card.corrections': 'Where the data departs from the source',
  'card.correction.sdg-target': 'SDG code corrected from {from} to {to}',
  'card.correction.policy-area': 'Policy area corrected from “{from}” to “{to}”',
  'card.correction.date': 'Date corrected from {from} to {to}',
  'card.correction.city': 'City corrected from “{from}” to “{to}”',
  'card.correction.other': '“{field}” corrected from “{from}” to “{to}”',
  'card.correctedMark': 'corrected, see the note below',
  'card.partnersAndFunders': 'Partners and funders',
  'card.translated': 'Translated for this dataset; the original is in {language}.',

  // ── <cw-project-list> ──────────────────────────────────────────────────────────────────────────
  // Its own strings; filter labels, "clear filters", result counts and empty states are shared.
  'projectList.filtersLabel': 'Filter the projects',
  'projectList.searchHint': 'Words in any order; accents and case do not matter.',
  'projectList.status.filtered': '{results} out of {total}',
  'projectList.results': 'Projects',
  'projectList.showMore': { one: 'Show {count} more project', other: 'Show {count} more projects' },
  'projectList.remaining': { one: '{count} project not shown yet', other: '{count} projects not shown yet' },
  'projectList.unknownValue': '{value} (not in the data)',

  // ── <cw-roadmap-timeline> ──────────────────────────────────────────────────────────────────────
  // Its own strings; names of kinds, statuses and roles are shared.
  'timeline.label': 'Timeline',
  'timeline.keyboardHint': 'Use the arrow keys to move between entries, and Enter to show the details of one.',
  'timeline.span.planned': 'Planned period: {date}.',
  'timeline.span.actual': 'Period: {date}.',
  'timeline.date.planned': 'Planned date',
  'timeline.date.actual': 'Date held',
  'timeline.date.unknown': 'Date unknown',
  'timeline.today.inside': 'Today, {date}, falls within this period.',
  'timeline.today.before': 'Today, {date}, is before this timeline.',
  'timeline.today.after': 'Today, {date}, is after this timeline.',
  'timeline.today.on': 'Today, {date}.',
  'timeline.kind': 'Type',
  'timeline.description': 'Description',
  'timeline.theme': 'Theme',
  'timeline.organizations': 'Organisations',
  'timeline.roadmap': 'Roadmap',
  'timeline.event': 'Carried out at',
  'timeline.type.item': 'Roadmap item',
  'timeline.type.event': 'Event',
  'timeline.overview': 'Overview of the period: choose an entry to show it in the list',
  'timeline.zoomIn': 'Zoom in on the axis',
  'timeline.zoomOut': 'Zoom out on the axis',
  'timeline.zoomFit': 'Show the whole period',
  'timeline.unknownLane': 'Year unknown',
  'timeline.shown': {
    zero: 'No entries shown',
    one: '{count} entry shown out of {total}',
    other: '{count} entries shown out of {total}',
  },

  // ── <cw-city-map> ──────────────────────────────────────────────────────────────────────────────
  // Its own strings; names of roles, the summary ("12 cities in 5 countries") and project counts are shared.
  'cityMap.showOnMap': 'Show {name} on the map',
  'cityMap.networks': 'Networks',
  'cityMap.cluster': { one: '{count} city: {names}', other: '{count} cities: {names}' },
  'cityMap.clusterHighlighted': {
    one: '{count} city highlighted in the list: {names}',
    other: '{count} cities highlighted in the list: {names}',
  },
  // The last item of a list of names cut short: "Tangier, Tetouan and 5 other cities".
  'cityMap.otherCities': { one: '{count} other city', other: '{count} other cities' },
  'cityMap.listOfCities': 'List of cities ({count})',
  'cityMap.credits': 'Basemap: Natural Earth (public domain)',
} as const satisfies Record<string, Message>;

/** The keys of the elements' own strings. */
export type OwnMessageKey = keyof typeof own;

export const en = { ...shared, ...own };

/** Every key an element can show. */
export type UiMessageKey = keyof typeof en;
