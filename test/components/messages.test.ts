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
import { msg, UI_LANGUAGES } from '../../src/i18n/index.js';

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
    const params = { count: 3, limit: 20, countries: 2, total: 9, url: 'u', id: 'i', suggestions: 's', code: '1', title: 't', short: 's', date: 'd', name: 'n', names: 'a, b', value: 'v', results: 'r', from: 'a', to: 'b', field: 'f', language: 'l' };
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
