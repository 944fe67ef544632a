/**
 * The domain model. Records refer to each other by id; `parseAtlas` checks that every reference
 * resolves. Field names are English; the sources' French terms are mapped in the README.
 */
import { DEFAULT_LANGUAGE } from '../default-language.js';
import { z } from 'zod';
import { Coordinates, CountryCode, Correction, DateSpec, Id, LangTag, LocalizedText, Period, Sources, Url } from './primitives.js';
import { buildWithoutCodegen } from './no-codegen.js';
import { PREDICATES } from './predicates.js';

// Every schema below is built without `new Function` (see no-codegen.ts); the setting is put back at the end of the file.
const restoreCodegen = buildWithoutCodegen();

/** A document a record comes from (the seeds, a web page, a brochure). */
export const Source = z.strictObject({
  id: Id,
  title: LocalizedText,
  kind: z.enum(['document', 'web-page', 'brochure', 'agenda', 'action-plan']).optional(),
  /** The file name of the document in the project's source collection, if any. */
  file: z.string().optional(),
  url: Url.optional(),
  publisher: Id.optional(),
  date: DateSpec.optional(),
  language: LangTag.optional(),
  note: LocalizedText.optional(),
});

export const ORGANIZATION_KINDS = ['intergovernmental', 'government', 'local-government-association', 'ngo', 'agency', 'programme', 'research', 'other'] as const;

export const Organization = z.strictObject({
  id: Id,
  name: LocalizedText,
  acronym: LocalizedText.optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  country: CountryCode.optional(),
  url: Url.optional(),
  sources: Sources,
});

export const City = z.strictObject({
  id: Id,
  name: LocalizedText,
  country: CountryCode,
  coordinates: Coordinates,
  sources: Sources,
});

/** Roles an organisation plays on a network, a project or an event (IATI-like participating organisations). */
export const ORGANIZATION_ROLES = ['founder', 'funder', 'implementer', 'secretariat', 'partner', 'organizer', 'co-organizer', 'supporter', 'participant', 'invited', 'contact'] as const;
export const OrganizationRole = z.enum(ORGANIZATION_ROLES, {
  error: (iss) => `"${String(iss.input)}" is not an organisation role; use one of ${ORGANIZATION_ROLES.join(', ')}`,
});

export const OrganizationLink = z.strictObject({
  organization: Id,
  roles: z.array(OrganizationRole).min(1, { error: 'give at least one role' }),
  note: LocalizedText.optional(),
});

export const NETWORK_KINDS = ['coalition', 'network', 'programme'] as const;

export const Network = z.strictObject({
  id: Id,
  name: LocalizedText,
  acronym: LocalizedText.optional(),
  kind: z.enum(NETWORK_KINDS, { error: (iss) => `"${String(iss.input)}" is not a network kind; use one of ${NETWORK_KINDS.join(', ')}` }),
  parent: Id.optional(),
  description: LocalizedText.optional(),
  founded: z.strictObject({ date: DateSpec.optional(), place: Id.optional() }).optional(),
  organizations: z.array(OrganizationLink).default([]),
  /** The controlled vocabulary (id) that this network's projects use for their policy areas. */
  policyVocabulary: Id.optional(),
  url: Url.optional(),
  corrections: z.array(Correction).optional(),
  sources: Sources,
});

export const MEMBERSHIP_ROLES = ['member', 'lead', 'coordinator', 'seat', 'pilot', 'host', 'participant', 'partner', 'co-chair'] as const;
export const MembershipRole = z.enum(MEMBERSHIP_ROLES, {
  error: (iss) => `"${String(iss.input)}" is not a membership role; use one of ${MEMBERSHIP_ROLES.join(', ')}`,
});

/** A city in a network, with its roles and dates (Popolo Membership). */
export const Membership = z.strictObject({
  city: Id,
  network: Id,
  roles: z.array(MembershipRole).min(1, { error: 'give at least one role, e.g. ["member"]' }),
  start: DateSpec.optional(),
  end: DateSpec.optional(),
  note: LocalizedText.optional(),
  sources: Sources,
});

/** A controlled vocabulary: ids with localized labels (e.g. the MC2CM policy recommendations). */
export const Vocabulary = z.strictObject({
  id: Id,
  label: LocalizedText,
  network: Id.optional(),
  terms: z
    .array(
      z.strictObject({
        id: Id,
        label: LocalizedText,
        /** Other wordings of this term found in the sources, so they can be traced back. */
        variants: z.array(LocalizedText).optional(),
      }),
    )
    .min(1, { error: 'a vocabulary needs at least one term' }),
  sources: Sources,
});

/** An SDG target code as in the official catalogue: `10.7`, `16.b`. */
export const SdgTargetCode = z.string({ error: 'expected an SDG target code like "10.7"' });

export const PROJECT_CITY_ROLES = ['lead', 'partner', 'pilot', 'beneficiary', 'host', 'transfer'] as const;
export const STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export const Status = z.enum(STATUSES, { error: (iss) => `"${String(iss.input)}" is not a status; use one of ${STATUSES.join(', ')}` });

export const Project = z.strictObject({
  id: Id,
  title: LocalizedText,
  acronym: z.string().min(1).optional(),
  subtitle: LocalizedText.optional(),
  network: Id,
  cities: z
    .array(
      z.strictObject({
        city: Id,
        roles: z.array(z.enum(PROJECT_CITY_ROLES, { error: (iss) => `"${String(iss.input)}" is not a project city role; use one of ${PROJECT_CITY_ROLES.join(', ')}` })).min(1),
      }),
    )
    .default([]),
  /** Where the project works when the source names a country or region but no city. */
  countries: z.array(CountryCode).optional(),
  objective: LocalizedText.optional(),
  activities: z.array(LocalizedText).default([]),
  results: z.array(LocalizedText).default([]),
  sdgTargets: z.array(SdgTargetCode).default([]),
  policyAreas: z.array(Id).default([]),
  organizations: z.array(OrganizationLink).default([]),
  period: Period.optional(),
  status: Status.optional(),
  url: Url.optional(),
  corrections: z.array(Correction).optional(),
  sources: Sources,
});

export const ITEM_KINDS = ['meeting', 'conference', 'roundtable', 'workshop', 'colloquium', 'campaign', 'peer-learning', 'press-conference', 'pilot-project', 'study', 'communication', 'exchange', 'declaration', 'other'] as const;
export const ItemKind = z.enum(ITEM_KINDS, { error: (iss) => `"${String(iss.input)}" is not a kind; use one of ${ITEM_KINDS.join(', ')}` });

export const RoadmapItem = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: LocalizedText.optional(),
  kind: ItemKind,
  period: Period.optional(),
  status: Status.optional(),
  /** `example`: a city whose experience the item takes as a model (the source names it, it takes no part). */
  cities: z.array(z.strictObject({ city: Id, roles: z.array(z.enum(['host', 'pilot', 'participant', 'lead', 'transfer', 'example'])).min(1) })).default([]),
  organizations: z.array(OrganizationLink).default([]),
  /** The event that carried the item out, if recorded. */
  event: Id.optional(),
  sources: Sources,
});

/** A roadmap or action plan of a network: its span and items. */
export const Roadmap = z.strictObject({
  id: Id,
  title: LocalizedText,
  network: Id,
  period: Period.optional(),
  /** The event that adopted it, if known. */
  adoptedAt: Id.optional(),
  sections: z.array(z.strictObject({ id: Id, title: LocalizedText, items: z.array(Id) })).optional(),
  items: z.array(RoadmapItem).default([]),
  sources: Sources,
});

/** Posts a person holds, as the sources name them. */
export const PERSON_POST_ROLES = ['mayor', 'co-chair'] as const;
export const PersonPostRole = z.enum(PERSON_POST_ROLES, {
  error: (iss) => `"${String(iss.input)}" is not a post; use one of ${PERSON_POST_ROLES.join(', ')}`,
});

/**
 * A post a person holds (Popolo's Post and the Membership that fills it, in one): the post, the
 * organisation it belongs to (a city's council, a network, or an organisation), the body within it
 * when the source names one, and dates. Sources rarely date a post: `attestedAt` names the event at
 * which the source shows the person in it, which dates the post no further than that event.
 */
export const PersonPost = z
  .strictObject({
    role: PersonPostRole,
    city: Id.optional(),
    network: Id.optional(),
    organization: Id.optional(),
    /** The body within the organisation or network ("international steering committee"). */
    body: LocalizedText.optional(),
    start: DateSpec.optional(),
    end: DateSpec.optional(),
    attestedAt: Id.optional(),
    sources: Sources,
  })
  .refine(PREDICATES.hasOneHolder, {
    error: 'a post belongs to exactly one of "city" (a mayor), "network" or "organization"; give one of them',
  });

/** A person the sources name with a role (Popolo Person): never more than the sources say. */
export const Person = z.strictObject({
  id: Id,
  name: LocalizedText,
  posts: z.array(PersonPost).min(1, { error: 'a person is recorded for a post the source gives; add at least one post' }),
  sources: Sources,
});

export const EVENT_PERSON_ROLES = ['organizer', 'speaker', 'participant'] as const;

export const Event = z.strictObject({
  id: Id,
  title: LocalizedText,
  kind: ItemKind,
  networks: z.array(Id).default([]),
  period: Period,
  place: z.strictObject({ city: Id.optional(), venue: LocalizedText.optional(), country: CountryCode.optional() }).optional(),
  theme: LocalizedText.optional(),
  description: LocalizedText.optional(),
  objectives: z.array(LocalizedText).default([]),
  agenda: z
    .array(
      z.strictObject({
        /** Local time, `HH:MM` or `HH:MM-HH:MM`. */
        time: z.string().regex(/^\d{2}:\d{2}(?:-\d{2}:\d{2})?$/, { error: 'expected a time "HH:MM" or "HH:MM-HH:MM"' }).optional(),
        date: DateSpec.optional(),
        title: LocalizedText,
        kind: z.enum(['session', 'break']).default('session'),
        points: z.array(LocalizedText).optional(),
      }),
    )
    .default([]),
  organizations: z.array(OrganizationLink).default([]),
  cities: z.array(z.strictObject({ city: Id, roles: z.array(z.enum(['host', 'participant', 'organizer'])).min(1) })).default([]),
  /** People the source names at the event, with what they did there. */
  people: z.array(z.strictObject({ person: Id, roles: z.array(z.enum(EVENT_PERSON_ROLES, { error: (iss) => `"${String(iss.input)}" is not a role at an event; use one of ${EVENT_PERSON_ROLES.join(', ')}` })).min(1) })).default([]),
  /** What the source reports a person said at the event, in its own (reported) words: never a quotation the source does not give. */
  statements: z
    .array(
      z.strictObject({
        person: Id,
        kind: z.enum(['opening-speech', 'address']).optional(),
        summary: LocalizedText,
        sources: Sources,
      }),
    )
    .default([]),
  /** Headline figures the source gives ("more than 25 participants"). */
  participation: LocalizedText.optional(),
  outcomes: z.array(LocalizedText).default([]),
  url: Url.optional(),
  corrections: z.array(Correction).optional(),
  sources: Sources,
});

/** The whole dataset. */
export const AtlasDocument = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, { error: 'expected "version": 1' }),
  defaultLanguage: LangTag.default(DEFAULT_LANGUAGE),
  title: LocalizedText.optional(),
  sources: z.array(Source).default([]),
  organizations: z.array(Organization).default([]),
  cities: z.array(City).default([]),
  networks: z.array(Network).default([]),
  memberships: z.array(Membership).default([]),
  vocabularies: z.array(Vocabulary).default([]),
  projects: z.array(Project).default([]),
  roadmaps: z.array(Roadmap).default([]),
  events: z.array(Event).default([]),
  people: z.array(Person).default([]),
});

export type Source = z.infer<typeof Source>;
export type Organization = z.infer<typeof Organization>;
export type OrganizationLink = z.infer<typeof OrganizationLink>;
export type City = z.infer<typeof City>;
export type Network = z.infer<typeof Network>;
export type Membership = z.infer<typeof Membership>;
export type MembershipRole = z.infer<typeof MembershipRole>;
export type Vocabulary = z.infer<typeof Vocabulary>;
export type Project = z.infer<typeof Project>;
export type RoadmapItem = z.infer<typeof RoadmapItem>;
export type Roadmap = z.infer<typeof Roadmap>;
export type Event = z.infer<typeof Event>;
export type Person = z.infer<typeof Person>;
export type PersonPost = z.infer<typeof PersonPost>;
export type ItemKind = z.infer<typeof ItemKind>;
export type Status = z.infer<typeof Status>;
export type AtlasDocument = z.infer<typeof AtlasDocument>;
/** The document as an author writes it (defaults not yet filled in). */
export type AtlasInput = z.input<typeof AtlasDocument>;

restoreCodegen();
