// Documents that once froze pages (issue 9): many references to ids that do not exist but look
// like real ones, so that every one sends the "did you mean" search over every city. Used by
// test/node/suggest-budget.test.mjs (which counts the work) and bench/parse-slices.mjs (which times it).
import { rng } from './data.mjs';

/**
 * `n` cities with ids like `c-3fa9c2e1-17q`, one network, and `n` memberships, each naming a city
 * id one character away from a real one (`c-3fa9c2e1-17x`), which does not exist.
 */
export function badReferencesAtlas(n, seed = 9) {
  const r = rng(seed);
  const hex = () => Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0');
  const letter = () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)];
  const sources = ['s'];
  const cities = [];
  for (let i = 0; i < n; i++) {
    cities.push({ id: `c-${hex()}-${i}${letter()}`, name: { fr: `Ville ${i}` }, country: 'MA', coordinates: { lat: 35, lon: -5 }, sources });
  }
  const memberships = cities.map((c) => {
    let wrong = c.id.slice(0, -1) + letter();
    if (wrong === c.id) wrong = `${c.id.slice(0, -1)}${c.id.endsWith('z') ? 'y' : 'z'}`;
    return { city: wrong, network: 'net', roles: ['member'], sources };
  });
  return {
    version: 1,
    sources: [{ id: 's', title: { fr: 'Données générées' } }],
    networks: [{ id: 'net', name: { fr: 'Réseau' }, kind: 'network', sources }],
    cities,
    memberships,
  };
}
