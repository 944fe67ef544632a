import { expect } from '@open-wc/testing';
import type { Atlas } from '../../src/atlas.js';
import {
  activeFilterCount,
  checkScope,
  cleanFilters,
  filterProjects,
  projectListOptions,
  queryHasFilters,
  readFiltersFromQuery,
  sameFilters,
  scopeProjects,
  splitSdg,
  targetsOfGoal,
  writeFiltersToQuery,
} from '../../src/views/project-list.js';
import { countryName } from '../../src/i18n/index.js';
import { atlasOf } from '../fixtures/atlas-of.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const ids = (records: Array<{ id: string }>) => records.map((r) => r.id);

describe('project list view', () => {
  let atlas: Atlas;
  before(async () => {
    atlas = atlasOf(await (await fetch(new URL('../fixtures/project-atlas.json', import.meta.url))).json());
  });

  describe('scope', () => {
    it('takes a network’s projects, a city’s, or both', () => {
      expect(ids(scopeProjects(atlas, { network: 'mc2cm' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'liban-gouvernance', 'beyrouth-protection']);
      expect(ids(scopeProjects(atlas, { city: 'tetouan-ma' }))).to.deep.equal(['tetouan-diversite']);
      expect(ids(scopeProjects(atlas, { network: 'rmci', city: 'tanger-ma' }))).to.deep.equal([]);
      expect(scopeProjects(atlas, {})).to.have.length(5);
    });

    it('reports an unknown network or city with suggestions', () => {
      expect(checkScope(atlas, { network: 'mc2cm' })).to.deep.equal({ ok: true });
      const bad = checkScope(atlas, { network: 'mc2c' });
      expect(bad).to.deep.include({ ok: false, kind: 'network', id: 'mc2c' });
      expect((bad as any).suggestions).to.include('mc2cm');
      const city = checkScope(atlas, { city: 'tanger' });
      expect(city).to.deep.include({ ok: false, kind: 'city' });
      expect((city as any).suggestions[0]).to.equal('tanger-ma');
    });
  });

  describe('options', () => {
    it('offers the goals and targets present, in catalogue order, with counts', () => {
      const o = projectListOptions(atlas, { network: 'mc2cm' }, 'en');
      expect(o.goals.map((g) => [g.code, g.count])).to.deep.equal([
        ['5', 1],
        ['10', 3],
        ['11', 2],
        ['16', 2],
        ['17', 2],
      ]);
      expect(o.targets.map((t) => t.code)).to.deep.equal(['5.1', '10.2', '10.7', '11.1', '11.7', '16.6', '16.7', '16.b', '17.9']);
      expect(o.targets.find((t) => t.code === '10.7')!.count).to.equal(2);
      expect(o.goals[1]!.goal!.color).to.match(/^#[0-9A-Fa-f]{6}$/);
      expect(ids(targetsOfGoal(o, '16').map((t) => ({ id: t.code })))).to.deep.equal(['16.6', '16.7', '16.b']);
      expect(targetsOfGoal(o, '')).to.have.length(9);
    });

    it('offers the cities by name in the reader’s language, and the countries with counts', () => {
      const fr = projectListOptions(atlas, { network: 'mc2cm' }, 'fr');
      expect(fr.cities.map((c) => [c.id, c.count])).to.deep.equal([
        ['beirut-lb', 1],
        ['oujda-ma', 1],
        ['sfax-tn', 1],
        ['tanger-ma', 1],
      ]);
      // Countries counted from the cities and from the countries a project names (Lebanon: two projects).
      const lb = fr.countries.find((c) => c.code === 'LB')!;
      expect(lb.count).to.equal(2);
      expect(fr.countries.map((c) => c.code)).to.have.members(['LB', 'MA', 'TN']);
      expect(fr.countries.map((c) => countryName(c.code, 'fr'))).to.deep.equal(['Liban', 'Maroc', 'Tunisie']);
      const ar = projectListOptions(atlas, { network: 'mc2cm' }, 'ar');
      // Sorted by Arabic names: بيروت, صفاقس, طنجة, وجدة.
      expect(ar.cities.map((c) => c.id)).to.deep.equal(['beirut-lb', 'sfax-tn', 'tanger-ma', 'oujda-ma']);
    });

    it('offers the policy areas in vocabulary order with their labels', () => {
      const o = projectListOptions(atlas, { network: 'mc2cm' }, 'en');
      expect(o.policyAreas.map((a) => [a.id, a.count, a.label?.en])).to.deep.equal([
        ['welcome-instruments', 2, 'Implementing welcome instruments'],
        ['participation', 1, 'Access to social and political participation'],
        ['anti-discrimination', 2, 'Protection against discrimination'],
        ['education', 1, 'Access to education'],
      ]);
      expect(projectListOptions(atlas, { network: 'rmci' }, 'en').policyAreas).to.deep.equal([]);
    });

    it('lists a selected value the data does not offer with a count of zero', () => {
      const o = projectListOptions(atlas, { network: 'mc2cm' }, 'en', { sdg: '3.8', city: 'nowhere', country: 'ES', policyArea: 'health' });
      expect(o.targets.find((t) => t.code === '3.8')).to.deep.include({ count: 0, goal: '3' });
      expect(o.goals.find((g) => g.code === '3')!.count).to.equal(0);
      expect(o.cities.find((c) => c.id === 'nowhere')).to.deep.equal({ id: 'nowhere', count: 0 });
      expect(o.countries.find((c) => c.code === 'ES')!.count).to.equal(0);
      expect(o.policyAreas.at(-1)).to.deep.equal({ id: 'health', count: 0 });
    });

    it('offers nothing for an empty scope', () => {
      const o = projectListOptions(atlas, { network: 'quiet-network' }, 'fr');
      expect([o.goals, o.targets, o.cities, o.countries, o.policyAreas].every((l) => l.length === 0)).to.equal(true);
    });
  });

  describe('filtering', () => {
    it('filters by goal or by target', () => {
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { sdg: '10' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination', 'liban-gouvernance']);
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { sdg: '10.7' }))).to.deep.equal(['tanger-accueil', 'sfax-coordination']);
      expect(filterProjects(atlas, { network: 'mc2cm' }, { sdg: '16.16' })).to.deep.equal([]);
    });

    it('combines city, country, policy area and text', () => {
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { country: 'LB' }))).to.deep.equal(['liban-gouvernance', 'beyrouth-protection']);
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { country: 'LB', policyArea: 'education' }))).to.deep.equal(['liban-gouvernance']);
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { city: 'oujda-ma' }))).to.deep.equal(['tanger-accueil']);
      expect(ids(filterProjects(atlas, {}, { city: 'tetouan-ma' }))).to.deep.equal(['tetouan-diversite']);
      expect(filterProjects(atlas, { city: 'tetouan-ma' }, { city: 'tanger-ma' })).to.deep.equal([]);
    });

    it('searches text without regard to accents, case or Arabic spelling variants', () => {
      expect(ids(filterProjects(atlas, {}, { text: 'TETOUAN' }))).to.deep.equal(['tetouan-diversite']);
      expect(ids(filterProjects(atlas, {}, { text: 'beyrouth sociale' }))).to.deep.equal(['beyrouth-protection']);
      // "التنوع" typed with alef-hamza variants and tatweel still finds the Arabic title.
      expect(ids(filterProjects(atlas, {}, { text: 'تطوان' }, 'ar'))).to.deep.equal(['tetouan-diversite']);
      expect(ids(filterProjects(atlas, {}, { text: 'التنـوع' }, 'ar'))).to.deep.equal(['tetouan-diversite']);
      expect(ids(filterProjects(atlas, {}, { text: 'acmals' }))).to.deep.equal(['sfax-coordination']);
      expect(filterProjects(atlas, {}, { text: '   ' })).to.have.length(5);
    });

    it('searches in the reader’s language where a text has it', () => {
      // "reception" is only in English texts of tanger-accueil (and sfax’s English result).
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { text: 'reception' }, 'en'))).to.deep.equal(['tanger-accueil', 'sfax-coordination']);
      expect(ids(filterProjects(atlas, { network: 'mc2cm' }, { text: 'reception' }, 'fr'))).to.deep.equal([]);
    });
  });

  describe('filter state', () => {
    it('splits an SDG value into goal and target', () => {
      expect(splitSdg('10.7')).to.deep.equal({ goal: '10', target: '10.7' });
      expect(splitSdg('16')).to.deep.equal({ goal: '16', target: '' });
      expect(splitSdg('16.16')).to.deep.equal({ goal: '16', target: '16.16' });
      expect(splitSdg(undefined)).to.deep.equal({ goal: '', target: '' });
    });

    it('cleans, counts and compares filters', () => {
      expect(cleanFilters({ sdg: ' 10.7 ', city: '', text: ' deux mots ' })).to.deep.equal({ sdg: '10.7', text: ' deux mots ' });
      expect(activeFilterCount({ sdg: '10', city: '', text: 'x' })).to.equal(2);
      expect(sameFilters({ sdg: '10', city: '' }, { sdg: '10' })).to.equal(true);
      expect(sameFilters({ sdg: '10' }, { sdg: '10.7' })).to.equal(false);
    });

    it('round-trips through a URL query, keeping the page’s own parameters', () => {
      const start = new URLSearchParams('page=2&cw-city=old&lang=ar');
      const written = writeFiltersToQuery(start, { sdg: '10.7', city: 'tanger-ma', text: 'accueil ذ', country: '' });
      expect(written.get('page')).to.equal('2');
      expect(written.get('lang')).to.equal('ar');
      expect(written.get('cw-sdg')).to.equal('10.7');
      expect(written.get('cw-city')).to.equal('tanger-ma');
      expect(written.get('cw-q')).to.equal('accueil ذ');
      expect(written.has('cw-country')).to.equal(false);
      expect(readFiltersFromQuery(new URLSearchParams(written.toString()))).to.deep.equal({ sdg: '10.7', city: 'tanger-ma', text: 'accueil ذ' });
      expect(queryHasFilters(written)).to.equal(true);
      const cleared = writeFiltersToQuery(written, {});
      expect(cleared.toString()).to.equal('page=2&lang=ar');
      expect(queryHasFilters(cleared)).to.equal(false);
    });

    it('uses another prefix so two lists on a page keep their own state', () => {
      const q = writeFiltersToQuery(new URLSearchParams(), { policyArea: 'education' }, 'b-');
      expect(q.toString()).to.equal('b-policy=education');
      expect(readFiltersFromQuery(q)).to.deep.equal({});
      expect(readFiltersFromQuery(q, 'b-')).to.deep.equal({ policyArea: 'education' });
    });
  });
});
