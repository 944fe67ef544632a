import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defineElement } from '../../components/base/define.js';
import '../../components/roadmap-timeline/define.js';
import { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import { uiMsg } from '../../components/base/messages.js';
import type { CwErrorDetail } from '../../components/base/states.js';
import { formatDate } from '../../src/format-date.js';
import { msg } from '../../src/i18n/index.js';
import { $, $$, element, mount, oneEvent } from './helpers.js';
import { press, settle, timeline, withContentAbove } from './timeline-helpers.js';
import { roadmapAtlas } from '../fixtures/synthetic-atlas.mjs';
import { atlasOf } from '../fixtures/atlas-of.js';

const SMALL = '/test/fixtures/timeline-small.json';
const LANGS = ['fr', 'en', 'ar'] as const;
type Lang = (typeof LANGS)[number];

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

const root = (el: CwRoadmapTimeline) => el.shadowRoot!;
const entryKeys = (el: CwRoadmapTimeline) => $$(el, 'li.entry').map((li) => li.dataset['entry']);
const entry = (el: CwRoadmapTimeline, key: string) => $(el, `li.entry[data-entry="${key}"]`)!;
const timeOf = (el: CwRoadmapTimeline, key: string) => entry(el, key).querySelector('.meta time, .meta .date')!;
const button = (el: CwRoadmapTimeline, key: string) => entry(el, key).querySelector<HTMLButtonElement>('button.item-button')!;
const focused = (el: CwRoadmapTimeline) => (root(el).activeElement as HTMLElement | null)?.dataset['key'];
const centre = (r: DOMRect) => r.left + r.width / 2;

/** Chooses a value in one of the filter selects as a user would. */
async function choose(el: CwRoadmapTimeline, id: 'filter-kind' | 'filter-city', value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await el.allRendered();
}

/** Creates a timeline and collects its `cw-error` events (the listener is there before the element connects). */
async function failing(attrs: Record<string, string>, lang: Lang): Promise<{ el: CwRoadmapTimeline; errors: CwErrorDetail[] }> {
  const wrapper = await mount<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const errors: CwErrorDetail[] = [];
  wrapper.addEventListener('cw-error', (e) => errors.push((e as CustomEvent<CwErrorDetail>).detail));
  const el = element<CwRoadmapTimeline>('cw-roadmap-timeline', attrs);
  wrapper.append(el);
  await waitUntil(() => el.state === 'error', 'enters the error state', { timeout: 8000 });
  await el.updateComplete;
  return { el, errors };
}

const RMCI_ORDER = [
  'rmci-2019-exchange-intercultural-networks',
  'rmci-2019-basic-services-migrants',
  'rmci-2019-anti-rumour-campaign',
  'rmci-2019-colloquium-migrant-cultures',
  'rmci-2019-legal-orientation-service',
  'rmci-2019-workshop-exchange-spaces',
  'rmci-2019-workshop-gender',
  'rmci-2019-inventory-intercultural-places',
  'rmci-2019-press-conference',
  'rmci-2019-facebook-page',
  'rmci-2019-website',
].map((id) => `item:${id}`);

// ── Registration and attribute-only use ─────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> registration', () => {
  it('is registered, and a second registration does not throw', async () => {
    expect(customElements.get('cw-roadmap-timeline')).to.equal(CwRoadmapTimeline);
    expect(() => defineElement('cw-roadmap-timeline', class extends HTMLElement {})).not.to.throw();
    // The same module loaded again, as a page that includes the bundle twice would.
    await import(/* @vite-ignore */ `../../components/roadmap-timeline/define.ts?again=${Date.now()}`);
    expect(customElements.get('cw-roadmap-timeline')).to.equal(CwRoadmapTimeline);
  });

  it('works from attributes alone, on the bundled data', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' });
    expect(el.state).to.equal('ready');
    expect(entryKeys(el)).to.deep.equal(RMCI_ORDER);
    expect($(el, '[part~="title"]')!.textContent).to.contain('Plan d');
  });
});

// ── States × languages ──────────────────────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> states', () => {
  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('loading: a placeholder and a status message, no layout jump', async () => {
        const url = new URL(`${SMALL}?pending=${lang}-${Math.random()}`, location.href).href;
        const original = window.fetch;
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
          String(input instanceof Request ? input.url : input) === url ? new Promise<Response>(() => {}) : original.call(window, input, init);
        try {
          const el = await mount<CwRoadmapTimeline>(html`<cw-roadmap-timeline lang=${lang} src=${url} roadmap="test-plan"></cw-roadmap-timeline>`);
          expect(el.state).to.equal('loading');
          const loading = $(el, '[part="loading"]')!;
          expect(loading.getAttribute('role')).to.equal('status');
          expect(loading.textContent).to.contain(msg(lang, 'state.loading'));
          expect(loading.getBoundingClientRect().height).to.be.greaterThan(80);
          await expect(el).to.be.accessible();
        } finally {
          window.fetch = original;
        }
      });

      it('loaded: the entries, in order, with axe', async () => {
        const el = await timeline({ src: SMALL, roadmap: 'test-plan', today: '2020-06-01' }, { lang });
        expect(el.state).to.equal('ready');
        // The campaign (2020–2021) starts before the kick-off (12–13 March 2020).
        expect(entryKeys(el)).to.deep.equal(['item:campaign', 'item:kickoff', 'item:workshop', 'item:forum', 'item:website']);
        expect(el.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect($(el, '#filter-kind')!.closest('.filter')!.querySelector('label')!.textContent!.trim()).to.equal(msg(lang, 'filter.kind'));
        expect(timeOf(el, 'item:kickoff').textContent).to.equal(formatDate('2020-03-12/2020-03-13', lang));
        expect(timeOf(el, 'item:website').textContent).to.equal(uiMsg(lang, 'timeline.date.unknown'));
        await expect(el).to.be.accessible();
      });

      it('empty: a roadmap that lists no items says which one it is, when it runs and where it was adopted, then that it has no actions; no list', async () => {
        const el = await timeline({ src: '/test/fixtures/timeline-empty.json', roadmap: 'empty-plan' }, { lang });
        expect(el.state).to.equal('empty');
        expect($(el, '[part="title"]')!.textContent!.trim()).to.equal(lang === 'fr' ? 'Plan vide' : 'Empty plan');
        const summary = $(el, '[part="summary"]')!;
        expect(summary.querySelector('.span-text time')!.textContent).to.equal(formatDate('2017/2018', lang));
        const adopted = summary.querySelector('.adopted-text')!;
        expect(adopted.textContent).to.contain(lang === 'fr' ? 'Réunion fondatrice' : lang === 'ar' ? 'الاجتماع التأسيسي' : 'Founding meeting');
        expect(adopted.querySelector('time')!.getAttribute('datetime')).to.equal('2017-04-06');
        expect(adopted.textContent).to.contain(formatDate('2017-04-06/2017-04-07', lang));
        // The message's own words around the event and its date, in the reader's language.
        expect(adopted.textContent!.startsWith(uiMsg(lang, 'timeline.adoptedAt').split('{')[0]!)).to.equal(true);
        expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal(uiMsg(lang, 'timeline.noItems'));
        expect($(el, 'ol')).to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('empty: a network without dated entries, the sentence alone', async () => {
        const el = await timeline({ src: '/test/fixtures/timeline-empty.json', network: 'empty-network' }, { lang });
        expect(el.state).to.equal('empty');
        expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal(msg(lang, 'empty.items'));
        expect($(el, '[part="title"]')).to.equal(null);
      });

      it('unknown id: the id and a suggestion, and cw-error', async () => {
        const { el, errors } = await failing({ src: SMALL, roadmap: 'test-plam' }, lang);
        expect($(el, '[part="error-title"]')!.textContent).to.equal(msg(lang, 'error.unknownId.title'));
        const text = $(el, '[part="error-text"]')!.textContent!;
        expect(text).to.contain('test-plam');
        expect(text).to.contain('test-plan');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.deep.include({ kind: 'unknown-id', id: 'test-plam' });
        expect(errors[0]!.suggestions).to.include('test-plan');
        await expect(el).to.be.accessible();
      });

      it('unknown network id, on the bundled data: suggestions too', async () => {
        const { el, errors } = await failing({ network: 'arab-coalitoin' }, lang);
        expect(errors[0]!.suggestions).to.include('arab-coalition');
        expect($(el, '[part="error-text"]')!.textContent).to.contain('arab-coalition');
      });

      it('unreachable src: says so, and cw-error with the URL', async () => {
        const { el, errors } = await failing({ src: `/test/fixtures/timeline-missing.json?${lang}`, roadmap: 'test-plan' }, lang);
        expect($(el, '[part="error-title"]')!.textContent).to.equal(msg(lang, 'error.unreachable.title'));
        expect(errors[0]!.kind).to.equal('unreachable');
        expect(errors[0]!.url).to.contain('timeline-missing.json');
        await expect(el).to.be.accessible();
      });

      it('src that is not JSON', async () => {
        const { el, errors } = await failing({ src: '/test/fixtures/timeline-not-json.json', roadmap: 'test-plan' }, lang);
        expect($(el, '[part="error-title"]')!.textContent).to.equal(msg(lang, 'error.notJson.title'));
        expect(errors[0]!.kind).to.equal('not-json');
        await expect(el).to.be.accessible();
      });

      it('src with invalid data: the first issues in the event', async () => {
        const { el, errors } = await failing({ src: '/test/fixtures/timeline-invalid.json', roadmap: 'test-plan' }, lang);
        expect($(el, '[part="error-title"]')!.textContent).to.equal(msg(lang, 'error.invalid.title'));
        expect(errors[0]!.kind).to.equal('invalid');
        expect(errors[0]!.issues!.some((i) => i.path.startsWith('cities[0]'))).to.equal(true);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('passes axe in the light and dark themes, with details open', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await timeline({ src: SMALL, roadmap: 'test-plan', theme, selected: 'kickoff', today: '2020-06-01' }, { width: 900 });
      expect($(el, '[part="details"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('two widgets with the same src make one request', async () => {
    const url = new URL(`${SMALL}?shared=${Math.random()}`, location.href).href;
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return original.call(window, input, init);
    };
    try {
      const wrapper = await mount<HTMLDivElement>(html`<div>
        <cw-roadmap-timeline src=${url} roadmap="test-plan"></cw-roadmap-timeline>
        <cw-roadmap-timeline src=${url} network="test-network"></cw-roadmap-timeline>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('cw-roadmap-timeline')];
      await settle(a!);
      await settle(b!);
      expect(a!.state).to.equal('ready');
      expect(b!.state).to.equal('ready');
      expect(calls.filter((c) => c === url)).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });
});

// ── The default data, in three languages ────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> on the default data', () => {
  for (const lang of LANGS) {
    it(`the RMCI plan’s 11 items, in order, dated 2019–2020 (${lang})`, async () => {
      const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { lang });
      expect(entryKeys(el)).to.deep.equal(RMCI_ORDER);
      for (const key of RMCI_ORDER) {
        const t = timeOf(el, key);
        expect(t.getAttribute('datetime')).to.equal('2019');
        expect(t.textContent).to.equal(formatDate('2019/2020', lang));
      }
      if (lang === 'fr') expect(timeOf(el, RMCI_ORDER[0]!).textContent).to.equal('2019–2020');
      expect($$(el, '[part~="year-heading"]').map((h) => h.textContent!.trim())).to.deep.equal(['2019']);
      // The planned date says it is planned; the kind and the host cities are named.
      const campaign = entry(el, 'item:rmci-2019-anti-rumour-campaign');
      expect(campaign.querySelector('.date-type')!.textContent).to.equal(uiMsg(lang, 'timeline.date.planned'));
      expect(campaign.querySelector('.kind')!.textContent).to.equal(msg(lang, 'kind.campaign'));
      expect(campaign.querySelector('.cities')!.textContent).to.contain(msg(lang, 'cityRole.pilot'));
      expect(campaign.querySelector('.orgs')!.textContent).to.contain('Anti-rumours Global');
      await expect(el).to.be.accessible();
    });

    it(`the Arab coalition’s events in order, Tunis on 6–7 April 2017 (${lang})`, async () => {
      const el = await timeline({ network: 'arab-coalition' }, { lang });
      expect(entryKeys(el)).to.deep.equal(['event:arab-coalition-launch-2008', 'event:arab-coalition-tunis-2017', 'event:arab-coalition-rabat-2018']);
      const tunis = timeOf(el, 'event:arab-coalition-tunis-2017');
      expect(tunis.getAttribute('datetime')).to.equal('2017-04-06');
      expect(tunis.textContent).to.equal(formatDate('2017-04-06/2017-04-07', lang));
      expect(timeOf(el, 'event:arab-coalition-launch-2008').textContent).to.equal('2008');
      expect(timeOf(el, 'event:arab-coalition-rabat-2018').textContent).to.equal(formatDate('2018-04-05', lang));
      if (lang === 'fr') {
        expect(tunis.textContent).to.equal('6–7 avril 2017');
        expect(timeOf(el, 'event:arab-coalition-rabat-2018').textContent).to.equal('5 avril 2018');
      }
      if (lang === 'en') expect(tunis.textContent).to.match(/April/);
      if (lang === 'ar') expect(tunis.textContent).to.match(/أبريل/);
      // Rabat 2018 is a planned date, Tunis an actual one.
      expect(entry(el, 'event:arab-coalition-rabat-2018').querySelector('.date-type')!.textContent).to.equal(uiMsg(lang, 'timeline.date.planned'));
      expect(entry(el, 'event:arab-coalition-tunis-2017').querySelector('.date-type')!.textContent).to.equal(uiMsg(lang, 'timeline.date.actual'));
      expect($$(el, '[part~="year-heading"]').map((h) => h.textContent!.trim())).to.deep.equal(['2008', '2017', '2018']);
      // Years sit in <bdi>, never number-formatted.
      expect($$(el, '[part~="year-heading"] bdi').map((b) => b.textContent)).to.deep.equal(['2008', '2017', '2018']);
      await expect(el).to.be.accessible();
    });

    it(`the Tanger roundtable as 27–28 November in the year-unknown group (${lang})`, async () => {
      const el = await timeline({ network: 'strong-cities-mena' }, { lang });
      const groups = $$(el, '[part~="year-heading"]');
      expect(groups).to.have.length(1);
      expect(groups[0]!.textContent!.trim()).to.equal(msg(lang, 'label.yearUnknown'));
      const t = timeOf(el, 'event:strong-cities-tanger-roundtable');
      expect(t.getAttribute('datetime')).to.equal('--11-27');
      expect(t.textContent).to.equal(formatDate('--11-27/--11-28', lang));
      if (lang === 'fr') expect(t.textContent).to.equal('27–28 novembre');
      expect(t.textContent).not.to.match(/\d{4}/);
      // It cannot be placed on an axis: no axis, its mark in the "year unknown" lane alone.
      expect($$(el, '[part="unknown-lane"] [data-mark]').map((m) => m.dataset['mark'])).to.deep.equal(['event:strong-cities-tanger-roundtable']);
      expect($(el, '.ov-band') === null, 'no axis').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the year-unknown group last, after dated years', async () => {
    const el = await timeline({ src: SMALL, network: 'test-network' });
    expect($$(el, '[part~="year-heading"]').map((h) => h.textContent!.trim())).to.deep.equal(['2019', '2020', '2021', msg('fr', 'label.yearUnknown')]);
    // A network shows its dated entries: the undated website item is left out.
    expect(entryKeys(el)).to.deep.equal(['event:launch', 'item:campaign', 'item:kickoff', 'item:workshop', 'item:forum']);
  });
});

// ── Axis, direction, span and today ─────────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> axis and direction', () => {
  // Time is drawn on the overview axis only: an entry's position is its mark there.
  const bar = (el: CwRoadmapTimeline, key: string) => $(el, `.ov-marks [data-mark="${key}"]`)!.getBoundingClientRect();
  const card = (el: CwRoadmapTimeline, key: string) => entry(el, key).querySelector('[part="card"]')!.getBoundingClientRect();
  const LAUNCH = 'event:arab-coalition-launch-2008';
  const TUNIS = 'event:arab-coalition-tunis-2017';

  it('places entries on the overview axis: later entries further right in LTR', async () => {
    const el = await timeline({ network: 'arab-coalition' }, { lang: 'en', width: 900 });
    expect(centre(bar(el, LAUNCH))).to.be.lessThan(centre(bar(el, TUNIS)));
    // Placed at their dates, not stacked at the start: 2008 and 2017 on a 2008–2018 axis.
    expect(centre(bar(el, TUNIS)) - centre(bar(el, LAUNCH))).to.be.greaterThan(500);
    // The list below draws no time of its own: no bars, band or "today" line in it.
    expect($$(el, '.track [part="bar"], .track [part="span"], .track [part="today"], .track [part="axis"]')).to.have.length(0);
  });

  it('runs right to left in Arabic: later entries further left (mirrored on computed positions)', async () => {
    const el = await timeline({ network: 'arab-coalition' }, { lang: 'ar', width: 900 });
    expect(centre(bar(el, LAUNCH))).to.be.greaterThan(centre(bar(el, TUNIS)));
    const ticks = $$(el, '.ov-tick.year').map((t) => t.getBoundingClientRect().left);
    expect(ticks[0]).to.be.greaterThan(ticks[ticks.length - 1]!);
  });

  it('time-direction="ltr" in Arabic and "rtl" in English override the text direction', async () => {
    const arLtr = await timeline({ network: 'arab-coalition', 'time-direction': 'ltr' }, { lang: 'ar', width: 900 });
    expect(arLtr.dir).to.equal('rtl');
    expect(centre(bar(arLtr, LAUNCH))).to.be.lessThan(centre(bar(arLtr, TUNIS)));
    const ticks = $$(arLtr, '.ov-tick.year').map((t) => t.getBoundingClientRect().left);
    expect(ticks[0]).to.be.lessThan(ticks[ticks.length - 1]!);
    const enRtl = await timeline({ network: 'arab-coalition', 'time-direction': 'rtl' }, { lang: 'en', width: 900 });
    expect(centre(bar(enRtl, LAUNCH))).to.be.greaterThan(centre(bar(enRtl, TUNIS)));
  });

  for (const width of [320, 900]) {
    it(`is a vertical list under the axis (${width}px)`, async () => {
      const el = await timeline({ network: 'arab-coalition' }, { width });
      const cards = [LAUNCH, TUNIS].map((k) => card(el, k));
      expect(Math.abs(cards[0]!.left - cards[1]!.left)).to.be.lessThan(1);
      expect(cards[0]!.bottom).to.be.at.most(cards[1]!.top);
      expect($$(el, 'ol[part="list"] > li time').length).to.equal(3);
      await expect(el).to.be.accessible();
    });
  }

  it('draws the span on the axis and today as one marker inside it', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-07-02' }, { width: 900 });
    const band = $(el, '[part="overview-span"]')!.getBoundingClientRect();
    const todays = $$(el, '[part~="overview-today"], [part~="today"]');
    expect(todays).to.have.length(1);
    const today = todays[0]!.getBoundingClientRect();
    expect(band.width).to.be.greaterThan(800);
    expect(today.left).to.be.greaterThan(band.left);
    expect(today.left).to.be.lessThan(band.right);
    // 2 July 2019 is a quarter of the way through 2019–2020.
    expect((today.left - band.left) / band.width).to.be.closeTo(182 / 731, 0.01);
    const summary = $(el, '[part="summary"]')!;
    expect(summary.textContent).to.contain(uiMsg('fr', 'timeline.today.inside', { date: formatDate('2019-07-02', 'fr') }));
    expect(summary.querySelector('time[datetime="2019-07-02"]')).not.to.equal(null);
    expect(summary.querySelector('time[datetime="2019"]')).not.to.equal(null);
  });

  it('mirrors the today marker in Arabic', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-07-02' }, { lang: 'ar', width: 900 });
    const band = $(el, '[part="overview-span"]')!.getBoundingClientRect();
    const today = $(el, '[part="overview-today"]')!.getBoundingClientRect();
    expect((band.right - today.right) / band.width).to.be.closeTo(182 / 731, 0.01);
  });

  it('shows no today marker when today is outside the axis, and says so', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2024-05-02' }, { lang: 'en' });
    expect($(el, '[part="overview-today"]')).to.equal(null);
    expect($(el, '[part="summary"]')!.textContent).to.contain(uiMsg('en', 'timeline.today.after', { date: formatDate('2024-05-02', 'en') }));
  });

  it('defaults today to the current date', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' });
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(el.view!.today!.iso).to.equal(iso);
    expect($(el, `[part="summary"] time[datetime="${iso}"]`)).not.to.equal(null);
  });

  it('accepts today as a Date property', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' });
    el.today = new Date(2020, 0, 1);
    await el.updateComplete;
    expect(el.view!.today).to.deep.include({ iso: '2020-01-01', inSpan: true });
    expect($(el, '[part="overview-today"]')).not.to.equal(null);
  });
});

// ── Keyboard ────────────────────────────────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> keyboard', () => {
  const ARAB = ['event:arab-coalition-launch-2008', 'event:arab-coalition-tunis-2017', 'event:arab-coalition-rabat-2018'];

  it('has one tab stop, which moves with the arrow keys (roving tabindex)', async () => {
    const el = await timeline({ network: 'arab-coalition' }, { lang: 'en', width: 900 });
    const tabbable = () => $$(el, 'button.item-button').filter((b) => b.tabIndex === 0).map((b) => b.dataset['key']);
    expect(tabbable()).to.deep.equal([ARAB[0]]);
    button(el, ARAB[0]!).focus();
    await press('ArrowRight');
    await el.updateComplete;
    expect(focused(el)).to.equal(ARAB[1]);
    expect(tabbable()).to.deep.equal([ARAB[1]]);
    await press('ArrowRight');
    await press('ArrowRight');
    expect(focused(el)).to.equal(ARAB[2]);
    await press('ArrowLeft');
    expect(focused(el)).to.equal(ARAB[1]);
    await press('Home');
    expect(focused(el)).to.equal(ARAB[0]);
    await press('End');
    expect(focused(el)).to.equal(ARAB[2]);
    await press('ArrowUp');
    expect(focused(el)).to.equal(ARAB[1]);
    await press('ArrowDown');
    expect(focused(el)).to.equal(ARAB[2]);
  });

  it('mirrors Left and Right in Arabic: Left goes to the later entry', async () => {
    const el = await timeline({ network: 'arab-coalition' }, { lang: 'ar', width: 900 });
    button(el, ARAB[0]!).focus();
    await press('ArrowLeft');
    expect(focused(el)).to.equal(ARAB[1]);
    await press('ArrowRight');
    expect(focused(el)).to.equal(ARAB[0]);
    // The later entry is indeed to the left on screen, on the axis.
    const r = (k: string) => $(el, `.ov-marks [data-mark="${k}"]`)!.getBoundingClientRect();
    expect(r(ARAB[1]!).left).to.be.lessThan(r(ARAB[0]!).left);
  });

  it('follows the axis when time-direction overrides the text direction', async () => {
    const el = await timeline({ network: 'arab-coalition', 'time-direction': 'ltr' }, { lang: 'ar', width: 900 });
    button(el, ARAB[0]!).focus();
    await press('ArrowRight');
    expect(focused(el)).to.equal(ARAB[1]);
  });

  it('uses Up and Down in the vertical list, with Left and Right following the text in Arabic', async () => {
    const el = await timeline({ network: 'arab-coalition' }, { lang: 'ar', width: 320 });
    button(el, ARAB[0]!).focus();
    await press('ArrowDown');
    expect(focused(el)).to.equal(ARAB[1]);
    await press('ArrowUp');
    expect(focused(el)).to.equal(ARAB[0]);
    await press('ArrowLeft');
    expect(focused(el)).to.equal(ARAB[1]);
  });

  it('selects with Enter and Space, shows the details, and Escape closes them', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan' }, { lang: 'en' });
    button(el, 'item:campaign').focus();
    setTimeout(() => void press('Enter'));
    const ev = await oneEvent<CustomEvent>(el, 'cw-select');
    expect(ev.detail).to.deep.equal({ item: 'campaign', type: 'item' });
    await el.updateComplete;
    expect(el.selected).to.equal('campaign');
    expect(button(el, 'item:campaign').getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, '[part="details"]')!;
    expect(button(el, 'item:campaign').getAttribute('aria-controls')).to.equal(details.id);
    expect(focused(el)).to.equal('item:campaign');
    await press('ArrowRight');
    setTimeout(() => void press(' '));
    const ev2 = await oneEvent<CustomEvent>(el, 'cw-select');
    expect(ev2.detail).to.deep.equal({ item: 'kickoff', type: 'item' });
    await el.updateComplete;
    // Only one entry's details at a time.
    expect($$(el, '[part="details"]')).to.have.length(1);
    expect(button(el, 'item:campaign').getAttribute('aria-expanded')).to.equal('false');
    // Escape, from inside the details, closes them and gives the focus back to the entry.
    $(el, '[part="details"] a')!.focus();
    await press('Escape');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.equal(null);
    expect(el.selected).to.equal('');
    expect(focused(el)).to.equal('item:kickoff');
    // Enter on a selected entry closes its details (a disclosure), without a new cw-select.
    let fired = 0;
    el.addEventListener('cw-select', () => fired++);
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal('kickoff');
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(fired).to.equal(1);
    // Escape on the open entry's own title closes it too (the README promises it).
    await press('Enter');
    await el.updateComplete;
    expect(el.selected).to.equal('kickoff');
    await press('Escape');
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect(focused(el)).to.equal('item:kickoff');
  });

  it('reaches the last of thousands of entries with End before they are all rendered', async () => {
    const atlas = bulkAtlas(3000);
    const wrapper = await mount<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('cw-roadmap-timeline');
    el.atlas = atlas;
    el.roadmap = 'bulk-plan';
    wrapper.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect($$(el, 'li.entry').length).to.be.lessThan(3000);
    button(el, 'item:bulk-0').focus();
    await press('End');
    await waitUntil(() => focused(el) === 'item:bulk-2999', 'focus reaches the last entry');
  });
});

// ── Filters, selection, details ─────────────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> filters and details', () => {
  it('filters by kind and by city with labelled native selects, and announces the count', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { lang: 'en' });
    const kind = $<HTMLSelectElement>(el, '#filter-kind')!;
    expect(root(el).querySelector(`label[for="filter-kind"]`)!.textContent).to.equal(msg('en', 'filter.kind'));
    expect(root(el).querySelector(`label[for="filter-city"]`)!.textContent).to.equal(msg('en', 'filter.city'));
    expect([...kind.options].map((o) => o.value)).to.include.members(['', 'workshop', 'campaign', 'communication']);
    await choose(el, 'filter-kind', 'workshop');
    expect(entryKeys(el)).to.deep.equal(['item:rmci-2019-workshop-exchange-spaces', 'item:rmci-2019-workshop-gender']);
    expect(el.getAttribute('filter-kind')).to.equal('workshop');
    const count = $(el, '[part="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent).to.equal(uiMsg('en', 'timeline.shown', { count: 2, total: 11 }));
    await choose(el, 'filter-city', 'tanger-ma');
    expect(entryKeys(el)).to.deep.equal(['item:rmci-2019-workshop-gender']);
    await choose(el, 'filter-kind', '');
    expect(entryKeys(el)).to.deep.equal(['item:rmci-2019-anti-rumour-campaign', 'item:rmci-2019-workshop-gender', 'item:rmci-2019-press-conference']);
    await choose(el, 'filter-kind', 'study');
    expect(entryKeys(el)).to.deep.equal([]);
    expect($(el, '[part="empty"]')!.textContent).to.contain(msg('en', 'empty.results'));
    // The filters stay, so the reader can undo them.
    expect($(el, '#filter-kind')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('words the "all" option of each filter for that filter ("Tous les types", "Toutes les villes")', async () => {
    const expected = { fr: ['Tous les types', 'Toutes les villes'], en: ['All types', 'All cities'], ar: ['جميع الأنواع', 'جميع المدن'] };
    for (const [lang, [kinds, cities]] of Object.entries(expected)) {
      const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { lang });
      expect($<HTMLSelectElement>(el, '#filter-kind')!.options[0]!.textContent, lang).to.equal(kinds);
      expect($<HTMLSelectElement>(el, '#filter-city')!.options[0]!.textContent, lang).to.equal(cities);
    }
  });

  it('takes its filters from attributes', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', 'filter-city': 'tanger-ma' });
    expect(entryKeys(el)).to.have.length(3);
    expect($<HTMLSelectElement>(el, '#filter-city')!.value).to.equal('tanger-ma');
  });

  it('fires cw-select with { item, type } on click, for items and events', async () => {
    const el = await timeline({ src: SMALL, network: 'test-network' }, { lang: 'en' });
    setTimeout(() => button(el, 'event:launch').click());
    const ev = await oneEvent<CustomEvent>(el, 'cw-select');
    expect(ev.detail).to.deep.equal({ item: 'launch', type: 'event' });
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
    // A click anywhere on the card selects too.
    setTimeout(() => (entry(el, 'item:workshop').querySelector('.meta') as HTMLElement).click());
    const ev2 = await oneEvent<CustomEvent>(el, 'cw-select');
    expect(ev2.detail).to.deep.equal({ item: 'workshop', type: 'item' });
  });

  it('shows the details: description, cities with roles, organisations with roles, sources (safe links only)', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan', selected: 'kickoff', 'heading-level': '3' }, { lang: 'en' });
    const details = $(el, '[part="details"]')!;
    expect(details.getAttribute('role')).to.equal('region');
    expect(details.querySelector('h5')!.textContent).to.contain('Kick-off meeting');
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('First meeting of the network.');
    expect(text).to.contain(`Tangier (${msg('en', 'cityRole.host')})`);
    expect(text).to.contain('Council of Europe');
    expect(text).to.contain(msg('en', 'organizationRole.partner'));
    expect(text).to.contain(msg('en', 'status.completed'));
    expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2020-03-12');
    expect(details.querySelector<HTMLAnchorElement>('a[href="https://example.org/plan"]')!.textContent).to.equal('Test action plan');
    // Headings at the requested level: title h3, years h4, details h5.
    expect($(el, 'h3[part~="title"]')).not.to.equal(null);
    expect($$(el, 'h4[part~="year-heading"]').length).to.be.greaterThan(0);
    // A source without a URL is text, not a link.
    el.selected = 'workshop';
    await el.updateComplete;
    const workshop = $(el, '[part="details"]')!;
    expect(workshop.textContent).to.contain('Programme de la rencontre');
    expect([...workshop.querySelectorAll('a')].every((a) => /^https?:/.test(a.href))).to.equal(true);
    // French fallback text is marked with its language.
    expect(workshop.querySelector('[lang="fr"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links titles to the host site with href-template', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan', selected: 'kickoff', 'href-template': '/{lang}/actions/{id}' }, { lang: 'en' });
    const link = $<HTMLAnchorElement>(el, '[part="details"] .details-title a')!;
    expect(link.getAttribute('href')).to.equal('/en/actions/kickoff');
    const unsafe = await timeline({ src: SMALL, roadmap: 'test-plan', selected: 'kickoff', 'href-template': 'javascript:alert("{id}")' }, { lang: 'en' });
    expect($(unsafe, '[part="details"] .details-title a')).to.equal(null);
  });

  it('writes JSON-LD of the events shown with structured-data', async () => {
    const el = await timeline({ network: 'arab-coalition', 'structured-data': '' }, { lang: 'en' });
    // What writes it loads on demand, with the first element that has the attribute.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'writes the script');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as Array<Record<string, unknown>>;
    expect(data.map((d) => d['@type'])).to.deep.equal(['Event', 'Event', 'Event']);
    expect(data[1]).to.deep.include({ startDate: '2017-04-06', endDate: '2017-04-07' });
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });
});

// ── Language ────────────────────────────────────────────────────────────────────────────────

describe('<cw-roadmap-timeline> fixes from a review', () => {
  it('ignores a filter value that no entry has: every entry, the select on "all", the same after a change of subject', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan', 'filter-city': 'tanger' });
    const total = el.view!.total;
    expect(total).to.be.greaterThan(2);
    expect(el.view!.entries).to.have.length(total);
    expect($$(el, 'li.entry')).to.have.length(total);
    expect($<HTMLSelectElement>(el, '#filter-city')?.value ?? '').to.equal('');
    // A kind the roadmap has filters; the same kind on a subject without it is ignored.
    const kind = el.view!.filterOptions.kinds[0]!.kind;
    el.filterKind = kind;
    await el.allRendered();
    expect(el.view!.entries.every((e) => e.entry.kind === kind)).to.equal(true);
    el.filterKind = 'no-such-kind';
    await el.allRendered();
    expect(el.view!.entries).to.have.length(total);
  });

  it('does not select an entry when its year or period heading is clicked', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan' });
    let events = 0;
    el.addEventListener('cw-select', () => events++);
    const heading = $<HTMLElement>(el, '[part~="year-heading"]')!;
    heading.click();
    await el.allRendered();
    expect(el.selected).to.equal('');
    expect(events).to.equal(0);
    // The entry's own card still selects it.
    const first = $$<HTMLButtonElement>(el, 'button.item-button')[0]!;
    first.click();
    await el.allRendered();
    expect(el.selected).to.not.equal('');
    expect(events).to.equal(1);
  });

  it('fits the axis again when the subject changes, so that the new entries are on it', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-06-15' }, { lang: 'fr', width: 900 });
    for (let i = 0; i < 3; i++) {
      $<HTMLButtonElement>(el, 'button.zoom-in')!.click();
      await el.allRendered();
    }
    expect($<HTMLButtonElement>(el, 'button.zoom-fit')!.disabled, 'zoomed in').to.equal(false);
    el.removeAttribute('roadmap');
    el.setAttribute('network', 'arab-coalition');
    await settle(el);
    expect($<HTMLButtonElement>(el, 'button.zoom-fit')!.disabled, 'fitted').to.equal(true);
    expect($$(el, '.ov-marks [data-mark]').length).to.be.greaterThan(0);
  });

  it('falls back to the current day for a today that is not a real day', async () => {
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    for (const today of ['2019-02-30', '2019-13-01', 'garbage']) {
      const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today }, { lang: 'en' });
      expect(el.view!.today?.iso, today).to.equal(iso);
    }
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-06-15' }, { lang: 'en' });
    expect(el.view!.today?.iso).to.equal('2019-06-15');
  });

  it('keeps one tab stop on the overview’s marks through a zoom, and the focus with it', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan' }, { lang: 'fr', width: 900 });
    const stops = () => $$(el, '.overview [data-mark]').filter((m) => m.getAttribute('tabindex') === '0');
    expect(stops()).to.have.length(1);
    stops()[0]!.focus();
    await press('End');
    const last = (root(el).activeElement as HTMLElement).dataset['mark'];
    expect(stops().map((m) => m.dataset['mark'])).to.deep.equal([last]);
    for (const key of ['+', '+', '0']) {
      await press(key);
      await el.allRendered();
      expect(root(el).activeElement?.closest('.overview'), `after ${key}: the focus stays in the overview`).to.not.equal(null);
      expect(stops(), `after ${key}: one tab stop`).to.have.length(1);
    }
  });

  it('reaches the "year unknown" marks with the arrow keys, and gives the density bars a tab stop', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan' }, { lang: 'en', width: 900 });
    const unknown = $$(el, '.ov-unknown [data-mark]').map((m) => m.dataset['mark']);
    expect(unknown.length).to.be.greaterThan(0);
    $<HTMLElement>(el, '.overview [data-mark][tabindex="0"]')!.focus();
    await press('End');
    expect((root(el).activeElement as HTMLElement).dataset['mark']).to.equal(unknown.at(-1));
    // Past 300 entries the band shows density bars: one of them is the tab stop.
    const { el: big } = await bulkTimeline(400);
    await settle(big);
    expect($$(big, '.ov-density [data-mark]').length).to.be.greaterThan(0);
    expect($$(big, '.overview [data-mark]').filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
  });

  it('scrolls to an entry selected from outside when its start is out of view, and not for a click on one in view', async () => {
    await withContentAbove(3000, async () => {
      const el = await timeline({ src: SMALL, roadmap: 'test-plan' }, { lang: 'en', width: 900 });
      expect(window.scrollY).to.equal(0);
      const id = el.view!.entries.at(-1)!.entry.id;
      el.selected = id;
      await el.allRendered();
      const top = $(el, 'li.entry.selected')!.getBoundingClientRect().top;
      expect(top, 'the selected entry starts in view').to.be.within(0, window.innerHeight - 48);
      // A click on an entry already in view selects it where it is.
      const y = window.scrollY;
      const other = $$<HTMLButtonElement>(el, 'button.item-button').find((b) => {
        const r = b.getBoundingClientRect();
        return r.top > 150 && r.bottom < window.innerHeight - 60 && !b.closest('li.selected');
      });
      if (other) {
        other.click();
        await el.allRendered();
        expect(window.scrollY, 'no scroll for a click in view').to.equal(y);
      }
    });
  });

  it('opens the entry the reader chose when an item and an event share an id', async () => {
    const doc = roadmapAtlas(2);
    (doc as Record<string, unknown>)['events'] = [{ id: 'bulk-0', title: { fr: 'Forum' }, kind: 'meeting', networks: ['bulk'], period: { actual: '2030-03-04' }, sources: ['s'] }];
    const el = await timeline({ network: 'bulk' }, { atlas: atlasOf(doc), width: 900 });
    const details: string[] = [];
    el.addEventListener('cw-select', (e) => details.push(`${e.detail.type}:${e.detail.item}`));
    button(el, 'event:bulk-0').click();
    await el.allRendered();
    expect(details).to.deep.equal(['event:bulk-0']);
    expect(button(el, 'event:bulk-0').getAttribute('aria-expanded'), 'the event opens').to.equal('true');
    expect(button(el, 'item:bulk-0').getAttribute('aria-expanded'), 'the item stays closed').to.equal('false');
    // The item of that id, chosen next, opens in its turn.
    button(el, 'item:bulk-0').click();
    await el.allRendered();
    expect(button(el, 'item:bulk-0').getAttribute('aria-expanded'), 'then the item opens').to.equal('true');
    expect(button(el, 'event:bulk-0').getAttribute('aria-expanded'), 'and the event closes').to.equal('false');
  });

  it('shows the "year unknown" lane when no entry has a year, its marks reachable', async () => {
    const doc = roadmapAtlas(2);
    doc.roadmaps![0]!.items![0]!.period = { planned: '--11-27' };
    doc.roadmaps![0]!.items![1]!.period = { planned: '--05-04' };
    const el = await timeline({ roadmap: 'bulk-plan' }, { atlas: atlasOf(doc), lang: 'en', width: 900 });
    const marks = $$(el, '[part="unknown-lane"] [data-mark]');
    expect(marks.map((m) => m.dataset['mark'])).to.have.members(['item:bulk-0', 'item:bulk-1']);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').length).to.equal(1);
    marks[0]!.focus();
    await press('ArrowRight');
    expect((root(el).activeElement as HTMLElement).dataset['mark']).to.equal(marks[1]!.dataset['mark']);
    await expect(el).to.be.accessible();
  });

  it('prints the value of each filter in place of its select', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan' }, { lang: 'en' });
    const kind = el.view!.filterOptions.kinds[0]!.kind;
    el.filterKind = kind;
    await el.allRendered();
    const chosen = () => $$(el, '.filters .chosen').filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.textContent!.trim());
    expect(chosen(), 'not on screen').to.deep.equal([]);
    await emulateMedia({ media: 'print' });
    try {
      const printed = chosen();
      expect(printed[0]).to.equal(`: ${uiMsg('en', `kind.${kind}` as Parameters<typeof uiMsg>[1])}`);
      expect(printed.slice(1).every((t) => t === `: ${msg('en', 'filter.all.city')}`), printed.join(' | ')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('names a mark on the axis with the punctuation of the language (Arabic «،»)', async () => {
    const el = await timeline({ src: SMALL, roadmap: 'test-plan' }, { lang: 'ar', width: 900 });
    const names = $$(el, '.ov-marks [data-mark]').map((m) => m.getAttribute('aria-label') ?? '');
    expect(names.length).to.be.greaterThan(0);
    expect(names.some((n) => n.includes('، ')), names.join(' | ')).to.equal(true);
    expect(names.some((n) => /\S, /.test(n)), names.join(' | ')).to.equal(false);
  });
});

describe('<cw-roadmap-timeline> language', () => {
  it('inherits lang from an ancestor and follows its change at run time', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="fr"><cw-roadmap-timeline network="arab-coalition"></cw-roadmap-timeline></div>`);
    const el = await settle(wrapper.querySelector('cw-roadmap-timeline')!);
    const tunis = () => timeOf(el, 'event:arab-coalition-tunis-2017').textContent;
    const kind = () => entry(el, 'event:arab-coalition-tunis-2017').querySelector('.kind')!.textContent;
    expect(tunis()).to.equal('6–7 avril 2017');
    expect(kind()).to.equal(msg('fr', 'kind.meeting'));
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => kind() === msg('en', 'kind.meeting'), 'switches to English');
    expect(tunis()).to.equal(formatDate('2017-04-06/2017-04-07', 'en'));
    wrapper.setAttribute('lang', 'ar-TN');
    await waitUntil(() => kind() === msg('ar', 'kind.meeting'), 'switches to Arabic');
    expect(el.dir).to.equal('rtl');
    // The full tag reaches Intl: Tunisian month names.
    expect(tunis()).to.equal(formatDate('2017-04-06/2017-04-07', 'ar-TN'));
    expect(formatDate('2017-04-06/2017-04-07', 'ar-TN')).not.to.equal(formatDate('2017-04-06/2017-04-07', 'ar-EG'));
  });

  it('marks fallback text with its language', async () => {
    // A Persian reader (right to left): the dataset has no Persian, so the plan comes in English, the
    // first of such a reader's fallback languages: the translation from French, marked as such.
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { lang: 'fa' });
    expect(el.dir).to.equal('rtl');
    const title = button(el, RMCI_ORDER[0]!).querySelector('[lang]')!;
    expect(title.getAttribute('lang')).to.equal('en-t-fr');
    // In its own direction, so its punctuation stays in place inside right-to-left text.
    expect(title.getAttribute('dir')).to.equal('ltr');
    const en = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { lang: 'en' });
    expect(button(en, RMCI_ORDER[0]!).querySelector('[lang]')).to.equal(null);
  });
});

// ── Scale ───────────────────────────────────────────────────────────────────────────────────

/** `n` items; with `cities`, the first `cities` items are each hosted by a city of their own, `city-0`… */
function bulkAtlas(n: number, cities = 0) {
  return atlasOf(roadmapAtlas(n, { hosted: cities }));
}

/**
 * A timeline of the generated plan (`n` entries, the first `cities` with a city each) in a container
 * of the language and width given, appended to the page (not yet settled). `set` runs before it is
 * appended, as a page sets properties before the element connects.
 */
async function bulkTimeline(n: number, { lang = 'en', cities = 0, width = 900, set }: { lang?: string; cities?: number; width?: number | undefined; set?: (el: CwRoadmapTimeline) => void } = {}) {
  const wrapper = await mount<HTMLDivElement>(html`<div lang=${lang} style=${width ? `inline-size: ${width}px` : ''}></div>`);
  const el = document.createElement('cw-roadmap-timeline');
  el.atlas = bulkAtlas(n, cities);
  el.roadmap = 'bulk-plan';
  set?.(el);
  wrapper.append(el);
  return { el, wrapper };
}

describe('<cw-roadmap-timeline> at scale', () => {
  /** Puts every entry on the page for a capture (cw-render-all), then back (afterprint). */
  const renderAll = async (el: CwRoadmapTimeline, on: boolean) => {
    window.dispatchEvent(new Event(on ? 'cw-render-all' : 'afterprint'));
    await el.allRendered();
  };

  it('keeps only the entries near the viewport in the DOM, yet reaches, counts and prints every one (N = 2,000)', async () => {
    const n = 2000;
    const { el } = await bulkTimeline(n);
    await settle(el);
    const keys = el.view!.entries.map((e) => e.key);
    // Bounded: a window around the viewport, not 2,000 entries (nor thousands of DOM nodes).
    const rendered = $$(el, 'li.entry');
    expect(rendered.length).to.be.greaterThan(0);
    expect(rendered.length).to.be.lessThan(60);
    expect(root(el).querySelectorAll('*').length).to.be.lessThan(2500);
    // Screen readers hear "entry 1 of 2,000": the set size and position of each entry.
    expect(rendered[0]!.getAttribute('aria-setsize')).to.equal(String(n));
    expect(rendered[0]!.getAttribute('aria-posinset')).to.equal('1');
    // The year headings come with the entries that open their year; the others are not in the DOM.
    expect($$(el, '[part~="year-heading"]').length).to.be.lessThan(25);
    // End and Home reach the last and the first entry, rendering them on the way.
    button(el, keys[0]!).focus();
    await press('End');
    await el.updateComplete;
    await waitUntil(() => focused(el) === keys[n - 1], 'End reaches the last entry');
    expect(entry(el, keys[n - 1]!).getAttribute('aria-posinset')).to.equal(String(n));
    expect($$(el, 'li.entry').length).to.be.lessThan(60);
    await press('Home');
    await waitUntil(() => focused(el) === keys[0], 'Home reaches the first entry');
    // An entry selected from outside (property or attribute) is rendered and shown, with its details.
    el.selected = 'bulk-1500';
    await waitUntil(() => $(el, 'li.entry[data-entry="item:bulk-1500"] [part="details"]'), 'the selected entry is brought into the window');
    expect($$(el, 'li.entry').length).to.be.lessThan(60);
    el.selected = '';
    await el.updateComplete;
    // Print (or a capture): every entry of the current filter, in order; afterwards the window again.
    await renderAll(el, true);
    expect(entryKeys(el)).to.deep.equal(keys);
    expect($$(el, '[part~="year-heading"]')).to.have.length(25);
    await renderAll(el, false);
    expect($$(el, 'li.entry').length).to.be.lessThan(60);
    // The overview shows the density of 2,000 entries (at most 120 bars), not one mark each.
    expect($$(el, '.ov-marks [data-mark]')).to.have.length(0);
    expect($$(el, '.ov-bin').length).to.be.within(1, 120);
    // A bar of several entries says how many from its first entry's date ("Apr 2018: 12 entries"), not as one entry's name.
    const bar = $$(el, '.ov-bin .ov-mark').find((b) => Number(b.title) > 1)!;
    expect(bar.getAttribute('aria-label')).to.match(new RegExp(`^[^,]+: ${bar.title} entries$`));
    // "All entries" mode (find in page): a pressed toggle puts every entry back.
    const toggle = $<HTMLButtonElement>(el, '[part="all-entries"]')!;
    expect(toggle.textContent!.trim()).to.equal(uiMsg('en', 'timeline.allEntries'));
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.allRendered();
    expect(el.allEntries).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part="all-entries"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, 'li.entry')).to.have.length(n);
    // A filter change in that mode shows the whole subset.
    el.filterKind = 'workshop';
    await el.allRendered();
    expect($$(el, 'li.entry')).to.have.length(667);
    expect($$(el, 'li.entry')[0]!.getAttribute('aria-setsize')).to.equal('667');
  });

  it('filters without building the view again: the same entries, the right subset, options and count', async () => {
    const atlas = bulkAtlas(900);
    let built = 0;
    // The view reads the atlas's timeline by steps (in slices of a first render).
    const timelineOf = atlas.timelineSteps.bind(atlas);
    atlas.timelineSteps = (...args) => (built++, timelineOf(...args));
    const el = await timeline({ roadmap: 'bulk-plan' }, { atlas, lang: 'en', width: 900 });
    expect(built).to.equal(1);
    const all = el.view!;
    const options = () => [...$<HTMLSelectElement>(el, '#filter-kind')!.options].map((o) => o.textContent);
    const before = options();
    expect(before[0]).to.equal(msg('en', 'filter.all.kind'));
    expect(before.slice(1)).to.have.members([`${msg('en', 'kind.meeting')} (600)`, `${msg('en', 'kind.workshop')} (300)`]);
    const firstWorkshop = all.entries.find((e) => e.entry.kind === 'workshop')!.key;
    const li = entry(el, firstWorkshop);
    el.filterKind = 'workshop';
    await el.updateComplete;
    // The entries that stay keep their elements; the list shows the subset from its start, windowed.
    expect(entry(el, firstWorkshop)).to.equal(li);
    const workshops = all.entries.filter((e) => e.entry.kind === 'workshop').map((e) => e.key);
    expect(entryKeys(el)).to.deep.equal(workshops.slice(0, entryKeys(el).length));
    expect($$(el, 'li.entry').length).to.be.within(1, 60);
    // The count is right at once.
    expect($(el, '[part="count"]')!.textContent).to.equal(uiMsg('en', 'timeline.shown', { count: 300, total: 900 }));
    await el.allRendered();
    expect(built).to.equal(1);
    expect(el.view!.entries).to.have.length(300);
    expect(el.view!.entries.every((e) => all.entries.includes(e) && e.entry.kind === 'workshop')).to.equal(true);
    el.allEntries = true;
    await el.allRendered();
    expect(entryKeys(el)).to.deep.equal(workshops);
    el.allEntries = false;
    // The options count every entry, whatever the filter.
    expect(options()).to.deep.equal(before);
    // Back to every kind: the same view as before, every entry rendered again (in later frames).
    el.filterKind = '';
    await el.updateComplete;
    expect(el.view).to.equal(all);
    expect($(el, '[part="count"]')!.textContent).to.equal(uiMsg('en', 'timeline.shown', { count: 900, total: 900 }));
    await el.allRendered();
    expect(entryKeys(el)).to.deep.equal(all.entries.slice(0, entryKeys(el).length).map((e) => e.key));
    expect(built).to.equal(1);
    // Nor does a selection.
    el.selected = 'bulk-3';
    await el.updateComplete;
    expect(built).to.equal(1);
  });

  it('keeps a select of thousands of cities small: the first 100 sorted, a search field to narrow them, the count of the others; a chosen city is always there', async () => {
    const n = 1200;
    const { el } = await bulkTimeline(n, { lang: 'fr', cities: n });
    await el.updateComplete;
    const cityOptions = () => [...$<HTMLSelectElement>(el, '#filter-city')!.options];
    const labels = () => cityOptions().filter((o) => o.value && !o.disabled).map((o) => o.textContent);
    // From the first render: "all", the first 100 cities in the language's order (numbers by value:
    // "Ville 2" before "Ville 10"), then one disabled option that says how many are left out.
    expect(cityOptions()).to.have.length(1 + 100 + 1);
    const sorted = Array.from({ length: n }, (_, i) => `Ville ${i} (1)`);
    expect(labels()).to.deep.equal(sorted.slice(0, 100));
    const last = cityOptions().at(-1)!;
    expect(last.disabled).to.equal(true);
    expect(last.textContent!.replace(/\s/g, ' ')).to.equal(uiMsg('fr', 'timeline.moreOptions', { count: n - 100 }).replace(/\s/g, ' '));
    // The search field, labelled, narrows the options as the reader types.
    const find = $<HTMLInputElement>(el, '#find-city')!;
    expect(root(el).querySelector('label[for="find-city"]')!.textContent).to.equal(uiMsg('fr', 'timeline.find.city'));
    find.value = 'ville 99';
    find.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    // Every word is found inside a word, as in the project list's search: "99" finds 1099 too.
    expect(labels()).to.deep.equal(sorted.filter((l) => l.split(' ')[1]!.includes('99')));
    expect(labels()).to.have.length(21);
    expect(cityOptions().some((o) => o.disabled)).to.equal(false);
    await choose(el, 'filter-city', 'city-999');
    expect($$(el, 'li.entry')).to.have.length(1);
    // Kinds are few: no search field, every option.
    expect($(el, '#find-kind')).to.equal(null);
    expect($<HTMLSelectElement>(el, '#filter-kind')!.options).to.have.length(3);
    // A city chosen before the data comes, outside the first 100: in the select, selected, from the first render.
    const { el: chosen } = await bulkTimeline(n, { lang: 'fr', cities: n, set: (e) => (e.filterCity = 'city-999') });
    await chosen.updateComplete;
    const select = $<HTMLSelectElement>(chosen, '#filter-city')!;
    expect(select.options).to.have.length(1 + 100 + 1);
    expect(select.value).to.equal('city-999');
    expect($$(chosen, 'li.entry')).to.have.length(1);
  });

  it('has no search field on a network-sized city filter (the Moroccan plan)', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' });
    expect($(el, '#find-city')).to.equal(null);
    expect($(el, '#find-kind')).to.equal(null);
    expect([...$<HTMLSelectElement>(el, '#filter-city')!.options].some((o) => o.disabled)).to.equal(false);
  });

  it('marks the entry it loads with as selected without moving the page; one selected later is brought into view', async () => {
    await withContentAbove(1500, async () => {
      const { el } = await bulkTimeline(2000, { set: (t) => (t.selected = 'bulk-1500') });
      await settle(el);
      expect(window.scrollY, 'the page stays where the reader is').to.equal(0);
      expect(el.selected).to.equal('bulk-1500');
      expect($(el, 'li.entry[data-entry="item:bulk-1500"]'), 'not rendered until the reader gets there').to.equal(null);
      el.selected = 'bulk-1200';
      await waitUntil(() => $(el, 'li.entry[data-entry="item:bulk-1200"] [part="details"]'), 'an entry selected later is brought into the window');
      expect(window.scrollY).to.be.greaterThan(1500);
    });
  });

  it('keeps the focus on its entry when the reader scrolls it out of view; scrolled far away, on an entry in view', async () => {
    const { el, wrapper } = await bulkTimeline(2000);
    await settle(el);
    window.scrollTo(0, 0);
    const first = $$<HTMLButtonElement>(el, 'button.item-button')[0]!;
    const key = first.dataset['key']!;
    first.focus();
    const top = () => wrapper.getBoundingClientRect().top + window.scrollY;
    // About 20 entries down (the wheel, the scrollbar): the entry is out of view, the focus stays on it.
    window.scrollTo(0, top() + 20 * 110);
    await waitUntil(() => !$$(el, 'li.entry').some((li) => li.getBoundingClientRect().bottom > 0 && li.getBoundingClientRect().top < 0 && li.dataset['entry'] === key) && $$(el, 'li.entry').length > 20, 'the window follows the scroll');
    await el.allRendered();
    expect(focused(el)).to.equal(key);
    expect(first.isConnected).to.equal(true);
    // Far away: the entry leaves the page, and the focus goes to an entry in view, not to the page.
    window.scrollTo(0, top() + 1000 * 110);
    await waitUntil(() => !first.isConnected, 'the first entry leaves the DOM');
    await waitUntil(() => focused(el) !== undefined, 'the focus stays in the list');
    const box = entry(el, focused(el)!).getBoundingClientRect();
    expect(box.bottom).to.be.greaterThan(0);
    expect(box.top).to.be.lessThan(window.innerHeight);
    expect($$(el, 'li.entry').length).to.be.below(80);
    window.scrollTo(0, 0);
  });

  it('reaches every entry with the arrow keys though only a window of them is rendered', async function () {
    // 400 key presses, each a render: on a machine shared with other runs this outlasts the default 10 s.
    this.timeout(40_000);
    const n = 400;
    const { el } = await bulkTimeline(n, { width: undefined });
    await el.updateComplete;
    const keys = el.view!.entries.map((e) => e.key);
    expect($$(el, 'li.entry').length).to.be.lessThan(n);
    button(el, keys[0]!).focus();
    for (let i = 1; i < n; i++) {
      await press('ArrowDown');
      await el.updateComplete;
      expect(focused(el), `entry ${i}`).to.equal(keys[i]);
    }
    // The focused entry is in a real list item, with its date, and is the only tab stop.
    expect(root(el).activeElement!.closest('ol > li.entry')!.querySelector('time')).not.to.equal(null);
    expect($$(el, 'button.item-button').filter((b) => b.tabIndex === 0)).to.have.length(1);
    await press('Home');
    expect(focused(el)).to.equal(keys[0]);
    await press('End');
    await el.updateComplete;
    expect(focused(el)).to.equal(keys[n - 1]);
    el.allEntries = true;
    await el.allRendered();
    expect(entryKeys(el)).to.deep.equal(keys);
  });
});

describe('cw-roadmap-timeline overview axis', () => {
  const marks = (el: CwRoadmapTimeline) => $$(el, '.ov-marks [data-mark]');

  for (const lang of LANGS) {
    it(`draws the eleven RMCI items that share "2019–2020" as one bar that says 11, named by its date and count (${lang})`, async () => {
      const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-07-02' }, { lang, width: 900 });
      const placed = el.view!.entries.filter((e) => e.start !== undefined);
      expect(placed.length).to.equal(11);
      expect(marks(el)).to.have.length(1);
      const bar = marks(el)[0]!;
      expect(bar.dataset['count']).to.equal('11');
      expect(bar.querySelector('.ov-count')!.textContent).to.equal('11');
      expect(bar.getAttribute('aria-label')).to.equal(uiMsg(lang, 'timeline.period', { date: formatDate('2019/2020', lang), count: 11 }));
      // The count is legible on the bar: inside it, not clipped.
      const box = bar.getBoundingClientRect();
      const text = bar.querySelector('.ov-count')!.getBoundingClientRect();
      expect(text.top).to.be.at.least(box.top - 0.5);
      expect(text.bottom).to.be.at.most(box.bottom + 0.5);
      // Year-precision ends are soft.
      expect(bar.classList.contains('soft-left')).to.equal(true);
      expect($(el, '[part="overview-today"]')).not.to.equal(null);
      // Choosing it brings the list to the first of them.
      bar.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      expect(focused(el)).to.equal(bar.dataset['mark']);
      await expect(el).to.be.accessible();
    });
  }

  it('puts the visible count in a grouped mark\'s name where the words lack it (the Arabic dual)', async () => {
    const el = await timeline({ network: 'mc2cm' }, { lang: 'ar', width: 900 });
    const pair = marks(el).find((m) => m.dataset['count'] === '2')!;
    const words = uiMsg('ar', 'timeline.period', { date: formatDate('2016-11', 'ar'), count: 2 });
    expect(words, 'the dual says two without the digit').not.to.contain('2 ');
    expect(pair.getAttribute('aria-label')).to.equal(`2 – ${words}`);
    await expect(el).to.be.accessible();
  });

  it('zooms with + and - and the buttons, and fits again', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { width: 900 });
    const yearTicks = $$(el, '.ov-tick.year').length;
    expect($(el, '.ov-tick.month')).to.equal(null);
    marks(el)[0]!.focus();
    for (let i = 0; i < 4; i++) await press('+');
    await el.updateComplete;
    expect($$(el, '.ov-tick.month').length).to.be.greaterThan(0);
    expect($<HTMLButtonElement>(el, '.zoom-fit')!.disabled).to.equal(false);
    $<HTMLButtonElement>(el, '.zoom-fit')!.click();
    await el.updateComplete;
    expect($$(el, '.ov-tick.year').length).to.equal(yearTicks);
    $<HTMLButtonElement>(el, '.zoom-in')!.click();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '.zoom-out')!.disabled).to.equal(false);
  });

  for (const [lang, width] of [...LANGS.map((l) => [l, 900] as const), ['fr', 360], ['ar', 360]] as const) {
    it(`labels months without their labels touching, from the first zoom that shows them; January by its year (${lang}, ${width} px)`, async () => {
      const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-06-15' }, { lang, width });
      marks(el)[0]!.focus();
      // The tightest case: the first zoom step at which months get labels.
      for (let i = 0; i < 8 && !$(el, '.ov-tick.month'); i++) {
        await press('+');
        await el.updateComplete;
      }
      expect($$(el, '.ov-tick.month').length).to.be.greaterThan(0);
      const band = $(el, '.ov-band')!.getBoundingClientRect();
      const labels = $$(el, '.ov-tick bdi')
        .map((b) => ({ text: b.textContent!, box: b.getBoundingClientRect() }))
        .filter((l) => l.box.right > band.left && l.box.left < band.right)
        .sort((a, b) => a.box.left - b.box.left);
      expect(labels.length).to.be.greaterThan(3);
      for (let i = 1; i < labels.length; i++) {
        const gap = labels[i]!.box.left - labels[i - 1]!.box.right;
        expect(gap, `${labels[i - 1]!.text} | ${labels[i]!.text}`).to.be.at.least(2);
      }
      // Nor does a visible label run under the "today" label (a half-hidden "يون" for يونيو), when today is in view.
      const todayBox = $(el, '.ov-today span')?.getBoundingClientRect();
      if (width === 900) expect(todayBox, 'June 2019 in the first zoomed window').not.to.equal(undefined);
      for (const b of todayBox ? $$(el, '.ov-tick bdi').filter((x) => getComputedStyle(x).visibility === 'visible') : []) {
        const box = b.getBoundingClientRect();
        const overlap = Math.min(box.right, todayBox!.right) - Math.max(box.left, todayBox!.left);
        expect(overlap, `${b.textContent} under the today label`).to.be.at.most(0);
      }
      // January's tick says the year alone, the others the month.
      expect(labels.map((l) => l.text)).to.include('2020');
      const feb = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 1, 1)));
      expect(labels.map((l) => l.text)).to.include(feb);
    });
  }

  it('choosing a mark brings the list to its entry and focuses it', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { width: 900 });
    const last = marks(el).at(-1)!;
    const key = last.dataset['mark']!;
    last.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(focused(el)).to.equal(key);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`shows on the axis where the list is, and brings the list to a point chosen on the axis (${lang})`, async () => {
      const { el } = await bulkTimeline(2000, { lang });
      await settle(el);
      window.scrollTo(0, 0);
      const band = () => $(el, '.ov-band')!.getBoundingClientRect();
      const win = () => $(el, '[part="overview-window"]')?.getBoundingClientRect();
      // Where the axis starts on screen: the left in LTR, the right in Arabic.
      const fromStart = (x: number) => (lang === 'ar' ? band().right - x : x - band().left) / band().width;
      await waitUntil(() => win(), 'the overview shows the visible stretch of the list');
      // At the top, the list shows the first year (2000, the start of a 2000–2024 axis).
      expect(fromStart(lang === 'ar' ? win()!.right : win()!.left)).to.be.lessThan(0.05);
      expect(fromStart(lang === 'ar' ? win()!.left : win()!.right)).to.be.lessThan(0.2);
      // Scrolled to the end (End on the list), the window follows.
      const keys = el.view!.entries.map((e) => e.key);
      button(el, keys[0]!).focus();
      await press('End');
      await waitUntil(() => focused(el) === keys.at(-1), 'End reaches the last entry');
      await waitUntil(() => fromStart(lang === 'ar' ? win()!.right : win()!.left) > 0.8, 'the window moves to the end of the axis');
      // A point chosen on the axis (off the marks): the list goes to the entries of that time, below the sticky band.
      const b = band();
      const x = lang === 'ar' ? b.right - b.width * 0.5 : b.left + b.width * 0.5;
      $(el, '.ov-band')!.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: b.top + 4, bubbles: true, composed: true }));
      await waitUntil(() => focused(el) && el.view!.entries.find((e) => e.key === focused(el))!.year === 2012, 'the list goes to 2012');
      const li = entry(el, focused(el)!).getBoundingClientRect();
      expect(li.top).to.be.at.least($(el, '.overview')!.getBoundingClientRect().bottom - 1);
      expect(li.top).to.be.lessThan(window.innerHeight);
      await waitUntil(() => {
        const w = win();
        return !!w && fromStart(lang === 'ar' ? w.right : w.left) <= 0.5 && fromStart(lang === 'ar' ? w.left : w.right) >= 0.48;
      }, 'the window shows 2012');
      window.scrollTo(0, 0);
    });
  }

  it('runs right to left in Arabic', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020' }, { lang: 'ar', width: 900 });
    const ticks = $$(el, '.ov-tick.year');
    // The first year is on the right.
    expect(ticks[0]!.getBoundingClientRect().left).to.be.greaterThan(ticks[1]!.getBoundingClientRect().left);
    expect($(el, '.zoom-in')!.getAttribute('aria-label')).to.equal(uiMsg('ar', 'timeline.zoomIn'));
    await expect(el).to.be.accessible();
  });
});

describe('cw-roadmap-timeline shared periods', () => {
  for (const lang of LANGS) {
    it(`says "2019–2020" once for the eleven RMCI items; their nine kinds get no heading each, the entries of a kind sit together (${lang})`, async () => {
      const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', selected: 'rmci-2019-website' }, { lang, width: 900 });
      const periods = $$(el, '[part~="period-heading"]');
      expect(periods).to.have.length(1);
      const date = formatDate('2019/2020', lang);
      expect(periods[0]!.querySelector('time[datetime="2019"]')!.textContent).to.equal(date);
      expect(periods[0]!.textContent).to.contain(uiMsg(lang, 'timeline.period', { count: 11, date }));
      // The date and its words are one sentence, with no gap but the message's own space.
      const sentence = periods[0]!.querySelector('time')!.parentElement!;
      expect(sentence.localName).to.equal('span');
      expect(sentence.textContent).to.equal(uiMsg(lang, 'timeline.period', { count: 11, date }));
      expect(periods[0]!.textContent).to.contain(uiMsg(lang, 'timeline.date.planned'));
      // Nine kinds for eleven items: a heading per kind would head a single entry seven times.
      expect($$(el, '[part~="group-heading"]')).to.have.length(0);
      const kinds = el.view!.entries.map((e) => e.entry.kind);
      expect(new Set(kinds).size).to.equal(9);
      // Entries of a kind together (the two workshops, the two communication items).
      expect(kinds.filter((k, i) => i > 0 && k !== kinds[i - 1]).length).to.equal(8);
      // The date is not repeated on screen on each entry (a screen reader still hears it with the entry).
      for (const li of $$(el, 'li.entry')) {
        const t = li.querySelector('.meta time')!;
        expect(t.closest('.cw-visually-hidden'), li.dataset['entry']).not.to.equal(null);
      }
      // Each entry shows its kind, in the reader's language.
      for (const li of $$(el, 'li.entry')) {
        const kind = li.querySelector('.meta .kind')!;
        expect(kind.classList.contains('cw-visually-hidden'), li.dataset['entry']).to.equal(false);
        const e = el.view!.entries.find((x) => x.key === li.dataset['entry'])!;
        expect(kind.textContent!.trim()).to.equal(msg(lang, `kind.${e.entry.kind}` as never));
      }
      // Headings nest: title h2, year h3, period h4, the open entry's details h5.
      expect($(el, '[part~="year-heading"]')!.localName).to.equal('h3');
      expect(periods[0]!.localName).to.equal('h4');
      expect($(el, '.details-title')!.localName).to.equal('h5');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the date on each entry when few share it (Arab coalition)', async () => {
    const el = await timeline({ network: 'arab-coalition' }, { lang: 'en' });
    expect($$(el, '[part~="period-heading"], [part~="group-heading"]')).to.have.length(0);
    for (const li of $$(el, 'li.entry')) expect(li.querySelector('.meta time')!.closest('.cw-visually-hidden')).to.equal(null);
  });
});

describe('cw-roadmap-timeline city scope', () => {
  it('shows a city’s entries across every network without a network', async () => {
    const el = await timeline({ city: 'tanger-ma' }, { width: 900 });
    expect(el.view!.subject?.type).to.equal('city');
    const keys = entryKeys(el);
    expect(keys.length).to.equal(el.view!.entries.length);
    expect(keys.length).to.be.greaterThan(0);
    expect($(el, '[part="title"]')!.textContent).to.contain('Tanger');
    await expect(el).to.be.accessible();
  });
});
