/**
 * The base of elements that show data from an atlas. The atlas comes from the `atlas` property (for
 * JavaScript users), else from the `src` attribute (a URL), else the bundled default dataset, in the
 * view of the element's language (`loadBundledAtlas`): when the language changes, the element loads
 * the view of the new one and keeps showing what it shows until it is there.
 */
import { property } from 'lit/decorators.js';
import type { Atlas, AtlasRecordKind } from '../../src/atlas.js';
import type { ResolvedText } from '../../src/i18n/index.js';
import type { AtlasInput, City, Event, LocalizedText, Network, Organization, Person, Project, Roadmap } from '../../src/schema/index.js';
import { CwElement, type LoadStatus } from './cw-element.js';
import type { CwFailure } from './states.js';
import { absoluteUrl, DEFAULT_TIMEOUT_MS, loadAtlasFrom, loadBundledAtlas, parseAtlasLazily, releaseEarlyFetchesOf, type AtlasLoad } from './data-source.js';

/** The record type for each kind of id. */
export interface AtlasRecords {
  city: City;
  network: Network;
  project: Project;
  roadmap: Roadmap;
  event: Event;
  organization: Organization;
  person: Person;
}

/** Prefix of the key of the bundled dataset, followed by the element's language (a NUL cannot occur in a resolved URL). */
const BUNDLED = '\0bundled:';
/** Prefix of the key of a `src` layered on `extends` (see `layered-source.ts`). */
const LAYERED = '\0layered:';
/** Prefix of the key of a `src` that is not a URL. */
const INVALID = '\0invalid:';
type SourceKey = Atlas | object | string;

const isBundled = (key: SourceKey | undefined): boolean => typeof key === 'string' && key.startsWith(BUNDLED);

/** Plain documents given to `atlas` instead of an `Atlas`: validated once each. */
const plainLoads = new WeakMap<object, Promise<AtlasLoad>>();

/** An `Atlas` (from this or another copy of cityweave), rather than a plain document. */
function isAtlas(value: unknown): value is Atlas {
  return typeof value === 'object' && value !== null && typeof (value as Atlas).project === 'function' && typeof (value as Atlas).suggestId === 'function';
}

/**
 * @summary Base class: an element that shows data from an atlas.
 */
export abstract class CwDataElement extends CwElement {
  /**
   * The atlas to show, for JavaScript users: an `Atlas` from `parseAtlas`. A plain atlas document
   * is accepted too, and validated. Takes precedence over `src`.
   */
  @property({ attribute: false }) atlas?: Atlas | AtlasInput;

  /**
   * The URL of an atlas JSON document, relative to the page. Elements that name the same URL share
   * one download. Without `atlas` or `src`, the bundled default dataset is shown.
   */
  @property() src?: string;

  /**
   * Layers `src` on other data: `default` (the bundled dataset) or URLs, separated by spaces.
   * Records are merged by id (the file of `src` wins) and validated together, so the file of `src`
   * may hold only a network's additions and changes. Without `src`, ignored.
   */
  @property({ attribute: 'extends' }) extends?: string;

  /**
   * How long to wait for the document of `src`, in seconds (fractions allowed; zero, a negative value or not a number: 15). When it
   * has not arrived by then, the element shows that the data did not arrive and fires `cw-error`
   * with `kind: "timeout"`. Counted from the request until the whole document is received
   * (validating a large one is not counted); read when the download starts. An element removed from
   * the page stops waiting, and a download no element waits for any longer is aborted.
   */
  @property({ type: Number }) timeout: number = 15; // DEFAULT_TIMEOUT_MS, written out for the element reference.

  #key?: SourceKey;
  #result?: AtlasLoad;
  /** Ends this element's wait for a `src` download (when it leaves the page, or its source changes). */
  #waiting?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after leaving it while its data was coming: wait again.
    if (this.#key === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Not for a move (out and back in within the task): the download goes on then.
    setTimeout(() => {
      if (this.isConnected || this.#result) return;
      this.#waiting?.abort();
      this.#key = undefined;
    });
  }

  /** The atlas shown, however it came; undefined while it loads or when it failed. */
  get currentAtlas(): Atlas | undefined {
    return this.#result?.ok ? this.#result.atlas : undefined;
  }

  /** The atlas, in `prepareView` and `renderView` (where it is always there). */
  protected get data(): Atlas {
    const atlas = this.currentAtlas;
    if (!atlas) throw new Error('cityweave: the atlas is not loaded yet');
    return atlas;
  }

  #sourceKey(): SourceKey {
    if (this.atlas != null) return this.atlas;
    const src = this.src?.trim();
    const layers = this.extends?.trim();
    if (src && layers) return `${LAYERED}${layers}\0${src}\0${this.lang}`;
    if (src) return absoluteUrl(src) ?? `${INVALID}${src}`;
    return `${BUNDLED}${this.lang}`;
  }

  protected override loadStatus(): LoadStatus {
    const key = this.#sourceKey();
    if (key !== this.#key) {
      // The bundled dataset in another language: its view comes, and the element keeps showing the
      // current one meanwhile (texts it lacks fall back, marked with their language) rather than
      // its loading state. Views already loaded come within the same task: nothing shows between.
      const keep = isBundled(key) && isBundled(this.#key) && this.#result?.ok === true;
      this.#key = key;
      if (!keep) this.#result = undefined;
      this.#start(key);
    }
    if (!this.#result) return 'loading';
    return this.#result.ok ? 'ready' : this.#result.failure;
  }

  #start(key: SourceKey): void {
    // The wait for the previous source's download ends, whatever the new source is: a download no
    // element waits for any longer is aborted (url-load.ts).
    this.#waiting?.abort();
    this.#waiting = undefined;
    // A download the CDN entry started for this element before a script gave it its data another way
    // (`atlas`, another `src`) is let go of.
    releaseEarlyFetchesOf(this, key);
    if (isAtlas(key)) {
      this.#result = { ok: true, atlas: key };
      return;
    }
    let load: Promise<AtlasLoad>;
    if (typeof key === 'string') {
      if (key.startsWith(INVALID)) {
        this.#result = { ok: false, failure: { kind: 'unreachable', url: key.slice(INVALID.length) } };
        return;
      }
      const seconds = Number(this.timeout);
      const ms = seconds > 0 ? Math.min(seconds * 1000, 2 ** 31 - 1) : DEFAULT_TIMEOUT_MS;
      if (key.startsWith(LAYERED)) {
        const [layers, src, lang] = key.slice(LAYERED.length).split('\0') as [string, string, string];
        load = import('./layered-source.js').then((m) => m.loadLayered(layers, src, lang, ms));
      } else load = key.startsWith(BUNDLED) ? loadBundledAtlas(key.slice(BUNDLED.length)) : loadAtlasFrom(key, ms, (this.#waiting = new AbortController()).signal);
    } else {
      let plain = plainLoads.get(key);
      if (!plain) plainLoads.set(key, (plain = parseAtlasLazily(key, `the document given as the atlas property of <${this.localName}>`)));
      load = plain;
    }
    // An element showing its loading state renders the data in a task of its own, not in the one
    // that built the `Atlas` (for a large document, the two would add up to one long task).
    const loading = !this.#result;
    load
      .catch((e: unknown): AtlasLoad => ({ ok: false, failure: { kind: 'internal', cause: e } }))
      .then(async (result) => {
        if (loading) await new Promise((resolve) => setTimeout(resolve));
        if (this.#key !== key) return; // The source changed meanwhile.
        if (this.#result?.ok && result.ok && this.#result.atlas === result.atlas) return; // The same view (`fr-FR` → `fr-TN`).
        this.#result = result;
        if (loading) this.renderInTwoTasks();
        this.requestUpdate();
      });
  }

  /**
   * The record of that kind and id, or the error state `unknown-id` with the closest ids as
   * suggestions (throws, like `fail`); `attribute` is the one that named the id, when it is not
   * named after the kind. Use in `prepareView`.
   */
  protected record<K extends AtlasRecordKind>(kind: K, id: string | undefined, attribute?: string): AtlasRecords[K] {
    const atlas = this.data;
    const key = (id ?? '').trim();
    const lookup = atlas[kind] as (id: string) => AtlasRecords[K] | undefined;
    const found = key ? lookup.call(atlas, key) : undefined;
    if (found) return found;
    const failure: CwFailure = { kind: 'unknown-id', subject: kind, id: key, suggestions: key ? atlas.suggestId(kind, key) : [] };
    if (attribute !== undefined) failure.attribute = attribute;
    return this.fail(failure);
  }

  /** The best text for the element's language, falling back to the atlas's default language. */
  protected override localized(text: LocalizedText | undefined, defaultLang?: string): ResolvedText | undefined {
    return super.localized(text, defaultLang ?? this.currentAtlas?.defaultLanguage);
  }
}
