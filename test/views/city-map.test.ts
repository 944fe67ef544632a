import { expect } from '@open-wc/testing';
import { checkCityMapScope, cityMapView, markerStyleOf, parseCityIds } from '../../src/views/city-map.js';
import { countryName, msg, type MessageKey } from '../../src/i18n/index.js';
import { smallAtlas } from '../fixtures/small-atlas.js';
import { atlasOf } from '../fixtures/atlas-of.js';

/** Names roles from the shared catalogue, as an element does with its loaded one. */
const named = (lang: string) => (kind: string, role: string) => msg(lang, `${kind}.${role}` as MessageKey);

describe('views/city-map', () => {
  const atlas = atlasOf(smallAtlas());

  it('reads a cities attribute: commas or spaces, blanks and duplicates dropped', () => {
    expect(parseCityIds(' tanger-ma, sfax-tn,,tanger-ma  beyrouth-lb ')).to.deep.equal(['tanger-ma', 'sfax-tn', 'beyrouth-lb']);
    expect(parseCityIds('')).to.deep.equal([]);
    expect(parseCityIds(null)).to.deep.equal([]);
  });

  it('shows a network’s members with their merged roles, grouped by country', () => {
    const view = cityMapView(atlas, { network: 'rmci' }, 'fr');
    expect(view.scope).to.equal('network');
    expect(view.rolesOf).to.equal('membership');
    expect(view.title).to.deep.equal({ text: 'Réseau marocain des villes interculturelles', lang: 'fr' });
    expect(view.cityCount).to.equal(3);
    expect(view.countryCount).to.equal(1);
    expect(view.groups.map((g) => g.country)).to.deep.equal(['MA']);
    expect(view.groups[0]!.countryName).to.equal('Maroc');
    // sorted by name in the reader's language (Meknès, Tanger, Tétouan)
    expect(view.cities.map((c) => c.id)).to.deep.equal(['meknes-ma', 'tanger-ma', 'tetouan-ma']);
    const tanger = view.cities.find((c) => c.id === 'tanger-ma')!;
    expect(tanger.roles).to.deep.equal(['coordinator', 'member']);
    expect(view.cities.find((c) => c.id === 'meknes-ma')!.roles).to.deep.equal(['pilot']);
  });

  it('lists the other networks of each city, not the one in scope', () => {
    const view = cityMapView(atlas, { network: 'rmci' }, 'fr');
    const tanger = view.cities.find((c) => c.id === 'tanger-ma')!;
    expect(tanger.otherNetworks.map((n) => n.id)).to.deep.equal(['mc2cm']);
    expect(tanger.otherNetworks[0]!.label.text).to.equal('MC2CM');
    expect(tanger.otherNetworks[0]!.name.text).to.equal('Migration de ville à ville en Méditerranée');
    expect(view.cities.find((c) => c.id === 'tetouan-ma')!.otherNetworks).to.deep.equal([]);
  });

  it('counts projects: all of a city’s, and those of the network in scope', () => {
    const view = cityMapView(atlas, { network: 'rmci' }, 'fr');
    const tanger = view.cities.find((c) => c.id === 'tanger-ma')!;
    expect(tanger.projectCount).to.equal(1); // tanger-accueil (mc2cm)
    expect(tanger.networkProjectCount).to.equal(0);
    const meknes = view.cities.find((c) => c.id === 'meknes-ma')!;
    expect(meknes.projectCount).to.equal(1);
    expect(meknes.networkProjectCount).to.equal(1);
  });

  it('names countries in the reader’s language and sorts the groups by those names', () => {
    const ids = ['beyrouth-lb', 'sfax-tn', 'tanger-ma', 'casablanca-ma'];
    const fr = cityMapView(atlas, { cities: ids }, 'fr');
    expect(fr.groups.map((g) => g.countryName)).to.deep.equal(['Liban', 'Maroc', 'Tunisie']);
    const en = cityMapView(atlas, { cities: ids }, 'en');
    expect(en.groups.map((g) => g.countryName)).to.deep.equal(['Lebanon', 'Morocco', 'Tunisia']);
    const ar = cityMapView(atlas, { cities: ids }, 'ar');
    expect(ar.groups.map((g) => g.country)).to.deep.equal(['MA', 'TN', 'LB']); // المغرب، تونس، لبنان
    expect(ar.groups[0]!.countryName).to.equal('المغرب');
    expect(countryName('QM', 'fr')).to.equal('QM'); // no name: the code itself
    expect(countryName('MA', 'not a tag!')).to.be.a('string');
  });

  it('resolves names in the reader’s language and says when a name is a fallback', () => {
    const en = cityMapView(atlas, { cities: ['tanger-ma', 'tetouan-ma'] }, 'en');
    expect(en.cities.find((c) => c.id === 'tanger-ma')!.name).to.deep.equal({ text: 'Tangier', lang: 'en' });
    expect(en.cities.find((c) => c.id === 'tetouan-ma')!.name).to.deep.equal({ text: 'Tétouan', lang: 'fr' });
    const ar = cityMapView(atlas, { cities: ['tanger-ma'] }, 'ar-MA');
    expect(ar.cities[0]!.name).to.deep.equal({ text: 'طنجة', lang: 'ar' });
  });

  it('shows a project’s cities with their project roles and its network as context', () => {
    const view = cityMapView(atlas, { project: 'vivre-ensemble' }, 'fr');
    expect(view.scope).to.equal('project');
    expect(view.rolesOf).to.equal('project');
    expect(view.network?.id).to.equal('mc2cm');
    expect(view.title?.text).to.equal('Ériger le vivre-ensemble');
    expect(view.cities.map((c) => [c.id, c.roles])).to.deep.equal([
      ['casablanca-ma', ['partner']],
      ['tetouan-ma', ['lead']],
    ]);
    // Casablanca is in the Arab coalition, not in MC2CM: it is listed as another network
    expect(view.cities[0]!.otherNetworks.map((n) => n.id)).to.deep.equal(['arab-coalition']);
    expect(view.cities[0]!.networkProjectCount).to.equal(1);
  });

  it('shows a list of ids with the roles of each city in each of its networks, every network as "other"', () => {
    const view = cityMapView(atlas, { cities: ['tanger-ma', 'sfax-tn'] }, 'fr', undefined, named('fr'));
    expect(view.scope).to.equal('cities');
    expect(view.rolesOf).to.equal('networks');
    expect(view.title).to.equal(undefined);
    expect(view.network).to.equal(undefined);
    const tanger = view.cities.find((c) => c.id === 'tanger-ma')!;
    // Its roles in MC2CM (member, then lead) and in the RMCI (member, coordinator), merged, most responsible first.
    expect(tanger.roles).to.deep.equal(['lead', 'coordinator', 'member']);
    expect(tanger.networkRoles.map((n) => [n.network.id, n.roles])).to.deep.equal([
      ['mc2cm', ['lead', 'member']],
      ['rmci', ['coordinator', 'member']],
    ]);
    expect(tanger.networkRoles[1]!.roleNames).to.deep.equal(['Ville coordinatrice', 'Ville membre']);
    expect(tanger.markerStyle).to.equal('lead');
    expect(cityMapView(atlas, { cities: ['tanger-ma'] }, 'ar', undefined, named('ar')).cities[0]!.networkRoles[1]!.roleNames[0]).to.equal('مدينة منسِّقة');
    expect(tanger.otherNetworks.map((n) => n.id)).to.deep.equal(['mc2cm', 'rmci']);
    expect(tanger.networkProjectCount).to.equal(undefined);
    expect(view.countryCount).to.equal(2);
  });

  it('narrows a network to the ids given with both', () => {
    const view = cityMapView(atlas, { network: 'rmci', cities: ['tanger-ma', 'sfax-tn'] }, 'fr');
    expect(view.cities.map((c) => c.id)).to.deep.equal(['tanger-ma']);
    expect(view.cities[0]!.roles).to.deep.equal(['coordinator', 'member']);
  });

  it('ranks cities for the map: most responsible roles, then most projects', () => {
    const view = cityMapView(atlas, { network: 'mc2cm' }, 'fr');
    const byRank = [...view.cities].sort((a, b) => a.rank - b.rank).map((c) => c.id);
    expect(byRank[0]).to.equal('tanger-ma'); // lead
    expect(new Set(view.cities.map((c) => c.rank)).size).to.equal(view.cities.length);
  });

  it('gives an empty view for a network with no members', () => {
    const view = cityMapView(atlas, { network: 'iccar' }, 'en');
    expect(view.cityCount).to.equal(0);
    expect(view.groups).to.deep.equal([]);
  });

  it('checks the scope and suggests ids for a typo', () => {
    expect(checkCityMapScope(atlas, { network: 'rmci' })).to.deep.equal({ ok: true });
    expect(checkCityMapScope(atlas, { network: 'rmc' })).to.deep.include({ ok: false, kind: 'network', id: 'rmc' });
    const p = checkCityMapScope(atlas, { project: 'vivre-ensembl' });
    expect(p).to.deep.equal({ ok: false, kind: 'project', id: 'vivre-ensembl', suggestions: ['vivre-ensemble'] });
    const c = checkCityMapScope(atlas, { cities: ['tanger-ma', 'tetuan-ma'] });
    expect(c).to.deep.equal({ ok: false, kind: 'city', id: 'tetuan-ma', suggestions: ['tetouan-ma'] });
  });

  it('builds the view of 2 000 cities in well under a second', () => {
    const doc = smallAtlas();
    for (let i = 0; i < 2000; i++) {
      doc.cities.push({ id: `c-${i}`, name: { fr: `Ville ${i}` }, country: ['MA', 'TN', 'FR', 'ES', 'LB'][i % 5], coordinates: { lat: 30 + (i % 20), lon: -5 + (i % 40) }, sources: ['seed-rmci'] });
      doc.memberships.push({ city: `c-${i}`, network: 'rmci', roles: ['member'], sources: ['seed-rmci'] });
    }
    const big = atlasOf(doc);
    const t0 = performance.now();
    const view = cityMapView(big, { network: 'rmci' }, 'fr');
    const ms = performance.now() - t0;
    expect(view.cityCount).to.equal(2003);
    expect(view.countryCount).to.equal(5);
    // numeric collation: Ville 2 before Ville 10
    const fr = view.groups.find((g) => g.country === 'FR')!.cities.map((c) => c.name.text);
    expect(fr.indexOf('Ville 2')).to.be.below(fr.indexOf('Ville 12'));
    expect(ms).to.be.below(2000); // a guard against quadratic work, not a benchmark
  });

  it('gives each city a marker style from its most responsible role, and a legend of the styles shown, in order and named', () => {
    expect(markerStyleOf([])).to.equal('member');
    expect(markerStyleOf(['partner', 'pilot'])).to.equal('pilot');
    expect(markerStyleOf(['member', 'co-chair', 'host'])).to.equal('coordinator');
    expect(markerStyleOf(['beneficiary', 'lead'])).to.equal('lead');
    const view = cityMapView(atlas, { network: 'rmci' }, 'en', undefined, named('en'));
    const styles = new Set(view.cities.map((c) => c.markerStyle));
    // Tanger coordinates, Meknès is a pilot, Tétouan a member.
    expect(view.legend.map((l) => l.style)).to.deep.equal(['coordinator', 'pilot', 'member']);
    expect([...styles].sort()).to.deep.equal(['coordinator', 'member', 'pilot']);
    expect(view.legend.map((l) => l.name)).to.deep.equal(['Coordinating city', 'Pilot city', 'Member city']);
    expect(view.cities.find((c) => c.id === 'meknes-ma')!.roleNames).to.deep.equal(['Pilot city']);
    expect(cityMapView(atlas, { network: 'rmci' }, 'ar', undefined, named('ar')).legend[0]!.name).to.equal('مدينة منسِّقة');
    // Without a namer, the roles' ids.
    expect(cityMapView(atlas, { network: 'rmci' }, 'en').legend.map((l) => l.name)).to.deep.equal(['coordinator', 'pilot', 'member']);
  });

  it('on the bundled data, Tanger’s own map gives its roles in each network (issue 14)', async () => {
    const doc = await (await fetch(new URL('../../data/atlas.json', import.meta.url))).json();
    const real = atlasOf(doc);
    const tanger = cityMapView(real, { cities: ['tanger-ma'] }, 'en', undefined, named('en')).cities[0]!;
    const roles = new Map(tanger.networkRoles.map((n) => [n.network.id, n.roles]));
    // The seat of the Moroccan network, a partner of Strong Cities, a pilot and participant of MC2CM.
    expect(roles.get('rmci')).to.include('seat');
    expect(roles.get('strong-cities')).to.deep.equal(['partner']);
    expect(roles.get('mc2cm')).to.have.members(['pilot', 'participant']);
    expect(tanger.roles[0]).to.equal('seat');
    expect(tanger.markerStyle).to.equal('seat');
  });
});
