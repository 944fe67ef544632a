import { expect } from '@open-wc/testing';
import { firstMatches, matchesText, normalizeForSearch, searchWords } from '../src/text-search.js';

describe('normalizeForSearch', () => {
  it('lower-cases and strips Latin diacritics', () => {
    expect(normalizeForSearch('Tétouan')).to.equal('tetouan');
    expect(normalizeForSearch('MEKNÈS')).to.equal('meknes');
    expect(normalizeForSearch('Ériger le vivre-ensemble')).to.equal('eriger le vivre ensemble');
    expect(normalizeForSearch('Œuvre, Straße')).to.equal('oeuvre strasse');
  });

  it('unifies Arabic spellings', () => {
    // hamza forms and alef wasla
    expect(normalizeForSearch('أ إ آ ٱ')).to.equal('ا ا ا ا');
    expect(normalizeForSearch('ؤ ئ ى ة')).to.equal('و ي ي ه');
    // harakat, shadda and tatweel
    expect(normalizeForSearch('الدَّارُ البَيْضَاءُ')).to.equal(normalizeForSearch('الدار البيضاء'));
    expect(normalizeForSearch('طنـــجة')).to.equal('طنجه');
    // Arabic-Indic digits
    expect(normalizeForSearch('٢٠١٧')).to.equal('2017');
  });

  it('drops apostrophes, turns other punctuation into spaces and collapses whitespace', () => {
    expect(normalizeForSearch('  L’Ariana,\n  (Tunisie)  ')).to.equal('lariana tunisie');
    expect(normalizeForSearch('cible 10.7; goal 16.')).to.equal('cible 10.7 goal 16');
    expect(normalizeForSearch('')).to.equal('');
  });

  it('splits a query into normalized words', () => {
    expect(searchWords('  Tétouan   accueil ')).to.deep.equal(['tetouan', 'accueil']);
    expect(searchWords('   ')).to.deep.equal([]);
  });
});

describe('matchesText', () => {
  it('finds every query word anywhere in the texts', () => {
    expect(matchesText(['Tétouan', 'Réseau marocain'], 'tetouan')).to.equal(true);
    expect(matchesText(['Meknès'], 'meknes')).to.equal(true);
    expect(matchesText(['Tétouan', 'Réseau marocain'], 'reseau tetou')).to.equal(true);
    expect(matchesText(['Tétouan'], 'tetouan tanger')).to.equal(false);
  });

  it('finds Arabic text whatever the hamza, harakat or teh marbuta', () => {
    expect(matchesText(['الدار البيضاء'], 'ٱلدار البيضاء')).to.equal(true);
    expect(matchesText(['الدار البيضاء'], 'الدَّار البَيضاء')).to.equal(true);
    expect(matchesText(['إدماج المهاجرين'], 'ادماج')).to.equal(true);
    expect(matchesText(['ادماج المهاجرين'], 'إدماج')).to.equal(true);
    expect(matchesText(['مدينة الاستقبال'], 'مدينه')).to.equal(true);
    expect(matchesText(['مستشفى'], 'مستشفي')).to.equal(true);
  });

  it('matches everything with a blank query', () => {
    expect(matchesText([], '')).to.equal(true);
    expect(matchesText(['x'], '  ')).to.equal(true);
  });
});

describe('firstMatches', () => {
  const cities = ['Tanger', 'Tétouan', 'Rabat', 'Marrakech', 'Meknès', 'طنجة', 'Tunis'].map((name) => ({ name, search: normalizeForSearch(name) }));
  const names = (r: { shown: Array<{ name: string }> }) => r.shown.map((c) => c.name);

  it('gives the first items in their order, and how many more there are', () => {
    const r = firstMatches(cities, (c) => c.search, '', 3);
    expect(names(r)).to.deep.equal(['Tanger', 'Tétouan', 'Rabat']);
    expect(r.more).to.equal(4);
  });

  it('keeps the items whose text has every word of the query, whatever the accents and spellings', () => {
    expect(names(firstMatches(cities, (c) => c.search, 'te', 10))).to.deep.equal(['Tétouan']);
    expect(names(firstMatches(cities, (c) => c.search, 'T', 2))).to.deep.equal(['Tanger', 'Tétouan']);
    expect(firstMatches(cities, (c) => c.search, 'T', 2).more).to.equal(2);
    expect(names(firstMatches(cities, (c) => c.search, 'طنجه', 10))).to.deep.equal(['طنجة']);
    expect(firstMatches(cities, (c) => c.search, 'oran', 10)).to.deep.equal({ shown: [], more: 0 });
  });

  it('always keeps the chosen item, in its place, counted in the limit', () => {
    const r = firstMatches(cities, (c) => c.search, '', 2, (c) => c.name === 'Tunis');
    expect(names(r)).to.deep.equal(['Tanger', 'Tunis']);
    expect(r.more).to.equal(5);
    // Even when the query does not match it.
    expect(names(firstMatches(cities, (c) => c.search, 'rabat', 5, (c) => c.name === 'Tunis'))).to.deep.equal(['Rabat', 'Tunis']);
  });
});
