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
    expect(cities).to.deep.equal(['مدينة واحدة: س', 'مدينتان: س', '3 مدن: س', '10 مدن: س', '11 مدينةً: س', '99 مدينةً: س', '100 مدينة: س', '101 مدينة: س']);
    expect(uiMsg('ar', 'cityMap.otherCities', { count: 23 })).to.equal('23 مدينةً أخرى');
    expect(uiMsg('ar', 'cityMap.otherCities', { count: 2 })).to.equal('مدينتان أخريان');
    // Latin digits in Egypt and Saudi Arabia too, whose locales default to Arabic-Indic ones.
    expect(uiMsg('ar-EG', 'timeline.shown', { count: 12, total: 1200 })).to.equal('12 عنصرًا معروضًا من أصل 1,200');
    expect(uiMsg('ar-SA', 'cityMap.listOfCities', { count: 42 })).to.equal('قائمة المدن (42)');
  });
});
