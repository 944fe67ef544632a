/**
 * The atlases the stories show, built in the browser with `parseAtlas` (so every story is offline
 * and fast): the bundled default dataset, an empty network, long content, and many items (500
 * projects, 300 cities, 300 roadmap items). The generated names are placeholders, not data.
 */
import atlasDocument from '../../data/atlas.json' with { type: 'json' };
import { Atlas, ITEM_KINDS, parseAtlas, sdgTargets, STATUSES, type AtlasInput } from '../../src/index.js';
import { manyItemsAtlas } from '../../test/fixtures/synthetic-atlas.mjs';

function atlasOf(doc: unknown, what: string): Atlas {
  const result = parseAtlas(doc);
  if (!result.ok) throw new Error(`stories: the ${what} atlas is invalid: ${result.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.atlas;
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The bundled default dataset (`data/atlas.json`). */
export const defaultAtlas = memo(() => atlasOf(atlasDocument, 'default'));

const SOURCE = [{ id: 'stories', title: { fr: 'Données inventées pour Storybook', en: 'Data made up for Storybook' } }];

/** A network with no member cities, no projects, no roadmap and no events. */
export const emptyAtlas = memo(() =>
  atlasOf(
    {
      version: 1,
      defaultLanguage: 'fr',
      sources: SOURCE,
      networks: [{ id: 'empty-network', name: { fr: 'Réseau sans données', en: 'Network with no data', ar: 'شبكة بلا بيانات' }, kind: 'network', sources: ['stories'] }],
    } satisfies AtlasInput,
    'empty',
  ),
);

/** 300 cities in one network, 500 projects and a roadmap of 300 items (test/fixtures/synthetic-atlas.mjs). */
export const manyAtlas = memo(() =>
  atlasOf(
    manyItemsAtlas({ targets: sdgTargets().map((t) => t.code), kinds: ITEM_KINDS, statuses: STATUSES }),
    'many',
  ),
);

const LONG_WORDS =
  'Renforcer la coordination entre les autorités locales, les services publics déconcentrés, les associations de migrants et les organisations de la société civile pour un accueil digne et durable';

/** Long texts everywhere: a project with 40 activities, 25 results and 12 SDG targets; long city names; a long roadmap entry. */
export const longAtlas = memo(() => {
  const cityNames = [
    'Saint-Jean-de-la-Ruelle-sur-Méditerranée',
    'Ksar El Kébir et ses communes rurales voisines',
    'Aïn Témouchent',
    'Sidi Bou Saïd',
    'Tanger-Assilah',
    'Marsa Matrouh',
  ];
  const cities = cityNames.map((name, i) => ({
    id: `long-city-${i + 1}`,
    name: { fr: name, en: name },
    country: ['FR', 'MA', 'DZ', 'TN', 'MA', 'EG'][i]!,
    coordinates: { lat: [43.3, 35.0, 35.3, 36.87, 35.77, 31.35][i]!, lon: [5.37, -5.9, -1.14, 10.34, -5.8, 27.23][i]! },
    sources: ['stories'],
  }));
  return atlasOf(
    {
      version: 1,
      defaultLanguage: 'fr',
      sources: SOURCE,
      organizations: Array.from({ length: 8 }, (_, i) => ({
        id: `long-org-${i + 1}`,
        name: { fr: `Organisation partenaire numéro ${i + 1} pour la coopération décentralisée en Méditerranée` },
        sources: ['stories'],
      })),
      cities,
      networks: [{ id: 'long-network', name: { fr: `Réseau au nom très long : ${LONG_WORDS}`, en: 'A network with a very long name, to see how every component wraps it' }, kind: 'network', sources: ['stories'] }],
      memberships: cities.map((c, i) => ({ city: c.id, network: 'long-network', roles: i === 0 ? (['lead', 'coordinator', 'seat'] as const).slice() : (['member'] as const).slice(), sources: ['stories'] })),
      projects: [
        {
          id: 'long-project',
          title: { fr: `${LONG_WORDS} (projet pilote au titre particulièrement long)`, en: 'A pilot project whose title is long enough to wrap over several lines in every layout' },
          acronym: 'RCALSPDAMOSCADD',
          subtitle: { fr: 'Un sous-titre qui, lui aussi, prend de la place sur plusieurs lignes' },
          network: 'long-network',
          cities: cities.map((c, i) => ({ city: c.id, roles: i === 0 ? (['lead', 'pilot'] as ('lead' | 'pilot')[]) : (['partner'] as 'partner'[]) })),
          objective: { fr: `${LONG_WORDS}. ${LONG_WORDS}. ${LONG_WORDS}.` },
          activities: Array.from({ length: 40 }, (_, i) => ({ fr: `Activité ${i + 1} : ${LONG_WORDS.slice(0, 40 + ((i * 37) % 120))}` })),
          results: Array.from({ length: 25 }, (_, i) => ({ fr: `Résultat attendu ${i + 1} : ${LONG_WORDS.slice(0, 30 + ((i * 53) % 140))}` })),
          sdgTargets: ['1.4', '4.7', '5.1', '5.5', '8.8', '10.2', '10.3', '10.7', '11.1', '11.3', '16.7', '16.b'],
          organizations: Array.from({ length: 8 }, (_, i) => ({ organization: `long-org-${i + 1}`, roles: [i < 2 ? 'funder' : 'partner'] as ('funder' | 'partner')[] })),
          period: { planned: '2019-01/2023-12', actual: '2019-04/2024-06' },
          status: 'ongoing',
          sources: ['stories'],
        },
      ],
      roadmaps: [
        {
          id: 'long-roadmap',
          title: { fr: `Feuille de route : ${LONG_WORDS}` },
          network: 'long-network',
          period: { planned: '2019/2021' },
          items: [
            {
              id: 'long-item',
              title: { fr: `${LONG_WORDS} — première étape` },
              description: { fr: `${LONG_WORDS}. ${LONG_WORDS}.` },
              kind: 'workshop',
              period: { planned: '2019-11-27/2019-11-28' },
              cities: cities.map((c) => ({ city: c.id, roles: ['participant'] as 'participant'[] })),
              organizations: Array.from({ length: 8 }, (_, i) => ({ organization: `long-org-${i + 1}`, roles: ['co-organizer'] as 'co-organizer'[] })),
              sources: ['stories'],
            },
            { id: 'long-item-2', title: { fr: 'Étape suivante' }, kind: 'meeting', period: { planned: '2020' }, sources: ['stories'] },
          ],
          sources: ['stories'],
        },
      ],
    } satisfies AtlasInput,
    'long',
  );
});

/** The atlases a story can pick (`atlas` control). */
export const ATLASES = {
  'default data': defaultAtlas,
  empty: emptyAtlas,
  'long content': longAtlas,
  'many items': manyAtlas,
} as const;
export type AtlasName = keyof typeof ATLASES;
