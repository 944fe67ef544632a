// The bundled dataset validates, and the queries return facts anyone can check in the source
// documents (../shared/seeds): who leads and coordinates, which cities an action-plan item names,
// which SDG targets an MC2CM action lists, and the corrections recorded where a source is wrong.
import { expect } from '@open-wc/testing';
import type { Atlas } from '../src/atlas.js';
import { defaultAtlas } from './fixtures/atlas-of.js';

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

const cityIds = (list: { city: { id: string } }[]) => list.map((m) => m.city.id).sort();
const rolesOf = (network: string, city: string) => atlas.membersOf(network).find((m) => m.city.id === city)?.roles ?? [];

describe('default dataset', () => {
  it('validates and holds every kind of record', () => {
    const d = atlas.document;
    expect(d.networks.map((n) => n.id).sort()).to.deep.equal(['arab-coalition', 'iccar', 'mc2cm', 'rmci', 'strong-cities', 'strong-cities-mena']);
    expect(d.projects).to.have.length(15);
    expect(d.cities.length).to.be.at.least(29);
  });

  it('every record names a source document that exists', () => {
    const d = atlas.document;
    const records = [...d.organizations, ...d.cities, ...d.networks, ...d.memberships, ...d.projects, ...d.roadmaps, ...d.events];
    for (const r of records) for (const s of r.sources) expect(atlas.source(s), s).to.exist;
  });

  it('Arab coalition: Casablanca lead city, Essaouira and Nouakchott coordinators, under ICCAR (seed 000)', () => {
    expect(rolesOf('arab-coalition', 'casablanca-ma')).to.include('lead');
    expect(rolesOf('arab-coalition', 'essaouira-ma')).to.include('coordinator');
    expect(rolesOf('arab-coalition', 'nouakchott-mr')).to.include('coordinator');
    expect(atlas.parentOf('arab-coalition')?.id).to.equal('iccar');
    // The coordinators' election year is not given: it must not be invented.
    const essaouira = atlas.membersOf('arab-coalition').find((m) => m.city.id === 'essaouira-ma')!;
    expect(essaouira.memberships.every((m) => m.start === undefined)).to.equal(true);
  });

  it('RMCI: Tanger is the seat; the anti-rumour campaign is piloted by Tanger and extended to Tiznit, Nador, Oujda (seed 001)', () => {
    expect(rolesOf('rmci', 'tanger-ma')).to.include('seat');
    const plan = atlas.roadmap('rmci-action-plan-2019-2020')!;
    const campaign = plan.items.find((i) => i.kind === 'campaign')!;
    expect(campaign.cities.find((c) => c.roles.includes('pilot'))?.city).to.equal('tanger-ma');
    expect(campaign.cities.filter((c) => c.roles.includes('transfer')).map((c) => c.city).sort()).to.deep.equal(['nador-ma', 'oujda-ma', 'tiznit-ma']);
    expect(campaign.organizations.map((o) => o.organization)).to.include('anti-rumours-global');
    const meetings = plan.items.find((i) => i.cities.some((c) => c.city === 'agadir-ma'))!;
    expect(meetings.cities.map((c) => c.city).sort()).to.deep.equal(['agadir-ma', 'casablanca-ma', 'tiznit-ma']);
    expect(plan.items.find((i) => i.kind === 'colloquium')?.cities.map((c) => c.city)).to.deep.equal(['meknes-ma']);
  });

  it('MC2CM: TangerAccueil lists the six SDG targets of the brochure; the Rabat action is corrected from 17.8 to 17.18 (seed 003)', () => {
    expect([...atlas.project('tanger-accueil')!.sdgTargets].sort()).to.deep.equal(['10.2', '10.7', '11.3', '16.7', '17.17', '17.9']);
    const rabat = atlas.project('rabat-evidence-based-policies')!;
    expect(rabat.sdgTargets).to.include('17.18');
    expect(rabat.corrections?.some((c) => c.asWritten === '17.8' && c.corrected === '17.18')).to.equal(true);
    const gi = atlas.project('gouvernance-interculturalite')!;
    expect(gi.corrections?.map((c) => `${c.asWritten}>${c.corrected}`).sort()).to.deep.equal(['16.16>16.6', '17.19>17.9']);
  });

  it('MC2CM: the nine cities of the peer-learning series take part since 2015 (seed 004)', () => {
    const since2015 = atlas.membersOf('mc2cm').filter((m) => m.memberships.some((x) => x.start === '2015'));
    expect(cityIds(since2015)).to.deep.equal(['amman-jo', 'beirut-lb', 'lisbon-pt', 'lyon-fr', 'madrid-es', 'tanger-ma', 'tunis-tn', 'turin-it', 'vienna-at']);
  });

  it('queries combine: MC2CM projects in Morocco on target 17.9, found by text without accents', () => {
    const ids = atlas.projects({ network: 'mc2cm', sdgTarget: '17.9', country: 'MA' }).map((p) => p.id).sort();
    expect(ids).to.include.members(['nador-vivre-ensemble', 'tanger-accueil']);
    expect(ids).to.not.include('amman-public-space');
    expect(atlas.projects({ text: 'tetouan' }).map((p) => p.id)).to.include('eriger-vivre-ensemble');
    expect(atlas.projects({ city: 'nador-ma' }).map((p) => p.id).sort()).to.deep.equal(['nador-sociale-durable', 'nador-vivre-ensemble']);
  });

  it('a city belongs to several networks: Tanger is in RMCI, Strong Cities and MC2CM', () => {
    const nets = atlas.membershipsOf('tanger-ma').map((m) => m.network.id).sort();
    expect(nets).to.include.members(['mc2cm', 'rmci', 'strong-cities']);
  });

  it('timeline of the Arab coalition: launch 2008, Tunis April 2017, Rabat 5 April 2018, in that order', () => {
    const ids = atlas.timeline({ network: 'arab-coalition' }).map((e) => e.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('arab-coalition-launch-2008')).to.be.within(0, at('arab-coalition-tunis-2017') - 1);
    expect(at('arab-coalition-tunis-2017')).to.be.below(at('arab-coalition-rabat-2018'));
  });

  it('the Tanger roundtable keeps its unknown year and sorts after dated entries', () => {
    const entries = atlas.timeline({ network: 'strong-cities-mena' });
    const t = entries.find((e) => e.id === 'strong-cities-tanger-roundtable')!;
    expect(t.date?.start.year).to.equal(undefined);
    expect(t.date?.start.day).to.equal(27);
    expect(t.date?.end.day).to.equal(28);
  });

  it('SDG coverage of MC2CM counts projects per target', () => {
    const cov = atlas.sdgCoverage('mc2cm');
    const t107 = cov.targets.find((t) => t.target.code === '10.7')!;
    const expected = atlas.document.projects.filter((p) => p.sdgTargets.includes('10.7')).length;
    expect(t107.projects).to.have.length(expected);
    expect(expected).to.be.greaterThan(3);
    expect(cov.goals.map((g) => g.goal.code)).to.include.members(['4', '5', '10', '11', '16', '17']);
  });
});
