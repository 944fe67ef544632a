/**
 * English UI strings. This catalogue defines the set of message keys: `fr` and `ar` must have
 * exactly the same keys (their type is `Record<MessageKey, Message>`). Role, status and kind keys
 * are checked against the enums of the schema, so a new enum value cannot be forgotten here.
 */
import type { Event, MembershipRole, Network, Organization, OrganizationLink, Project, RoadmapItem, Status, ItemKind } from '../../schema/entities.js';
import type { Message } from '../types.js';

/** Every role a city can have on a project, a roadmap item or an event. */
export type CityRole = Project['cities'][number]['roles'][number] | RoadmapItem['cities'][number]['roles'][number] | Event['cities'][number]['roles'][number];
export type OrganizationRole = OrganizationLink['roles'][number];
export type NetworkKind = Network['kind'];
export type OrganizationKind = NonNullable<Organization['kind']>;

const membershipRoles = {
  'membershipRole.member': 'Member city',
  'membershipRole.lead': 'Lead city',
  'membershipRole.coordinator': 'Coordinating city',
  'membershipRole.seat': 'Seat city',
  'membershipRole.pilot': 'Pilot city',
  'membershipRole.host': 'Host city',
  'membershipRole.participant': 'Participating city',
  'membershipRole.partner': 'Partner city',
  'membershipRole.co-chair': 'Co-chairing city',
} satisfies Record<`membershipRole.${MembershipRole}`, Message>;

const cityRoles = {
  'cityRole.lead': 'Lead city',
  'cityRole.partner': 'Partner city',
  'cityRole.pilot': 'Pilot city',
  'cityRole.beneficiary': 'Beneficiary city',
  'cityRole.host': 'Host city',
  'cityRole.transfer': 'Transfer city',
  'cityRole.participant': 'Participating city',
  'cityRole.organizer': 'Organising city',
  'cityRole.example': 'City cited as an example',
} satisfies Record<`cityRole.${CityRole}`, Message>;

const organizationRoles = {
  'organizationRole.founder': 'Founder',
  'organizationRole.funder': 'Funder',
  'organizationRole.implementer': 'Implementing partner',
  'organizationRole.secretariat': 'Secretariat',
  'organizationRole.partner': 'Partner',
  'organizationRole.organizer': 'Organiser',
  'organizationRole.co-organizer': 'Co-organiser',
  'organizationRole.supporter': 'Supporter',
  'organizationRole.participant': 'Participant',
  'organizationRole.invited': 'Guest',
  'organizationRole.contact': 'Contact',
} satisfies Record<`organizationRole.${OrganizationRole}`, Message>;

const statuses = {
  'status.planned': 'Planned',
  'status.ongoing': 'Ongoing',
  'status.completed': 'Completed',
  'status.cancelled': 'Cancelled',
} satisfies Record<`status.${Status}`, Message>;

const itemKinds = {
  'kind.meeting': 'Meeting',
  'kind.conference': 'Conference',
  'kind.roundtable': 'Round table',
  'kind.workshop': 'Workshop',
  'kind.colloquium': 'Colloquium',
  'kind.campaign': 'Campaign',
  'kind.peer-learning': 'Peer learning',
  'kind.press-conference': 'Press conference',
  'kind.pilot-project': 'Pilot project',
  'kind.study': 'Study',
  'kind.communication': 'Communication',
  'kind.exchange': 'Exchange',
  'kind.declaration': 'Declaration',
  'kind.other': 'Other',
} satisfies Record<`kind.${ItemKind}`, Message>;

const networkKinds = {
  'networkKind.coalition': 'Coalition',
  'networkKind.network': 'Network',
  'networkKind.programme': 'Programme',
} satisfies Record<`networkKind.${NetworkKind}`, Message>;

const organizationKinds = {
  'organizationKind.intergovernmental': 'Intergovernmental organisation',
  'organizationKind.government': 'Government',
  'organizationKind.local-government-association': 'Association of local governments',
  'organizationKind.ngo': 'Non-governmental organisation',
  'organizationKind.agency': 'Agency',
  'organizationKind.programme': 'Programme',
  'organizationKind.research': 'Research institution',
  'organizationKind.other': 'Other organisation',
} satisfies Record<`organizationKind.${OrganizationKind}`, Message>;

export const en = {
  // ── States ──────────────────────────────────────────────────────────────────────────────
  'state.loading': 'Loading…',

  // ── Errors: a title, then a sentence ────────────────────────────────────────────────────
  'error.unreachable.title': 'Data unavailable',
  'error.unreachable.text': 'The data could not be loaded from {url}.',
  'error.unreachable.default': 'The bundled data could not be loaded.',
  'error.notJson.title': 'Unreadable data',
  'error.notJson.text': 'The file at {url} is not a JSON document.',
  'error.invalid.title': 'Invalid data',
  'error.invalid.text': {
    one: 'The data has {count} problem; the browser console lists it.',
    other: 'The data has {count} problems; the browser console lists them.',
  },
  'error.unknownId.title': 'Not found',
  'error.unknownId.text': 'Nothing is recorded under the id “{id}”.',
  'error.unknownSdg.text': 'There is no Sustainable Development Goal or target with the code “{id}”.',
  // The same, naming what was looked for (the attribute named a network, a city…).
  'error.unknownId.network': 'The data has no network with the id “{id}”.',
  'error.unknownId.city': 'The data has no city with the id “{id}”.',
  'error.unknownId.project': 'The data has no project with the id “{id}”.',
  'error.unknownId.roadmap': 'The data has no roadmap with the id “{id}”.',
  'error.unknownId.event': 'The data has no event with the id “{id}”.',
  'error.unknownId.organization': 'The data has no organisation with the id “{id}”.',
  'error.unknownId.person': 'The data has no person with the id “{id}”.',
  'error.unknownId.suggestions': 'Did you mean {suggestions}?',
  'error.timeout.title': 'The data did not arrive',
  'error.timeout.text': 'The server at {url} did not send the data in time.',
  'error.too-large.title': 'Data too large',
  'error.too-large.text': 'The file at {url} is larger than {limit} MB, the most cityweave reads.',
  'error.csp.title': 'Cannot be displayed',
  'error.csp.text': 'The security policy of this page (Trusted Types) does not allow the policy “lit-html” these elements need: add lit-html to its trusted-types directive.',
  'error.invalid-attribute.title': 'Wrong setting',
  'error.invalid-attribute.text': 'The property “{id}” must be text (such as “10.7” or “mc2cm”) or a number, not a list or an object.',
  'error.internal.title': 'Display error',
  'error.internal.text': 'This content could not be displayed.',

  // ── Empty states ────────────────────────────────────────────────────────────────────────
  'empty.projects': 'No projects to show.',
  'empty.cities': 'No cities to show.',
  'empty.items': 'Nothing to show yet.',
  'empty.results': 'No results match these filters.',

  // ── Lists ───────────────────────────────────────────────────────────────────────────────
  'list.showAll': 'Show all ({count})',
  'list.showFewer': 'Show fewer',

  // ── Filters ─────────────────────────────────────────────────────────────────────────────
  'filter.label': 'Filters',
  'filter.sdgGoal': 'SDG goal',
  'filter.sdgTarget': 'SDG target',
  'filter.city': 'City',
  'filter.country': 'Country',
  'filter.policyArea': 'Policy area',
  'filter.kind': 'Type',
  'filter.search': 'Search',
  // The first option of each filter, worded for that filter (in French, it agrees with the noun).
  'filter.all.sdgGoal': 'All goals',
  'filter.all.sdgTarget': 'All targets',
  'filter.all.city': 'All cities',
  'filter.all.country': 'All countries',
  'filter.all.policyArea': 'All policy areas',
  'filter.all.kind': 'All types',
  'filter.clear': 'Clear filters',
  'filter.results': {
    zero: 'No results',
    one: '{count} result',
    other: '{count} results',
  },

  // ── Map and list ────────────────────────────────────────────────────────────────────────
  'view.map': 'Map',
  'view.list': 'List',
  'map.label': 'Map of the cities',
  'map.summary': '{@map.summary.cities} in {@map.summary.countries}',
  'map.summary.cities': { one: '{count} city', other: '{count} cities' },
  'map.summary.countries': { by: 'countries', one: '{countries} country', other: '{countries} countries' },

  // ── Dates ───────────────────────────────────────────────────────────────────────────────
  'date.today': 'Today',

  // ── Labels ──────────────────────────────────────────────────────────────────────────────
  'label.objective': 'Objective',
  'label.activities': 'Activities',
  'label.results': 'Results',
  'label.sdgTargets': 'SDG targets',
  'label.policyRecommendations': 'Policy recommendations',
  'label.partners': 'Partners',
  'label.funders': 'Funders',
  'label.period': 'Period',
  'label.status': 'Status',
  'label.cities': 'Cities',
  'label.network': 'Network',
  'label.otherNetworks': 'Other networks',
  'label.projectCount': { zero: 'No projects', one: '{count} project', other: '{count} projects' },
  'label.planned': 'Planned',
  'label.yearUnknown': 'Year unknown',
  'label.details': 'Details',
  'label.close': 'Close',
  'label.sources': 'Sources',
  'label.website': 'Website',

  // ── Sustainable Development Goals ──────────────────────────────────────────────────────
  'sdg.abbr': 'SDG',
  'sdg.goalName': 'SDG {code}, {short}: {title}',
  'sdg.targetName': 'SDG target {code}, {short}: {title}',
  'sdg.goalShortName': 'SDG {code}, {short}',
  'sdg.targetShortName': 'SDG target {code}, {short}',

  ...membershipRoles,
  ...cityRoles,
  ...organizationRoles,
  ...statuses,
  ...itemKinds,
  ...networkKinds,
  ...organizationKinds,
} as const satisfies Record<string, Message>;

/** Every UI message key. */
export type MessageKey = keyof typeof en;
