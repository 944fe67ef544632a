// schema.org JSON-LD export, on the default dataset (facts checkable in the sources).
import { expect } from '@open-wc/testing';
import type { Atlas } from '../src/atlas.js';
import { cityJsonLd, eventJsonLd, networkJsonLd, projectJsonLd } from '../src/jsonld.js';
import { loadSdgTitles } from '../src/sdg.js';
import { defaultAtlas } from './fixtures/atlas-of.js';

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

// JSON-LD is read as loose JSON in these assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

describe('JSON-LD export', () => {
  it('a city: schema.org City with coordinates, country and its name in the requested language', () => {
    const ld = cityJsonLd(atlas, atlas.city('tanger-ma')!, 'ar') as Obj;
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('City');
    expect(ld.name).to.equal('طنجة');
    expect(ld.inLanguage).to.equal('ar');
    expect(ld.geo).to.deep.include({ '@type': 'GeoCoordinates' });
    expect(ld.geo.latitude).to.be.closeTo(35.76, 0.1);
    expect(ld.address.addressCountry).to.equal('MA');
    expect(ld.alternateName).to.include('Tanger');
  });

  it('a network: Organization with its members as roles, its parent and founding', () => {
    const ld = networkJsonLd(atlas, atlas.network('arab-coalition')!, 'fr') as Obj;
    expect(ld['@type']).to.equal('Organization');
    expect(ld.parentOrganization.name).to.match(/Coalition internationale/);
    expect(ld.foundingDate).to.equal('2008');
    const casablanca = ld.member.find((m: Obj) => m.member.areaServed.name === 'Casablanca');
    expect(casablanca['@type']).to.equal('OrganizationRole');
    expect(casablanca.roleName).to.include('lead');
    // The source dates the coalition's launch (2008), not Casablanca's designation as lead city.
    expect(casablanca).to.not.have.property('startDate');
    expect(ld.member).to.have.length(atlas.membersOf('arab-coalition').length);
  });

  it('a project: Project with its SDG targets as UN URIs (named once their titles are loaded), funder and cities', async () => {
    const unnamed = projectJsonLd(atlas, atlas.project('tanger-accueil')!, 'en') as Obj;
    expect(unnamed.about.find((a: Obj) => a.identifier === '10.7')).to.not.have.property('name');
    await loadSdgTitles('en');
    const ld = projectJsonLd(atlas, atlas.project('tanger-accueil')!, 'en') as Obj;
    expect(ld['@type']).to.equal('Project');
    expect(ld.alternateName).to.equal('TangerAccueil');
    expect(ld.about.map((a: Obj) => a['@id'])).to.include('http://metadata.un.org/sdg/10.7');
    expect(ld.about.find((a: Obj) => a.identifier === '10.7').name).to.match(/migration/i);
    expect(ld.funder.map((f: Obj) => f.name)).to.include('European Union');
    expect(ld.areaServed.map((c: Obj) => c.name)).to.deep.equal(['Tangier']);
  });

  it('an event: dates at their precision, place, and no date at all when the year is unknown', () => {
    const tunis = eventJsonLd(atlas, atlas.event('arab-coalition-tunis-2017')!, 'fr') as Obj;
    expect(tunis['@type']).to.equal('Event');
    expect(tunis.startDate).to.equal('2017-04-06');
    expect(tunis.endDate).to.equal('2017-04-07');
    expect(tunis.location.address.addressLocality).to.equal('Tunis');
    const tanger = eventJsonLd(atlas, atlas.event('strong-cities-tanger-roundtable')!, 'fr') as Obj;
    expect(tanger).to.not.have.property('startDate');
    expect(tanger.location.address.addressCountry).to.equal('MA');
  });

  it('marks the language of a value that is a translation or a fallback, and leaves texts written in the page’s language plain', () => {
    const fr = projectJsonLd(atlas, atlas.project('tanger-accueil')!, 'fr') as Obj;
    expect(fr.name, 'French, the language of the sources').to.be.a('string');
    const ar = projectJsonLd(atlas, atlas.project('tanger-accueil')!, 'ar') as Obj;
    expect(ar.name).to.deep.equal({ '@value': atlas.project('tanger-accueil')!.title['ar-t-fr'], '@language': 'ar-t-fr' });
    expect(ar.description['@language']).to.equal('ar-t-fr');
    // A city's name is its name in each language, not a translation.
    expect(cityJsonLd(atlas, atlas.city('tanger-ma')!, 'ar').name).to.equal('طنجة');
    const fallback = projectJsonLd(atlas, atlas.project('tanger-accueil')!, 'de') as Obj;
    expect(fallback.name['@language'], 'a German page gets the English translation, marked').to.equal('en-t-fr');
  });

  it('serialises to JSON without undefined fields or empty lists', () => {
    const text = JSON.stringify(projectJsonLd(atlas, atlas.project('gouvernance-interculturalite')!, 'fr'));
    const back = JSON.parse(text) as Obj;
    expect(back).to.not.have.property('areaServed');
    for (const v of Object.values(back)) expect(v).to.not.equal(null);
  });
});
