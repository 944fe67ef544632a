import { expect } from '@open-wc/testing';
import type { Atlas } from '../../src/atlas.js';
import { projectCardView, projectCities, projectCountries, projectSdgTargets } from '../../src/views/project-card.js';
import { atlasOf } from '../fixtures/atlas-of.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

async function fixture(): Promise<any> {
  return (await fetch(new URL('../fixtures/project-atlas.json', import.meta.url))).json();
}

describe('projectCardView', () => {
  let atlas: Atlas;
  before(async () => {
    atlas = atlasOf(await fixture());
  });

  it('gives undefined for an unknown project', () => {
    expect(projectCardView(atlas, 'nowhere')).to.equal(undefined);
  });

  it('lists the cities with the most responsible role first, keeping their roles', () => {
    const view = projectCardView(atlas, 'tanger-accueil')!;
    expect(view.cities.map((c) => [c.city.id, c.roles])).to.deep.equal([
      ['tanger-ma', ['lead']],
      ['oujda-ma', ['transfer']],
    ]);
  });

  it('merges a city listed twice and orders its roles', () => {
    const doc = atlasOf(
      (() => {
        const d: any = { version: 1, sources: [{ id: 's', title: { fr: 'S' } }], cities: [], networks: [{ id: 'n', name: { fr: 'N' }, kind: 'network', sources: ['s'] }] };
        d.cities.push({ id: 'a-ma', name: { fr: 'A' }, country: 'MA', coordinates: { lat: 0, lon: 0 }, sources: ['s'] });
        d.cities.push({ id: 'b-tn', name: { fr: 'B' }, country: 'TN', coordinates: { lat: 0, lon: 0 }, sources: ['s'] });
        d.projects = [
          {
            id: 'p',
            title: { fr: 'P' },
            network: 'n',
            cities: [
              { city: 'b-tn', roles: ['beneficiary'] },
              { city: 'a-ma', roles: ['partner'] },
              { city: 'b-tn', roles: ['pilot'] },
            ],
            countries: ['TN', 'LB'],
            sources: ['s'],
          },
        ];
        return d;
      })(),
    );
    const p = doc.project('p')!;
    expect(projectCities(doc, p).map((c) => [c.city.id, c.roles])).to.deep.equal([
      ['b-tn', ['pilot', 'beneficiary']],
      ['a-ma', ['partner']],
    ]);
    expect(projectCountries(doc, p)).to.deep.equal(['TN', 'MA', 'LB']);
    expect(projectCardView(doc, 'p')!.otherCountries).to.deep.equal(['LB']);
  });

  it('orders SDG targets by catalogue code, not as strings, and ties corrections to them', () => {
    const view = projectCardView(atlas, 'tanger-accueil')!;
    expect(view.sdgTargets.map((s) => s.code)).to.deep.equal(['10.2', '10.7', '16.6', '16.b', '17.9']);
    const corrected = view.sdgTargets.find((s) => s.code === '16.6')!;
    expect(corrected.correction?.asWritten).to.equal('16.16');
    expect(view.sdgTargets.find((s) => s.code === '10.7')!.correction).to.equal(undefined);
    expect(view.sdgTargets[0]!.goal?.code).to.equal('10');
  });

  it('classifies corrections by what they are about', () => {
    const view = projectCardView(atlas, 'tanger-accueil')!;
    expect(view.corrections).to.have.length(1);
    expect(view.corrections[0]!.subject).to.equal('sdg-target');
    expect(view.corrections[0]!.corrected).to.equal('16.6');
  });

  it('labels policy areas from the network vocabulary, in the project’s order', () => {
    const view = projectCardView(atlas, 'tanger-accueil')!;
    expect(view.policyAreas.map((a) => [a.id, a.label?.en])).to.deep.equal([
      ['participation', 'Access to social and political participation'],
      ['welcome-instruments', 'Implementing welcome instruments'],
    ]);
    expect(view.policyVocabularyLabel?.fr).to.equal('Recommandations politiques MC2CM');
  });

  it('separates funders from partners', () => {
    const view = projectCardView(atlas, 'tanger-accueil')!;
    expect(view.funders.map((o) => o.organization.id)).to.deep.equal(['eu']);
    expect(view.funders[0]!.note?.en).to.equal('Funded by the European Union');
    expect(view.partners.map((o) => [o.organization.id, o.roles])).to.deep.equal([
      ['icmpd', ['implementer']],
      ['cies', ['partner']],
    ]);
  });

  it('shows the actual period before the planned one, and the status', () => {
    const view = projectCardView(atlas, 'tanger-accueil')!;
    expect(view.period?.type).to.equal('actual');
    expect(view.period?.range.start).to.deep.include({ year: 2019, month: 4 });
    expect(view.status).to.equal('completed');
    const planned = projectCardView(atlas, 'liban-gouvernance')!;
    expect(planned.period?.type).to.equal('planned');
    expect(planned.period?.range.start.precision).to.equal('year');
    expect(projectCardView(atlas, 'beyrouth-protection')!.period).to.equal(undefined);
  });

  it('names the network, the project’s countries without a city, and leaves absent facts out', () => {
    const view = projectCardView(atlas, 'liban-gouvernance')!;
    expect(view.network?.id).to.equal('mc2cm');
    expect(view.cities).to.deep.equal([]);
    expect(view.countries).to.deep.equal(['LB']);
    expect(view.otherCountries).to.deep.equal(['LB']);
    expect(view.acronym).to.equal(undefined);
    expect(view.subtitle).to.equal(undefined);
    expect(view.activities).to.deep.equal([]);
    expect(view.corrections).to.deep.equal([]);
  });

  it('keeps a target listed once even when a correction names it by value', () => {
    const p: any = { sdgTargets: ['16.6', '10.7'], corrections: [{ field: 'sdgTargets', asWritten: '16.16', corrected: '16.6', reason: { fr: 'r' } }] };
    const out = projectSdgTargets(p);
    expect(out.map((s) => s.code)).to.deep.equal(['10.7', '16.6']);
    expect(out[1]!.correction?.asWritten).to.equal('16.16');
  });
});
