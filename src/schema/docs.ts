/**
 * What the JSON Schema (`dist/atlas.schema.json`, see `json-schema.ts`) says about each shape and
 * each field of the zod model: a description and examples, shown by editors on hover and in
 * completion, and for the shapes checked by a pattern, the pattern in words (`errorMessage`).
 *
 * The docs are attached to the zod schemas themselves (a zod registry for the shared shapes, and a
 * table per object schema for its fields), not written into them with `.meta()`: the schemas run
 * in every page that shows an element, the docs only where the JSON Schema is generated, so pages
 * do not download them. The types make the tables complete: a field without its doc, or a doc for a
 * field that does not exist, fails to compile.
 */
import { DATE_FORMS, dateSpecPattern } from '../dates.js';
import * as E from './entities.js';
import * as P from './primitives.js';

/** What editors show for a field. */
export interface FieldDoc {
  readonly description: string;
  readonly examples: readonly unknown[];
  /** For a field checked by a pattern: the pattern in words, shown by editors (VS Code) instead of the regular expression. */
  readonly errorMessage?: string;
}

/** A shape used in several places: its `$defs` entry (`id`), with a title, and what its pattern means. */
export interface ShapeDoc extends FieldDoc {
  readonly id: string;
  readonly title: string;
  /** A pattern for the JSON Schema where the zod schema checks the form in code (dates). */
  readonly pattern?: string;
}

type Shape = { readonly shape: Record<string, unknown> };
/** One doc for each field of an object schema, no more, no less. */
type Fields<S extends Shape> = { readonly [K in keyof S['shape'] & string]-?: FieldDoc };

export interface AtlasSchemaDocs {
  /** The shared shapes, each its own `$defs` entry. */
  readonly shapes: ReadonlyMap<object, ShapeDoc>;
  /** The fields of each object schema. */
  readonly fields: ReadonlyMap<object, Readonly<Record<string, FieldDoc>>>;
}

const doc = (description: string, ...examples: unknown[]): FieldDoc => ({ description, examples });

// Fields that mean the same in every record.
const SOURCES = doc('The ids of the source documents (listed in "sources") this record comes from; at least one.', ['mc2cm-targeted-actions']);
const URL_FIELD = (what: string, example: string) => doc(`The web page of ${what} (http, https or mailto).`, example);
const NOTE = doc('A remark on this record, in one or more languages.', { fr: 'Rôle précisé par la source.', en: 'Role as the source gives it.' });
const CORRECTIONS = doc(
  'Where this record departs on purpose from its source (an SDG code that does not exist, a wrong label): what was written, what the data holds instead, and why.',
  [{ field: 'sdgTargets[3]', asWritten: '16.16', corrected: '16.6', reason: { en: 'Target 16.16 does not exist; the label printed beside it is that of 16.6.' } }],
);
const ORGANIZATIONS = (what: string) =>
  doc(`The organisations involved in ${what}, each with its roles (funder, partner, organizer, …).`, [{ organization: 'unesco', roles: ['funder'] }]);
const PERIOD = (what: string) => doc(`When ${what} was planned to happen and when it did, at the precision the source gives.`, { planned: '2019/2020' });
const STATUS = (what: string) => doc(`Where ${what} stands: planned, ongoing, completed or cancelled.`, 'completed');
const CITY_REF = (what: string) => doc(`The id of ${what} (in "cities").`, 'sfax-tn');
const TITLE = (what: string, example: object) => doc(`The title of ${what}, in one or more languages.`, example);

function table<S extends Shape>(schema: S, docs: Fields<S>): [object, Record<string, FieldDoc>] {
  return [schema, docs];
}

/** The docs of the atlas schema (made on demand: importing this module runs nothing). */
export function atlasSchemaDocs(): AtlasSchemaDocs {
  const shapes = new Map<object, ShapeDoc>([
    [
      P.Id,
      {
        id: 'Id',
        title: 'Id',
        description: 'An id: lower-case letters (a to z) and digits, in words joined by single hyphens. Records refer to each other by id.',
        examples: ['tanger-ma', 'mc2cm'],
        errorMessage: 'An id is lower-case letters (a-z) and digits, in words joined by single hyphens, e.g. "tanger-ma": no capitals, spaces, accents or underscores.',
      },
    ],
    [
      P.LangTag,
      {
        id: 'LangTag',
        title: 'Language tag',
        description:
          'A BCP 47 language tag: a language (2 or 3 letters), then optionally a script (4 letters) and a region (2 letters or 3 digits); a translation made for the dataset adds "-t-" and the language it was translated from ("ar-t-fr": Arabic translated from French).',
        examples: ['fr', 'ar-MA', 'en', 'ar-t-fr'],
        errorMessage:
          'A language tag like "fr", "en", "ar" or "ar-MA" (a 2- or 3-letter language, optionally a 4-letter script and a region), or "ar-t-fr" for Arabic translated from French.',
      },
    ],
    [
      P.LocalizedText,
      {
        id: 'LocalizedText',
        title: 'Text in several languages',
        description: 'A text in one or more languages: an object with one non-empty string per language tag. Elements show the reader’s language, or a fallback marked as such.',
        examples: [{ fr: 'Tanger', ar: 'طنجة' }],
      },
    ],
    [P.Url, { id: 'Url', title: 'Link', description: 'A URL shown as a link: only http://, https:// and mailto: addresses are allowed.', examples: ['https://example.org/network'] }],
    [
      P.CountryCode,
      {
        id: 'CountryCode',
        title: 'Country code',
        description: 'An ISO 3166-1 alpha-2 country code: two upper-case letters.',
        examples: ['MA', 'TN', 'LB'],
        errorMessage: 'A country code is two upper-case letters (ISO 3166-1 alpha-2), e.g. "MA", "TN", "LB".',
      },
    ],
    [
      P.DateSpec,
      {
        id: 'DateSpec',
        title: 'Date at the precision of the source',
        description: `A date at the precision the source gives, never more: ${DATE_FORMS}.`,
        examples: ['2017', '2017-04', '2018-04-05', '--11-27', '2019/2020'],
        errorMessage: `A date is ${DATE_FORMS}, e.g. "2017", "2017-04", "2018-04-05" or "2019/2020".`,
        pattern: dateSpecPattern(),
      },
    ],
    [P.Period, { id: 'Period', title: 'Period', description: 'When something was planned (announced) to happen, and when it actually did, as IATI distinguishes them; at least one of the two.', examples: [{ planned: '2019/2020', actual: '2019-11' }] }],
    [P.Coordinates, { id: 'Coordinates', title: 'Coordinates', description: 'A point on the map, in decimal degrees (WGS 84).', examples: [{ lat: 35.7595, lon: -5.834 }] }],
    [
      P.Correction,
      {
        id: 'Correction',
        title: 'Correction of the source',
        description: 'A place where the data departs from its source on purpose: what the source wrote, what the data holds instead, and why.',
        examples: [{ field: 'sdgTargets[1]', asWritten: '16.16', corrected: '16.6', reason: { en: 'Target 16.16 does not exist.' } }],
      },
    ],
    [P.Sources, { id: 'Sources', title: 'Sources', description: SOURCES.description, examples: SOURCES.examples }],
    [E.OrganizationRole, { id: 'OrganizationRole', title: 'Role of an organisation', description: 'What an organisation does for a network, a project or an event.', examples: ['funder', 'partner'] }],
    [E.OrganizationLink, { id: 'OrganizationLink', title: 'Organisation and its roles', description: 'An organisation (by id) and the roles it plays here.', examples: [{ organization: 'unesco', roles: ['organizer'] }] }],
    [E.MembershipRole, { id: 'MembershipRole', title: 'Role of a member city', description: 'What a city is in a network: member, lead, coordinator, seat, …', examples: ['member', 'lead'] }],
    [E.Status, { id: 'Status', title: 'Status', description: 'Where a project or roadmap item stands.', examples: ['ongoing'] }],
    [E.ItemKind, { id: 'ItemKind', title: 'Kind of activity', description: 'What kind of activity a roadmap item or an event is.', examples: ['conference', 'workshop'] }],
    [E.SdgTargetCode, { id: 'SdgTargetCode', title: 'SDG target', description: 'An SDG target code as in the official UN catalogue: goal number, a dot, then the target number or letter. `cityweave validate` checks that it exists.', examples: ['10.7', '16.b'] }],
    [E.Source, { id: 'Source', title: 'Source document', description: 'A document records come from: a brochure, an agenda, a web page, an action plan.', examples: [{ id: 'mc2cm-targeted-actions', title: { fr: 'Actions ciblées MC2CM' }, kind: 'brochure' }] }],
    [E.Organization, { id: 'Organization', title: 'Organisation', description: 'An organisation: a funder, a partner, a secretariat (UNESCO, Council of Europe, ICMPD, …).', examples: [{ id: 'unesco', name: { en: 'UNESCO' }, kind: 'intergovernmental', sources: ['arab-coalition-rabat-2018'] }] }],
    [E.City, { id: 'City', title: 'City', description: 'A city, with its country and its place on the map.', examples: [{ id: 'tanger-ma', name: { fr: 'Tanger', ar: 'طنجة' }, country: 'MA', coordinates: { lat: 35.7595, lon: -5.834 }, sources: ['strong-cities-tanger-roundtable'] }] }],
    [E.Network, { id: 'Network', title: 'Network', description: 'A coalition, network or programme of cities.', examples: [{ id: 'rmci', name: { fr: 'Réseau marocain des villes interculturelles' }, kind: 'network', sources: ['rmci-action-plan-2019-2020'] }] }],
    [E.Membership, { id: 'Membership', title: 'Membership', description: 'A city in a network, with its roles and dates (as Popolo models a membership).', examples: [{ city: 'casablanca-ma', network: 'arab-coalition', roles: ['lead'], start: '2008', sources: ['arab-coalition-rabat-2018'] }] }],
    [E.Vocabulary, { id: 'Vocabulary', title: 'Controlled vocabulary', description: 'A list of terms with ids and labels in several languages, such as the policy areas of a network.', examples: [{ id: 'mc2cm-policy-recommendations', label: { en: 'MC2CM policy recommendations' }, terms: [{ id: 'participation', label: { en: 'Access to social and political participation' } }], sources: ['mc2cm-targeted-actions'] }] }],
    [E.Project, { id: 'Project', title: 'Project', description: 'A project or targeted action of a network: what it aims at, where, with whom, and which SDG targets it serves.', examples: [{ id: 'acmals', title: { fr: 'Améliorer la coordination de la migration par les acteurs locaux à Sfax' }, network: 'mc2cm', sdgTargets: ['10.7'], sources: ['mc2cm-targeted-actions'] }] }],
    [E.RoadmapItem, { id: 'RoadmapItem', title: 'Roadmap item', description: 'One planned activity of a roadmap: a meeting, a study, a campaign.', examples: [{ id: 'rmci-2019-exchange', title: { fr: 'Échange entre réseaux interculturels' }, kind: 'exchange', sources: ['rmci-action-plan-2019-2020'] }] }],
    [E.Roadmap, { id: 'Roadmap', title: 'Roadmap', description: 'A roadmap or action plan of a network: its span, its sections and its items.', examples: [{ id: 'rmci-action-plan-2019-2020', title: { fr: 'Plan d’action 2019-2020' }, network: 'rmci', period: { planned: '2019/2020' }, sources: ['rmci-action-plan-2019-2020'] }] }],
    [E.PersonPostRole, { id: 'PersonPostRole', title: 'Post of a person', description: 'The post a person holds: mayor (of a city) or co-chair (of a network’s body).', examples: ['mayor', 'co-chair'] }],
    [E.PersonPost, { id: 'PersonPost', title: 'Post', description: 'A post a person holds, as Popolo models a post and the membership that fills it: the role, the city, network or organisation it belongs to (exactly one), the body within it, dates, and the event at which the source shows the person in it.', examples: [{ role: 'mayor', city: 'tanger-ma', attestedAt: 'strong-cities-tanger-roundtable', sources: ['strong-cities-tanger-roundtable'] }] }],
    [E.Person, { id: 'Person', title: 'Person', description: 'A person the sources name with a role (Popolo Person), with the posts the sources give.', examples: [{ id: 'mounir-lymouri', name: { fr: 'Mounir Lymouri' }, posts: [{ role: 'mayor', city: 'tanger-ma', sources: ['strong-cities-tanger-roundtable'] }], sources: ['strong-cities-tanger-roundtable'] }] }],
    [E.Event, { id: 'Event', title: 'Event', description: 'A meeting, conference, round table or workshop: when, where, who, and what was on the agenda.', examples: [{ id: 'arab-coalition-rabat-2018', title: { fr: 'Rencontre de la Coalition des villes arabes' }, kind: 'meeting', period: { actual: '2018-04-05' }, sources: ['arab-coalition-rabat-2018'] }] }],
  ]);

  const networkFounded = E.Network.shape.founded.unwrap();
  const vocabularyTerm = E.Vocabulary.shape.terms.element;
  const projectCity = E.Project.shape.cities.unwrap().element;
  const itemCity = E.RoadmapItem.shape.cities.unwrap().element;
  const section = E.Roadmap.shape.sections.unwrap().element;
  const place = E.Event.shape.place.unwrap();
  const agendaEntry = E.Event.shape.agenda.unwrap().element;
  const eventCity = E.Event.shape.cities.unwrap().element;
  const eventPerson = E.Event.shape.people.unwrap().element;
  const statement = E.Event.shape.statements.unwrap().element;

  const fields = new Map<object, Record<string, FieldDoc>>([
    table(P.Period, {
      planned: doc('When it was planned or announced to happen.', '2019/2020'),
      actual: doc('When it actually happened, where a source says so.', '2019-11-27'),
    }),
    table(P.Coordinates, {
      lat: doc('Latitude in decimal degrees, from -90 (south) to 90 (north).', 35.7595),
      lon: doc('Longitude in decimal degrees, from -180 (west) to 180 (east).', -5.834),
    }),
    table(P.Correction, {
      field: doc('Where in the record: the field’s path, with an index for an item of a list.', 'sdgTargets[3]'),
      asWritten: doc('What the source wrote.', '16.16'),
      corrected: doc('What the data holds instead.', '16.6'),
      reason: doc('Why, in one or more languages.', { en: 'Target 16.16 does not exist; the label printed beside it is that of 16.6.' }),
    }),
    table(E.Source, {
      id: doc('The id of this source document, unique among the sources; records name it in their "sources".', 'mc2cm-targeted-actions'),
      title: TITLE('the document', { fr: 'Actions ciblées du projet MC2CM', en: 'MC2CM targeted actions' }),
      kind: doc('What kind of document it is.', 'brochure'),
      file: doc('The file name of the document in the project’s source collection, if any.', '000_7e5d13b99c4f23b6.txt'),
      url: URL_FIELD('the document', 'https://example.org/brochure.pdf'),
      publisher: doc('The id of the organisation (in "organizations") that published it.', 'icmpd'),
      date: doc('When it was published.', '2021-03'),
      language: doc('The language it is written in.', 'fr'),
      note: doc('What the document holds, in a few words.', { en: 'Concept note and programme of the meeting.' }),
    }),
    table(E.Organization, {
      id: doc('The id of this organisation, unique among the organisations.', 'unesco'),
      name: doc('The full name, in one or more languages.', { fr: 'Organisation des Nations unies pour l’éducation, la science et la culture', en: 'United Nations Educational, Scientific and Cultural Organization' }),
      acronym: doc('The short name, in the languages where it differs.', { fr: 'UNESCO', ar: 'اليونسكو' }),
      kind: doc('What kind of organisation it is.', 'intergovernmental'),
      country: doc('The country it is based in, for a national or local organisation.', 'MA'),
      url: URL_FIELD('the organisation', 'https://example.org'),
      sources: SOURCES,
    }),
    table(E.City, {
      id: doc('The id of this city, unique among the cities: its name and country code, e.g. "tanger-ma".', 'tanger-ma'),
      name: doc('The city’s name, in one or more languages.', { fr: 'Tanger', en: 'Tangier', ar: 'طنجة' }),
      country: doc('The country the city is in.', 'MA'),
      coordinates: doc('Where the city is on the map.', { lat: 35.7595, lon: -5.834 }),
      sources: SOURCES,
    }),
    table(E.OrganizationLink, {
      organization: doc('The id of the organisation (in "organizations").', 'unesco'),
      roles: doc('What it does here; at least one role.', ['funder', 'partner']),
      note: NOTE,
    }),
    table(E.Network, {
      id: doc('The id of this network, unique among the networks.', 'mc2cm'),
      name: doc('The network’s full name, in one or more languages.', { fr: 'Réseau marocain des villes interculturelles' }),
      acronym: doc('The network’s short name, in the languages where it has one.', { fr: 'RMCI' }),
      kind: doc('What kind of network: a coalition, a network of cities, or a funded programme.', 'network'),
      parent: doc('The id of the larger network (in "networks") this one belongs to.', 'iccar'),
      description: doc('What the network is and does, in one or more languages.', { en: 'Launched by UNESCO in 2008, the coalition …' }),
      founded: doc('When and where the network was founded.', { date: '2008-06-30', place: 'nantes-fr' }),
      organizations: ORGANIZATIONS('the network (founder, secretariat, funder, …)'),
      policyVocabulary: doc('The id of the vocabulary (in "vocabularies") whose terms this network’s projects use as "policyAreas".', 'mc2cm-policy-recommendations'),
      url: URL_FIELD('the network', 'https://example.org/network'),
      corrections: CORRECTIONS,
      sources: SOURCES,
    }),
    table(networkFounded, {
      date: doc('When it was founded.', '2008-06-30'),
      place: CITY_REF('the city where it was founded'),
    }),
    table(E.Membership, {
      city: CITY_REF('the member city'),
      network: doc('The id of the network (in "networks").', 'arab-coalition'),
      roles: doc('What the city is in the network; at least one role.', ['member'], ['lead']),
      start: doc('When the city joined or took the role.', '2008'),
      end: doc('When it left or gave up the role.', '2019-12'),
      note: NOTE,
      sources: SOURCES,
    }),
    table(E.Vocabulary, {
      id: doc('The id of this vocabulary, unique among the vocabularies.', 'mc2cm-policy-recommendations'),
      label: doc('The vocabulary’s name, in one or more languages.', { en: 'MC2CM policy recommendations' }),
      network: doc('The id of the network (in "networks") this vocabulary belongs to.', 'mc2cm'),
      terms: doc('The terms; at least one.', [{ id: 'participation', label: { en: 'Access to social and political participation' } }]),
      sources: SOURCES,
    }),
    table(vocabularyTerm, {
      id: doc('The id of this term, unique in its vocabulary; projects name it in "policyAreas".', 'participation'),
      label: doc('The term, in one or more languages.', { fr: 'Accès à la participation sociale et politique', en: 'Access to social and political participation' }),
      variants: doc('Other wordings of this term found in the sources, so that they can be traced back.', [{ fr: 'Disposition d’instruments de bienvenue' }]),
    }),
    table(E.Project, {
      id: doc('The id of this project, unique among the projects.', 'acmals'),
      title: TITLE('the project', { fr: 'Améliorer la coordination de la migration par les acteurs locaux à Sfax' }),
      acronym: doc('The project’s acronym, as the source writes it.', 'ACMALS'),
      subtitle: doc('A subtitle, in one or more languages.', { fr: 'Un guichet unique pour les migrants' }),
      network: doc('The id of the network (in "networks") the project belongs to.', 'mc2cm'),
      cities: doc('The cities taking part, each with its roles (lead, partner, pilot, …).', [{ city: 'sfax-tn', roles: ['lead'] }]),
      countries: doc('Where the project works when the source names a country but no city.', ['TN']),
      objective: doc('What the project aims at, in one or more languages.', { en: 'To set up coordination mechanisms between local authorities, public services and civil society.' }),
      activities: doc('What the project does, one text per activity.', [{ en: 'Training of local actors' }]),
      results: doc('What the project achieved or expects, one text per result.', [{ en: 'A reception centre offering legal and social assistance' }]),
      sdgTargets: doc('The SDG targets the project serves, as codes of the official catalogue.', ['10.7', '16.6']),
      policyAreas: doc('The policy areas, as ids of terms in the network’s "policyVocabulary".', ['participation']),
      organizations: ORGANIZATIONS('the project (funder, implementer, partner, …)'),
      period: PERIOD('the project'),
      status: STATUS('the project'),
      url: URL_FIELD('the project', 'https://example.org/project'),
      corrections: CORRECTIONS,
      sources: SOURCES,
    }),
    table(projectCity, {
      city: CITY_REF('the city'),
      roles: doc('What the city does in the project: lead, partner, pilot, beneficiary, host or transfer.', ['lead']),
    }),
    table(E.RoadmapItem, {
      id: doc('The id of this item, unique in its roadmap.', 'rmci-2019-exchange'),
      title: TITLE('the item', { fr: 'Échange entre réseaux interculturels' }),
      description: doc('What the item is about, in one or more languages.', { fr: 'Rencontre avec des réseaux européens de villes interculturelles.' }),
      kind: doc('What kind of activity it is.', 'exchange'),
      period: PERIOD('the item'),
      status: STATUS('the item'),
      cities: doc('The cities involved, each with its roles (host, pilot, participant, lead, transfer).', [{ city: 'tanger-ma', roles: ['host'] }]),
      organizations: ORGANIZATIONS('the item'),
      event: doc('The id of the event (in "events") that carried the item out, if recorded.', 'arab-coalition-rabat-2018'),
      sources: SOURCES,
    }),
    table(itemCity, {
      city: CITY_REF('the city'),
      roles: doc('What the city does for the item: host, pilot, participant, lead, transfer, or example (a city whose experience the item takes as a model).', ['host']),
    }),
    table(E.Roadmap, {
      id: doc('The id of this roadmap, unique among the roadmaps.', 'rmci-action-plan-2019-2020'),
      title: TITLE('the roadmap', { fr: 'Plan d’action 2019-2020 du RMCI' }),
      network: doc('The id of the network (in "networks") whose roadmap it is.', 'rmci'),
      period: PERIOD('the roadmap'),
      adoptedAt: doc('The id of the event (in "events") that adopted the roadmap, if known.', 'arab-coalition-tunis-2017'),
      sections: doc('Sections grouping the items, in order, as the source lays them out.', [{ id: 'structuration', title: { fr: '1. Structuration' }, items: ['rmci-2019-exchange'] }]),
      items: doc('The planned activities.', [{ id: 'rmci-2019-exchange', title: { fr: 'Échange entre réseaux interculturels' }, kind: 'exchange', sources: ['rmci-action-plan-2019-2020'] }]),
      sources: SOURCES,
    }),
    table(section, {
      id: doc('The id of this section, unique in its roadmap.', 'structuration'),
      title: TITLE('the section', { fr: '1. Structuration', en: '1. Structuring' }),
      items: doc('The ids of the items (in this roadmap’s "items") in this section, in order.', ['rmci-2019-exchange']),
    }),
    table(E.Event, {
      id: doc('The id of this event, unique among the events.', 'arab-coalition-rabat-2018'),
      title: TITLE('the event', { fr: 'Rencontre de la Coalition des villes arabes contre le racisme' }),
      kind: doc('What kind of event it is.', 'meeting'),
      networks: doc('The ids of the networks (in "networks") the event belongs to.', ['arab-coalition']),
      period: doc('When the event was planned and when it took place, at the precision the source gives.', { actual: '2018-04-05' }),
      place: doc('Where it took place: a city, a venue, a country.', { city: 'rabat-ma', country: 'MA' }),
      theme: doc('The event’s theme, in one or more languages.', { fr: 'Villes inclusives et durables' }),
      description: doc('What the event was, in one or more languages.', { en: 'Launch of the coalition by UNESCO in Nantes.' }),
      objectives: doc('What the event set out to do, one text per objective.', [{ en: 'Share the cities’ practices' }]),
      agenda: doc('The programme, one entry per session or break, in order.', [{ time: '09:30-10:00', title: { en: 'Opening' }, kind: 'session' }]),
      organizations: ORGANIZATIONS('the event (organizer, co-organizer, supporter, …)'),
      cities: doc('The cities involved, each with its roles (host, participant, organizer).', [{ city: 'rabat-ma', roles: ['host'] }]),
      people: doc('The people the source names at the event, each with what they did there (organizer, speaker, participant).', [{ person: 'mounir-lymouri', roles: ['speaker'] }]),
      statements: doc('What the source reports people said at the event, in reported words (never a quotation the source does not give), each with its source.', [{ person: 'mounir-lymouri', kind: 'opening-speech', summary: { fr: 'A souligné l’héritage cosmopolite de la ville.' }, sources: ['strong-cities-tanger-roundtable'] }]),
      participation: doc('Headline figures the source gives about who came.', { fr: 'Plus de 25 participants' }),
      outcomes: doc('What came out of the event, one text per outcome.', [{ en: 'A roadmap for 2017-2018' }]),
      url: URL_FIELD('the event', 'https://example.org/event'),
      corrections: CORRECTIONS,
      sources: SOURCES,
    }),
    table(place, {
      city: CITY_REF('the city'),
      venue: doc('The building or room, in one or more languages.', { fr: 'Hôtel de ville' }),
      country: doc('The country, where the source gives no city.', 'MA'),
    }),
    table(agendaEntry, {
      time: { ...doc('Local time: a start "HH:MM", or a span "HH:MM-HH:MM".', '09:30', '09:30-10:00'), errorMessage: 'A time is "HH:MM" or "HH:MM-HH:MM" (24-hour, two digits each), e.g. "09:30" or "09:30-10:00".' },
      date: doc('The day, for an event over several days.', '2019-11-27'),
      title: TITLE('the session', { fr: 'Ouverture', en: 'Opening' }),
      kind: doc('A session (the default) or a break.', 'session', 'break'),
      points: doc('The points of the session, one text each.', [{ en: 'Presentation of the programme' }]),
    }),
    table(eventPerson, {
      person: doc('The id of the person (in "people").', 'mounir-lymouri'),
      roles: doc('What the person did at the event: organizer, speaker or participant.', ['speaker']),
    }),
    table(statement, {
      person: doc('The id of the person (in "people") who spoke.', 'asmaa-rhlalou'),
      kind: doc('An opening speech or another address.', 'opening-speech', 'address'),
      summary: doc('What the source reports the person said, in one or more languages.', { fr: 'A décrit l’événement comme une occasion d’échanger des expériences.' }),
      sources: SOURCES,
    }),
    table(E.Person, {
      id: doc('The id of this person, unique among the people: their name in lower case, e.g. "asmaa-rhlalou".', 'asmaa-rhlalou'),
      name: doc('The person’s name as the sources write it, and its spelling in other scripts where written.', { fr: 'Asmaa Rhlalou', 'ar-t-fr': 'أسماء أغلالو' }),
      posts: doc('The posts the sources give, at least one.', [{ role: 'mayor', city: 'rabat-ma', sources: ['strong-cities-tanger-roundtable'] }]),
      sources: SOURCES,
    }),
    table(E.PersonPost, {
      role: doc('The post: mayor or co-chair.', 'mayor'),
      city: CITY_REF('the city whose mayor the person is'),
      network: doc('The id of the network (in "networks") the post belongs to.', 'strong-cities'),
      organization: doc('The id of the organisation (in "organizations") the post belongs to.', 'unesco'),
      body: doc('The body within the network or organisation, when the source names one.', { fr: 'Comité de pilotage international' }),
      start: doc('When the person took the post, where a source says so.', '2021'),
      end: doc('When the person left the post, where a source says so.', '2024'),
      attestedAt: doc('The id of the event (in "events") at which the source shows the person in this post.', 'strong-cities-tanger-roundtable'),
      sources: SOURCES,
    }),
    table(eventCity, {
      city: CITY_REF('the city'),
      roles: doc('What the city did at the event: host, participant or organizer.', ['participant']),
    }),
    table(E.AtlasDocument, {
      $schema: doc('Where editors find this JSON Schema (a path or URL), for completion and hover text.', './node_modules/cityweave/dist/atlas.schema.json'),
      version: doc('The version of the format: 1.', 1),
      defaultLanguage: doc('The language texts fall back to when a reader’s language is missing; "fr" when not given.', 'fr'),
      title: TITLE('the dataset', { fr: 'Atlas des réseaux de villes', en: 'Atlas of city networks' }),
      sources: doc('The documents the records come from; every record names at least one.', [{ id: 'mc2cm-targeted-actions', title: { fr: 'Actions ciblées MC2CM' } }]),
      organizations: doc('The organisations: funders, partners, secretariats.', [{ id: 'unesco', name: { en: 'UNESCO' }, sources: ['arab-coalition-rabat-2018'] }]),
      cities: doc('The cities.', [{ id: 'sfax-tn', name: { fr: 'Sfax' }, country: 'TN', coordinates: { lat: 34.74, lon: 10.76 }, sources: ['mc2cm-targeted-actions'] }]),
      networks: doc('The networks, coalitions and programmes.', [{ id: 'mc2cm', name: { en: 'Mediterranean City-to-City Migration' }, kind: 'programme', sources: ['mc2cm-targeted-actions'] }]),
      memberships: doc('Which city is in which network, with what roles.', [{ city: 'sfax-tn', network: 'mc2cm', roles: ['member'], sources: ['mc2cm-targeted-actions'] }]),
      vocabularies: doc('The controlled vocabularies (such as policy areas).', [{ id: 'mc2cm-policy-recommendations', label: { en: 'MC2CM policy recommendations' }, terms: [{ id: 'participation', label: { en: 'Participation' } }], sources: ['mc2cm-targeted-actions'] }]),
      projects: doc('The projects and targeted actions.', [{ id: 'acmals', title: { en: 'Coordination of migration by local actors in Sfax' }, network: 'mc2cm', sources: ['mc2cm-targeted-actions'] }]),
      roadmaps: doc('The roadmaps and action plans.', [{ id: 'rmci-action-plan-2019-2020', title: { fr: 'Plan d’action 2019-2020' }, network: 'rmci', sources: ['rmci-action-plan-2019-2020'] }]),
      people: doc('The people the sources name with a role (mayors, co-chairs), with their posts.', [{ id: 'jamal-itani', name: { fr: 'Jamal Itani' }, posts: [{ role: 'mayor', city: 'beirut-lb', sources: ['mc2cm-beirut-conference'] }], sources: ['mc2cm-beirut-conference'] }]),
      events: doc('The meetings, conferences and workshops.', [{ id: 'arab-coalition-rabat-2018', title: { fr: 'Rencontre de Rabat' }, kind: 'meeting', period: { actual: '2018-04-05' }, sources: ['arab-coalition-rabat-2018'] }]),
    }),
  ]);
  return { shapes, fields };
}
