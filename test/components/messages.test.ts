/**
 * The elements' messages load on demand, one language at a time (components/base/messages.ts): an
 * element shows its loading state until the messages of its language are there, then its view in
 * that language. In a file of its own (not importing ./helpers.js, which loads every language
 * first), so that no language is loaded before these tests.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { hasMessage, loadMessages, messagesLoaded, uiMsg } from '../../components/base/messages.js';
import '../../components/sdg-badge/define.js';
import type { CwSdgBadge } from '../../components/sdg-badge/sdg-badge.js';
import { msg, UI_LANGUAGES, type Message } from '../../src/i18n/index.js';

// Past the browser's default 250 resource entries (the dev server serves every module as a file),
// later requests would go unrecorded.
performance.setResourceTimingBufferSize(10_000);
const messageRequests = (lang: string) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/components/messages/${lang}.ts`)).length;

describe('element messages, loaded on demand', () => {
  it('are not loaded before an element needs them; uiMsg is empty meanwhile', () => {
    for (const lang of UI_LANGUAGES) expect(messagesLoaded(lang), lang).to.equal(false);
    expect(uiMsg('ar', 'state.loading')).to.equal('');
    expect(hasMessage('ar', 'status.ongoing')).to.equal(false);
  });

  it('an element stays in its loading state until its language is there, then shows it; other languages are not downloaded', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      render(html`<cw-sdg-badge code="10.7" lang="ar-MA"></cw-sdg-badge>`, container);
      const el = container.firstElementChild as CwSdgBadge;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
      await waitUntil(() => el.state === 'ready', 'the Arabic messages arrive', { timeout: 5000 });
      expect(messagesLoaded('ar')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.match(/^غاية التنمية المستدامة 10\.7، /);
      expect(messageRequests('ar')).to.equal(1);
      expect(messageRequests('fr') + messageRequests('en')).to.equal(0);
    } finally {
      container.remove();
    }
  });

  it('fill messages as the library does, for every key, in every language', async () => {
    await Promise.all(UI_LANGUAGES.map((lang) => loadMessages(lang)));
    const { en } = await import('../../components/messages/en.js');
    const params = { count: 3, limit: 20, countries: 2, total: 9, url: 'u', id: 'i', suggestions: 's', code: '1', title: 't', short: 's', date: 'd', name: 'n', names: 'a, b', value: 'v', results: 'r', from: 'a', to: 'b', field: 'f', language: 'l', filters: 'f', text: 't', of: 'o', body: 'b', network: 'n', column: 'c', list: 'l', event: 'e' };
    for (const lang of [...UI_LANGUAGES, 'ar-MA', 'es']) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(hasMessage(lang, key), `${lang} ${key}`).to.equal(true);
        const text = uiMsg(lang, key, params);
        expect(text, `${lang} ${key}`).to.not.be.oneOf(['', key]);
        expect(text, `${lang} ${key}: every placeholder filled`).to.not.match(/\{@?[^{}\s]+\}/);
      }
      expect(uiMsg(lang, 'filter.results', { count: 2 })).to.equal(msg(lang, 'filter.results', { count: 2 }));
    }
    expect(uiMsg('es', 'view.map')).to.equal('Map');
  });
});

describe('element messages in Arabic, as a native reader reads them', () => {
  const COUNTS = [0, 1, 2, 3, 10, 11, 99, 100, 101];
  const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
  type Plural = Exclude<Message, string>;
  const isPlural = (m: Message): m is Plural => typeof m === 'object';

  it('have all six plural forms in every Arabic plural message, with Arabic punctuation and « »', async () => {
    const [{ en }, { ar }] = await Promise.all([import('../../components/messages/en.js'), import('../../components/messages/ar.js')]);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const m = ar[key];
      expect(isPlural(m), key).to.equal(isPlural(en[key]));
      const forms = isPlural(m) ? CATEGORIES.map((c) => m[c]) : [m];
      for (const [i, form] of forms.entries()) {
        expect(form, `${key}.${isPlural(m) ? CATEGORIES[i] : ''}`).to.be.a('string').and.not.equal('');
        expect(form, `${key}: Arabic comma, semicolon and question mark`).to.not.match(/[,;?]/);
        expect(form, `${key}: quotation marks`).to.not.match(/["“”„]/);
      }
    }
  });

  it('agree counted nouns for 0, 1, 2, 3, 10, 11, 99, 100 and 101', async () => {
    await loadMessages('ar');
    const shown = COUNTS.map((count) => uiMsg('ar', 'timeline.shown', { count, total: 120 }));
    expect(shown).to.deep.equal([
      'لا توجد عناصر معروضة',
      'عنصر واحد معروض من أصل 120',
      'عنصران معروضان من أصل 120',
      '3 عناصر معروضة من أصل 120',
      '10 عناصر معروضة من أصل 120',
      '11 عنصرًا معروضًا من أصل 120',
      '99 عنصرًا معروضًا من أصل 120',
      '100 عنصر معروض من أصل 120',
      '101 عنصر معروض من أصل 120',
    ]);
    const more = COUNTS.map((count) => uiMsg('ar', 'projectList.showMore', { count }));
    expect(more).to.deep.equal([
      'لا توجد مشاريع أخرى',
      'عرض مشروع واحد آخر',
      'عرض مشروعين آخرين',
      'عرض 3 مشاريع أخرى',
      'عرض 10 مشاريع أخرى',
      'عرض 11 مشروعًا آخر',
      'عرض 99 مشروعًا آخر',
      'عرض 100 مشروع آخر',
      'عرض 101 مشروع آخر',
    ]);
    const cities = COUNTS.slice(1).map((count) => uiMsg('ar', 'cityMap.cluster', { count, names: 'س' }));
    expect(cities).to.deep.equal(['مدينة واحدة: س', 'مدينتان (2): س', '3 مدن: س', '10 مدن: س', '11 مدينةً: س', '99 مدينةً: س', '100 مدينة: س', '101 مدينة: س']);
    expect(uiMsg('ar', 'cityMap.otherCities', { count: 23 })).to.equal('23 مدينةً أخرى');
    expect(uiMsg('ar', 'cityMap.otherCities', { count: 2 })).to.equal('مدينتان أخريان');
    // Latin digits in Egypt and Saudi Arabia too, whose locales default to Arabic-Indic ones.
    expect(uiMsg('ar-EG', 'timeline.shown', { count: 12, total: 1200 })).to.equal('12 عنصرًا معروضًا من أصل 1,200');
    expect(uiMsg('ar-SA', 'cityMap.listOfCities', { count: 42 })).to.equal('قائمة المدن (42)');
  });
});

describe('element messages: a cluster’s name states the count its badge shows (WCAG 2.5.3)', () => {
  it('in every language, for every count a badge can show (2 cities and more)', async () => {
    await Promise.all(UI_LANGUAGES.map((lang) => loadMessages(lang)));
    for (const lang of UI_LANGUAGES) {
      for (const count of [2, 3, 10, 11, 99, 100, 101, 1000]) {
        // The number as the badge writes it, digit groups aside ("1 000" in French, "1,000" in English).
        expect(uiMsg(lang, 'cityMap.cluster', { count, names: 'x' }).replace(/(\d)[\s,.](?=\d{3})/g, '$1'), `${lang} ${count}`).to.contain(String(count));
      }
    }
  });
});

describe('element messages in French: French typography', () => {
  type Plural = Exclude<Message, string>;
  const formsOf = (m: Message): string[] => (typeof m === 'object' ? Object.entries(m as Plural).filter(([k]) => k !== 'by').map(([, v]) => v as string) : [m]);
  /** What is wrong with the spaces of a French text: U+00A0 before « : » and inside « », U+202F before « ; ? ! ». */
  const faults = (form: string): string[] => [
    // A plain (or any other breaking) space where French sets a no-break one.
    ...(/[^\S\u00a0\u202f][:;?!»]|«[^\S\u00a0\u202f]/.test(form) ? ['a breaking space before : ; ? ! » or after «'] : []),
    // The right no-break space for each sign, when there is one.
    ...(/\u202f[:»]|«\u202f/.test(form) ? ['a narrow no-break space before : or » or after «'] : []),
    ...(/\u00a0[;?!]/.test(form) ? ['a wide no-break space before ; ? !'] : []),
  ];

  it('the check finds what it looks for', () => {
    for (const bad of ['Période : {date}', 'Traduit ; l’original', 'Vouliez-vous dire {x} ?', 'Attention !', '« {text}\u00a0»', '«\u00a0{text} »', 'Période\u202f: {date}', 'Traduit\u00a0; l’original']) {
      expect(faults(bad), JSON.stringify(bad)).to.not.deep.equal([]);
    }
    for (const good of ['Période\u00a0: {date}', 'Traduit\u202f; l’original', 'dire {x}\u202f?', '«\u00a0{text}\u00a0»', '{date}–{end}', 'Sources (.ics)']) {
      expect(faults(good), JSON.stringify(good)).to.deep.equal([]);
    }
  });

  it('no plain space before : ; ? ! or », nor after «, in either catalogue (every form of every message)', async () => {
    const [{ fr: shared }, { fr: ui }] = await Promise.all([import('../../src/i18n/messages/fr.js'), import('../../components/messages/fr.js')]);
    const wrong: string[] = [];
    for (const [catalogue, messages] of [['src/i18n/messages/fr.ts', shared], ['components/messages/fr.ts', ui]] as const) {
      for (const [key, m] of Object.entries(messages as Record<string, Message>)) {
        for (const form of formsOf(m)) for (const f of faults(form)) wrong.push(`${catalogue} ${key}: ${f} in ${JSON.stringify(form)}`);
      }
    }
    expect(wrong).to.deep.equal([]);
    // What the check looks at: the catalogues are the ones the elements use, with their no-break spaces.
    expect(formsOf(ui['cityMap.keys'])[0]).to.contain('Échap\u00a0: annuler la sélection');
    expect(formsOf(shared['error.unknownId.suggestions'])[0]).to.match(/\u202f\?$/);
  });
});
