/**
 * The shared collator, and the formatters built ahead of a first render (`formatterWarmups`): what is
 * built there is what the render's own calls find, so they construct nothing more. Counted by
 * wrapping the `Intl` constructors, with a language no other test in this file uses first.
 */
import { expect } from '@open-wc/testing';
import { formatDate } from '../src/format-date.js';
import { collator, countryName } from '../src/i18n/index.js';
import { formatterWarmups, type FormatNeeds } from '../src/i18n/warm.js';

/** Every piece of `formatterWarmups`, at once (the CDN entry runs each in a task of its own). */
const warmFormatters = (lang: string | undefined, needs?: FormatNeeds) => formatterWarmups(lang, needs).forEach((piece) => piece());

type Kind = 'Collator' | 'DisplayNames' | 'DateTimeFormat' | 'ListFormat' | 'PluralRules' | 'NumberFormat';
const KINDS: Kind[] = ['Collator', 'DisplayNames', 'DateTimeFormat', 'ListFormat', 'PluralRules', 'NumberFormat'];

/** Runs `fn` with every `Intl` constructor of KINDS counting its calls; returns the counts. */
function counting(fn: () => void): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const originals = KINDS.map((k) => [k, Intl[k]] as const);
  const intl = Intl as unknown as Record<Kind, unknown>;
  for (const [k, Original] of originals) {
    intl[k] = new Proxy(Original, {
      construct(target, args) {
        counts[k]++;
        return Reflect.construct(target as unknown as new (...a: unknown[]) => object, args);
      },
    });
  }
  try {
    fn();
  } finally {
    for (const [k, Original] of originals) intl[k] = Original;
  }
  return counts;
}

describe('i18n: the shared collator', () => {
  it("sorts names as a reader of the language does: accents and case aside, numbers by value", () => {
    const names = ['Ville 10', 'égypte', 'Ville 2', 'Espagne', 'Algérie'];
    expect([...names].sort(collator('fr').compare)).to.deep.equal(['Algérie', 'égypte', 'Espagne', 'Ville 2', 'Ville 10']);
  });

  it('is built once per language, and is English for a tag that is not one', () => {
    expect(collator('fr-FR')).to.equal(collator('fr-FR'));
    expect(collator('not a tag').resolvedOptions().locale).to.match(/^en/);
  });
});

describe('i18n: formatters built ahead (formatterWarmups)', () => {
  it("builds what a map's first render formats in its language, which then constructs nothing", () => {
    const built = counting(() => warmFormatters('pt-BR', { countries: true }));
    expect(built.DisplayNames, 'country names').to.equal(1);
    expect(built.Collator, 'the sort of names').to.equal(1);
    expect(built.ListFormat + built.PluralRules + built.NumberFormat, 'lists, plurals and counts').to.equal(3);
    expect(built.DateTimeFormat, 'no dates asked for').to.equal(0);
    const after = counting(() => {
      countryName('TN', 'pt-BR');
      collator('pt-BR').compare('a', 'b');
    });
    expect(Object.values(after).reduce((a, b) => a + b), 'the render finds them').to.equal(0);
  });

  it("builds a timeline's date formats at each precision, long and short", () => {
    const built = counting(() => warmFormatters('es-MX', { dates: true }));
    expect(built.DateTimeFormat).to.be.greaterThanOrEqual(4);
    const after = counting(() => {
      formatDate('2021', 'es-MX');
      formatDate('2021-06', 'es-MX');
      formatDate('2021-06-09', 'es-MX');
      formatDate('2020/2021', 'es-MX');
      formatDate('2021-06', 'es-MX', { month: 'short' });
    });
    expect(after.DateTimeFormat, 'the render finds them').to.equal(0);
  });

  it('comes as one piece per kind of formatter, each building its own kind only (each runs in a task of its own)', () => {
    // A language no other test here uses, with an interface of its own (its lists are written in it).
    const pieces = formatterWarmups('fr-CA', { countries: true, dates: true });
    const built = pieces.map((piece) => Object.entries(counting(piece)).filter(([, n]) => n > 0).map(([kind]) => kind).sort());
    // First the engine's likely-subtags data (no formatter), then the collator with the collation data.
    expect(built).to.deep.equal([[], ['Collator'], ['NumberFormat', 'PluralRules'], ['ListFormat'], ['DisplayNames'], ['DateTimeFormat']]);
    expect(formatterWarmups('fr-CA')).to.have.length(4);
  });

  it('never throws, whatever the language', () => {
    expect(() => warmFormatters('😀', { countries: true, dates: true })).not.to.throw();
    expect(() => warmFormatters(undefined)).not.to.throw();
  });
});
