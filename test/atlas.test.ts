import { expect } from '@open-wc/testing';
import type { Atlas } from '../src/atlas.js';
import { smallAtlas } from './fixtures/small-atlas.js';
import { atlasOf } from './fixtures/atlas-of.js';
import { generateAtlas } from './fixtures/synthetic-atlas.mjs';
import { compareRanges, dateKey, rangeSortKey } from '../src/dates.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);

describe('Atlas', () => {
  const atlas = atlasOf(smallAtlas());

  describe('records by id', () => {
    it('finds each kind of record', () => {
      expect(atlas.network('mc2cm')!.kind).to.equal('programme');
      expect(atlas.city('tetouan-ma')!.name.fr).to.equal('Tétouan');
      expect(atlas.project('sfax-coordination')!.acronym).to.equal('ACMALS');
      expect(atlas.organization('eu')!.name.en).to.equal('European Union');
      expect(atlas.source('seed-rmci')!.publisher).to.equal('coe');
      expect(atlas.event('rmci-launch')!.place!.city).to.equal('tetouan-ma');
      expect(atlas.roadmap('rmci-roadmap')!.items).to.have.length(6);
      expect(atlas.vocabulary('mc2cm-policy-recommendations')!.terms).to.have.length(5);
    });

    it('finds a roadmap item with its roadmap', () => {
      const found = atlas.roadmapItem('rmci-forum')!;
      expect(found.item.title.fr).to.equal('Forum annuel');
      expect(found.roadmap.id).to.equal('rmci-roadmap');
    });

    it('gives undefined for unknown ids', () => {
      expect(atlas.city('tetouan')).to.equal(undefined);
      expect(atlas.network('')).to.equal(undefined);
      expect(atlas.roadmapItem('nowhere')).to.equal(undefined);
      expect(atlas.project('constructor')).to.equal(undefined);
    });

    it('fills in the defaults of the schema', () => {
      expect(atlas.defaultLanguage).to.equal('fr');
      expect(atlas.network('arab-coalition')!.organizations).to.deep.equal([]);
      expect(atlas.project('meknes-diversite')!.policyAreas).to.deep.equal([]);
    });
  });

  describe('lists', () => {
    it('lists every kind in document order', () => {
      expect(ids(atlas.networks())).to.deep.equal(['iccar', 'arab-coalition', 'mc2cm', 'rmci']);
      expect(atlas.cities()).to.have.length(6);
      expect(ids(atlas.events())).to.deep.equal(['rmci-launch', 'arab-coalition-conference', 'mc2cm-peer-learning', 'rmci-day']);
      expect(ids(atlas.roadmaps())).to.deep.equal(['rmci-roadmap']);
      expect(ids(atlas.organizations())).to.deep.equal(['icmpd', 'eu', 'coe', 'unesco']);
      expect(ids(atlas.projects())).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'vivre-ensemble', 'meknes-diversite']);
    });

    it('returns new arrays that a caller may sort', () => {
      const cities = atlas.cities();
      cities.reverse();
      expect(atlas.cities()[0]!.id).to.equal('tanger-ma');
      const projects = atlas.projects({ network: 'mc2cm' });
      projects.pop();
      expect(atlas.projects({ network: 'mc2cm' })).to.have.length(3);
    });

    it('is immutable', () => {
      expect(Object.isFrozen(atlas.document)).to.equal(true);
      expect(Object.isFrozen(atlas.document.cities)).to.equal(true);
      expect(Object.isFrozen(atlas.city('tanger-ma')!.name)).to.equal(true);
      expect(() => {
        (atlas.city('tanger-ma') as any).country = 'ES';
      }).to.throw(TypeError);
      expect(atlas.city('tanger-ma')!.country).to.equal('MA');
    });

    it('freezes every object and array of its document, however deep', () => {
      const unfrozen: string[] = [];
      const walk = (v: unknown, path: string): void => {
        if (v === null || typeof v !== 'object') return;
        if (!Object.isFrozen(v)) unfrozen.push(path);
        for (const [k, child] of Object.entries(v)) walk(child, `${path}.${k}`);
      };
      walk(atlas.document, 'document');
      expect(unfrozen).to.deep.equal([]);
    });
  });

  describe('network hierarchy', () => {
    it('gives parent, children and ancestors', () => {
      expect(atlas.parentOf('arab-coalition')!.id).to.equal('iccar');
      expect(atlas.parentOf('iccar')).to.equal(undefined);
      expect(atlas.parentOf('nowhere')).to.equal(undefined);
      expect(ids(atlas.childrenOf('iccar'))).to.deep.equal(['arab-coalition']);
      expect(atlas.childrenOf('mc2cm')).to.deep.equal([]);
      expect(ids(atlas.ancestorsOf('arab-coalition'))).to.deep.equal(['iccar']);
      expect(atlas.ancestorsOf('iccar')).to.deep.equal([]);
    });

    it('gives ancestors nearest first', () => {
      const doc = smallAtlas();
      doc.networks[3].parent = 'arab-coalition';
      const deep = atlasOf(doc);
      expect(ids(deep.ancestorsOf('rmci'))).to.deep.equal(['arab-coalition', 'iccar']);
      expect(ids(deep.childrenOf('arab-coalition'))).to.deep.equal(['rmci']);
    });
  });

  describe('memberships', () => {
    it('gives one entry per member city with roles merged in a stable order', () => {
      const members = atlas.membersOf('mc2cm');
      expect(members.map((m) => m.city.id)).to.deep.equal(['tanger-ma', 'sfax-tn']);
      expect(members[0]!.roles).to.deep.equal(['lead', 'member']);
      expect(members[0]!.memberships.map((m) => m.start)).to.deep.equal(['2015', '2018']);
      expect(members[1]!.roles).to.deep.equal(['member']);
      expect(atlas.membersOf('rmci').map((m) => [m.city.id, m.roles])).to.deep.equal([
        ['tetouan-ma', ['member']],
        ['tanger-ma', ['coordinator', 'member']],
        ['meknes-ma', ['pilot']],
      ]);
      expect(atlas.membersOf('arab-coalition')[0]!.roles).to.deep.equal(['seat', 'member']);
      expect(atlas.membersOf('nowhere')).to.deep.equal([]);
    });

    it('gives the networks of a city', () => {
      const of = atlas.membershipsOf('tanger-ma');
      expect(of.map((m) => [m.network.id, m.roles, m.memberships.length])).to.deep.equal([
        ['mc2cm', ['lead', 'member'], 2],
        ['rmci', ['coordinator', 'member'], 1],
      ]);
      expect(atlas.membershipsOf('beyrouth-lb')[0]!.memberships[0]!.end).to.equal('2012');
      expect(atlas.membershipsOf('nowhere')).to.deep.equal([]);
    });
  });

  describe('projects', () => {
    it('filters by each criterion', () => {
      expect(ids(atlas.projects({ network: 'mc2cm' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'vivre-ensemble']);
      expect(ids(atlas.projects({ city: 'tanger-ma' }))).to.deep.equal(['tanger-accueil']);
      expect(ids(atlas.projects({ city: 'casablanca-ma' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ sdgGoal: '16' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'vivre-ensemble']);
      expect(ids(atlas.projects({ sdgGoal: '10' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'meknes-diversite']);
      expect(ids(atlas.projects({ sdgTarget: '16.b' }))).to.deep.equal(['tanger-accueil', 'vivre-ensemble']);
      expect(ids(atlas.projects({ policyArea: 'multilevel-governance' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination']);
      expect(ids(atlas.projects({ country: 'TN' }))).to.deep.equal(['sfax-coordination']);
      expect(ids(atlas.projects({ country: 'MA' }))).to.deep.equal(['tanger-accueil', 'vivre-ensemble', 'meknes-diversite']);
    });

    it('counts what it would list (countProjects), for every kind of filter', () => {
      const filters = [
        {},
        { city: 'tanger-ma' },
        { city: 'tanger-ma', network: 'mc2cm' },
        { city: 'tanger-ma', network: 'rmci' },
        { network: 'mc2cm', sdgGoal: '16', country: 'MA' },
        { sdgTarget: '16.b' },
        { country: 'TN', policyArea: 'multilevel-governance' },
        { city: 'nowhere' },
        { city: '' },
        { text: 'migr' },
        { text: 'migr', network: 'mc2cm', lang: 'fr' },
      ];
      for (const f of filters) expect(atlas.countProjects(f), JSON.stringify(f)).to.equal(atlas.projects(f).length);
      // Not only zeros: the filters above reach several counts.
      expect(new Set(filters.map((f) => atlas.countProjects(f))).size).to.be.greaterThan(3);
    });

    it('combines criteria', () => {
      expect(ids(atlas.projects({ network: 'mc2cm', sdgGoal: '16', country: 'MA' }))).to.deep.equal(['tanger-accueil', 'vivre-ensemble']);
      expect(ids(atlas.projects({ city: 'sfax-tn', sdgGoal: '10', policyArea: 'multilevel-governance' }))).to.deep.equal(['sfax-coordination']);
      expect(ids(atlas.projects({ sdgTarget: '10.7', sdgGoal: '16', policyArea: 'welcome-instruments' }))).to.deep.equal(['tanger-accueil']);
      expect(ids(atlas.projects({ network: 'rmci', sdgGoal: '16' }))).to.deep.equal([]);
      expect(ids(atlas.projects({ sdgGoal: '10', text: 'tanger' }))).to.deep.equal(['tanger-accueil']);
    });

    it('finds nothing for unknown values and ignores empty ones', () => {
      expect(atlas.projects({ city: 'nowhere' })).to.deep.equal([]);
      expect(atlas.projects({ sdgTarget: '16.16' })).to.deep.equal([]);
      expect(atlas.projects({ sdgGoal: '18' })).to.deep.equal([]);
      expect(atlas.projects({ city: '', text: '  ' })).to.have.length(4);
    });

    it('searches text whatever the accents', () => {
      expect(ids(atlas.projects({ text: 'tetouan' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ text: 'MEKNES' }))).to.deep.equal(['meknes-diversite']);
      expect(ids(atlas.projects({ text: 'eriger' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ text: 'cohesion sociale' }))).to.deep.equal(['vivre-ensemble']);
    });

    it('searches title, acronym, subtitle, objective, activities, results and city names', () => {
      expect(ids(atlas.projects({ text: 'acmals' }))).to.deep.equal(['sfax-coordination']);
      expect(ids(atlas.projects({ text: 'guichet' }))).to.deep.equal(['tanger-accueil']);
      expect(ids(atlas.projects({ text: 'centre operationnel' }))).to.deep.equal(['sfax-coordination']);
      expect(ids(atlas.projects({ text: 'tangier' }))).to.deep.equal(['tanger-accueil']);
      expect(ids(atlas.projects({ text: 'casablanca' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ text: 'accueil sfax' }))).to.deep.equal(['sfax-coordination']);
    });

    it('searches Arabic with hamza, harakat and alef variants', () => {
      for (const query of ['الدار البيضاء', 'ٱلدار ٱلبيضاء', 'الدَّار البَيْضَاء', 'البيضا']) {
        expect(ids(atlas.projects({ text: query })), query).to.deep.equal(['vivre-ensemble']);
      }
      expect(ids(atlas.projects({ text: 'ادماج' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ text: 'الأحياء' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ text: 'مدينه الإستقبال' }))).to.deep.equal(['tanger-accueil']);
    });

    it('searches the reader’s language, falling back to the others where a text lacks it', () => {
      expect(ids(atlas.projects({ text: 'ادماج', lang: 'ar' }))).to.deep.equal(['vivre-ensemble']);
      expect(ids(atlas.projects({ text: 'ادماج', lang: 'fr' }))).to.deep.equal([]);
      expect(ids(atlas.projects({ text: 'reception centre', lang: 'en' }))).to.deep.equal(['sfax-coordination']);
      expect(ids(atlas.projects({ text: 'reception centre', lang: 'fr' }))).to.deep.equal([]);
      // No English objective anywhere: the French one is what an English reader sees.
      expect(ids(atlas.projects({ text: 'ameliorer', lang: 'en-GB' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'vivre-ensemble']);
      // City names count in every language.
      expect(ids(atlas.projects({ text: 'الدار البيضاء', lang: 'fr' }))).to.deep.equal(['vivre-ensemble']);
    });

    it('gives the projects of a city', () => {
      expect(ids(atlas.projectsOfCity('tetouan-ma'))).to.deep.equal(['vivre-ensemble']);
      expect(atlas.projectsOfCity('beyrouth-lb')).to.deep.equal([]);
    });
  });

  describe('citiesOf', () => {
    it('gives the cities of a network, of a project, or by ids', () => {
      expect(ids(atlas.citiesOf({ network: 'rmci' }))).to.deep.equal(['tetouan-ma', 'tanger-ma', 'meknes-ma']);
      expect(ids(atlas.citiesOf({ project: 'vivre-ensemble' }))).to.deep.equal(['tetouan-ma', 'casablanca-ma']);
      expect(ids(atlas.citiesOf({ ids: ['sfax-tn', 'tanger-ma', 'nowhere', 'sfax-tn'] }))).to.deep.equal(['sfax-tn', 'tanger-ma']);
      expect(atlas.citiesOf()).to.have.length(6);
    });

    it('intersects criteria', () => {
      expect(ids(atlas.citiesOf({ network: 'rmci', project: 'vivre-ensemble' }))).to.deep.equal(['tetouan-ma']);
      expect(ids(atlas.citiesOf({ ids: ['sfax-tn', 'tanger-ma', 'meknes-ma'], network: 'mc2cm' }))).to.deep.equal(['sfax-tn', 'tanger-ma']);
      expect(atlas.citiesOf({ network: 'nowhere' })).to.deep.equal([]);
    });
  });

  describe('policyArea', () => {
    it('finds a term through the network or the vocabulary', () => {
      expect(atlas.policyArea('mc2cm', 'access-to-education')!.label.fr).to.equal('Accès à l’éducation');
      expect(atlas.policyArea('mc2cm-policy-recommendations', 'welcome-instruments')!.id).to.equal('welcome-instruments');
      expect(atlas.policyArea('mc2cm', 'housing')).to.equal(undefined);
      expect(atlas.policyArea('rmci', 'access-to-education')).to.equal(undefined);
      expect(atlas.policyArea('nowhere', 'access-to-education')).to.equal(undefined);
    });
  });

  describe('timeline', () => {
    it('orders a network’s items and events by date, at mixed precisions, undated last', () => {
      const entries = atlas.timeline({ network: 'rmci' });
      expect(entries.map((e) => [e.type, e.id, e.date?.text, e.dateType])).to.deep.equal([
        ['item', 'rmci-study', '2017', 'planned'],
        ['item', 'rmci-training', '2017-04', 'planned'],
        ['item', 'rmci-kickoff', '2017-04-05', 'actual'],
        ['item', 'rmci-campaign', '2018/2019', 'planned'],
        ['item', 'rmci-forum', '--11-27', 'planned'],
        ['event', 'rmci-day', '--11-28', 'actual'],
        ['item', 'rmci-undated', undefined, undefined],
      ]);
    });

    it('does not list again an event that an item carries', () => {
      const entries = atlas.timeline({ network: 'rmci' });
      expect(entries.some((e) => e.id === 'rmci-launch')).to.equal(false);
      const kickoff = entries.find((e) => e.id === 'rmci-kickoff')!;
      expect(kickoff.event!.id).to.equal('rmci-launch');
      expect(kickoff.roadmap!.id).to.equal('rmci-roadmap');
      expect(kickoff.record).to.equal(atlas.roadmapItem('rmci-kickoff')!.item);
      expect(kickoff.status).to.equal('completed');
      expect(kickoff.kind).to.equal('meeting');
      expect(kickoff.cities.map((c) => [c.city.id, c.roles])).to.deep.equal([['tetouan-ma', ['host']]]);
    });

    it('resolves organisations and cities, with the place of an event as host', () => {
      const training = atlas.timeline({ roadmap: 'rmci-roadmap' }).find((e) => e.id === 'rmci-training')!;
      expect(training.organizations.map((o) => [o.organization.id, o.roles])).to.deep.equal([['coe', ['organizer']]]);
      const [conference] = atlas.timeline({ network: 'iccar' });
      expect(conference!.type).to.equal('event');
      expect(conference!.cities.map((c) => [c.city.id, c.roles])).to.deep.equal([['casablanca-ma', ['host']]]);
      expect(conference!.organizations[0]!.organization.id).to.equal('unesco');
      const [peer] = atlas.timeline({ network: 'mc2cm' });
      expect(peer!.cities.map((c) => [c.city.id, c.roles])).to.deep.equal([
        ['tanger-ma', ['host']],
        ['sfax-tn', ['participant']],
      ]);
      expect(peer!.dateType).to.equal('planned');
      expect(peer!.roadmap).to.equal(undefined);
    });

    it('gives only a roadmap’s items for a roadmap', () => {
      expect(atlas.timeline({ roadmap: 'rmci-roadmap' }).map((e) => e.id)).to.deep.equal(['rmci-study', 'rmci-training', 'rmci-kickoff', 'rmci-campaign', 'rmci-forum', 'rmci-undated']);
      expect(atlas.timeline({ roadmap: 'rmci-roadmap', network: 'mc2cm' })).to.deep.equal([]);
      expect(atlas.timeline({ roadmap: 'nowhere' })).to.deep.equal([]);
    });

    it('gives everything without a filter', () => {
      expect(atlas.timeline().map((e) => e.id)).to.deep.equal([
        'arab-coalition-conference',
        'rmci-study',
        'rmci-training',
        'rmci-kickoff',
        'rmci-campaign',
        'mc2cm-peer-learning',
        'rmci-forum',
        'rmci-day',
        'rmci-undated',
      ]);
    });

    it('orders thousands of entries as compareRanges does: dated first, ties in document order, undated last', () => {
      const doc = generateAtlas(1500);
      const big = atlasOf(doc);
      const entries = big.timeline();
      expect(entries).to.have.length(1500);
      // The reference: every entry compared with compareRanges, in its document order.
      const byDocument = doc.roadmaps.flatMap((r) => (r.items ?? []).map((i) => i.id));
      const position = new Map(byDocument.map((id, i) => [id, i]));
      const expected = [...entries].sort((a, b) => {
        if (a.date && b.date) return compareRanges(a.date, b.date) || position.get(a.id)! - position.get(b.id)!;
        if (a.date) return -1;
        if (b.date) return 1;
        return position.get(a.id)! - position.get(b.id)!;
      });
      expect(entries.map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
      // Dates without a year are among them (they sort after every dated one).
      expect(entries.some((e) => e.date && e.date.start.year === undefined)).to.equal(true);
      for (const e of entries.filter((x) => x.date)) expect(rangeSortKey(e.date!)).to.deep.equal([dateKey(e.date!.start), dateKey(e.date!.end, 'end')]);
    });

    it('prefers actual dates, takes an item’s date from its event, and puts shorter ranges first', () => {
      const doc = smallAtlas();
      delete doc.roadmaps[0].items[3].period; // rmci-kickoff: now dated by its event
      doc.events.push(
        { id: 'day-two', title: { fr: 'Deuxième jour' }, kind: 'meeting', networks: ['rmci'], period: { actual: '2017-04-06' }, sources: ['seed-rmci'] },
        { id: 'late-actual', title: { fr: 'Prévu tôt, tenu tard' }, kind: 'meeting', networks: ['rmci'], period: { planned: '2016', actual: '2020-01' }, sources: ['seed-rmci'] },
        { id: 'same-day-range', title: { fr: 'Deux jours' }, kind: 'workshop', networks: ['rmci'], period: { actual: '2017-04-06/2017-04-07' }, sources: ['seed-rmci'] },
      );
      const entries = atlasOf(doc).timeline({ network: 'rmci' });
      const kickoff = entries.find((e) => e.id === 'rmci-kickoff')!;
      expect([kickoff.date!.text, kickoff.dateType]).to.deep.equal(['2017-04-05/2017-04-06', 'actual']);
      expect(entries.map((e) => e.id)).to.deep.equal([
        'rmci-study',
        'rmci-training',
        'rmci-kickoff',
        'day-two',
        'same-day-range',
        'rmci-campaign',
        'late-actual',
        'rmci-forum',
        'rmci-day',
        'rmci-undated',
      ]);
    });
  });

  describe('sdgCoverage', () => {
    it('counts the projects of a network per goal and per target, sorted by code', () => {
      const coverage = atlas.sdgCoverage('mc2cm');
      expect(coverage.goals.map((g) => [g.goal.code, g.projects.length])).to.deep.equal([
        ['4', 1],
        ['5', 1],
        ['10', 2],
        ['11', 1],
        ['16', 3],
        ['17', 1],
      ]);
      expect(coverage.targets.map((t) => [t.target.code, t.projects.length])).to.deep.equal([
        ['4.a', 1],
        ['5.1', 1],
        ['10.7', 2],
        ['11.3', 1],
        ['16.6', 2],
        ['16.b', 2],
        ['17.9', 1],
      ]);
      expect(coverage.goals.find((g) => g.goal.code === '16')!.goal.color).to.match(/^#/);
      expect(ids(coverage.targets.find((t) => t.target.code === '16.b')!.projects)).to.deep.equal(['tanger-accueil', 'vivre-ensemble']);
    });

    it('counts a project once per goal', () => {
      const goal16 = atlas.sdgCoverage('mc2cm').goals.find((g) => g.goal.code === '16')!;
      expect(ids(goal16.projects)).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'vivre-ensemble']);
    });

    it('is empty for a network without projects', () => {
      expect(atlas.sdgCoverage('iccar')).to.deep.equal({ goals: [], targets: [] });
      expect(atlas.sdgCoverage('rmci').goals.map((g) => g.goal.code)).to.deep.equal(['10']);
    });
  });

  describe('suggestId', () => {
    it('suggests the closest ids of a kind', () => {
      expect(atlas.suggestId('city', 'tetouan')).to.deep.equal(['tetouan-ma']);
      expect(atlas.suggestId('city', 'Tanger-MA')).to.deep.equal(['tanger-ma']);
      expect(atlas.suggestId('network', 'mc2c')).to.deep.equal(['mc2cm']);
      expect(atlas.suggestId('project', 'tanger')).to.deep.equal(['tanger-accueil']);
      expect(atlas.suggestId('roadmap', 'rmci')).to.deep.equal(['rmci-roadmap']);
      expect(atlas.suggestId('event', 'rmci-lunch')).to.deep.equal(['rmci-launch']);
      expect(atlas.suggestId('organization', 'icmdp')).to.deep.equal(['icmpd']);
      expect(atlas.suggestId('city', 'zzzzzz')).to.deep.equal([]);
      expect(atlas.suggestId('city', '')).to.deep.equal([]);
    });
  });
});
