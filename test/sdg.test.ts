import { expect } from '@open-wc/testing';
import {
  compareSdgCodes,
  goalOfTarget,
  isSdgGoalCode,
  isSdgTargetCode,
  loadSdgShortTitles,
  loadSdgTitles,
  sdgGoal,
  sdgGoals,
  sdgKind,
  sdgShortTitlesLoaded,
  sdgTarget,
  sdgTargets,
  sdgTargetsOfGoal,
  sdgTitlesLoaded,
  sdgUri,
  suggestSdgTarget,
} from '../src/sdg.js';
import officialGoals from '../data/sdg/goals.json' with { type: 'json' };
import officialTargets from '../data/sdg/targets.json' with { type: 'json' };

// First, before anything loads them: the titles come on demand, one language at a time.
describe('SDG titles on demand', () => {
  it('has codes, goals, targets and colours at once, and no title before it is loaded', () => {
    expect(sdgTitlesLoaded()).to.equal(false);
    expect(sdgTitlesLoaded('fr')).to.equal(false);
    expect(sdgShortTitlesLoaded('fr')).to.equal(false);
    expect(sdgTarget('10.7')!.goal).to.equal('10');
    expect(sdgTargetsOfGoal('16').map((t) => t.code)).to.deep.equal([...Array.from({ length: 10 }, (_, i) => `16.${i + 1}`), '16.a', '16.b']);
    expect(sdgGoal('10')!.color).to.equal('#DD1367');
    expect(sdgGoal('10')!.shortTitle).to.deep.equal({});
    expect(Object.isFrozen(sdgGoal('10')!.shortTitle)).to.equal(true);
    expect(sdgTarget('10.7')!.title).to.equal(undefined);
    expect(sdgGoal('10')!.title).to.equal(undefined);
  });

  it('loads the short titles of the language asked for (fr-MA → fr, es → en), alone', async () => {
    await loadSdgShortTitles('fr-MA');
    expect(sdgShortTitlesLoaded('fr')).to.equal(true);
    expect(sdgShortTitlesLoaded('en')).to.equal(false);
    expect(sdgTitlesLoaded('fr'), 'the full titles are a load of their own').to.equal(false);
    expect(sdgGoal('10')!.shortTitle).to.deep.equal({ fr: 'Inégalités réduites' });
    await loadSdgShortTitles('es');
    expect(sdgGoal('10')!.shortTitle).to.deep.equal({ en: 'Reduced inequalities', fr: 'Inégalités réduites' });
    expect(Object.keys(sdgGoal('10')!.shortTitle), 'in the catalogue order of languages').to.deep.equal(['en', 'fr']);
    expect(sdgGoal('10')!.shortTitle, 'the same object on each read').to.equal(sdgGoal('10')!.shortTitle);
    expect(sdgTarget('10.7')!.title).to.equal(undefined);
  });

  it('loads the language asked for (its catalogue language: fr-MA → fr, es → en), then all', async () => {
    await loadSdgTitles('fr-MA');
    expect(sdgTitlesLoaded('fr')).to.equal(true);
    expect(sdgTitlesLoaded('en')).to.equal(false);
    expect(Object.keys(sdgTarget('10.7')!.title!)).to.deep.equal(['fr']);
    expect(sdgGoal('10')!.title!.fr).to.match(/inégalités/i);
    await loadSdgTitles('es');
    expect(sdgTitlesLoaded('en')).to.equal(true);
    expect(Object.keys(sdgTarget('10.7')!.title!)).to.deep.equal(['en', 'fr']);
    await Promise.all([loadSdgTitles(), loadSdgTitles()]);
    expect(sdgTitlesLoaded()).to.equal(true);
    expect(sdgShortTitlesLoaded(), 'the full titles bring the short ones').to.equal(true);
    expect(Object.keys(sdgGoal('16')!.shortTitle)).to.deep.equal(['en', 'fr', 'ar']);
    expect(Object.keys(sdgTarget('16.b')!.title!)).to.deep.equal(['en', 'fr', 'ar']);
    expect(sdgTarget('16.b')!.title, 'the same object on each read').to.equal(sdgTarget('16.b')!.title);
  });

  it('holds exactly the official catalogue: codes, goals, colours and every title as written', async () => {
    await loadSdgTitles();
    expect(sdgGoals().map((g) => ({ code: g.code, color: g.color, title: g.title, shortTitle: g.shortTitle }))).to.deep.equal(officialGoals);
    expect(sdgTargets().map((t) => ({ code: t.code, goal: t.goal, title: t.title }))).to.deep.equal(officialTargets);
  });
});

describe('SDG catalogue', () => {
  before(() => loadSdgTitles());

  it('has 17 goals and 169 targets, in order', () => {
    expect(sdgGoals()).to.have.length(17);
    expect(sdgTargets()).to.have.length(169);
    expect(sdgGoals().map((g) => g.code)).to.deep.equal(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(sdgTargets()[0]!.code).to.equal('1.1');
    expect(sdgTargets()[168]!.code).to.equal('17.19');
  });

  it('gives every goal an official colour and titles in en, fr and ar', () => {
    for (const g of sdgGoals()) {
      expect(g.color, g.code).to.match(/^#[0-9A-F]{6}$/i);
      for (const lang of ['en', 'fr', 'ar']) {
        expect(g.title![lang], `${g.code} ${lang}`).to.be.a('string').and.not.equal('');
        expect(g.shortTitle[lang], `${g.code} ${lang}`).to.be.a('string').and.not.equal('');
      }
    }
    expect(sdgGoal('1')!.color.toUpperCase()).to.equal('#E5243B');
    expect(new Set(sdgGoals().map((g) => g.color.toUpperCase())).size).to.equal(17);
  });

  it('gives every target a known goal and titles in en, fr and ar', () => {
    for (const t of sdgTargets()) {
      expect(sdgGoal(t.goal), t.code).to.not.equal(undefined);
      expect(t.code.startsWith(`${t.goal}.`)).to.equal(true);
      for (const lang of ['en', 'fr', 'ar']) expect(t.title![lang], `${t.code} ${lang}`).to.be.a('string').and.not.equal('');
    }
  });

  it('looks goals and targets up by code', () => {
    expect(sdgGoal('10')!.shortTitle.en).to.match(/inequalit/i);
    expect(sdgGoal('0')).to.equal(undefined);
    expect(sdgGoal('10.7')).to.equal(undefined);
    expect(sdgTarget('10.7')!.goal).to.equal('10');
    expect(sdgTarget('10.7')!.title!.en).to.match(/migration/i);
    expect(sdgTarget('16.b')!.goal).to.equal('16');
    expect(sdgTarget('16.16')).to.equal(undefined);
    expect(sdgTarget('10')).to.equal(undefined);
    expect(goalOfTarget('16.b')!.code).to.equal('16');
    expect(goalOfTarget('16.16')).to.equal(undefined);
    expect(sdgTargetsOfGoal('10').map((t) => t.code)).to.deep.equal(['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.a', '10.b', '10.c']);
  });

  it('tells goals from targets', () => {
    expect(isSdgGoalCode('17')).to.equal(true);
    expect(isSdgGoalCode('18')).to.equal(false);
    expect(isSdgTargetCode('17.19')).to.equal(true);
    expect(isSdgTargetCode('17.20')).to.equal(false);
    expect(sdgKind('5')).to.equal('goal');
    expect(sdgKind('5.a')).to.equal('target');
    expect(sdgKind('5.z')).to.equal(undefined);
    expect(sdgKind('')).to.equal(undefined);
  });

  it('suggests the target a wrong code meant', () => {
    expect(suggestSdgTarget('16.16')).to.equal('16.6');
    expect(suggestSdgTarget('17.19x')).to.equal('17.19');
    expect(suggestSdgTarget('16,B')).to.equal('16.b');
    expect(suggestSdgTarget(' SDG 10.07 ')).to.equal('10.7');
    expect(suggestSdgTarget('10.7')).to.equal('10.7');
    expect(suggestSdgTarget('10')).to.equal(undefined);
    expect(suggestSdgTarget('hello')).to.equal(undefined);
    expect(suggestSdgTarget('99.99')).to.equal(undefined);
  });

  it('builds UN metadata URIs', () => {
    expect(sdgUri('10.7')).to.equal('http://metadata.un.org/sdg/10.7');
    expect(sdgUri('16')).to.equal('http://metadata.un.org/sdg/16');
  });

  it('sorts codes as the catalogue does', () => {
    const codes = ['16.b', '10', '16.10', '2', '16.a', '1', '16.2', '16', '10.7', 'x'];
    expect([...codes].sort(compareSdgCodes)).to.deep.equal(['1', '2', '10', '10.7', '16', '16.2', '16.10', '16.a', '16.b', 'x']);
    const shuffled = [...sdgTargets()].map((t) => t.code).reverse();
    expect(shuffled.sort(compareSdgCodes)).to.deep.equal(sdgTargets().map((t) => t.code));
    expect(compareSdgCodes('16.2', '16.2')).to.equal(0);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(sdgGoals())).to.equal(true);
    expect(Object.isFrozen(sdgGoal('1')!.title)).to.equal(true);
    expect(Object.isFrozen(sdgGoal('1')!.shortTitle)).to.equal(true);
    expect(Object.isFrozen(sdgTarget('1.1'))).to.equal(true);
    expect(Object.isFrozen(sdgTargetsOfGoal('1'))).to.equal(true);
  });
});
