import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/event/define.js';
import type { CwEvent } from '../../components/event/event.js';
import type { CwErrorDetail } from '../../components/base/index.js';
import type { Atlas } from '../../src/atlas.js';
import { loaded, oneEvent, part, parts, stubFetch, text } from './helpers.js';
import { atlasOf, defaultAtlas } from '../fixtures/atlas-of.js';

const LANGS = ['fr', 'en', 'ar'] as const;

let atlas: Atlas;
before(async () => {
  atlas = await defaultAtlas();
});

async function mountEvent(id: string, lang: string, withAtlas = true, extra = ''): Promise<CwEvent> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} @cw-error=${() => {}}></div>`);
  wrap.innerHTML = `<cw-event event="${id}" ${extra}></cw-event>`;
  const el = wrap.firstElementChild as CwEvent;
  if (withAtlas) el.atlas = atlas;
  await loaded(el);
  return el;
}

describe('<cw-event>', () => {
  it('shows the Rabat meeting’s programme as a schedule in French, English and Arabic, with <time> for each slot, and passes axe', async () => {
    const titles = { fr: 'Rencontre de la Coalition', en: 'Meeting of the Coalition of Arab Cities', ar: 'اجتماع تحالف المدن العربية' };
    for (const lang of LANGS) {
      const el = await mountEvent('arab-coalition-rabat-2018', lang);
      expect(el.state, lang).to.equal('ready');
      expect(text(part(el, 'title')), lang).to.contain(titles[lang]);
      expect(el.getAttribute('dir') ?? getComputedStyle(el).direction, lang).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const slots = parts(el, 'slot');
      expect(slots).to.have.length(7);
      const sessions = slots.filter((s) => !s.matches('[part~="break"]'));
      expect(sessions.map((s) => [...s.querySelectorAll('time')].map((t) => t.getAttribute('datetime')))).to.deep.equal([
        ['2018-04-05T09:30', '2018-04-05T10:00'],
        ['2018-04-05T10:30'],
        ['2018-04-05T13:30'],
        ['2018-04-05T15:45', '2018-04-05T17:00'],
      ]);
      expect(parts(el, 'break')).to.have.length(3);
      // Each time sits at the start side of its slot, as its title does (the right in Arabic), in
      // the two columns of a wide element and stacked above the title in a narrow one.
      for (const width of ['', '340px']) {
        // Container queries are applied by the layout that reading a box forces: no frame to wait for.
        el.style.width = width;
        for (const slot of slots) {
          const time = slot.querySelector('[part="slot-time"] time')?.getBoundingClientRect();
          const box = slot.getBoundingClientRect();
          if (!time) continue;
          if (lang === 'ar') expect(box.right - time.right, `${lang} ${width}: the time at the right`).to.be.below(box.width / 4);
          else expect(time.left - box.left, `${lang} ${width}: the time at the left`).to.be.below(box.width / 4);
        }
      }
      el.style.width = '';
      expect(parts(el, 'points')[0]!.querySelectorAll('li')).to.have.length(4);
      expect(part(el, 'objectives')!.querySelectorAll('li')).to.have.length(4);
      expect(part(el, 'calendar')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('time[datetime="2018-04-05"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('Tangier round table: no year, so no calendar file and a note saying why; the two mayors and their reported words', async () => {
    const el = await mountEvent('strong-cities-tanger-roundtable', 'fr');
    expect(part(el, 'calendar')).to.equal(null);
    expect(text(part(el, 'no-calendar'))).to.contain('ne donne pas l’année');
    const people = text(part(el, 'people'));
    expect(people).to.contain('Mounir Lymouri');
    expect(people).to.contain('Maire de Tanger');
    expect(people).to.contain('Coprésidence : Comité de pilotage international, Réseau des villes fortes');
    expect(parts(el, 'statement')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('offers the calendar file for download', async () => {
    const el = await mountEvent('arab-coalition-rabat-2018', 'en');
    let downloaded: string | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      part(el, 'calendar')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.equal('arab-coalition-rabat-2018.ics');
  });

  it('writes JSON-LD with the programme as subEvents', async () => {
    const el = await mountEvent('arab-coalition-rabat-2018', 'fr', true, 'structured-data');
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD', { timeout: 3000 });
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld['@type']).to.equal('Event');
    expect(ld.subEvent).to.have.length(4);
  });

  it('reports an unknown event with a suggestion and cw-error, in each language', async () => {
    for (const lang of LANGS) {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      const fired = oneEvent(wrap, 'cw-error');
      wrap.innerHTML = '<cw-event event="arab-coalition-rabat-2019"></cw-event>';
      const el = wrap.firstElementChild as CwEvent;
      el.atlas = atlas;
      const e = (await fired) as CustomEvent<CwErrorDetail>;
      expect(e.detail.kind).to.equal('unknown-id');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(text(part(el, 'error-text'))).to.contain('arab-coalition-rabat-2018');
      await expect(el).to.be.accessible();
    }
  });

  it('shows its loading state while the data comes, and an empty state for an event with nothing but a title', async () => {
    const url = new URL('../fixtures/event-never.json', import.meta.url).href;
    const stub = stubFetch({ [url]: () => new Promise<Response>(() => {}) });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="ar"><cw-event event="x" src=${url}></cw-event></div>`);
      const el = wrap.firstElementChild as CwEvent;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    } finally {
      stub.restore();
    }
    const parsed = atlasOf({ version: 1, sources: [{ id: 's', title: { fr: 'S' } }], events: [{ id: 'bare', title: { fr: 'Réunion' }, kind: 'meeting', period: { planned: '2019' }, sources: ['s'] }] });
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    wrap.innerHTML = '<cw-event event="bare"></cw-event>';
    const el = wrap.firstElementChild as CwEvent;
    el.atlas = parsed;
    await waitUntil(() => el.state !== 'loading');
    expect(el.state).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark theme and never renders data as HTML', async () => {
    const el = await mountEvent('strong-cities-tanger-roundtable', 'ar', true, 'theme="dark"');
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
