/**
 * People as the views show them (`event.ts`, `city-profile.ts`): a name and the posts the sources
 * give, each with what it is a post of (a city, a network and its body, an organisation), and, at an
 * event, their roles there and what the source reports they said. Texts resolved for the reader.
 */
import type { Atlas } from '../atlas.js';
import { resolveText, type ResolvedText } from '../i18n/index.js';
import type { Event, LocalizedText, Person, PersonPost } from '../schema/index.js';

export interface ViewPost {
  role: PersonPost['role'];
  /** The city, network or organisation the post belongs to. */
  of?: ResolvedText;
  ofKind: 'city' | 'network' | 'organization';
  body?: ResolvedText;
}

export interface ViewPerson {
  id: string;
  name: ResolvedText;
  posts: ViewPost[];
  /** At an event: the person's roles there. */
  roles: string[];
  /** At an event: what the source reports the person said. */
  statements: Array<{ kind?: 'opening-speech' | 'address'; summary: ResolvedText }>;
}

/** A person for a reader of `lang`, with their posts, and at an event their roles and statements. */
export function peopleEntry(atlas: Atlas, person: Person, lang: string, at?: { roles: readonly string[]; statements: Event['statements'] }): ViewPerson {
  const r = (t: LocalizedText | undefined) => resolveText(t, lang, atlas.defaultLanguage);
  return {
    id: person.id,
    name: r(person.name)!,
    posts: person.posts.map((post) => {
      const out: ViewPost = { role: post.role, ofKind: post.city !== undefined ? 'city' : post.network !== undefined ? 'network' : 'organization' };
      const of =
        post.city !== undefined ? atlas.city(post.city)?.name : post.network !== undefined ? atlas.network(post.network)?.name : atlas.organization(post.organization ?? '')?.name;
      const ofText = r(of);
      if (ofText) out.of = ofText;
      const body = r(post.body);
      if (body) out.body = body;
      return out;
    }),
    roles: [...(at?.roles ?? [])],
    statements: (at?.statements ?? []).map((s) => {
      const out: ViewPerson['statements'][number] = { summary: r(s.summary)! };
      if (s.kind !== undefined) out.kind = s.kind;
      return out;
    }),
  };
}
