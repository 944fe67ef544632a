import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { $, $$, loaded, oneEvent, text } from './helpers.js';
import '../../components/sdg-coverage/define.js';
import type { CwSdgCoverage } from '../../components/sdg-coverage/sdg-coverage.js';
import type { CwErrorDetail } from '../../components/base/index.js';
import { formatNumber } from '../../src/i18n/index.js';
import type { Atlas } from '../../src/atlas.js';
import { atlasOf, defaultAtlas } from '../fixtures/atlas-of.js';

const LANGS = ['fr', 'en', 'ar'] as const;

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

async function mountCoverage(lang: string, extra = '', width = '60rem'): Promise<CwSdgCoverage> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size: ${width}" @cw-error=${() => {}}></div>`);
  wrap.innerHTML = `<cw-sdg-coverage network="mc2cm" ${extra}></cw-sdg-coverage>`;
  const el = wrap.firstElementChild as CwSdgCoverage;
  el.atlas = atlas;
  await loaded(el);
  return el;
}

/** The column index (in the body rows, after the row header) of a target. */
const columnOf = (el: CwSdgCoverage, code: string) => el.view!.targetColumns.indexOf(code);

describe('<cw-sdg-coverage>', () => {
  it('MC2CM: a real table of 15 actions × targets, 7 actions on 10.7, in French, English and Arabic, and passes axe', async () => {
    for (const lang of LANGS) {
      const el = await mountCoverage(lang);
      expect(el.state).to.equal('ready');
      const table = $(el, 'table')!;
      expect(table.querySelector('caption')).to.not.equal(null);
      expect(table.querySelectorAll('tbody tr')).to.have.length(15);
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(15);
      expect(table.querySelectorAll('thead th[scope="colgroup"]').length).to.equal(el.view!.goals.length);
      const totals = [...table.querySelectorAll('tfoot td')].map((td) => td.textContent!.trim());
      expect(totals[columnOf(el, '10.7')]).to.equal(formatNumber(lang, 7));
      expect(el.view!.targets.columnCounts[columnOf(el, '10.7')]).to.equal(7);
      await expect(el).to.be.accessible();
    }
  });

  it('sorts by a column with aria-sort, and back', async () => {
    const el = await mountCoverage('en');
    const i = columnOf(el, '10.7');
    const th = $$(el, 'thead tr:last-child th')[i + 1]!;
    th.querySelector('button')!.click();
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    const firstSeven = $$(el, 'tbody tr').slice(0, 7).map((tr) => tr.querySelectorAll('td')[i]!.classList.contains('on'));
    expect(firstSeven.every(Boolean)).to.equal(true);
    th.querySelector('button')!.click();
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, '[aria-sort]')).to.have.length(1);
  });

  it('policy recommendations × goals as a second table', async () => {
    const el = await mountCoverage('fr');
    const tables = $$(el, 'table');
    expect(tables).to.have.length(2);
    expect(text(tables[1]!.querySelector('caption'))).to.contain('recommandations politiques');
    expect(tables[1]!.querySelectorAll('tbody tr')).to.have.length(atlas.vocabulary('mc2cm-policy-recommendations')!.terms.length);
  });

  it('shows goal bars when narrow or compact, and offers the CSV', async () => {
    const el = await mountCoverage('ar', '', '20rem');
    expect(getComputedStyle($(el, '.tables')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.bars')!).display).to.not.equal('none');
    expect($$(el, '[part~="bar"]').length).to.equal(el.view!.goals.length);
    await expect(el).to.be.accessible();
    let name: string | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      expect(el.downloadCsv('targets')).to.equal(true);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(name).to.equal('mc2cm-sdg-targets.csv');
  });

  it('reports an unknown network with cw-error; empty for a network without projects', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const fired = oneEvent(wrap, 'cw-error');
    wrap.innerHTML = '<cw-sdg-coverage network="mc2c"></cw-sdg-coverage>';
    (wrap.firstElementChild as CwSdgCoverage).atlas = atlas;
    expect(((await fired) as CustomEvent<CwErrorDetail>).detail.kind).to.equal('unknown-id');
    const parsed = atlasOf({ version: 1, sources: [{ id: 's', title: { fr: 'S' } }], networks: [{ id: 'n', name: { fr: 'N' }, kind: 'network', sources: ['s'] }] });
    const w2 = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    w2.innerHTML = '<cw-sdg-coverage network="n"></cw-sdg-coverage>';
    const el = w2.firstElementChild as CwSdgCoverage;
    el.atlas = parsed;
    await waitUntil(() => el.state !== 'loading');
    expect(el.state).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await mountCoverage('fr', 'theme="dark"');
    await expect(el).to.be.accessible();
  });
});
