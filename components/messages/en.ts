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
  'projectList.filters': 'Filters',
  'projectList.filtersActive': { one: 'Filters ({count} active)', other: 'Filters ({count} active)' },
  'projectList.keyboardHint': 'The up and down arrow keys move from one project to the next.',
  'projectList.printFilters': 'Filtered by: {filters}',
  'projectList.printSearch': '“{text}”',
  'projectList.unknownValue': '{value} (not in the data)',

  // ── <cw-roadmap-timeline> ──────────────────────────────────────────────────────────────────────
  // Its own strings; names of kinds, statuses and roles are shared.
  'timeline.label': 'Timeline',
  'timeline.keyboardHint': 'Use the arrow keys to move between entries, Enter to show the details of one, and Escape to close them.',
  'timeline.span.planned': 'Planned period: {date}.',
  'timeline.span.actual': 'Period: {date}.',
  'timeline.date.planned': 'Planned date',
  'timeline.date.actual': 'Date held',
  'timeline.date.unknown': 'Date unknown',
  'timeline.today.inside': 'Today, {date}, falls within this period.',
  'timeline.today.before': 'As of today, {date}, this timeline has not started yet.',
  'timeline.today.after': 'As of today, {date}, this timeline has ended.',
  'timeline.today.on': 'Today is {date}.',
  'timeline.adoptedAt': 'Adopted at {event}, {date}.',
  'timeline.adoptedAtUndated': 'Adopted at {event}.',
  'timeline.noItems': 'The data describes no actions of this roadmap yet.',
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
  'timeline.find.kind': 'Find a type',
  'timeline.find.city': 'Find a city',
  'timeline.moreOptions': { one: '{count} more: narrow it down with the search field', other: '{count} more: narrow them down with the search field' },
  'timeline.allEntries': 'Every entry on the page (for find in page)',
  // An entry's mark on the overview axis, named by its title and date (Arabic separates them with «،»).
  'timeline.markName': '{title}, {date}',
  'timeline.period': { one: '{date}: {count} entry', other: '{date}: {count} entries' },
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
  'cityMap.zoomIn': 'Zoom in',
  'cityMap.zoomOut': 'Zoom out',
  'cityMap.resetView': 'Show all cities',
  'cityMap.legend': 'Legend',
  'cityMap.mapControls': 'Map controls',
  // Read when the map's markers take focus: how to move among them.
  'cityMap.keys': 'Arrow keys: nearest city in that direction. Enter: select or open. + and −: zoom. Escape: clear the selection.',
  'cityMap.zoomedTo': { one: 'Zoomed in on {count} city: {names}', other: 'Zoomed in on {count} cities: {names}' },
  'cityMap.credits': 'Basemap: Natural Earth (public domain)',
  // ── <cw-event>, <cw-city-profile>, <cw-sdg-coverage> (issue 16) ────────────────────────────────
  'event.date.planned': 'Planned date',
  'event.date.actual': 'Date',
  // Between the parts of an address (venue, city, country) or of a line of facts: a comma, not a list's "and".
  'record.separator': ', ',
  // The colon after a label ("Type: Workshop"): French sets it off with a no-break space.
  'record.colon': ':',
  'event.place': 'Place',
  'event.kind': 'Kind',
  'event.sources': 'Sources: {list}',
  'event.theme': 'Theme',
  'event.networks': 'Networks',
  'event.objectives': 'Objectives',
  'event.programme': 'Programme',
  'event.break': 'Break',
  'event.organizers': 'Organisers and partners',
  'event.participants': 'Participants',
  'event.people': 'People named by the source',
  'event.reported': 'As the source reports it',
  'event.outcomes': 'Outcomes',
  'event.calendar': 'Add to calendar (.ics)',
  'event.noCalendar.no-year': 'No calendar file: the source does not give the year.',
  'event.noCalendar.no-day': 'No calendar file: the source does not give the day.',
  'eventPersonRole.organizer': 'Organiser',
  'eventPersonRole.speaker': 'Speaker',
  'eventPersonRole.participant': 'Participant',
  'statement.opening-speech': 'Opening speech',
  'statement.address': 'Address',
  'post.mayor': 'Mayor of {of}',
  'post.co-chair': 'Co-chair of {of}',
  'post.co-chair.body': 'Co-chair of the {body}, {of}',
  'cityProfile.networks': 'Networks and roles',
  'cityProfile.partOf': 'Part of {network}',
  'cityProfile.since': 'Since {date}',
  'cityProfile.until': 'Until {date}',
  'cityProfile.people': 'People',
  'cityProfile.projects': 'Projects',
  'cityProfile.timeline': 'Events and roadmap items',
  'cityProfile.undated': 'Undated',
  'cityProfile.partners': 'Partners it works with',
  'cityProfile.partnerCount': { one: 'in {count} activity', other: 'in {count} activities' },
  'sdgCoverage.caption': '{network}: projects by SDG target',
  'sdgCoverage.policyCaption': '{network}: policy recommendations by SDG goal',
  'sdgCoverage.project': 'Project',
  'sdgCoverage.recommendation': 'Policy recommendation',
  'sdgCoverage.total': 'Total',
  'sdgCoverage.goal': 'Goal {code}',
  'sdgCoverage.yes': 'yes',
  'sdgCoverage.no': 'no',
  'sdgCoverage.sortBy': 'Sort by {column}',
  'sdgCoverage.download': 'Download the table (CSV)',
  'sdgCoverage.bars': 'Projects per SDG goal',
  'sdgCoverage.barLabel': { one: '{count} of {total} project', other: '{count} of {total} projects' },
} as const satisfies Record<string, Message>;

/** The keys of the elements' own strings. */
export type OwnMessageKey = keyof typeof own;

export const en = { ...shared, ...own };

/** Every key an element can show. */
export type UiMessageKey = keyof typeof en;
