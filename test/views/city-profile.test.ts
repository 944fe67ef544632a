// The city profile view, on the default dataset: facts the sources state.
import { expect } from '@open-wc/testing';
import type { Atlas } from '../../src/atlas.js';
import { cityProfileView } from '../../src/views/city-profile.js';
import { defaultAtlas } from '../fixtures/atlas-of.js';

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

describe('cityProfileView', () => {
  it('Tangier: seat of the Moroccan network, partner of Strong Cities, pilot and participant of MC2CM', () => {
    const v = cityProfileView(atlas, 'tanger-ma', 'fr')!;
    expect(v.name.text).to.equal('Tanger');
    expect(v.country).to.equal('Maroc');
    const roles = Object.fromEntries(v.networks.map((n) => [n.id, n.roles]));
    expect(roles).to.deep.equal({ rmci: ['seat', 'host', 'pilot'], 'strong-cities': ['partner'], mc2cm: ['pilot', 'participant'] });
    // MC2CM: "depuis 2015"; the other memberships are not dated by the sources.
    expect(v.networks.find((n) => n.id === 'mc2cm')!.dates.map((d) => d.start?.datetime)).to.deep.equal(['2015']);
    expect(v.networks.find((n) => n.id === 'rmci')!.dates).to.deep.equal([]);
  });

  it('Tangier: its project, its mayor, its events and roadmap items in time order, its partners', () => {
    const v = cityProfileView(atlas, 'tanger-ma', 'ar')!;
    expect(v.name.text).to.equal('طنجة');
    expect(v.projects).to.include('tanger-accueil');
    expect(v.people.map((p) => p.id)).to.deep.equal(['mounir-lymouri']);
    expect(v.people[0]!.posts[0]).to.deep.include({ role: 'mayor' });
    const keys = v.timeline.map((e) => e.key);
    expect(keys).to.include.members(['event:mc2cm-peer-learning-tanger-2016', 'item:rmci-2019-anti-rumour-campaign', 'event:strong-cities-tanger-roundtable']);
    // Dated entries before the round table, whose year the source does not give.
    expect(keys.indexOf('event:mc2cm-peer-learning-tanger-2016')).to.be.below(keys.indexOf('item:rmci-2019-anti-rumour-campaign'));
    expect(keys.at(-1)).to.equal('event:strong-cities-tanger-roundtable');
    expect(v.timeline.find((e) => e.id === 'rmci-2019-anti-rumour-campaign')!.roles).to.deep.equal(['pilot']);
    expect(v.partners.map((p) => p.id)).to.include.members(['ampcc', 'anti-rumours-global']);
  });

  it('Rabat: its mayor co-chairs the Strong Cities international steering committee', () => {
    const v = cityProfileView(atlas, 'rabat-ma', 'en')!;
    const mayor = v.people.find((p) => p.id === 'asmaa-rhlalou')!;
    expect(mayor.posts.map((p) => p.role)).to.deep.equal(['mayor', 'co-chair']);
    expect(v.networks.find((n) => n.id === 'strong-cities')!.roles).to.deep.equal(['co-chair']);
  });

  it('Barcelona and Lisbon: named as examples for the Chefchaouen workshop', () => {
    for (const id of ['barcelona-es', 'lisbon-pt']) {
      const entry = cityProfileView(atlas, id, 'fr')!.timeline.find((e) => e.id === 'rmci-2019-workshop-exchange-spaces');
      expect(entry?.roles, id).to.deep.equal(['example']);
    }
  });

  it('Casablanca: lead city of the Arab coalition, with no start date (the source does not date the designation)', () => {
    const v = cityProfileView(atlas, 'casablanca-ma', 'fr')!;
    const arab = v.networks.find((n) => n.id === 'arab-coalition')!;
    expect(arab.roles).to.deep.equal(['lead']);
    expect(arab.dates).to.deep.equal([]);
  });

  it('an unknown city gives no view', () => {
    expect(cityProfileView(atlas, 'atlantis', 'fr')).to.equal(undefined);
  });
});
