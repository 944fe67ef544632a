/**
 * The legend of `<cw-city-map>` speaks the markers' words: on a network's map, its membership roles;
 * on a project's map, the roles in the project (`cityRole.*`), which are the names its markers and
 * its list give the cities. A project has no "member city".
 */
import { expect } from '@open-wc/testing';
import { cityMapView, MARKER_STYLES } from '../../src/views/city-map.js';
import { msg, type MessageKey } from '../../src/i18n/index.js';
import { smallAtlas } from '../fixtures/small-atlas.js';
import { atlasOf } from '../fixtures/atlas-of.js';

/** Names roles from the shared catalogue, as an element does with its loaded one. */
const named = (lang: string) => (kind: string, role: string) => msg(lang, `${kind}.${role}` as MessageKey);

/** The small atlas, with a project whose cities have every kind of project role but `host`. */
function withWideProject() {
  const doc = smallAtlas();
  doc.projects.push({
    id: 'wide',
    title: { fr: 'Projet à cinq villes' },
    network: 'mc2cm',
    cities: [
      { city: 'tanger-ma', roles: ['lead'] },
      { city: 'meknes-ma', roles: ['pilot'] },
      { city: 'casablanca-ma', roles: ['beneficiary'] },
      { city: 'sfax-tn', roles: ['transfer', 'partner'] },
      { city: 'beyrouth-lb', roles: ['partner'] },
    ],
    sources: ['seed-mc2cm'],
  } as (typeof doc.projects)[number]);
  return atlasOf(doc);
}

describe('views/city-map: the legend names the styles in the markers’ words', () => {
  const atlas = atlasOf(smallAtlas());

  it('on a project’s map, with the project’s role names, not the network’s (no “member city”)', () => {
    const en = cityMapView(atlas, { project: 'vivre-ensemble' }, 'en', undefined, named('en'));
    // Tétouan leads, Casablanca is a partner: drawn as a lead and as the style of every other role.
    expect(en.legend).to.deep.equal([
      { style: 'lead', name: 'Lead city' },
      { style: 'member', name: 'Partner city' },
    ]);
    expect(cityMapView(atlas, { project: 'vivre-ensemble' }, 'fr', undefined, named('fr')).legend.map((l) => l.name)).to.deep.equal(['Ville chef de file', 'Ville partenaire']);
    expect(cityMapView(atlas, { project: 'vivre-ensemble' }, 'ar', undefined, named('ar')).legend.map((l) => l.name)).to.deep.equal(['مدينة رائدة', 'مدينة شريكة']);
    // The names the markers and the list give the cities of each style.
    for (const c of en.cities) expect(en.legend.find((l) => l.style === c.markerStyle)!.name).to.equal(c.roleNames.join(', '));
  });

  it('asks the namer for project roles only, and keeps the style keys and their order', () => {
    const asked: string[] = [];
    const view = cityMapView(withWideProject(), { project: 'wide' }, 'en', undefined, (kind, role) => {
      asked.push(kind);
      return named('en')(kind, role);
    });
    expect(new Set(asked)).to.include('cityRole');
    expect(view.legend.map((l) => l.style)).to.deep.equal(['lead', 'pilot', 'member']);
    expect(view.legend.every((l) => (MARKER_STYLES as readonly string[]).includes(l.style))).to.equal(true);
    expect(view.legend.map((l) => l.name)).to.not.include('Member city');
  });

  it('names a style that stands for several project roles by all of them, most responsible first, as a list of the reader’s language', () => {
    const wide = withWideProject();
    expect(cityMapView(wide, { project: 'wide' }, 'en', undefined, named('en')).legend.map((l) => l.name)).to.deep.equal([
      'Lead city',
      'Pilot city',
      'Partner city, Transfer city, Beneficiary city',
    ]);
    expect(cityMapView(wide, { project: 'wide' }, 'fr', undefined, named('fr')).legend.map((l) => l.name)).to.deep.equal([
      'Ville chef de file',
      'Ville pilote',
      'Ville partenaire, Ville de transfert et Ville bénéficiaire',
    ]);
    // Arabic lists with «،» and «و» written against the next word.
    expect(cityMapView(wide, { project: 'wide' }, 'ar', undefined, named('ar')).legend[2]!.name).to.equal('مدينة شريكة، ومدينة نقل التجربة، ومدينة مستفيدة');
    // Without a namer, the roles' ids.
    expect(cityMapView(wide, { project: 'wide' }, 'en').legend.map((l) => l.name)).to.deep.equal(['lead', 'pilot', 'partner, transfer, beneficiary']);
  });

  it('on a network’s map, with the membership roles, as before', () => {
    const view = cityMapView(atlas, { network: 'rmci' }, 'en', undefined, named('en'));
    expect(view.legend).to.deep.equal([
      { style: 'coordinator', name: 'Coordinating city' },
      { style: 'pilot', name: 'Pilot city' },
      { style: 'member', name: 'Member city' },
    ]);
  });
});
