import { expect } from '@open-wc/testing';
import { matchesText, normalizeForSearch, searchWords } from '../src/text-search.js';

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
