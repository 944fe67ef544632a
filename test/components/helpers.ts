/** Shared helpers for component tests: colours from computed styles, fetch stubs, test elements. */
import { oneEvent as waitForEvent, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { contrastRatio } from '../../components/base/color.js';
import { CwDataElement } from '../../components/base/cw-data-element.js';
import { CwElement } from '../../components/base/cw-element.js';
import { defineElement } from '../../components/base/define.js';
import { loadMessages } from '../../components/base/messages.js';
import { UI_LANGUAGES } from '../../src/i18n/index.js';
import type { Project } from '../../src/schema/index.js';

/** `rgb(1, 2, 3)` / `rgba(…)` / `color(srgb r g b)` → [r, g, b] in 0–255. */
export function rgb(css: string): [number, number, number] {
  const m = /^rgba?\((\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(css);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const s = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(css);
  if (s) return [Number(s[1]) * 255, Number(s[2]) * 255, Number(s[3]) * 255];
  throw new Error(`cannot read colour ${css}`);
}

/** Contrast of an element's text colour on the background colour of `bgOf` (itself by default). */
export function textContrast(el: Element, bgOf: Element = el): number {
  return contrastRatio(rgb(getComputedStyle(el).color), rgb(getComputedStyle(bgOf).backgroundColor));
}

// Elements wait for the messages of their language (loaded on demand; see test/components/messages.test.ts):
// loaded once here, so that the tests see each element as soon as its data is there.
before(() => Promise.all(UI_LANGUAGES.map((lang) => loadMessages(lang))));

const mounted: Element[] = [];

/** Waits until every Lit element under `root` (shadow roots included) has finished updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
  }
}

/**
 * Renders a template into the page and waits for its elements to update. Unlike \`fixture()\` with a
 * plain root element, it never waits for an animation frame, which a test page running in the
 * background (two test files at once) does not get. Removed after each test.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits (up to `timeout` ms) until `el` leaves its loading state, then for it to update; returns it. */
export async function loaded<T extends Element & { state: string; updateComplete: Promise<unknown> }>(el: T, timeout = 5000): Promise<T> {
  await waitUntil(() => el.state !== 'loading', `<${el.localName}> stays in loading`, { timeout });
  await el.updateComplete;
  return el;
}

/**
 * Markup written as a string, in a wrapper `<div>` with the attributes `attrs`, put in the page (and
 * removed after the test) without waiting: for the tests that set an element's properties before it
 * updates. The wrapper is returned.
 */
export function mountHTML(inner: string, attrs: Record<string, string> = {}): HTMLDivElement {
  const div = element<HTMLDivElement>('div', attrs);
  div.innerHTML = inner;
  return attach(div);
}

/** A new `tag` element with the attributes `attrs`, not yet in the page. */
export function element<T extends Element = HTMLElement>(tag: string, attrs: Record<string, string> = {}): T {
  const el = document.createElement(tag) as unknown as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** Puts `el` at the end of the page, removed after the test; returns it. */
export function attach<T extends Element>(el: T): T {
  document.body.append(el);
  mounted.push(el);
  return el;
}

afterEach(() => {
  for (const c of mounted.splice(0)) c.remove();
});

/** A test element with no data: shows the "map" message in its language. */
export class TestView extends CwElement {
  @property() mode: 'ok' | 'empty' | 'throw-render' | 'throw-prepare' | 'unknown' = 'ok';
  protected override prepareView(): void {
    if (this.mode === 'throw-prepare') throw new Error('prepare failed');
    if (this.mode === 'unknown') this.fail({ kind: 'unknown-id', subject: 'project', id: 'tanger', suggestions: ['tanger-accueil'] });
  }
  protected override isEmpty(): boolean {
    return this.mode === 'empty';
  }
  protected override renderView(): unknown {
    if (this.mode === 'throw-render') throw new Error('render failed');
    return html`<p part="text">${this.t('view.map')}</p>`;
  }
}
defineElement('cw-test-view', TestView);

/** A test element that renders another inside its shadow root, as a card renders badges. */
export class TestNest extends CwElement {
  protected override renderView(): unknown {
    return html`<cw-test-view part="inner"></cw-test-view>`;
  }
  get inner(): TestView {
    return this.shadowRoot!.querySelector('cw-test-view') as TestView;
  }
}
defineElement('cw-test-nest', TestNest);

/** A test data element: shows one project (attribute `project`) or the number of projects. */
export class TestData extends CwDataElement {
  @property() project?: string;
  #project?: Project;
  protected override prepareView(): void {
    this.#project = this.project ? this.record('project', this.project) : undefined;
  }
  protected override isEmpty(): boolean {
    return this.data.projects().length === 0;
  }
  protected override emptyKey() {
    return 'empty.projects' as const;
  }
  protected override renderView(): unknown {
    if (this.#project) {
      const title = this.localized(this.#project.title);
      return html`<h2 part="title" lang=${title?.fallback ? title.lang : ''}>${title?.text}</h2>`;
    }
    return html`<p part="count">${this.t('label.projectCount', { count: this.data.projects().length })}</p>`;
  }
}
defineElement('cw-test-data', TestData);

/** A plain element whose open shadow root holds `<section><slot-less content>`, to test crossing shadow roots. */
export class ShadowWrapper extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><cw-test-view></cw-test-view></section>';
  }
  get inner(): TestView {
    return this.shadowRoot!.querySelector('cw-test-view') as TestView;
  }
  get section(): HTMLElement {
    return this.shadowRoot!.querySelector('section')!;
  }
}
defineElement('cw-test-shadow-wrapper', ShadowWrapper);

export interface FetchStub {
  calls: string[];
  restore(): void;
}

/** Replaces `window.fetch`: `routes` maps a URL to a response (or a function giving one). */
export function stubFetch(routes: Record<string, () => Promise<Response> | Response>): FetchStub {
  const real = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  };
  return { calls, restore: () => (window.fetch = real) };
}

export const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });

/**
 * Each element with attributes that show a record of the default dataset (the elements load it
 * themselves): for the tests that go over every element (fonts, printing, headings).
 */
export const EVERY_ELEMENT: readonly { tag: string; attrs: string }[] = [
  { tag: 'cw-sdg-badge', attrs: 'code="10.7"' },
  { tag: 'cw-project-card', attrs: 'project="tanger-accueil"' },
  { tag: 'cw-project-list', attrs: 'network="mc2cm"' },
  { tag: 'cw-roadmap-timeline', attrs: 'roadmap="rmci-action-plan-2019-2020"' },
  { tag: 'cw-city-map', attrs: 'network="rmci"' },
  { tag: 'cw-event', attrs: 'event="arab-coalition-rabat-2018"' },
  { tag: 'cw-city-profile', attrs: 'city="tanger-ma"' },
  { tag: 'cw-sdg-coverage', attrs: 'network="mc2cm"' },
];

// ── Reading an element's shadow DOM ────────────────────────────────────────────────────────────

/** The first match of `selector` in the element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

/** The first element of the shadow root with the part `name` (among its parts). */
export const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

/** Every match of `selector` in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Every element of the shadow root with the part `name`. */
export const parts = (el: Element, name: string): HTMLElement[] => $$(el, `[part~="${name}"]`);

/** An element's text with its white space collapsed, as a reader hears it. */
export const text = (el: Node | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The next `type` event on `target`; fails after 3 s instead of hanging the test run. */
export function oneEvent<T extends Event = Event>(target: EventTarget, type: string): Promise<T> {
  return Promise.race([
    waitForEvent(target, type) as Promise<T>,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${type} event within 3 s`)), 3000)),
  ]);
}

/** Collects what `console.warn` receives (instead of printing it) until `restore()`. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const real = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = real) };
}
