/**
 * The atlases the stories show, built in the browser with `parseAtlas` (so every story is offline
 * and fast): the bundled default dataset, an empty network, long content, and many items (500
 * projects, 300 cities, 300 roadmap items). The generated names are placeholders, not data.
 */
import atlasDocument from '../../data/atlas.json' with { type: 'json' };
import { Atlas, ITEM_KINDS, parseAtlas, sdgTargets, STATUSES, type AtlasInput } from '../../src/index.js';

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

/** A deterministic pseudo-random sequence, so generated stories look the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COUNTRIES = ['MA', 'DZ', 'TN', 'LY', 'EG', 'PS', 'LB', 'JO', 'TR', 'GR', 'IT', 'FR', 'ES', 'PT', 'MT', 'CY', 'AL', 'HR', 'MR'];
const TERMS = ['welcome', 'participation', 'anti-discrimination', 'governance', 'education', 'health', 'work', 'housing'];
const TERM_LABELS: Record<string, [string, string, string]> = {
  welcome: ['Accueil', 'Welcome', 'الاستقبال'],
  participation: ['Participation', 'Participation', 'المشاركة'],
  'anti-discrimination': ['Lutte contre les discriminations', 'Fighting discrimination', 'مكافحة التمييز'],
  governance: ['Gouvernance', 'Governance', 'الحوكمة'],
  education: ['Éducation', 'Education', 'التعليم'],
  health: ['Santé', 'Health', 'الصحة'],
  work: ['Travail', 'Work', 'العمل'],
  housing: ['Logement', 'Housing', 'السكن'],
};

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function pickSome<T>(rand: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rand() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < Math.min(n, list.length)) out.add(pick(rand, list));
  return [...out];
}

/** A date at one of the precisions the data uses: year, month, day, a range, a day with no year, or none. */
function period(rand: () => number): { planned?: string; actual?: string } | undefined {
  const y = 2012 + Math.floor(rand() * 16);
  const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const forms = [`${y}`, `${y}-${m}`, `${y}-${m}-${d}`, `${y}/${y + 1}`, `${y}-${m}-${d}/${y}-${m}-${String(Number(d) + 1).padStart(2, '0')}`, `--${m}-${d}`];
  const r = rand();
  if (r < 0.06) return undefined;
  const date = pick(rand, forms);
  return r < 0.5 ? { planned: date } : { actual: date };
}

/** 300 cities in one network, 500 projects and a roadmap of 300 items. */
export const manyAtlas = memo(() => {
  const rand = random(2024);
  const targets = sdgTargets().map((t) => t.code);
  const cities = Array.from({ length: 300 }, (_, i) => ({
    id: `city-${i + 1}`,
    name: { fr: `Ville ${i + 1}`, en: `City ${i + 1}`, ar: `مدينة ${i + 1}` },
    country: COUNTRIES[i % COUNTRIES.length]!,
    coordinates: { lat: Math.round((29 + rand() * 16) * 1e4) / 1e4, lon: Math.round((-9 + rand() * 45) * 1e4) / 1e4 },
    sources: ['stories'],
  }));
  const cityIds = cities.map((c) => c.id);
  const projects = Array.from({ length: 500 }, (_, i) => ({
    id: `project-${i + 1}`,
    title: { fr: `Projet ${i + 1} pour l’inclusion des migrants`, en: `Project ${i + 1} for migrant inclusion`, ar: `المشروع ${i + 1} لإدماج المهاجرين` },
    network: 'many-network',
    cities: pickSome(rand, cityIds, 1, 3).map((city, k) => ({ city, roles: [k === 0 ? 'lead' : 'partner'] as ('lead' | 'partner')[] })),
    objective: { fr: `Objectif du projet ${i + 1}.`, en: `Objective of project ${i + 1}.` },
    activities: Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, k) => ({ fr: `Activité ${k + 1}`, en: `Activity ${k + 1}` })),
    sdgTargets: pickSome(rand, targets, 1, 3),
    policyAreas: pickSome(rand, TERMS, 1, 2),
    status: pick(rand, STATUSES),
    sources: ['stories'],
  }));
  const items = Array.from({ length: 300 }, (_, i) => {
    const p = period(rand);
    return {
      id: `item-${i + 1}`,
      title: { fr: `Étape ${i + 1} de la feuille de route`, en: `Roadmap step ${i + 1}`, ar: `المرحلة ${i + 1} من خارطة الطريق` },
      kind: pick(rand, ITEM_KINDS),
      ...(p ? { period: p } : {}),
      status: pick(rand, STATUSES),
      cities: pickSome(rand, cityIds, 0, 2).map((city) => ({ city, roles: ['host'] as 'host'[] })),
      sources: ['stories'],
    };
  });
  return atlasOf(
    {
      version: 1,
      defaultLanguage: 'fr',
      sources: SOURCE,
      cities,
      networks: [{ id: 'many-network', name: { fr: 'Grand réseau généré', en: 'Large generated network', ar: 'شبكة كبيرة مولدة' }, kind: 'network', policyVocabulary: 'many-terms', sources: ['stories'] }],
      memberships: cities.map((c, i) => ({ city: c.id, network: 'many-network', roles: [i === 0 ? 'lead' : 'member'] as ('lead' | 'member')[], sources: ['stories'] })),
      vocabularies: [{ id: 'many-terms', label: { fr: 'Domaines', en: 'Areas', ar: 'المجالات' }, network: 'many-network', terms: TERMS.map((id) => ({ id, label: { fr: TERM_LABELS[id]![0], en: TERM_LABELS[id]![1], ar: TERM_LABELS[id]![2] } })), sources: ['stories'] }],
      projects,
      roadmaps: [{ id: 'many-roadmap', title: { fr: 'Feuille de route générée', en: 'Generated roadmap', ar: 'خارطة طريق مولدة' }, network: 'many-network', period: { planned: '2012/2028' }, items, sources: ['stories'] }],
    } satisfies AtlasInput,
    'many',
  );
});

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
