/**
 * The base of every cityweave element: language and direction from the page, the four states
 * (loading, error, empty, ready) with their shared blocks, the `cw-error` event, theming, and a
 * guarantee that no exception reaches the host page. The UI messages come on demand, in the
 * element's language (`messages.ts`): until they are there, the element shows its loading state.
 *
 * A component implements `renderView()` (the loaded view) and, when it needs them, `prepareView()`
 * (compute the view model; call `this.fail(…)` for an unknown id), `isEmpty()` and `emptyKey()`.
 * It does not override `willUpdate`, `render` or `update`: the base class runs those hooks inside
 * try/catch and turns any exception into the error state.
 */
// First, before Lit: see trusted-types.ts.
import './trusted-types.js';
import { LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveText, type MessageParams, type ResolvedText, type TextDirection, type UiLanguage } from '../../src/i18n/index.js';
import type { LocalizedText } from '../../src/schema/primitives.js';
import { AUTHOR_DIR, FALLBACK_ATTRIBUTE, resolveLocale, unwatchLocale, watchLocale, type ResolvedLocale } from './locale.js';
import { hasMessage, messagesReady, uiMsg, type UiMessageKey } from './messages.js';
import { loadSdgTitles } from '../../src/sdg.js';
import { CwFailureError, failureOf, failureText, failureTitle, renderEmpty, renderError, renderLoading, type CwFailure, type CwState, type LoadingOptions } from './states.js';
import { CustomStates } from './custom-states.js';
import { ErrorEvents } from './error-event.js';
import { FirstRender } from './first-render.js';
import { checkTextProperties } from './text-properties.js';
import { fallbackDir, resolvedText } from './render-text.js';
import { baseStyles, tokens } from './tokens.css.js';
import { litPolicyRefused } from './trusted-types.js';
import { checkValues, parsedBy, quoted, type ValueRule } from './value-warnings.js';
import { headingLevelRule } from './heading.js';
import { VERSION } from './version.js';

/** `light`, `dark`, or `auto` (follow the reader's system setting). */
export type CwTheme = 'light' | 'dark' | 'auto';
const THEMES: readonly CwTheme[] = ['light', 'dark', 'auto'];
/** A theme as the styles read it (`:host([theme='dark'])`): one of the three words, as written. */
const themeOf = (value: unknown): CwTheme | undefined => THEMES.find((t) => t === value);

/** What `loadStatus()` reports: the data is there, is coming, or failed. */
export type LoadStatus = 'ready' | 'loading' | CwFailure;


/**
 * @cssprop --cw-color-text - Text colour.
 * @cssprop --cw-color-text-muted - Secondary text colour.
 * @cssprop --cw-color-surface - Background colour of the element's blocks (and of the element itself when `theme` is set).
 * @cssprop --cw-color-background - Background of the element itself: by default none (the page's shows through) when it follows the page's colour scheme, its surface colour when `theme` is `light` or `dark`.
 * @cssprop --cw-color-surface-raised - Background of raised blocks (cards, menus).
 * @cssprop --cw-color-border - Border colour.
 * @cssprop --cw-color-accent - Links and active controls.
 * @cssprop --cw-color-on-accent - Text on the accent colour.
 * @cssprop --cw-color-error - Error text and border.
 * @cssprop --cw-color-error-surface - Error background.
 * @cssprop --cw-color-skeleton - Loading placeholder.
 * @cssprop --cw-focus-color - Focus ring colour.
 * @cssprop --cw-focus-width - Focus ring width (2px).
 * @cssprop --cw-focus-offset - Focus ring offset (2px).
 * @cssprop --cw-font-family - Font (the page's by default).
 * @cssprop --cw-font-size-s - Small text (0.875rem).
 * @cssprop --cw-font-size-m - Body text (1rem).
 * @cssprop --cw-font-size-l - Large text (1.25rem).
 * @cssprop --cw-font-size-xl - Headings (1.5rem).
 * @cssprop --cw-line-height - Line height (1.5).
 * @cssprop --cw-space-xs - 0.25rem.
 * @cssprop --cw-space-s - 0.5rem.
 * @cssprop --cw-space-m - 1rem.
 * @cssprop --cw-space-l - 1.5rem.
 * @cssprop --cw-radius - Corner radius (0.5rem).
 * @cssprop --cw-radius-s - Small corner radius (0.25rem).
 * @csspart loading - The loading placeholder.
 * @csspart error - The error block.
 * @csspart error-title - The error's title.
 * @csspart error-text - The error's explanation.
 * @csspart empty - The block shown when there is nothing to show.
 * @fires {CustomEvent<CwErrorDetail>} cw-error - When the element enters the error state. Bubbles and is composed.
 * @cssstate loading - The data or the interface messages are on their way: the loading placeholder shows (`:state(loading)`).
 * @cssstate error - The element shows an error (unknown id, unreachable or invalid data): `cw-error` was fired.
 * @cssstate empty - The data is there but there is nothing to show.
 * @cssstate ready - The element shows its content.
 */
export abstract class CwElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles];

  /** The version of cityweave this element belongs to. */
  static readonly version: string = VERSION;

  /**
   * True for an element that shows SDG titles: their chunk for the element's language is then
   * requested with its messages and data, in the same wave, rather than after the first render.
   */
  protected static showsSdgTitles = false;

  /**
   * What the element's attributes take, for those whose other values are ignored: a value outside
   * them is said once in the console (value-warnings.ts). Subclasses add theirs to these.
   */
  protected static valueRules: Readonly<Record<string, ValueRule>> = { theme: parsedBy(themeOf, `takes ${quoted(THEMES)}`), headingLevel: headingLevelRule };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir', FALLBACK_ATTRIBUTE];
  }

  /** Colour theme: `light`, `dark` or `auto` (the default: follow the reader's system setting, or the theme of an enclosing cityweave element). */
  @property({ reflect: true }) theme?: CwTheme;

  #locale?: ResolvedLocale;
  #authorDir: string | null = null;
  #writingDir = false;
  #state: CwState = 'loading';
  #failure?: CwFailure;
  #crash?: CwFailure;
  readonly #errors = new ErrorEvents();
  readonly #states = new CustomStates(this);
  /** A first render of a large view, in tasks of its own (see `renderInTwoTasks`). */
  readonly #first = new FirstRender(() => this.requestUpdate());
  /** What the server rendered into a declarative shadow root (`cityweave render`), until replaced. */
  #serverNodes?: ChildNode[];

  constructor() {
    super();
    this.#states.set(this.#state, true);
  }

  // ── Language and direction ────────────────────────────────────────────────────────────────

  /**
   * The language the element is shown in, a full BCP 47 tag (`ar-MA`): its own `lang` attribute,
   * else the nearest ancestor's (crossing shadow roots), else `<html lang>`, else the browser's.
   * Setting it sets the `lang` attribute.
   */
  override get lang(): string {
    return (this.#locale ??= resolveLocale(this)).lang;
  }
  override set lang(value: string) {
    if (value) this.setAttribute('lang', value);
    else this.removeAttribute('lang');
  }

  /**
   * The direction the element is laid out in, `ltr` or `rtl`: its own `dir`, else the nearest
   * explicit one above it, unless a closer `lang` says otherwise (see `resolveLocale`). The element
   * writes it into its own `dir` attribute, for styling, unless the author set one. Setting it sets
   * the `dir` attribute.
   */
  override get dir(): TextDirection {
    return (this.#locale ??= resolveLocale(this)).dir;
  }
  override set dir(value: string) {
    if (value) this.setAttribute('dir', value);
    else this.removeAttribute('dir');
  }

  /** The language of the interface strings: `fr`, `en` or `ar` (English for other languages). */
  get uiLang(): UiLanguage {
    return (this.#locale ??= resolveLocale(this)).uiLang;
  }

  /**
   * The page's order of languages for texts missing in the element's language, from a
   * `fallback-lang` attribute (`"en fr"`) on the element or its nearest ancestor that has one;
   * undefined when none is set (the reader's default order, `defaultFallback` in src/i18n). Passed
   * to `resolveText` wherever the element shows a text from the data.
   */
  get fallbackOrder(): readonly string[] | undefined {
    return (this.#locale ??= resolveLocale(this)).fallback;
  }

  /** The `dir` attribute as the author set it (null when the element wrote it itself or there is none). */
  get [AUTHOR_DIR](): string | null {
    return this.#authorDir;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLocale(this, () => this.#syncLocale());
    this.#syncLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLocale(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (this.#writingDir) return;
    if (name === 'dir') this.#authorDir = value;
    if (name === 'lang' || name === 'dir' || name === FALLBACK_ATTRIBUTE) this.#syncLocale();
  }

  #syncLocale(): void {
    const previous = this.#locale;
    const next = resolveLocale(this);
    this.#locale = next;
    if (this.isConnected) this.#reflectDir(next.dir);
    if (previous?.lang !== next.lang) this.requestUpdate('lang', previous?.lang);
    if (previous?.dir !== next.dir) this.requestUpdate('dir', previous?.dir);
    if (previous && previous.fallback?.join(' ') !== next.fallback?.join(' ')) this.requestUpdate('fallbackOrder', previous.fallback);
  }

  /** Writes the resolved direction on the host (for `:host([dir=rtl])`), never over the author's own `dir`. */
  #reflectDir(dir: TextDirection): void {
    if (this.#authorDir !== null || this.getAttribute('dir') === dir) return;
    this.#writingDir = true;
    try {
      this.setAttribute('dir', dir);
    } finally {
      this.#writingDir = false;
    }
  }

  // ── States ────────────────────────────────────────────────────────────────────────────────

  /** What the element shows: `loading`, `error`, `empty` or `ready`. Also exposed as a custom state, `:state(error)`. */
  get state(): CwState {
    return this.#state;
  }

  /** The failure shown in the error state, if any. */
  get failure(): CwFailure | undefined {
    return this.#state === 'error' ? this.#failure : undefined;
  }

  #setState(state: CwState, failure?: CwFailure): void {
    if (state !== this.#state) {
      this.#states.set(this.#state, false);
      this.#states.set(state, true);
    }
    this.#state = state;
    this.#failure = failure;
  }

  /**
   * Sets or clears a custom state of the element's own (`:host(:state(standalone))`), beside the
   * four load states. Ignored where custom states are not supported.
   */
  protected setCustomState(name: string, on: boolean): void {
    this.#states.set(name, on);
  }

  /** Stops preparing or rendering the view and shows the error state for `failure` (throws). */
  protected fail(failure: CwFailure): never {
    throw new CwFailureError(failure);
  }

  // ── Hooks for components ─────────────────────────────────────────────────────────────────

  /** Whether the data is there. Data elements override it; others are always ready. */
  protected loadStatus(): LoadStatus {
    return 'ready';
  }

  /** Computes the view model once the data is ready (called in `willUpdate`). May call `this.fail(…)`. */
  protected prepareView(_changed: PropertyValues): void {}

  /**
   * The next update, if it leaves the loading state and its view model takes 10 ms or more to build,
   * builds the view model and keeps the loading state on screen; the pieces of `moreViewWork()` then
   * run in a task each, and the view is rendered in the task after them (first-render.ts). Data
   * elements ask for it when their data arrives; `updateComplete` waits for the rendering.
   */
  protected renderInTwoTasks(): void {
    this.#first.request();
  }

  /**
   * How long this update's `prepareView` may work on a view model it builds by steps
   * (`SteppedBuild`): a slice, on a first render of a large view (see `renderInTwoTasks`), when the
   * build could otherwise be one long task (the timeline's view of 5,000 entries: 60 to 75 ms on a
   * slow 2-core machine); undefined otherwise (the view is built whole, as the update needs it).
   */
  protected get viewSliceMs(): number | undefined {
    return this.#first.sliceMs(this.#state === 'loading');
  }

  /** Said by `prepareView` when its view model is unfinished after its slice: the loading state stays, and `prepareView` is called again in the next task. */
  protected continueView(): void {
    this.#first.unfinished();
  }

  /** View work the rendering would do otherwise, worth a task of its own on a first render (see `renderInTwoTasks` and `renderAfterTasks`). */
  protected moreViewWork(): Array<() => void> {
    return [];
  }

  /**
   * Runs `pieces` in a task each, then renders in the next; `updateComplete` waits for that
   * rendering. Each piece computes what the rendering then finds kept; one that throws is left to
   * the rendering, which meets the same failure and shows it.
   */
  protected renderAfterTasks(pieces: Array<() => void>): void {
    this.#first.runAfter(pieces);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    return this.#first.settled(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  /**
   * Resolves once rendering has settled: every update the element asked for is done, those too that
   * a windowed list asks for once it has measured its rows (the map's list and the timeline show the
   * rows near the viewport, or every one in "all entries" mode and in print).
   */
  async allRendered(): Promise<void> {
    await this.updateComplete;
    // Measured heights can move the window once more.
    while (!(await this.updateComplete));
  }

  /** Whether there is nothing to show (then the empty block is rendered instead of `renderView`). */
  protected isEmpty(): boolean {
    return false;
  }

  /** The message of the empty block. */
  protected emptyKey(): UiMessageKey {
    return 'empty.items';
  }

  /** The loading placeholder's size: choose it so the page does not jump when the content arrives. */
  protected loadingOptions(): LoadingOptions {
    return { lines: 3 };
  }

  /** The loaded view. */
  protected abstract renderView(): unknown;

  protected renderLoading(): unknown {
    return renderLoading(this.lang, this.loadingOptions());
  }

  protected renderError(failure: CwFailure): unknown {
    return renderError(failure, this.lang);
  }

  protected renderEmpty(): unknown {
    return renderEmpty(this.lang, this.emptyKey());
  }

  // ── Helpers for components ───────────────────────────────────────────────────────────────

  /** A UI message in the element's language (its messages are loaded before anything but the loading state shows). */
  protected t(key: UiMessageKey, params?: MessageParams): string {
    return uiMsg(this.lang, key, params);
  }

  /** The best text for the element's language (see `resolveText`); put `lang` on its element when `fallback` is true. */
  protected localized(text: LocalizedText | undefined, defaultLang?: string): ResolvedText | undefined {
    return resolveText(text, this.lang, defaultLang, this.fallbackOrder);
  }

  /**
   * The shared catalogue's name for a value from the data, under `prefix`: `termName('status',
   * 'completed')` → "Completed" (the message `status.completed`). The value itself when the
   * catalogue has no such message (a value newer than this version of cityweave).
   */
  protected termName(prefix: string, value: string): string {
    const key = `${prefix}.${value}`;
    return hasMessage(this.lang, key) ? this.t(key) : value;
  }

  /**
   * A text from the data, resolved for the reader (see `localized`), in a span (with `isolate`, a
   * `<bdi>`) that carries the text's own `lang` when it is a fallback, and its `dir` when that runs
   * the other way from the element (see render-text.ts). The one way the elements render a localized text.
   */
  protected renderText(text: LocalizedText | ResolvedText | undefined, cls?: string, isolate?: boolean): TemplateResult | typeof nothing {
    const r = text && typeof (text as ResolvedText).fallback === 'boolean' ? (text as ResolvedText) : this.localized(text as LocalizedText | undefined);
    return r ? resolvedText(r, this.dir, cls, isolate) : nothing;
  }

  /** The `dir` to put on a fallback text (with its `lang`) when its language runs the other way from the element; `nothing` otherwise. */
  protected fallbackDir(r: ResolvedText | undefined): TextDirection | typeof nothing {
    return fallbackDir(r, this.dir);
  }

  // ── The update cycle, guarded ───────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    checkValues(this, (this.constructor as typeof CwElement).valueRules, changed);
    try {
      // Asked before the messages, so that the data loads while they do. Where Lit cannot render
      // (see trusted-types.ts), nothing is loaded: the element only says why.
      const status = litPolicyRefused ? { kind: 'csp' as const } : (this.#crash ?? checkTextProperties(this) ?? this.loadStatus());
      // A failure is met again where the titles are shown (sdg-titles.ts), which keeps the short ones.
      if ((this.constructor as typeof CwElement).showsSdgTitles && !litPolicyRefused) loadSdgTitles(this.lang).catch(() => {});
      // Nothing but the loading state until the messages of the element's language are there: no
      // text in another language, no empty labels.
      if (!messagesReady(this, this.lang)) return this.#setState('loading');
      if (status === 'loading') return this.#setState('loading');
      if (status !== 'ready') {
        this.#first.reset();
        return this.#setState('error', status);
      }
      const started = performance.now();
      this.prepareView(changed);
      // A large first view: the loading state stays while it is built and rendered in tasks of their own.
      if (this.#first.defer(this.#state === 'loading', performance.now() - started, () => this.moreViewWork())) return;
      this.#setState(this.isEmpty() ? 'empty' : 'ready');
    } catch (e) {
      this.#first.reset();
      this.#setState('error', failureOf(e));
    }
  }

  /**
   * A shadow root rendered on the server (`cityweave render`: a declarative shadow root) is kept on
   * screen while the element loads, then replaced by the element's own rendering (the bundle has no
   * hydration support; rendering into it as it is would show everything twice).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root.firstChild) {
      this.#serverNodes = [...root.childNodes];
      // Lit would render before them (and lose its end marker when they go): after them instead.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected override render(): unknown {
    // Lit's templates are refused on this page: plain text, as text nodes (see trusted-types.ts).
    if (litPolicyRefused) return this.#failure ? `${failureTitle(this.#failure, this.lang)}. ${failureText(this.#failure, this.lang)}` : '';
    if (this.#serverNodes) {
      if (this.#state === 'loading') return nothing;
      for (const node of this.#serverNodes) node.remove();
      this.#serverNodes = undefined;
    }
    try {
      switch (this.#state) {
        case 'loading':
          return this.renderLoading();
        case 'error':
          return this.renderError(this.#failure ?? { kind: 'internal' });
        case 'empty':
          return this.renderEmpty();
        case 'ready':
          return this.renderView();
      }
    } catch (e) {
      const failure = this.#state === 'error' ? { kind: 'internal' as const, cause: e } : failureOf(e);
      this.#setState('error', failure);
      return renderError(failure, this.lang);
    }
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.#errors.report(this, this.failure, this.lang);
  }

  /**
   * The last guard: an exception that escaped the hooks (from `updated()`, say) would reach the page
   * as an unhandled rejection. It becomes the error state instead, once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (e) {
      if (this.#crash) {
        console.warn(`cityweave: <${this.localName}> failed again.`, e);
        return;
      }
      this.#crash = { kind: 'internal', cause: e };
      this.requestUpdate();
    }
  }
}
