import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/sdg-badge/define.js';
import type { CwSdgBadge } from '../../components/sdg-badge/sdg-badge.js';
import type { CwErrorDetail } from '../../components/base/index.js';
import { loadSdgTitles, sdgGoal, sdgGoals, sdgShortTitlesLoaded, sdgTarget, sdgTitlesLoaded } from '../../src/sdg.js';
import { mount, part, rgb, textContrast } from './helpers.js';

const badge = (code: string, lang: string, extra = '') => {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<cw-sdg-badge code="${code}" lang="${lang}" ${extra}></cw-sdg-badge>`;
  return wrap.firstElementChild as CwSdgBadge;
};

// First, before anything loads the titles.
describe('<cw-sdg-badge> while its titles load', () => {
  it('is named by its short title first, then by the full title, and nothing moves', async () => {
    expect(sdgTitlesLoaded('fr')).to.equal(false);
    const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="10.7" lang="fr"></cw-sdg-badge>`);
    const base = part(el, 'base')!;
    const before = base.getBoundingClientRect();
    expect(base.getAttribute('aria-label')).to.equal('Cible ODD 10.7, Inégalités réduites');
    expect(part(el, 'title')!.textContent).to.equal('Inégalités réduites');
    expect(sdgShortTitlesLoaded('fr'), 'the short titles come with the messages').to.equal(true);
    await waitUntil(() => part(el, 'base')!.getAttribute('aria-label') !== 'Cible ODD 10.7, Inégalités réduites', 'the full title arrives');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal(`Cible ODD 10.7, Inégalités réduites\u00a0: ${sdgTarget('10.7')!.title!.fr}`);
    expect(part(el, 'base')!.getAttribute('title')).to.equal(part(el, 'base')!.getAttribute('aria-label'));
    expect(sdgTitlesLoaded('en'), 'only the language shown is loaded').to.equal(false);
    const after = part(el, 'base')!.getBoundingClientRect();
    expect([after.width, after.height, after.x, after.y]).to.deep.equal([before.width, before.height, before.x, before.y]);
  });
});

describe('<cw-sdg-badge>', () => {
  before(() => loadSdgTitles());

  it('shows a target in French, English and Arabic, with the full official title as its name', async () => {
    const t = sdgTarget('10.7')!;
    const cases = [
      { lang: 'fr', short: 'Inégalités réduites', name: `Cible ODD 10.7, Inégalités réduites\u00a0: ${t.title!.fr}` },
      { lang: 'en', short: 'Reduced inequalities', name: `SDG target 10.7, Reduced inequalities: ${t.title!.en}` },
      { lang: 'ar', short: sdgGoal('10')!.shortTitle.ar!, name: `غاية التنمية المستدامة 10.7، ${sdgGoal('10')!.shortTitle.ar}: ${t.title!.ar}` },
    ];
    for (const c of cases) {
      const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="10.7" lang=${c.lang}></cw-sdg-badge>`);
      expect(el.state).to.equal('ready');
      const base = part(el, 'base')!;
      expect(part(el, 'code')!.textContent, c.lang).to.equal('10.7');
      expect(part(el, 'title')!.textContent, c.lang).to.equal(c.short);
      expect(base.getAttribute('role')).to.equal('img');
      expect(base.getAttribute('aria-label'), c.lang).to.equal(c.name);
      expect(base.hasAttribute('lang'), 'not a fallback').to.equal(false);
    }
  });

  it('names a goal by its full title', async () => {
    const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="10" lang="en"></cw-sdg-badge>`);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('SDG 10, Reduced inequalities: Reduce inequality within and among countries');
    expect(part(el, 'code')!.textContent).to.equal('10');
  });

  it('never number-formats the code, and isolates it in <bdi>', async () => {
    for (const lang of ['ar-EG', 'ar', 'de', 'fr']) {
      const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="16.10" lang=${lang}></cw-sdg-badge>`);
      const code = part(el, 'code')!;
      expect(code.tagName, lang).to.equal('BDI');
      expect(code.textContent, lang).to.equal('16.10');
      expect(part(el, 'base')!.getAttribute('aria-label'), lang).to.contain('16.10');
    }
  });

  it('marks titles in a fallback language with their lang', async () => {
    const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="5" lang="es"></cw-sdg-badge>`);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'title')!.textContent).to.equal('Gender equality');
  });

  it('has three sizes: small shows the number only', async () => {
    const small = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="11" size="small" lang="fr"></cw-sdg-badge>`);
    expect(part(small, 'title')).to.equal(null);
    expect(part(small, 'base')!.getAttribute('aria-label')).to.contain('Villes et communautés durables');
    const medium = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="11" lang="fr"></cw-sdg-badge>`);
    const large = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="11" size="large" lang="fr"></cw-sdg-badge>`);
    expect(part(medium, 'title')!.textContent).to.equal('Villes et communautés durables');
    const [s, m, l] = [small, medium, large].map((e) => part(e, 'base')!.getBoundingClientRect());
    expect(s!.width).to.be.lessThan(m!.width);
    expect(l!.height).to.be.greaterThan(m!.height);
  });

  it('links to the UN page of the code when asked', async () => {
    const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="10.7" link lang="en"></cw-sdg-badge>`);
    const a = part(el, 'base') as HTMLAnchorElement;
    expect(a.tagName).to.equal('A');
    expect(a.getAttribute('href')).to.equal('http://metadata.un.org/sdg/10.7');
    expect(a.getAttribute('aria-label')).to.match(/^SDG target 10\.7, Reduced inequalities: /);
    a.focus();
    expect(el.shadowRoot!.activeElement).to.equal(a);
    // A page in the background (two test files at once) has no :focus-visible; check the rule then.
    if (a.matches(':focus-visible')) expect(getComputedStyle(a).outlineStyle).to.equal('solid');
    else {
      const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
      expect(css).to.match(/a\.badge:focus-visible \{[^}]*outline: var\(--_cw-focus-width\) solid/);
    }
  });

  it('has readable text on every goal colour (contrast at least 4.5:1)', async () => {
    for (const goal of sdgGoals()) {
      const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code=${goal.code} lang="en"></cw-sdg-badge>`);
      const base = part(el, 'base')!;
      const background = rgb(getComputedStyle(base).backgroundColor);
      const official = goal.color.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
      expect(background, `goal ${goal.code} in its official colour`).to.deep.equal(official);
      expect(textContrast(part(el, 'code')!, base), `goal ${goal.code}`).to.be.at.least(4.5);
      expect(textContrast(part(el, 'title')!, base), `goal ${goal.code}`).to.be.at.least(4.5);
    }
    const ink = async (code: string) => {
      const el = await fixture<CwSdgBadge>(html`<cw-sdg-badge code=${code}></cw-sdg-badge>`);
      return getComputedStyle(part(el, 'base')!).color;
    };
    expect(await ink('7'), 'dark text on yellow').to.equal('rgb(0, 0, 0)');
    expect(await ink('11'), 'dark text on orange').to.equal('rgb(0, 0, 0)');
    expect(await ink('17'), 'white text on dark blue').to.equal('rgb(255, 255, 255)');
  });

  it('shows an unknown code as an error with a suggestion, and fires cw-error', async () => {
    const cases = [
      { code: '16.16', suggestions: ['16.6'] },
      { code: 'SDG 10', suggestions: ['10'] },
      { code: '99', suggestions: [] },
    ];
    for (const c of cases) {
      const el = badge(c.code, 'fr');
      const event = oneEvent(el, 'cw-error');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<CwErrorDetail>;
        expect(detail).to.deep.include({ kind: 'unknown-id', id: c.code, suggestions: c.suggestions });
        expect(detail.message).to.contain(c.code);
        expect(el.state).to.equal('error');
        expect(part(el, 'error-title')!.textContent).to.equal('Introuvable');
        const text = part(el, 'error-text')!.textContent!.replace(/[\u2068\u2069]/g, '');
        expect(text).to.contain(`le code «\u00a0${c.code}\u00a0»`);
        if (c.suggestions.length) expect(text).to.contain(`Vouliez-vous dire ${c.suggestions[0]}\u202f?`);
        expect(getComputedStyle(el).display).to.equal('inline-block');
      } finally {
        el.remove();
      }
    }
  });

  it('recovers when the code is corrected', async () => {
    const el = await mount<HTMLElement>(html`<div @cw-error=${() => {}}><cw-sdg-badge code="1.0" lang="en"></cw-sdg-badge></div>`).then((d) => d.firstElementChild as CwSdgBadge);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    el.code = '1.a';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(229, 36, 59)');
  });

  it('reads lang from an ancestor across a shadow root, and re-renders when it changes (fr → ar)', async () => {
    const outer = await mount<HTMLElement>(html`<div lang="fr"><div class="host"></div></div>`);
    const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><cw-sdg-badge code="10"></cw-sdg-badge></p>';
    const el = root.querySelector('cw-sdg-badge') as CwSdgBadge;
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Inégalités réduites');
    expect(el.getAttribute('dir')).to.equal('ltr');
    outer.setAttribute('lang', 'ar');
    await waitUntil(() => part(el, 'title')!.textContent === sdgGoal('10')!.shortTitle.ar);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'base')!.getAttribute('aria-label')).to.match(/^هدف التنمية المستدامة 10، /);
  });

  it('mirrors in right-to-left languages (computed positions)', async () => {
    const ltr = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="4" lang="fr"></cw-sdg-badge>`);
    const rtl = await fixture<CwSdgBadge>(html`<cw-sdg-badge code="4" lang="ar"></cw-sdg-badge>`);
    const l = { code: part(ltr, 'code')!.getBoundingClientRect(), title: part(ltr, 'title')!.getBoundingClientRect() };
    const r = { code: part(rtl, 'code')!.getBoundingClientRect(), title: part(rtl, 'title')!.getBoundingClientRect() };
    expect(l.code.right, 'LTR: number on the left').to.be.at.most(l.title.left);
    expect(r.code.left, 'RTL: number on the right').to.be.at.least(r.title.right);
    const base = part(rtl, 'base')!.getBoundingClientRect();
    expect(base.right - r.code.right, 'RTL: the start padding is on the right').to.be.closeTo(l.code.left - part(ltr, 'base')!.getBoundingClientRect().left, 1);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in every state and size, ${theme} theme`, async () => {
      const wrap = await mount<HTMLElement>(html`<div lang="fr" @cw-error=${() => {}}>
        <cw-sdg-badge theme=${theme} code="10.7"></cw-sdg-badge>
        <cw-sdg-badge theme=${theme} code="7" size="small"></cw-sdg-badge>
        <cw-sdg-badge theme=${theme} code="11" size="large"></cw-sdg-badge>
        <cw-sdg-badge theme=${theme} code="16.b" link></cw-sdg-badge>
        <cw-sdg-badge theme=${theme} code="16.16"></cw-sdg-badge>
        <cw-sdg-badge theme=${theme} code="3" lang="ar"></cw-sdg-badge>
      </div>`);
      const badges = [...wrap.querySelectorAll('cw-sdg-badge')] as CwSdgBadge[];
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges.map((b) => b.state)).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'error', 'ready']);
      const error = badges[4]!;
      expect(textContrast(part(error, 'error-title')!, part(error, 'error')!)).to.be.at.least(4.5);
      expect(textContrast(part(error, 'error-text')!, part(error, 'error')!)).to.be.at.least(4.5);
      await expect(wrap).to.be.accessible();
    });
  }
});
