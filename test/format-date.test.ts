import { expect } from '@open-wc/testing';
import { parseDateSpec } from '../src/dates.js';
import { datetimeAttr, formatDate } from '../src/format-date.js';

/** ICU puts thin or narrow no-break spaces around range dashes; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\s\u2009\u202f\u00a0]+/g, ' ');
const fmt = (spec: string, locale: string, opts?: Parameters<typeof formatDate>[2]) => plain(formatDate(spec, locale, opts));

describe('formatDate', () => {
  it('writes a year range as years only', () => {
    expect(fmt('2019/2020', 'fr')).to.equal('2019–2020');
    expect(fmt('2019/2020', 'ar')).to.equal('2019–2020');
    // The same in every language: English's formatRange would write "2019 – 2020".
    expect(fmt('2019/2020', 'en')).to.equal('2019–2020');
    expect(fmt('2024/2025', 'en-GB')).to.equal('2024–2025');
    expect(fmt('2019', 'fr')).to.equal('2019');
  });

  it('writes a month as month and year', () => {
    expect(fmt('2017-04', 'fr')).to.equal('avril 2017');
    expect(fmt('2017-04', 'en')).to.equal('April 2017');
    expect(fmt('2017-04', 'ar')).to.equal('أبريل 2017');
    expect(fmt('2017-04', 'fr', { month: 'short' })).to.equal('avr. 2017');
  });

  it('keeps what it wrote by language, month style and date: asked again in another order, the same texts', () => {
    // Texts are cached (an axis writes the same dates again and again); the key must hold all that decides them.
    const cases: Array<[string, string, 'long' | 'short']> = [
      ['2017-04', 'fr', 'long'], ['2017-04', 'fr', 'short'], ['2017-04', 'ar-TN', 'long'], ['2017-04', 'ar', 'long'],
      ['2017-04/2017-06', 'en', 'long'], ['2017-04-01/2017-06', 'en', 'long'], ['2017', 'en', 'long'],
    ];
    const first = cases.map(([d, l, month]) => fmt(d, l, { month }));
    expect(new Set(first).size, 'no two of these read the same').to.equal(cases.length);
    const again = [...cases].reverse().map(([d, l, month]) => fmt(d, l, { month })).reverse();
    expect(again).to.deep.equal(first);
    expect(first[1]).to.equal('avr. 2017');
  });

  it('writes a day in full', () => {
    expect(fmt('2018-04-05', 'fr')).to.equal('5 avril 2018');
    expect(fmt('2018-04-05', 'en')).to.equal('April 5, 2018');
    expect(fmt('2018-04-05', 'ar')).to.equal('5 أبريل 2018');
  });

  it('uses the full tag: Moroccan and Tunisian month names differ', () => {
    expect(fmt('2017-04', 'ar-TN')).to.equal('أفريل 2017');
    expect(fmt('2017-04', 'ar-MA')).to.equal('أبريل 2017');
    expect(fmt('2017-11', 'ar-MA')).to.equal('نونبر 2017');
    expect(fmt('2017-11', 'ar-TN')).to.equal('نوفمبر 2017');
    expect(fmt('2017-06', 'ar-DZ')).to.equal('جوان 2017');
    expect(fmt('2017-11', 'ar-MA')).to.not.equal(fmt('2017-11', 'ar-TN'));
  });

  it('never number-formats years: Latin digits, no grouping, Gregorian calendar', () => {
    for (const locale of ['ar', 'ar-EG', 'ar-SA', 'ar-LB', 'fa-IR', 'ar-EG-u-nu-arab', 'de', 'fr']) {
      const s = formatDate('2018-04-05', locale);
      expect(s, locale).to.contain('2018');
      expect(s, locale).to.not.match(/[\u0660-\u0669\u06F0-\u06F9]/);
      expect(s, locale).to.not.match(/2[.,\u202f\u00a0 ]018/);
    }
    expect(fmt('2018-04-05', 'ar-LB')).to.equal('5 نيسان 2018');
  });

  it('gives day and month only when the year is unknown', () => {
    expect(fmt('--11-27/--11-28', 'fr')).to.equal('27–28 novembre');
    expect(fmt('--11-27/--11-28', 'en')).to.match(/^November 27 ?– ?28$/);
    expect(fmt('--11-27/--11-28', 'ar')).to.equal('27–28 نوفمبر');
    expect(fmt('--11-27', 'fr')).to.equal('27 novembre');
    expect(fmt('--02-29', 'fr'), 'a leap day with no year').to.equal('29 février');
    expect(fmt('--11', 'fr')).to.equal('novembre');
    expect(formatDate('--11-27/--11-28', 'fr')).to.not.match(/\d{4}/);
  });

  it('collapses ranges within a month, and spans months and years', () => {
    expect(fmt('2017-04-06/2017-04-07', 'fr')).to.equal('6–7 avril 2017');
    expect(fmt('2017-04-06/2017-04-07', 'en')).to.match(/^April 6 ?– ?7, 2017$/);
    expect(fmt('2017-04-06/2017-04-07', 'ar')).to.equal('6–7 أبريل 2017');
    expect(fmt('2017-04-28/2017-05-02', 'fr')).to.equal('28 avril – 2 mai 2017');
    expect(fmt('2017-12-30/2018-01-02', 'fr')).to.equal('30 décembre 2017 – 2 janvier 2018');
    expect(fmt('2017-04/2017-06', 'fr')).to.equal('avril – juin 2017');
    expect(fmt('2017-11/2018-02', 'ar-TN')).to.equal('نوفمبر 2017 – فيفري 2018');
  });

  it('keeps each end’s precision in a mixed range, and a one-day range is one day', () => {
    expect(fmt('2017/2018-03', 'fr')).to.equal('2017 – mars 2018');
    expect(fmt('2017-04-06/2017-04-06', 'fr')).to.equal('6 avril 2017');
  });

  it('writes the first day of a month «1er» in French, alone or in a range, at either end', () => {
    expect(fmt('2025-06-01', 'fr')).to.equal('1er juin 2025');
    expect(fmt('2025-06-01/2025-06-03', 'fr')).to.equal('1er–3 juin 2025');
    expect(fmt('2025-05-28/2025-06-01', 'fr')).to.equal('28 mai – 1er juin 2025');
    expect(fmt('2024-12-01/2025-01-01', 'fr')).to.equal('1er décembre 2024 – 1er janvier 2025');
    expect(fmt('--06-01', 'fr'), 'the year unknown').to.equal('1er juin');
    expect(fmt('2025-06-01/2025-07', 'fr'), 'ends of different precisions').to.equal('1er juin 2025 – juillet 2025');
    expect(fmt('2025-06-01', 'fr', { month: 'short' })).to.equal('1er juin 2025');
    expect(fmt('2025-06-01', 'fr-BE')).to.equal('1er juin 2025');
    expect(fmt('2025-06-01', 'fr-CA')).to.match(/^1er /);
  });

  it('leaves the other days in French, and every day in English and Arabic, as Intl writes them', () => {
    for (const [spec, expected] of [
      ['2025-06-11', '11 juin 2025'],
      ['2025-06-21', '21 juin 2025'],
      ['2025-06-10/2025-06-12', '10–12 juin 2025'],
      ['2025-06-21/2025-07-11', '21 juin – 11 juillet 2025'],
      ['2025-06', 'juin 2025'],
      ['2001', '2001'],
    ]) {
      expect(fmt(spec, 'fr'), spec).to.equal(expected);
    }
    expect(fmt('2025-06-01', 'en')).to.equal('June 1, 2025');
    expect(fmt('2025-06-01/2025-06-03', 'en')).to.match(/^June 1 ?– ?3, 2025$/);
    expect(fmt('2025-06-01', 'ar')).to.equal('1 يونيو 2025');
    expect(fmt('2025-06-01/2025-06-03', 'ar')).to.equal('1–3 يونيو 2025');
    expect(fmt('2025-06-01', 'ar-MA')).to.not.contain('er');
  });

  it('accepts a parsed range, and returns a non-date as it is', () => {
    const r = parseDateSpec('2017-04');
    if (!r.ok) throw new Error(r.message);
    expect(fmt('2017-04', 'fr')).to.equal(plain(formatDate(r.value, 'fr')));
    expect(formatDate('spring 2017', 'fr')).to.equal('spring 2017');
    expect(fmt('2017-04', 'not a tag')).to.equal('April 2017');
  });
});

describe('datetimeAttr', () => {
  it('gives the ISO date at its precision, for a range its start', () => {
    expect(datetimeAttr('2017')).to.equal('2017');
    expect(datetimeAttr('2017-04')).to.equal('2017-04');
    expect(datetimeAttr('2018-04-05')).to.equal('2018-04-05');
    expect(datetimeAttr('2019/2020'), 'a range: its start (HTML has no interval form)').to.equal('2019');
    expect(datetimeAttr('2017-04-06/2017-04-07')).to.equal('2017-04-06');
    expect(datetimeAttr('--11-27/--11-28')).to.equal('--11-27');
    expect(datetimeAttr('--11-27')).to.equal('--11-27');
    expect(datetimeAttr('2017-04-06/2017-04-06')).to.equal('2017-04-06');
    expect(datetimeAttr('nope')).to.equal('');
  });

  it("is always one of the forms HTML's datetime accepts (a year, a month, a date, a day without its year)", () => {
    const valid = /^(?:\d{4,}|\d{4,}-\d{2}|\d{4,}-\d{2}-\d{2}|--\d{2}-\d{2})$/;
    for (const spec of ['2017', '2017-04', '2018-04-05', '2019/2020', '2019-04/2020-12', '2017-04-06/2017-04-07', '--11-27', '--11-27/--11-28', '2017/2018-06']) {
      expect(datetimeAttr(spec), spec).to.match(valid);
    }
  });
});

describe('formatDate: regional Arabic month names', () => {
  // The month names each Arab region reads (CLDR through Intl): the Maghreb's French-derived names,
  // Tunisia's own, and the Levant's Syriac names.
  const cases: Array<[string, string, string]> = [
    ['ar-MA', '2019-08', 'غشت 2019'],
    ['ar-MA', '2017-11', 'نونبر 2017'],
    ['ar-TN', '2017-04', 'أفريل 2017'],
    ['ar-TN', '2019-08', 'أوت 2019'],
    ['ar-LB', '2017-04', 'نيسان 2017'],
    ['ar-JO', '2017-11', 'تشرين الثاني 2017'],
    ['ar-PS', '2019-08', 'آب 2019'],
    ['ar', '2017-04', 'أبريل 2017'],
  ];
  for (const [lang, spec, expected] of cases) {
    it(`${lang}: ${spec} → ${expected}`, () => {
      expect(formatDate(spec, lang)).to.equal(expected);
    });
  }
  it('keeps Latin digits in every Arabic region', () => {
    for (const lang of ['ar', 'ar-MA', 'ar-TN', 'ar-LB', 'ar-JO', 'ar-PS', 'ar-EG', 'ar-SA']) expect(formatDate('2018-04-05', lang), lang).to.match(/^[^\u0660-\u0669\u06F0-\u06F9]*5[^\u0660-\u0669]*2018$/);
  });
});
