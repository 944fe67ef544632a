import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { property } from 'lit/decorators.js';
import pkg from '../../package.json' with { type: 'json' };
import { AUTHOR_DIR, clearAtlasCache, defineElement, resolveLocale, VERSION, type CwErrorDetail } from '../../components/base/index.js';
import { parseAtlas } from '../../src/parse.js';
import { SLICE_END, type Steps } from '../../src/steps.js';
import { SteppedBuild } from '../../components/base/stepped-build.js';
import { smallAtlas } from '../fixtures/small-atlas.js';
import { captureWarnings, type FetchStub, json, mount, part, rgb, ShadowWrapper, stubFetch, TestData, TestNest, TestView, textContrast } from './helpers.js';

let unhandled = 0;
const countUnhandled = () => unhandled++;
before(() => window.addEventListener('unhandledrejection', countUnhandled));
after(() => window.removeEventListener('unhandledrejection', countUnhandled));

describe('defineElement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('agrees with package.json on the version', () => {
    expect(VERSION).to.equal(pkg.version);
  });

  it('defines a free tag, and registering it again does not throw or warn', () => {
    class A extends HTMLElement {}
    class A2 extends HTMLElement {}
    expect(defineElement('cw-reg-a', A)).to.equal(true);
    expect(customElements.get('cw-reg-a')).to.equal(A);
    expect(() => defineElement('cw-reg-a', A)).to.not.throw();
    expect(defineElement('cw-reg-a', A2), 'a second copy of the same version').to.equal(true);
    expect(customElements.get('cw-reg-a')).to.equal(A);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once when another version holds the tag, and keeps registering the others', () => {
    class B extends HTMLElement {}
    class B2 extends HTMLElement {}
    class C extends HTMLElement {}
    defineElement('cw-reg-b', B, '0.1.0');
    expect(defineElement('cw-reg-b', B2, '9.9.9')).to.equal(false);
    expect(defineElement('cw-reg-b', B2, '9.9.9')).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('cw-reg-b').and.contain('0.1.0').and.contain('9.9.9');
    expect(customElements.get('cw-reg-b')).to.equal(B);
    expect(defineElement('cw-reg-c', C, '9.9.9')).to.equal(true);
    expect(customElements.get('cw-reg-c')).to.equal(C);
  });

  it('never throws, even for a tag defined by other code or an invalid name', () => {
    class D extends HTMLElement {}
    customElements.define('cw-reg-d', class extends HTMLElement {});
    expect(() => defineElement('cw-reg-d', D)).to.not.throw();
    expect(() => defineElement('not valid', class extends HTMLElement {})).to.not.throw();
    expect(defineElement('not valid', class extends HTMLElement {})).to.equal(false);
    expect(warnings.messages.length).to.equal(2);
  });
});

describe('CwElement: language and direction', () => {
  it('uses its own lang, and writes its direction on the host', async () => {
    const el = await fixture<TestView>(html`<cw-test-view lang="ar"></cw-test-view>`);
    expect(el.lang).to.equal('ar');
    expect(el.uiLang).to.equal('ar');
    expect(el.dir).to.equal('rtl');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(part(el, 'text')!.textContent).to.equal('الخريطة');
  });

  it('reads the nearest ancestor’s lang across a shadow root', async () => {
    const wrap = await mount<HTMLElement>(html`<div lang="ar-MA"><cw-test-shadow-wrapper></cw-test-shadow-wrapper></div>`);
    const inner = (wrap.firstElementChild as ShadowWrapper).inner;
    await inner.updateComplete;
    expect(inner.lang).to.equal('ar-MA');
    expect(inner.uiLang).to.equal('ar');
    expect(inner.dir).to.equal('rtl');
    expect(part(inner, 'text')!.textContent).to.equal('الخريطة');
  });

  it('re-renders when lang changes at run time: on an ancestor outside, inside a shadow root, on itself', async () => {
    const wrap = await mount<HTMLElement>(html`<div lang="fr"><cw-test-shadow-wrapper></cw-test-shadow-wrapper></div>`);
    const shadowWrapper = wrap.firstElementChild as ShadowWrapper;
    const inner = shadowWrapper.inner;
    await inner.updateComplete;
    expect(part(inner, 'text')!.textContent).to.equal('Carte');
    expect(inner.getAttribute('dir')).to.equal('ltr');

    wrap.setAttribute('lang', 'ar');
    await waitUntil(() => part(inner, 'text')!.textContent === 'الخريطة', 'Arabic after the ancestor changed');
    expect(inner.dir).to.equal('rtl');
    expect(inner.getAttribute('dir')).to.equal('rtl');

    shadowWrapper.section.setAttribute('lang', 'en');
    await waitUntil(() => part(inner, 'text')!.textContent === 'Map', 'English after a change inside the shadow root');
    expect(inner.getAttribute('dir')).to.equal('ltr');

    inner.lang = 'fr';
    await waitUntil(() => part(inner, 'text')!.textContent === 'Carte', 'French after its own lang changed');
  });

  it('follows <html lang> when nothing closer has one', async () => {
    const root = document.documentElement;
    const saved = root.getAttribute('lang');
    try {
      root.setAttribute('lang', 'fr');
      const el = await fixture<TestView>(html`<cw-test-view></cw-test-view>`);
      expect(part(el, 'text')!.textContent).to.equal('Carte');
      root.setAttribute('lang', 'ar-TN');
      await waitUntil(() => part(el, 'text')!.textContent === 'الخريطة');
      expect(el.lang).to.equal('ar-TN');
      expect(el.getAttribute('dir')).to.equal('rtl');
    } finally {
      if (saved === null) root.removeAttribute('lang');
      else root.setAttribute('lang', saved);
    }
  });

  it('never overwrites the author’s dir, and takes over again when it is removed', async () => {
    const wrap = await mount<HTMLElement>(html`<div lang="ar"><cw-test-view dir="ltr"></cw-test-view></div>`);
    const el = wrap.firstElementChild as TestView;
    await el.updateComplete;
    expect(el.dir).to.equal('ltr');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(el[AUTHOR_DIR]).to.equal('ltr');

    el.removeAttribute('dir');
    await waitUntil(() => el.getAttribute('dir') === 'rtl');
    expect(el.dir).to.equal('rtl');
    expect(el[AUTHOR_DIR], 'the written dir is not the author’s').to.equal(null);

    wrap.setAttribute('lang', 'fr');
    await waitUntil(() => el.getAttribute('dir') === 'ltr', 'its own written dir follows the page');

    el.setAttribute('dir', 'auto');
    await aTimeout(0);
    await el.updateComplete;
    expect(el.getAttribute('dir'), 'auto is kept').to.equal('auto');
    expect(el.dir, 'and the direction comes from the language').to.equal('ltr');
  });

  it('takes the direction from the closest of lang and dir', async () => {
    const a = await mount<HTMLElement>(html`<div dir="rtl"><div lang="fr"><span></span></div></div>`);
    expect(resolveLocale(a.querySelector('span')!)).to.deep.equal({ lang: 'fr', uiLang: 'fr', dir: 'ltr' });
    const b = await mount<HTMLElement>(html`<div lang="fr"><div dir="rtl"><span></span></div></div>`);
    expect(resolveLocale(b.querySelector('span')!)).to.deep.equal({ lang: 'fr', uiLang: 'fr', dir: 'rtl' });
    const c = await mount<HTMLElement>(html`<div lang="es" dir="ltr"><div lang="ar-LB"><span></span></div></div>`);
    expect(resolveLocale(c.querySelector('span')!)).to.deep.equal({ lang: 'ar-LB', uiLang: 'ar', dir: 'rtl' });
    const d = await mount<HTMLElement>(html`<div lang="es"><div lang="" dir="auto"><span></span></div></div>`);
    expect(resolveLocale(d.querySelector('span')!), 'empty lang and dir=auto are skipped').to.deep.equal({ lang: 'es', uiLang: 'en', dir: 'ltr' });
  });

  it('mirrors its layout in RTL (computed positions)', async () => {
    const ltr = await fixture<TestView>(html`<cw-test-view lang="fr" mode="unknown" style="inline-size: 30rem"></cw-test-view>`);
    const rtl = await fixture<TestView>(html`<cw-test-view lang="ar" mode="unknown" style="inline-size: 30rem"></cw-test-view>`);
    for (const [el, side] of [
      [ltr, 'left'],
      [rtl, 'right'],
    ] as const) {
      const block = part(el, 'error')!;
      const style = getComputedStyle(block);
      expect(style.getPropertyValue(`border-${side}-width`), `${el.lang}: thick border at the start`).to.equal('4px');
      const text = part(el, 'error-title')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const textBox = range.getBoundingClientRect();
      const box = block.getBoundingClientRect();
      if (side === 'left') expect(textBox.left - box.left, 'French text starts on the left').to.be.lessThan(box.right - textBox.right);
      else expect(box.right - textBox.right, 'Arabic text starts on the right').to.be.lessThan(textBox.left - box.left);
    }
  });
});

describe('CwElement: states and errors', () => {
  it('renders the empty state with its part', async () => {
    const el = await fixture<TestView>(html`<cw-test-view lang="fr" mode="empty"></cw-test-view>`);
    expect(el.state).to.equal('empty');
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Rien à afficher pour le moment.');
    expect(el.matches(':state(empty)')).to.equal(true);
  });

  it('turns an unknown id into the error state and a cw-error event, in the page’s language', async () => {
    const errors: CwErrorDetail[] = [];
    const wrap = await mount<HTMLElement>(html`<div lang="fr" @cw-error=${(e: CustomEvent<CwErrorDetail>) => errors.push(e.detail)}><cw-test-view mode="unknown"></cw-test-view></div>`);
    const el = wrap.firstElementChild as TestView;
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(part(el, 'error-title')!.textContent).to.equal('Introuvable');
    expect(part(el, 'error-text')!.textContent!.replace(/[\u2068\u2069]/g, '')).to.equal(
      'Les données ne comptent aucun projet d’identifiant «\u00a0tanger\u00a0». Vouliez-vous dire tanger-accueil\u202f?',
    );
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.include({ kind: 'unknown-id', id: 'tanger', suggestions: ['tanger-accueil'] });
    expect(errors[0]!.message).to.contain('tanger-accueil');

    el.requestUpdate();
    await el.updateComplete;
    expect(errors, 'reported once, not on every update').to.have.length(1);
  });

  it('never lets an exception reach the page: render, prepare and updated() failures become the error state', async () => {
    const warnings = captureWarnings();
    try {
      const before = unhandled;
      const a = await fixture<TestView>(html`<cw-test-view lang="en" mode="throw-render"></cw-test-view>`);
      expect(a.state).to.equal('error');
      expect(a.failure!.kind).to.equal('internal');
      expect(part(a, 'error-title')!.textContent).to.equal('Display error');

      const event = oneEvent(document.body, 'cw-error');
      const b = document.createElement('cw-test-view') as TestView;
      b.mode = 'throw-prepare';
      b.lang = 'ar';
      document.body.append(b);
      const { detail } = await event;
      expect(detail.kind).to.equal('internal');
      expect(detail.message).to.equal('تعذّر عرض هذا المحتوى.');
      b.remove();

      class Crashy extends TestView {
        protected override updated(): void {
          throw new Error('updated failed');
        }
      }
      defineElement('cw-test-crashy', Crashy);
      const c = await fixture<TestView>(html`<cw-test-crashy lang="en"></cw-test-crashy>`);
      await waitUntil(() => c.state === 'error');
      await aTimeout(20);
      expect(part(c, 'error')).to.not.equal(null);
      expect(unhandled - before, 'no unhandled rejection').to.equal(0);
      expect(warnings.messages.some((m) => m.includes('cw-test-crashy'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});

describe('CwDataElement: the data source', () => {
  let stub: FetchStub | undefined;
  /** Serves the small atlas at `/data/<name>.json` once the returned function is called. */
  const holdDocument = (name: string): (() => void) => {
    let release!: () => void;
    const url = new URL(`/data/${name}.json`, location.href).href;
    stub = stubFetch({ [url]: () => new Promise<Response>((r) => (release = () => r(json(smallAtlas())))) });
    return () => release();
  };
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clearAtlasCache();
    warnings = captureWarnings();
  });
  afterEach(() => {
    stub?.restore();
    stub = undefined;
    warnings.restore();
  });

  it('fetches a URL once for every element that names it (relative or absolute)', async () => {
    const url = new URL('/data/one.json', location.href).href;
    stub = stubFetch({ [url]: () => json(smallAtlas()) });
    const wrap = await mount<HTMLElement>(html`<div lang="en">
      <cw-test-data src="/data/one.json"></cw-test-data>
      <cw-test-data src=${url}></cw-test-data>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('cw-test-data')] as TestData[];
    await waitUntil(() => a!.state === 'ready' && b!.state === 'ready');
    expect(stub.calls).to.deep.equal([url]);
    expect(a!.currentAtlas).to.equal(b!.currentAtlas);
    expect(part(a!, 'count')!.textContent).to.equal('4 projects');
    const c = await fixture<TestData>(html`<cw-test-data lang="fr" src="/data/one.json"></cw-test-data>`);
    await waitUntil(() => c.state === 'ready');
    expect(stub.calls, 'a later element reuses the download').to.have.length(1);
    expect(part(c, 'count')!.textContent).to.equal('4 projets');
  });

  it('shows a placeholder that reserves space while loading', async () => {
    const release = holdDocument('slow');
    const el = await fixture<TestData>(html`<cw-test-data lang="ar" src="/data/slow.json"></cw-test-data>`);
    expect(el.state).to.equal('loading');
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent!.trim()).to.equal('جارٍ التحميل…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => el.state === 'ready');
    expect(part(el, 'count')!.textContent).to.equal('4 مشاريع');
  });

  it('builds its view model in one task, its further view work in the next, and renders in the one after when its data arrives; updateComplete waits for all', async () => {
    // A large document's first render would otherwise be one long task (see `renderInTwoTasks`).
    const log: string[] = [];
    let between: Promise<unknown> | undefined;
    class Split extends TestData {
      protected override prepareView(): void {
        super.prepareView();
        // A view model that takes its time (10 ms or more), as thousands of records do.
        if (this.state === 'loading') for (const end = performance.now() + 12; performance.now() < end; );
        log.push(`prepare (${this.state}, ${part(this, 'loading') ? 'placeholder shown' : 'no placeholder'})`);
        setTimeout(() => {
          log.push('next task');
          between = this.updateComplete;
        });
      }
      protected override moreViewWork(): Array<() => void> {
        return [
          () => log.push(`more (${part(this, 'loading') ? 'placeholder shown' : 'no placeholder'})`),
          () => {
            throw new Error('left to the rendering');
          },
        ];
      }
      protected override renderView(): unknown {
        log.push('render');
        return super.renderView();
      }
    }
    defineElement('cw-test-split', Split);
    const release = holdDocument('split');
    const el = await fixture<Split>(html`<cw-test-split lang="en" src="/data/split.json"></cw-test-split>`);
    expect(el.state).to.equal('loading');
    release();
    await waitUntil(() => between !== undefined, 'the task after the view model');
    expect(log.slice(0, 2)).to.deep.equal(['prepare (loading, placeholder shown)', 'next task']);
    await between;
    expect(log[2]).to.equal('more (placeholder shown)');
    expect(log.slice(3), 'updateComplete, asked between the tasks, waits for the rendering').to.include('render');
    expect(el.state).to.equal('ready');
    expect(part(el, 'count')!.textContent).to.equal('4 projects');
    expect(part(el, 'loading')).to.equal(null);
  });

  it('renders a quick view model (a network’s tens of records) in the same task as it builds it', async () => {
    const log: string[] = [];
    class Quick extends TestData {
      protected override prepareView(): void {
        super.prepareView();
        log.push('prepare');
        setTimeout(() => log.push('next task'));
      }
      protected override renderView(): unknown {
        log.push('render');
        return super.renderView();
      }
    }
    defineElement('cw-test-quick', Quick);
    const release = holdDocument('quick');
    const el = await fixture<Quick>(html`<cw-test-quick lang="en" src="/data/quick.json"></cw-test-quick>`);
    release();
    await waitUntil(() => el.state === 'ready');
    expect(log.slice(0, 3)).to.deep.equal(['prepare', 'render', 'next task']);
  });

  it('builds a view model written as steps a slice per task on its first render, the loading state shown meanwhile; later views at once', async () => {
    // At 5,000 entries the timeline's view model was one task of 60 to 75 ms (see `viewSliceMs`).
    const log: string[] = [];
    let built = 0;
    function* slowView(): Steps<number> {
      // 12 steps of 4 ms: about 48 ms, more than two slices of 20 ms.
      for (let i = 0; i < 12; i++) {
        for (const end = performance.now() + 4; performance.now() < end; );
        yield SLICE_END;
      }
      return ++built;
    }
    class Stepped extends TestData {
      @property({ type: Number }) version = 0;
      view?: number;
      readonly #build = new SteppedBuild<number>();
      protected override prepareView(): void {
        super.prepareView();
        const sliced = this.viewSliceMs !== undefined;
        const view = this.#build.build([this.data, this.version], slowView, this.viewSliceMs);
        log.push(`${sliced ? 'slice' : 'whole'} (${this.state}${part(this, 'loading') ? ', placeholder shown' : ''})${view === undefined ? '' : ` → view ${view}`}`);
        if (view === undefined) {
          setTimeout(() => log.push('task'));
          return this.continueView();
        }
        this.view = view;
      }
      protected override renderView(): unknown {
        log.push(`render view ${this.view}`);
        return super.renderView();
      }
    }
    defineElement('cw-test-stepped', Stepped);
    const release = holdDocument('stepped');
    const el = await fixture<Stepped>(html`<cw-test-stepped lang="en" src="/data/stepped.json"></cw-test-stepped>`);
    release();
    await waitUntil(() => log.length > 0, 'the first slice');
    await el.updateComplete;
    expect(el.state, 'updateComplete waits for the slices and the rendering').to.equal('ready');
    const slices = log.filter((l) => l.startsWith('slice'));
    expect(slices.length, log.join(' | ')).to.be.at.least(3);
    expect(slices.slice(0, -1).every((l) => l === 'slice (loading, placeholder shown)'), log.join(' | ')).to.equal(true);
    expect(slices.at(-1)).to.equal('slice (loading, placeholder shown) → view 1');
    // A task between each slice and the next; the view rendered once, after the last.
    for (let i = 0; i < log.length - 1; i++) if (log[i] === 'slice (loading, placeholder shown)') expect(log[i + 1], log.join(' | ')).to.equal('task');
    expect(log.filter((l) => l.startsWith('render'))).to.deep.equal(['render view 1']);
    expect(part(el, 'count')!.textContent).to.equal('4 projects');
    // Once shown, a view is built whole in the update that needs it (no loading state again).
    log.length = 0;
    el.version = 1;
    await el.updateComplete;
    expect(log.filter((l) => !l.startsWith('task'))).to.deep.equal(['whole (ready) → view 2', 'render view 2']);
  });

  it('shows the error state when a view built by steps throws, and builds it again on the next update', async () => {
    let fail = true;
    let prepares = 0;
    function* view(): Steps<number> {
      yield SLICE_END;
      if (fail) throw new Error('a step failed');
      return 1;
    }
    class Thrower extends TestData {
      @property({ type: Number }) other = 0;
      readonly #build = new SteppedBuild<number>();
      protected override prepareView(): void {
        prepares++;
        if (this.#build.build([this.data], view, this.viewSliceMs) === undefined) this.continueView();
      }
    }
    defineElement('cw-test-thrower', Thrower);
    const release = holdDocument('thrower');
    const el = await fixture<Thrower>(html`<cw-test-thrower lang="en" src="/data/thrower.json"></cw-test-thrower>`);
    release();
    await waitUntil(() => el.state === 'error', 'the error state');
    await el.updateComplete;
    expect(el.failure?.kind).to.equal('internal');
    fail = false;
    el.other = 1;
    const before = prepares;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(prepares - before, 'one build, not an endless chain of tasks').to.equal(1);
    expect(part(el, 'count')!.textContent).to.equal('4 projects');
  });

  const failures: Array<{ name: string; route?: () => Promise<Response> | Response; kind: string; fr: string }> = [
    { name: 'an unreachable URL', kind: 'unreachable', fr: 'Données indisponibles' },
    { name: 'a server error', route: () => new Response('nope', { status: 404 }), kind: 'unreachable', fr: 'Données indisponibles' },
    { name: 'a file that is not JSON', route: () => new Response('<!doctype html><p>hello'), kind: 'not-json', fr: 'Données illisibles' },
    { name: 'invalid data', route: () => json({ version: 2, cities: [{ id: 'Bad Id' }] }), kind: 'invalid', fr: 'Données non valides' },
  ];
  for (const f of failures) {
    it(`turns ${f.name} into the error state and a cw-error event`, async () => {
      const path = `/data/${f.kind}-${Math.random().toString(36).slice(2)}.json`;
      const url = new URL(path, location.href).href;
      stub = stubFetch(f.route ? { [url]: f.route } : {});
      const el = document.createElement('cw-test-data') as TestData;
      el.lang = 'fr';
      el.src = path;
      const event = oneEvent(el, 'cw-error');
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail.kind).to.equal(f.kind);
        expect(detail.url).to.equal(url);
        expect(el.state).to.equal('error');
        expect(part(el, 'error-title')!.textContent).to.equal(f.fr);
        if (f.kind === 'invalid') {
          expect(detail.issues!.length).to.be.greaterThan(0);
          expect(detail.issues![0]).to.have.keys(['path', 'message']);
          expect(detail.message).to.match(/^Les données comportent \d+ problèmes?/);
          expect(warnings.messages.join('\n'), 'issues are listed in the console').to.contain(detail.issues![0]!.message);
        } else {
          expect(detail.message).to.contain(url);
        }
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('forgets an unreachable URL, so a later element tries again', async () => {
    const url = new URL('/data/flaky.json', location.href).href;
    let up = false;
    stub = stubFetch({ [url]: () => (up ? json(smallAtlas()) : new Response('', { status: 503 })) });
    const a = await fixture<TestData>(html`<cw-test-data src=${url}></cw-test-data>`);
    await waitUntil(() => a.state === 'error');
    up = true;
    const b = await fixture<TestData>(html`<cw-test-data src=${url}></cw-test-data>`);
    await waitUntil(() => b.state === 'ready');
    expect(stub.calls).to.have.length(2);
  });

  it('uses the atlas property first, an Atlas or a plain document', async () => {
    const parsed = parseAtlas(smallAtlas());
    if (!parsed.ok) throw new Error('fixture');
    stub = stubFetch({});
    const el = await fixture<TestData>(html`<cw-test-data lang="en" src="/never.json" .atlas=${parsed.atlas}></cw-test-data>`);
    expect(el.state).to.equal('ready');
    expect(el.currentAtlas).to.equal(parsed.atlas);
    expect(stub.calls).to.deep.equal([]);

    el.atlas = smallAtlas();
    await waitUntil(() => el.state === 'ready' && el.currentAtlas !== parsed.atlas);
    expect(part(el, 'count')!.textContent).to.equal('4 projects');
  });

  it('shows the empty state when there is nothing, and unknown ids with suggestions', async () => {
    const empty = parseAtlas({ version: 1 });
    if (!empty.ok) throw new Error(JSON.stringify(empty.issues));
    const a = await fixture<TestData>(html`<cw-test-data lang="en" .atlas=${empty.atlas}></cw-test-data>`);
    expect(a.state).to.equal('empty');
    expect(part(a, 'empty')!.textContent!.trim()).to.equal('No projects to show.');

    const full = parseAtlas(smallAtlas());
    if (!full.ok) throw new Error('fixture');
    const b = await fixture<TestData>(html`<div @cw-error=${() => {}}><cw-test-data lang="ar" project="tanger-acueil" .atlas=${full.atlas}></cw-test-data></div>`);
    const el = b.firstElementChild as TestData;
    await el.updateComplete;
    expect(el.failure).to.deep.include({ kind: 'unknown-id', id: 'tanger-acueil', subject: 'project' });
    expect(el.failure!.suggestions).to.include('tanger-accueil');
    expect(part(el, 'error-text')!.textContent).to.contain('هل تقصد');

    el.project = 'tanger-accueil';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(part(el, 'title')!.textContent).to.not.equal('');
  });

  it('loads the bundled dataset when given neither atlas nor src', async () => {
    const el = await fixture<TestData>(html`<cw-test-data lang="fr"></cw-test-data>`);
    await waitUntil(() => el.state !== 'loading', 'the bundled dataset loads', { timeout: 8000 });
    expect(['ready', 'empty', 'error']).to.include(el.state);
    if (el.state === 'error') expect(el.failure!.kind).to.equal('invalid');
  });
});

describe('CwElement: theming and accessibility', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const surfaces = (el: Element) => {
    const bg = rgb(getComputedStyle(el).backgroundColor);
    return bg.join(',');
  };

  for (const theme of ['light', 'dark'] as const) {
    it(`has readable text (4.5:1) in every state, ${theme} theme`, async () => {
      const wrap = await mount<HTMLElement>(html`<div lang="en">
        <cw-test-view theme=${theme}></cw-test-view>
        <cw-test-view theme=${theme} mode="empty"></cw-test-view>
        <cw-test-view theme=${theme} mode="unknown"></cw-test-view>
      </div>`);
      const [ok, empty, error] = [...wrap.children] as TestView[];
      await error!.updateComplete;
      expect(textContrast(part(ok!, 'text')!, ok!)).to.be.at.least(4.5);
      expect(textContrast(part(empty!, 'empty')!)).to.be.at.least(4.5);
      expect(textContrast(part(error!, 'error-title')!, part(error!, 'error')!)).to.be.at.least(4.5);
      expect(textContrast(part(error!, 'error-text')!, part(error!, 'error')!)).to.be.at.least(4.5);
      for (const el of [ok, empty, error]) await expect(el).to.be.accessible();
    });

    it(`shows an accessible loading placeholder, ${theme} theme`, async () => {
      const url = new URL(`/data/pending-${theme}.json`, location.href).href;
      const stub = stubFetch({ [url]: () => new Promise<Response>(() => {}) });
      try {
        const el = await fixture<TestData>(html`<cw-test-data lang="fr" theme=${theme} src=${url}></cw-test-data>`);
        expect(el.state).to.equal('loading');
        expect(el.matches(':state(loading)')).to.equal(true);
        expect(part(el, 'loading')!.textContent!.trim()).to.equal('Chargement…');
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
        clearAtlasCache();
      }
    });
  }

  it('follows prefers-color-scheme with no theme (letting the page background show), and an explicit theme wins (painting its surface)', async () => {
    const wrap = await mount<HTMLElement>(html`<div lang="en">
      <cw-test-view></cw-test-view>
      <cw-test-view theme="light"></cw-test-view>
    </div>`);
    const [auto, light] = [...wrap.children] as TestView[];
    const textColour = (el: Element) => getComputedStyle(part(el, 'text')!).color;
    await emulateMedia({ colorScheme: 'light' });
    // No box edge on the page: the element has no background of its own when it follows the page.
    expect(getComputedStyle(auto!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    const lightText = textColour(auto!);
    expect(surfaces(light!)).to.equal('255,255,255');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(auto!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(textColour(auto!), 'the text follows the dark scheme').to.not.equal(lightText);
    expect(textColour(light!), 'an explicit theme wins').to.equal(lightText);
    expect(surfaces(light!)).to.equal('255,255,255');
    // Readable on a dark page (the page's own dark background shows through).
    wrap.style.backgroundColor = 'rgb(18, 20, 23)';
    expect(textContrast(part(auto!, 'text')!, wrap)).to.be.at.least(4.5);
    // --cw-color-background gives it one anyway.
    auto!.style.setProperty('--cw-color-background', 'rgb(1, 2, 3)');
    expect(surfaces(auto!)).to.equal('1,2,3');
  });

  it('passes its theme to nested components, and lets the page set tokens on any ancestor', async () => {
    const wrap = await mount<HTMLElement>(html`<div lang="en" style="--cw-color-text: rgb(1, 2, 3)">
      <cw-test-nest theme="dark"></cw-test-nest>
      <cw-test-view theme="light" id="plain"></cw-test-view>
    </div>`);
    const outer = wrap.firstElementChild as TestNest;
    const inner = outer.inner;
    await inner.updateComplete;
    expect(inner.lang, 'the language crosses the shadow root too').to.equal('en');
    expect(surfaces(outer)).to.equal('22,25,29');
    // The inner one follows the outer's dark scheme: its surface colour is the dark one.
    inner.style.setProperty('--cw-color-background', 'var(--_cw-color-surface)');
    expect(surfaces(inner)).to.equal(surfaces(outer));
    const plain = wrap.querySelector('#plain') as TestView;
    expect(getComputedStyle(part(plain, 'text')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('handles forced colours and keeps logical properties only', async () => {
    const el = await fixture<TestView>(html`<cw-test-view></cw-test-view>`);
    const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    expect(css).to.contain('forced-colors: active');
    expect(css).to.match(/CanvasText/);
    expect(css, 'no physical left/right properties').to.not.match(/(?:margin|padding|border|inset)-(?:left|right)|[^-]\b(?:left|right)\s*:/);
  });
});
