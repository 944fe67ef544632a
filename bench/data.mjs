// Seeded generator of the benchmark data: one atlas document (cityweave's own input format) holding
// N cities around the Mediterranean, a network they all belong to, and a roadmap of N items whose
// dates come at mixed precisions (year, month, day, ranges, a few with no year). Every benchmark
// page, cityweave's and the alternatives', loads the same document and adapts it itself.
//
//   node bench/data.mjs 1000 > atlas.json     the document for N = 1000
//   node bench/data.mjs --check               validates N = 100, 1000, 5000 with dist/src (after a build)

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same data everywhere. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Anchor cities on or near the Mediterranean: name, ISO country, latitude, longitude (approximate). */
const ANCHORS = [
  ['Tanger', 'MA', 35.77, -5.8],
  ['Tétouan', 'MA', 35.57, -5.37],
  ['Oujda', 'MA', 34.68, -1.91],
  ['Oran', 'DZ', 35.7, -0.63],
  ['Alger', 'DZ', 36.75, 3.06],
  ['Annaba', 'DZ', 36.9, 7.77],
  ['Tunis', 'TN', 36.81, 10.18],
  ['Sousse', 'TN', 35.83, 10.64],
  ['Sfax', 'TN', 34.74, 10.76],
  ['Tripoli', 'LY', 32.89, 13.19],
  ['Benghazi', 'LY', 32.12, 20.07],
  ['Alexandrie', 'EG', 31.2, 29.92],
  ['Port-Saïd', 'EG', 31.26, 32.3],
  ['Gaza', 'PS', 31.5, 34.47],
  ['Tel Aviv', 'IL', 32.08, 34.78],
  ['Amman', 'JO', 31.95, 35.93],
  ['Beyrouth', 'LB', 33.89, 35.5],
  ['Saïda', 'LB', 33.56, 35.37],
  ['Tripoli (Liban)', 'LB', 34.44, 35.83],
  ['Lattaquié', 'SY', 35.52, 35.78],
  ['Nicosie', 'CY', 35.17, 33.36],
  ['Mersin', 'TR', 36.8, 34.63],
  ['Antalya', 'TR', 36.9, 30.7],
  ['Izmir', 'TR', 38.42, 27.14],
  ['Istanbul', 'TR', 41.01, 28.98],
  ['Athènes', 'GR', 37.98, 23.73],
  ['Thessalonique', 'GR', 40.64, 22.94],
  ['Tirana', 'AL', 41.33, 19.82],
  ['Split', 'HR', 43.51, 16.44],
  ['La Valette', 'MT', 35.9, 14.51],
  ['Palerme', 'IT', 38.12, 13.36],
  ['Naples', 'IT', 40.85, 14.27],
  ['Rome', 'IT', 41.9, 12.5],
  ['Gênes', 'IT', 44.41, 8.93],
  ['Nice', 'FR', 43.7, 7.27],
  ['Marseille', 'FR', 43.3, 5.37],
  ['Montpellier', 'FR', 43.61, 3.88],
  ['Barcelone', 'ES', 41.39, 2.17],
  ['Valence', 'ES', 39.47, -0.38],
  ['Málaga', 'ES', 36.72, -4.42],
];

const KINDS = ['meeting', 'conference', 'roundtable', 'workshop', 'colloquium', 'campaign', 'peer-learning', 'press-conference', 'pilot-project', 'study', 'communication', 'exchange', 'declaration', 'other'];
const KIND_FR = {
  meeting: 'Réunion',
  conference: 'Conférence',
  roundtable: 'Table ronde',
  workshop: 'Atelier',
  colloquium: 'Colloque',
  campaign: 'Campagne',
  'peer-learning': 'Apprentissage entre pairs',
  'press-conference': 'Conférence de presse',
  'pilot-project': 'Projet pilote',
  study: 'Étude',
  communication: 'Communication',
  exchange: 'Échange',
  declaration: 'Déclaration',
  other: 'Action',
};
const STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'];
const ROLES = ['host', 'pilot', 'participant', 'lead', 'transfer'];
const FIRST_YEAR = 2012;
const LAST_YEAR = 2030;

export const NETWORK_ID = 'bench-net';
export const ROADMAP_ID = 'bench-roadmap';
/** The kind the "change one filter" update selects. */
export const FILTER_KIND = 'workshop';
/** The country the map's "change one filter" update keeps (its cities, by id). */
export const FILTER_COUNTRY = 'FR';

const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const pad = (n) => String(n).padStart(2, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A date string at a random precision, as cityweave's schema writes them: `2019`, `2019-04`,
 * `2019-04-05`, a day range `2019-04-05/2019-04-07`, a year range `2019/2021`, or `--11-27` (year
 * unknown, about 3 %).
 */
function randomDate(r) {
  const year = FIRST_YEAR + Math.floor(r() * (LAST_YEAR - FIRST_YEAR + 1));
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * DAYS[month - 1]);
  const p = r();
  if (p < 0.2) return { text: String(year), precision: 'year' };
  if (p < 0.45) return { text: `${year}-${pad(month)}`, precision: 'month' };
  if (p < 0.7) return { text: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  if (p < 0.85) {
    const end = Math.min(DAYS[month - 1], day + 1 + Math.floor(r() * 3));
    return { text: `${year}-${pad(month)}-${pad(day)}/${year}-${pad(month)}-${pad(end)}`, precision: 'day-range' };
  }
  if (p < 0.97) {
    const end = Math.min(LAST_YEAR, year + 1 + Math.floor(r() * 3));
    return { text: `${year}/${end}`, precision: 'year-range' };
  }
  return { text: `--${pad(month)}-${pad(day)}`, precision: 'no-year' };
}

/** The atlas document (cityweave's input format, valid against its schema) for N cities and N items. */
export function generateAtlas(n, seed = 20240615) {
  const r = rng(seed + n);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const sources = ['bench-source'];

  const cities = [];
  for (let i = 0; i < n; i++) {
    const [name, country, lat, lon] = ANCHORS[i % ANCHORS.length];
    const round = Math.floor(i / ANCHORS.length);
    // The anchors themselves first, then places scattered around them (up to ±0.8°).
    const jitter = round === 0 ? 0 : 0.8;
    const label = round === 0 ? name : `${name} ${round + 1}`;
    cities.push({
      id: `${slug(label)}-${country.toLowerCase()}`,
      name: { fr: label, en: label },
      country,
      coordinates: {
        lat: Math.round((lat + (r() * 2 - 1) * jitter) * 1e4) / 1e4,
        lon: Math.round((lon + (r() * 2 - 1) * jitter) * 1e4) / 1e4,
      },
      sources,
    });
  }

  const organizations = Array.from({ length: 12 }, (_, i) => ({
    id: `org-${i + 1}`,
    name: { fr: `Organisation ${i + 1}`, en: `Organisation ${i + 1}` },
    acronym: { fr: `ORG${i + 1}` },
    kind: pick(['ngo', 'agency', 'programme', 'local-government-association']),
    sources,
  }));

  const items = [];
  const precisions = {};
  for (let i = 0; i < n; i++) {
    const kind = pick(KINDS);
    const city = cities[Math.floor(r() * n)];
    const date = randomDate(r);
    precisions[date.precision] = (precisions[date.precision] ?? 0) + 1;
    const period = r() < 0.5 ? { planned: date.text } : { actual: date.text };
    const itemCities = [{ city: city.id, roles: [pick(ROLES)] }];
    if (r() < 0.3) {
      const other = cities[Math.floor(r() * n)];
      if (other.id !== city.id) itemCities.push({ city: other.id, roles: ['participant'] });
    }
    const item = {
      id: `item-${i + 1}`,
      title: { fr: `${KIND_FR[kind]} ${i + 1} à ${city.name.fr}`, en: `${kind} ${i + 1} in ${city.name.en}` },
      kind,
      period,
      status: pick(STATUSES),
      cities: itemCities,
      organizations: r() < 0.4 ? [{ organization: pick(organizations).id, roles: ['organizer'] }] : [],
      sources,
    };
    if (r() < 0.3) item.description = { fr: `Description de l'action ${i + 1}, générée pour le banc d'essai.` };
    items.push(item);
  }

  return {
    version: 1,
    defaultLanguage: 'fr',
    title: { fr: `Banc d'essai (${n})` },
    sources: [{ id: 'bench-source', title: { fr: 'Données générées pour le banc d’essai' } }],
    organizations,
    cities,
    networks: [{ id: NETWORK_ID, name: { fr: 'Réseau du banc d’essai', en: 'Benchmark network' }, kind: 'network', sources }],
    memberships: cities.map((c) => ({ city: c.id, network: NETWORK_ID, roles: ['member'], sources })),
    roadmaps: [
      {
        id: ROADMAP_ID,
        title: { fr: 'Feuille de route du banc d’essai', en: 'Benchmark roadmap' },
        network: NETWORK_ID,
        period: { planned: `${FIRST_YEAR}/${LAST_YEAR}` },
        items,
        sources,
      },
    ],
    events: [],
  };
}

/** How many items have each date precision (for the README). */
export function precisionCounts(doc) {
  const counts = {};
  for (const it of doc.roadmaps[0].items) {
    const t = it.period.actual ?? it.period.planned;
    const p = t.startsWith('--') ? 'no-year' : t.includes('/') ? (t.length > 9 ? 'day-range' : 'year-range') : t.length === 4 ? 'year' : t.length === 7 ? 'month' : 'day';
    counts[p] = (counts[p] ?? 0) + 1;
  }
  return counts;
}

const isMain = import.meta.url === new URL(process.argv[1] ?? '', 'file:').href;
if (isMain) {
  const arg = process.argv[2];
  if (arg === '--check') {
    const { parseAtlas } = await import('../dist/src/index.js');
    for (const n of [100, 1000, 5000]) {
      const doc = generateAtlas(n);
      const res = parseAtlas(doc);
      const ids = new Set(doc.cities.map((c) => c.id));
      console.log(`N=${n}: ${res.ok ? 'valid' : `INVALID: ${JSON.stringify(res.issues.slice(0, 3))}`}; ${ids.size} distinct city ids; ${JSON.stringify(precisionCounts(doc))}; ${(JSON.stringify(doc).length / 1024).toFixed(0)} KiB`);
      if (!res.ok) process.exitCode = 1;
    }
  } else {
    process.stdout.write(JSON.stringify(generateAtlas(Number(arg) || 100)));
  }
}

const TARGETS = ['1.4', '4.7', '5.1', '8.8', '10.2', '10.3', '10.7', '11.1', '11.3', '11.7', '16.1', '16.7', '16.b', '17.9', '17.17'];
const PROJECT_ROLES = ['lead', 'partner', 'pilot', 'beneficiary', 'host', 'transfer'];

/**
 * An atlas document of N projects (with 40 cities, one network, 12 organisations): each project has
 * a title and an objective in two languages, three activities, one or two cities, SDG targets,
 * partners and a period, about the size of a real record. For the parsing benchmark
 * (bench/parse-scale.mjs), where the projects are what grows.
 */
export function generateProjectsAtlas(n, seed = 20240615) {
  const base = generateAtlas(ANCHORS.length, seed);
  const r = rng(seed + n * 7);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const cities = base.cities;
  const projects = [];
  for (let i = 0; i < n; i++) {
    const city = pick(cities);
    const other = pick(cities);
    const year = FIRST_YEAR + Math.floor(r() * 10);
    projects.push({
      id: `project-${i + 1}`,
      title: { fr: `Projet ${i + 1} pour l'inclusion à ${city.name.fr}`, en: `Project ${i + 1} for inclusion in ${city.name.en}` },
      network: NETWORK_ID,
      cities: other.id === city.id ? [{ city: city.id, roles: [pick(PROJECT_ROLES)] }] : [{ city: city.id, roles: ['lead'] }, { city: other.id, roles: [pick(PROJECT_ROLES)] }],
      objective: { fr: `Renforcer l'accueil des personnes migrantes à ${city.name.fr} par des services municipaux adaptés (${i + 1}).`, en: `Strengthen the reception of migrants in ${city.name.en} through adapted municipal services (${i + 1}).` },
      activities: [1, 2, 3].map((k) => ({ fr: `Activité ${k} du projet ${i + 1} : ateliers, formations et échanges entre pairs.` })),
      results: [{ fr: `Résultat attendu du projet ${i + 1}.` }],
      sdgTargets: [...new Set([pick(TARGETS), pick(TARGETS), pick(TARGETS)])],
      organizations: [{ organization: pick(base.organizations).id, roles: ['funder'] }],
      period: { planned: `${year}/${year + 1 + Math.floor(r() * 3)}` },
      status: pick(STATUSES),
      sources: ['bench-source'],
    });
  }
  return { ...base, title: { fr: `Banc d'essai (${n} projets)` }, roadmaps: [], projects };
}
