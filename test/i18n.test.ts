import { expect } from '@open-wc/testing';
import {
  baseLanguage,
  countryName,
  defineMessages,
  formatList,
  formatNumber,
  isMessageKey,
  listParts,
  isRtl,
  languageChain,
  MESSAGES,
  msg,
  defaultFallback,
  normalizeLanguageTag,
  parseFallbackList,
  resolveText,
  translatedFrom,
  textDirection,
  uiLanguage,
  type Message,
  type MessageKey,
} from '../src/i18n/index.js';
import { ITEM_KINDS, MEMBERSHIP_ROLES, NETWORK_KINDS, ORGANIZATION_ROLES, PROJECT_CITY_ROLES, STATUSES } from '../src/schema/index.js';

describe('i18n: language tags', () => {
  it('normalizes tags and rejects what is not one', () => {
    expect(normalizeLanguageTag('ar-ma')).to.equal('ar-MA');
    expect(normalizeLanguageTag('fr_FR')).to.equal('fr-FR');
    expect(normalizeLanguageTag(' zh-hant-tw ')).to.equal('zh-Hant-TW');
    for (const bad of ['', '  ', 'not a tag', 42, undefined, null]) expect(normalizeLanguageTag(bad), String(bad)).to.equal(undefined);
    expect(baseLanguage('ar-MA')).to.equal('ar');
    expect(baseLanguage('EN-gb')).to.equal('en');
  });

  it('builds the fallback chain: the tag, its shorter forms, the reader’s fallback languages, the default, then nothing', () => {
    expect(languageChain('ar-MA', 'fr')).to.deep.equal(['ar-MA', 'ar', 'fr', 'en']);
    expect(languageChain('ar', 'fr')).to.deep.equal(['ar', 'en', 'fr']);
    expect(languageChain('fr-CA', 'fr')).to.deep.equal(['fr-CA', 'fr', 'en', 'ar']);
    expect(languageChain('fr', 'fr')).to.deep.equal(['fr', 'en', 'ar']);
    expect(languageChain('zh-Hant-TW', 'en')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh', 'en', 'fr']);
    expect(languageChain('ar-MA-u-nu-arab', 'fr')).to.deep.equal(['ar-MA', 'ar', 'fr', 'en']);
    expect(languageChain('', 'fr')).to.deep.equal(['fr']);
    expect(languageChain('!!', 'fr-BE')).to.deep.equal(['fr-BE', 'fr']);
  });

  it('keeps each chain (it is asked for every text), and gives each caller its own copy', () => {
    const mine = languageChain('ar-MA', 'fr');
    mine.push('xx');
    mine[0] = 'zz';
    expect(languageChain('ar-MA', 'fr')).to.deep.equal(['ar-MA', 'ar', 'fr', 'en']);
    // The fallback order is part of what is kept: another order, another chain.
    expect(languageChain('ar-MA', 'fr', ['en'])).to.deep.equal(['ar-MA', 'ar', 'en', 'fr']);
    expect(languageChain('ar-MA', 'fr')).to.deep.equal(['ar-MA', 'ar', 'fr', 'en']);
    expect(languageChain('ar-MA', 'en')).to.deep.equal(['ar-MA', 'ar', 'fr', 'en']);
    expect(resolveText({ fr: 'Tanger', en: 'Tangier' }, 'ar-MA', 'fr', ['en'])!.text).to.equal('Tangier');
    expect(resolveText({ fr: 'Tanger', en: 'Tangier' }, 'ar-MA', 'fr')!.text).to.equal('Tanger');
    expect([baseLanguage('AR-ma'), baseLanguage('ar-MA'), baseLanguage('AR-ma')]).to.deep.equal(['ar', 'ar', 'ar']);
  });

  it('chooses the interface language and the direction', () => {
    expect(uiLanguage('ar-MA')).to.equal('ar');
    expect(uiLanguage('fr-BE')).to.equal('fr');
    expect(uiLanguage('en-GB')).to.equal('en');
    expect(uiLanguage('es')).to.equal('en');
    expect(uiLanguage('')).to.equal('en');
    for (const rtl of ['ar', 'ar-MA', 'he', 'fa-IR', 'ur', 'ps', 'ckb', 'az-Arab', 'pa-Arab', 'dv']) expect(isRtl(rtl), rtl).to.equal(true);
    for (const ltr of ['fr', 'en', 'tr', 'zgh', 'ber', 'uz-Latn', 'ku', '', 'garbage tag']) expect(isRtl(ltr), ltr).to.equal(false);
    expect(textDirection('ar-TN')).to.equal('rtl');
    expect(textDirection('fr')).to.equal('ltr');
  });
});

describe('i18n: resolveText', () => {
  const text = { fr: 'Tanger', ar: 'طنجة', en: 'Tangier' };

  it('uses the requested language, or its base language, without marking a fallback', () => {
    expect(resolveText(text, 'fr')).to.deep.equal({ text: 'Tanger', lang: 'fr', fallback: false });
    expect(resolveText(text, 'ar-MA')).to.deep.equal({ text: 'طنجة', lang: 'ar', fallback: false });
    expect(resolveText({ fr: 'x', 'ar-MA': 'y' }, 'ar-MA')).to.deep.equal({ text: 'y', lang: 'ar-MA', fallback: false });
    expect(resolveText({ fr: 'x', 'AR-ma': 'y' }, 'ar-MA')!.text, 'case-insensitive').to.equal('y');
  });

  it('prefers another regional form of the reader’s language to the default language', () => {
    expect(resolveText({ fr: 'x', 'ar-TN': 'y' }, 'ar-MA')).to.deep.equal({ text: 'y', lang: 'ar-TN', fallback: false });
    expect(resolveText({ fr: 'x', 'ar-TN': 'y' }, 'ar')).to.deep.equal({ text: 'y', lang: 'ar-TN', fallback: false });
  });

  it('falls back to the default language, marked as a fallback', () => {
    expect(resolveText({ fr: 'Tanger', ar: 'طنجة' }, 'en')).to.deep.equal({ text: 'Tanger', lang: 'fr', fallback: true });
    expect(resolveText({ fr: 'Tanger', en: 'Tangier' }, 'ar', 'en')).to.deep.equal({ text: 'Tangier', lang: 'en', fallback: true });
    expect(resolveText({ 'fr-FR': 'Tanger', ar: 'طنجة' }, 'es', 'fr')).to.deep.equal({ text: 'Tanger', lang: 'fr-FR', fallback: true });
  });

  it('then falls back to any language, in an order that does not depend on the data’s key order', () => {
    expect(resolveText({ de: 'x', ar: 'y' }, 'es', 'fr')).to.deep.equal({ text: 'y', lang: 'ar', fallback: true });
    expect(resolveText({ ar: 'y', de: 'x', en: 'z' }, 'es', 'fr')!.lang).to.equal('en');
    const a = resolveText({ it: 'a', de: 'b' }, 'es', 'fr');
    const b = resolveText({ de: 'b', it: 'a' }, 'es', 'fr');
    expect(a).to.deep.equal(b);
    expect(a).to.deep.equal({ text: 'b', lang: 'de', fallback: true });
  });

  it('gives a name left untranslated in Arabic the language it was copied from', () => {
    expect(resolveText({ fr: 'CNDH', en: 'NHRC', ar: 'CNDH' }, 'ar')).to.deep.equal({ text: 'CNDH', lang: 'fr', fallback: true });
    expect(resolveText({ fr: 'Anti-rumeurs', 'ar-t-fr': 'Anti-rumeurs' }, 'ar-MA')).to.deep.equal({ text: 'Anti-rumeurs', lang: 'fr', fallback: true });
    // Written in Arabic script, or no original to point to: the text is what its key says.
    expect(resolveText({ fr: 'Tanger', ar: 'طنجة' }, 'ar')!.lang).to.equal('ar');
    expect(resolveText({ fr: 'Conseil', ar: 'MC2CM' }, 'ar')!.lang).to.equal('ar');
    // Left-to-right readers: an English name equal to the French one stays English.
    expect(resolveText({ fr: 'Tunis', en: 'Tunis' }, 'en')).to.deep.equal({ text: 'Tunis', lang: 'en', fallback: false });
  });

  it('returns undefined for a missing or empty text, and skips empty strings', () => {
    expect(resolveText(undefined, 'fr')).to.equal(undefined);
    expect(resolveText({}, 'fr')).to.equal(undefined);
    expect(resolveText({ fr: '  ' }, 'fr')).to.equal(undefined);
    expect(resolveText({ fr: '', en: 'Tangier' }, 'fr')).to.deep.equal({ text: 'Tangier', lang: 'en', fallback: true });
  });
});

describe('i18n: fallback order', () => {
  const all = { fr: 'Tanger', en: 'Tangier', es: 'Tánger' };
  const noReader = { fr: 'Rencontre', en: 'Meeting' };

  it('has a documented order per reader language', () => {
    expect(defaultFallback('ar')).to.deep.equal(['en', 'fr']);
    expect(defaultFallback('ar-JO')).to.deep.equal(['en', 'fr']);
    expect(defaultFallback('ar-PS')).to.deep.equal(['en', 'fr']);
    for (const maghreb of ['ar-MA', 'ar-TN', 'ar-DZ', 'ar-LB', 'ar-MA-u-nu-latn']) expect(defaultFallback(maghreb), maghreb).to.deep.equal(['fr', 'en']);
    expect(defaultFallback('fr-TN')).to.deep.equal(['en', 'ar']);
    expect(defaultFallback('en-GB')).to.deep.equal(['fr', 'ar']);
    expect(defaultFallback('es')).to.deep.equal(['en', 'fr']);
  });

  it('an Arabic reader gets English or French as their region reads it, before the dataset language', () => {
    expect(resolveText(noReader, 'ar')).to.deep.equal({ text: 'Meeting', lang: 'en', fallback: true });
    expect(resolveText(noReader, 'ar-JO')!.lang).to.equal('en');
    expect(resolveText(noReader, 'ar-MA')!.lang).to.equal('fr');
    expect(resolveText(noReader, 'ar-TN')!.lang).to.equal('fr');
    // A Spanish reader: English first, not the dataset's French.
    expect(resolveText({ fr: 'Rencontre', en: 'Meeting' }, 'es', 'fr')!.lang).to.equal('en');
    expect(resolveText(all, 'es')!.lang, 'own language first').to.equal('es');
  });

  it('follows the page’s own order when it sets one (`fallback-lang`)', () => {
    expect(parseFallbackList('en fr')).to.deep.equal(['en', 'fr']);
    expect(parseFallbackList(' fr,  en-gb , fr ')).to.deep.equal(['fr', 'en-GB']);
    expect(parseFallbackList('!! ??')).to.equal(undefined);
    expect(parseFallbackList('')).to.equal(undefined);
    expect(resolveText(noReader, 'ar', 'fr', ['fr'])!.lang).to.equal('fr');
    expect(resolveText(noReader, 'ar-MA', 'fr', ['en', 'fr'])!.lang).to.equal('en');
    expect(languageChain('ar', 'fr', ['fr', 'en'])).to.deep.equal(['ar', 'fr', 'en']);
    // The dataset's language still comes after the page's list, then any text.
    expect(resolveText({ fr: 'x' }, 'ar', 'fr', ['en'])).to.deep.equal({ text: 'x', lang: 'fr', fallback: true });
  });

  it('reads translations marked with BCP 47’s extension T, and prefers a text written in the language', () => {
    expect(translatedFrom('ar-t-fr')).to.equal('fr');
    expect(translatedFrom('en-GB-t-fr-FR')).to.equal('fr-FR');
    expect(translatedFrom('ar-t-fr-m0-ungegn')).to.equal('fr');
    expect(translatedFrom('ar')).to.equal(undefined);
    expect(translatedFrom('ar-t-m0-ungegn')).to.equal(undefined);
    expect(resolveText({ fr: 'Accueil', 'ar-t-fr': 'استقبال' }, 'ar')).to.deep.equal({ text: 'استقبال', lang: 'ar-t-fr', fallback: false, translatedFrom: 'fr' });
    expect(resolveText({ fr: 'Accueil', 'ar-t-fr': 'استقبال', ar: 'الاستقبال' }, 'ar-MA')!.text, 'the original wins').to.equal('الاستقبال');
    expect(resolveText({ fr: 'Accueil', 'en-t-fr': 'Reception' }, 'ar-JO')).to.deep.equal({ text: 'Reception', lang: 'en-t-fr', fallback: true, translatedFrom: 'fr' });
  });
});

describe('i18n: messages', () => {
  it('has exactly the same keys in French, English and Arabic', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    expect(Object.keys(MESSAGES.fr).sort()).to.deep.equal(keys);
    expect(Object.keys(MESSAGES.ar).sort()).to.deep.equal(keys);
  });

  it('has a label for every role, status and kind of the schema', () => {
    const groups: Array<[string, readonly string[]]> = [
      ['membershipRole', MEMBERSHIP_ROLES],
      ['cityRole', PROJECT_CITY_ROLES],
      ['organizationRole', ORGANIZATION_ROLES],
      ['status', STATUSES],
      ['kind', ITEM_KINDS],
      ['networkKind', NETWORK_KINDS],
    ];
    for (const [prefix, values] of groups) {
      for (const v of values) {
        const key = `${prefix}.${v}`;
        expect(isMessageKey(key), key).to.equal(true);
        for (const lang of ['fr', 'en', 'ar']) expect(msg(lang, key as MessageKey), `${lang} ${key}`).to.not.equal(key);
      }
    }
    expect(isMessageKey('status.unknown')).to.equal(false);
  });

  it('writes Arabic in Arabic script and French in French', () => {
    const arabic = /[\u0600-\u06FF]/;
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      const text = msg('ar', key, { count: 5, countries: 5, url: 'u', id: 'i', suggestions: 's', code: '1', title: 't', short: 's' });
      expect(arabic.test(text), `ar ${key}: ${text}`).to.equal(true);
    }
    expect(msg('fr', 'status.ongoing')).to.equal('En cours');
    expect(msg('ar', 'status.ongoing')).to.equal('قيد التنفيذ');
  });

  it('fills {name} placeholders and leaves unknown ones', () => {
    expect(msg('en', 'error.unreachable.text', { url: 'https://x.org/a.json' })).to.equal('The data could not be loaded from https://x.org/a.json.');
    expect(msg('fr', 'error.unknownId.text', { id: 'tanger' })).to.equal('Aucun élément n’est enregistré sous l’identifiant «\u00a0tanger\u00a0».');
    expect(msg('en', 'error.unreachable.text')).to.equal('The data could not be loaded from {url}.');
    expect(defineMessages({ en: { x: 'a {@nope} b' }, fr: { x: 'a {@nope} b' }, ar: { x: 'a {@nope} b' } })('en', 'x')).to.equal('a {@nope} b');
    expect(msg('en', 'sdg.goalName', { code: '10', short: 'Reduced inequalities', title: 'Reduce inequality' })).to.equal('SDG 10, Reduced inequalities: Reduce inequality');
  });

  it('chooses the plural form with Intl.PluralRules, all six in Arabic', () => {
    const ar = [0, 1, 2, 3, 10, 11, 99, 100, 102, 1000].map((count) => msg('ar', 'label.projectCount', { count }));
    expect(ar).to.deep.equal([
      'لا توجد مشاريع',
      'مشروع واحد',
      'مشروعان',
      '3 مشاريع',
      '10 مشاريع',
      '11 مشروعًا',
      '99 مشروعًا',
      '100 مشروع',
      '102 مشروع',
      '1,000 مشروع',
    ]);
    expect(msg('en', 'filter.results', { count: 1 })).to.equal('1 result');
    expect(msg('en', 'filter.results', { count: 7 })).to.equal('7 results');
    expect(msg('fr', 'filter.results', { count: 1 })).to.equal('1 résultat');
    expect(msg('fr', 'filter.results', { count: 2 })).to.equal('2 résultats');
  });

  it('uses the zero form for 0 in every language', () => {
    expect(msg('en', 'filter.results', { count: 0 })).to.equal('No results');
    expect(msg('fr', 'filter.results', { count: 0 })).to.equal('Aucun résultat');
    expect(msg('fr', 'label.projectCount', { count: 0 })).to.equal('Aucun projet');
  });

  it('composes two plurals in one sentence (map summary)', () => {
    expect(msg('en', 'map.summary', { count: 12, countries: 1 })).to.equal('12 cities in 1 country');
    expect(msg('fr', 'map.summary', { count: 1, countries: 1 })).to.equal('1 ville dans 1 pays');
    expect(msg('ar', 'map.summary', { count: 2, countries: 2 })).to.equal('مدينتان في بلدين');
    expect(msg('ar', 'map.summary', { count: 11, countries: 3 })).to.equal('11 مدينةً في 3 بلدان');
  });

  it('formats counts for the full locale, but inserts strings (codes, years) as they are', () => {
    expect(msg('fr', 'list.showAll', { count: 1234 })).to.equal('Tout afficher (1\u202f234)');
    // Latin digits in every Arabic locale, as dates and codes are (ar-EG and ar-SA default to ١٢).
    expect(msg('ar-EG', 'list.showAll', { count: 12 })).to.equal('عرض الكل (12)');
    expect(msg('ar-MA', 'list.showAll', { count: 12 })).to.equal('عرض الكل (12)');
    expect(msg('ar-EG', 'sdg.goalName', { code: '10', title: 'x' })).to.contain('10');
  });

  it('falls back to English for other languages and never throws', () => {
    expect(msg('es', 'view.map')).to.equal('Map');
    expect(msg('not a tag', 'view.map')).to.equal('Map');
    expect(msg('ar-TN', 'view.map')).to.equal('الخريطة');
  });

  it('joins lists in the language', () => {
    expect(formatList('fr', ['a', 'b', 'c'], 'disjunction')).to.equal('a, b ou c');
    expect(formatList('en', ['a', 'b'], 'disjunction')).to.equal('a or b');
    expect(formatList('ar', ['a', 'b'])).to.equal('a وb');
    expect(formatList('!!', ['a', 'b'])).to.equal('a and b');
  });
});

describe('i18n: Arabic, as a native reader reads it', () => {
  const COUNTS = [0, 1, 2, 3, 10, 11, 99, 100, 101];
  const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
  const isPlural = (m: Message): m is Exclude<Message, string> => typeof m === 'object';
  const forms = (m: Message): string[] => (isPlural(m) ? CATEGORIES.map((c) => m[c]).filter((f): f is string => f !== undefined) : [m]);
  const placeholders = (s: string) => [...s.matchAll(/\{@?[^{}\s]+\}/g)].map((x) => x[0]).sort();

  it('has all six plural forms in every Arabic plural message, and a plural where English has one', () => {
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      const ar = MESSAGES.ar[key];
      expect(isPlural(ar), key).to.equal(isPlural(MESSAGES.en[key]));
      if (!isPlural(ar)) continue;
      for (const c of CATEGORIES) expect(ar[c], `${key}.${c}`).to.be.a('string').and.not.equal('');
    }
  });

  it('writes counted nouns right for 0, 1, 2, 3, 10, 11, 99, 100 and 101', () => {
    const results = COUNTS.map((count) => msg('ar', 'filter.results', { count }));
    expect(results).to.deep.equal(['لا توجد نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '10 نتائج', '11 نتيجةً', '99 نتيجةً', '100 نتيجة', '101 نتيجة']);
    const cities = COUNTS.map((count) => msg('ar', 'map.summary.cities', { count }));
    expect(cities).to.deep.equal(['0 مدينة', 'مدينة واحدة', 'مدينتان', '3 مدن', '10 مدن', '11 مدينةً', '99 مدينةً', '100 مدينة', '101 مدينة']);
    const countries = COUNTS.map((countries) => msg('ar', 'map.summary', { count: 11, countries }).replace('11 مدينةً في ', ''));
    expect(countries).to.deep.equal(['0 بلد', 'بلد واحد', 'بلدين', '3 بلدان', '10 بلدان', '11 بلدًا', '99 بلدًا', '100 بلد', '101 بلد']);
    expect(msg('ar', 'error.invalid.text', { count: 2 })).to.equal('في البيانات مشكلتان؛ تعرضهما وحدة تحكّم المتصفّح.');
    expect(msg('ar', 'error.invalid.text', { count: 11 })).to.equal('في البيانات 11 مشكلةً؛ تعرضها وحدة تحكّم المتصفّح.');
    // 103 is "few" again and 111 "many": the plural follows the last two digits.
    expect(msg('ar', 'label.projectCount', { count: 103 })).to.equal('103 مشاريع');
    expect(msg('ar', 'label.projectCount', { count: 111 })).to.equal('111 مشروعًا');
  });

  it('uses Arabic punctuation and « » quotation marks, and keeps the placeholders of the English', () => {
    for (const key of Object.keys(MESSAGES.en) as MessageKey[]) {
      const ar = MESSAGES.ar[key];
      for (const form of forms(ar)) {
        expect(form, `${key}: Arabic comma, semicolon and question mark`).to.not.match(/[,;?]/);
        expect(form, `${key}: quotation marks`).to.not.match(/["“”„]/);
        expect(form.split('«').length, `${key}: « » in pairs`).to.equal(form.split('»').length);
      }
      // The form used for most counts has every placeholder of the English one.
      const en = MESSAGES.en[key];
      expect(placeholders(isPlural(ar) ? ar.other : ar), key).to.deep.equal(placeholders(isPlural(en) ? en.other : en));
    }
    expect(msg('ar', 'error.unknownId.suggestions', { suggestions: 'x' })).to.equal('هل تقصد x؟');
  });

  it('writes counts in Latin digits in every Arabic locale, grouped as the region groups them', () => {
    for (const lang of ['ar', 'ar-EG', 'ar-SA', 'ar-LB', 'ar-EG-u-nu-arab', 'ar-MA', 'ar-TN']) {
      expect(formatNumber(lang, 12), lang).to.equal('12');
      expect(msg(lang, 'filter.results', { count: 11 }), lang).to.equal('11 نتيجةً');
      expect(msg(lang, 'map.summary', { count: 12, countries: 3 }), lang).to.equal('12 مدينةً في 3 بلدان');
      expect(formatNumber(lang, 1234), lang).to.match(/^1[.,]234$/);
      expect(msg(lang, 'list.showAll', { count: 1234 }), lang).to.not.match(/[\u0660-\u0669\u06F0-\u06F9]/);
    }
    expect(formatNumber('ar-EG', 1234)).to.equal('1,234');
    expect(formatNumber('ar-MA', 1234)).to.equal('1.234');
  });

  it('joins lists with «و» and the Arabic comma, as Intl.ListFormat writes Arabic, through one function', () => {
    const roles = [msg('ar', 'cityRole.lead'), msg('ar', 'cityRole.host'), msg('ar', 'cityRole.pilot')];
    for (const lang of ['ar', 'ar-EG', 'ar-MA']) {
      const unit = formatList(lang, roles, 'unit');
      expect(unit, lang).to.equal(new Intl.ListFormat(lang, { type: 'unit' }).format(roles));
      expect(unit, lang).to.equal('مدينة رائدة، ومدينة مضيفة، ومدينة تجريبية');
      const and = formatList(lang, ['طنجة', 'تطوان', 'وجدة']);
      expect(and, lang).to.equal(new Intl.ListFormat(lang, { type: 'conjunction' }).format(['طنجة', 'تطوان', 'وجدة']));
      expect(and, lang).to.contain(' وتطوان').and.contain(' ووجدة').and.not.contain(',');
      expect(formatList(lang, ['أ', 'ب'], 'disjunction'), lang).to.equal('أ أو ب');
    }
    expect(formatList('ar', [roles[0]!, roles[1]!], 'unit')).to.equal('مدينة رائدة ومدينة مضيفة');
    expect(formatList('en', ['Lead city', 'Member'], 'unit')).to.equal('Lead city, Member');
    expect(formatList('fr', ['Tanger', 'Tétouan', 'Oujda'])).to.equal('Tanger, Tétouan et Oujda');
    // A language without an interface catalogue reads English around its lists: its "and" too.
    expect(formatList('es', ['a', 'b'])).to.equal('a and b');
    expect(formatList('ar', ['a'])).to.equal('a');
    expect(formatList('ar', [])).to.equal('');
  });

  it('joins items that are not strings (templates) in their order, with the separators of the language', () => {
    const a = { n: 1 };
    const b = { n: 2 };
    const c = { n: 3 };
    expect(listParts('ar', [a, b, c], 'unit')).to.deep.equal([a, '، و', b, '، و', c]);
    expect(listParts('ar', [a, b, c])).to.deep.equal([a, ' و', b, ' و', c]);
    expect(listParts('fr', [a, b, c])).to.deep.equal([a, ', ', b, ' et ', c]);
    expect(listParts('en', [a])).to.deep.equal([a]);
  });
});

describe('i18n: defineMessages', () => {
  const en = {
    'demo.more': { one: 'Show {count} more activity', other: 'Show {count} more activities' },
    'demo.where': 'Map: {@map.summary}',
  } as const;
  type Key = keyof typeof en;
  const fr: Record<Key, Message> = { 'demo.more': { one: 'Afficher {count} activité de plus', other: 'Afficher {count} activités de plus' }, 'demo.where': 'Carte : {@map.summary}' };
  const ar: Record<Key, Message> = {
    'demo.more': { zero: 'لا أنشطة أخرى', one: 'عرض نشاط واحد آخر', two: 'عرض نشاطين آخرين', few: 'عرض {count} أنشطة أخرى', many: 'عرض {count} نشاطًا آخر', other: 'عرض {count} نشاط آخر' },
    'demo.where': 'الخريطة: {@map.summary}',
  };
  const demo = defineMessages({ en, fr, ar });

  it('fills a component catalogue like the shared one, and reaches shared keys through {@key}', () => {
    expect(demo('en', 'demo.more', { count: 1 })).to.equal('Show 1 more activity');
    expect(demo('fr', 'demo.more', { count: 4 })).to.equal('Afficher 4 activités de plus');
    expect(demo('ar', 'demo.more', { count: 2 })).to.equal('عرض نشاطين آخرين');
    expect(demo('ar-MA', 'demo.more', { count: 11 })).to.equal('عرض 11 نشاطًا آخر');
    expect(demo('es', 'demo.where', { count: 3, countries: 2 })).to.equal('Map: 3 cities in 2 countries');
    expect(demo('fr', 'demo.where', { count: 3, countries: 2 })).to.equal('Carte : 3 villes dans 2 pays');
  });
});

describe('i18n: countryName', () => {
  it('names a country in the reader’s language, with English and the code itself as fallbacks', () => {
    expect(countryName('MA', 'fr')).to.equal('Maroc');
    expect(countryName('MA', 'en-GB')).to.equal('Morocco');
    expect(countryName('TN', 'ar-MA')).to.equal('تونس');
    expect(countryName('LB', undefined)).to.equal('Lebanon');
    expect(countryName('LB', 'not a tag!')).to.equal('Lebanon');
    expect(countryName('QM', 'fr')).to.equal('QM');
    expect(countryName('not a code', 'fr')).to.equal('not a code');
  });
});
