/**
 * The elements' UI messages, loaded on demand one language at a time: each language is a module of
 * its own (`../messages/fr.ts`: the shared catalogue and every element's strings), so a page
 * downloads the strings of the language it shows, not the three. Until they are there, an element
 * shows its loading state (`CwElement` asks `messagesReady`), so it never shows a string in another
 * language, nor moves when the right one arrives.
 *
 * With a language's messages come the short SDG goal titles in that language (see `src/sdg.ts`),
 * so an element in its ready state always has the short titles of its language.
 *
 * Messages are filled as the library's `msg` fills them (`src/i18n/format.ts`); a language without
 * a catalogue gets English, with its own number formatting (`ar-MA`, `es`).
 */
import { fillMessage, type MessageParams } from '../../src/i18n/format.js';
import { normalizeLanguageTag, uiLanguage, type UiLanguage } from '../../src/i18n/text.js';
import type { Message } from '../../src/i18n/types.js';
import { loadSdgShortTitles } from '../../src/sdg.js';
import type { UiMessageKey } from '../messages/en.js';

export type { UiMessageKey } from '../messages/en.js';

type Catalogue = Readonly<Record<UiMessageKey, Message>>;

// One dynamic import per language, spelled out so that every bundler makes each its own chunk. The
// short SDG goal titles of the language come with its messages (`loadSdgShortTitles`; the CDN build
// puts them in the same chunk), so that an element that shows one never waits for it on its own.
const FILES: Record<UiLanguage, () => Promise<Catalogue>> = {
  en: () => import('../messages/en.js').then((m) => m.en),
  fr: () => import('../messages/fr.js').then((m) => m.fr),
  ar: () => import('../messages/ar.js').then((m) => m.ar),
};

const LOADED = new Map<UiLanguage, Catalogue>();
const LOADING = new Map<UiLanguage, Promise<void>>();

/**
 * Loads the messages of the interface language for `lang` (`ar-MA` → Arabic; English for a
 * language the interface is not written in). Later calls share the load; a failed load rejects,
 * and the next call tries again.
 */
export function loadMessages(lang: string): Promise<void> {
  const ui = uiLanguage(lang);
  if (LOADED.has(ui)) return Promise.resolve();
  let loading = LOADING.get(ui);
  if (!loading) {
    loading = Promise.all([FILES[ui](), loadSdgShortTitles(ui)]).then(
      ([catalogue]) => {
        LOADED.set(ui, catalogue);
        LOADING.delete(ui);
      },
      (e: unknown) => {
        LOADING.delete(ui);
        throw e;
      },
    );
    LOADING.set(ui, loading);
  }
  return loading;
}

/** Whether the messages for `lang` are loaded. */
export function messagesLoaded(lang: string): boolean {
  return LOADED.has(uiLanguage(lang));
}

/**
 * Whether the messages for `lang` are loaded. When they are not, starts loading them and asks
 * `host` to update once they are. A load that fails is reported on the console, and leaves the
 * host as it is; its next update tries again.
 */
export function messagesReady(host: { requestUpdate(): void }, lang: string): boolean {
  if (messagesLoaded(lang)) return true;
  loadMessages(lang).then(
    () => host.requestUpdate(),
    (e: unknown) => console.warn(`cityweave: the messages for "${lang}" could not be loaded (${e instanceof Error ? e.message : String(e)}).`),
  );
  return false;
}

/** Whether the loaded messages for `lang` have `key` (for keys made at run time, like `status.${value}`). */
export function hasMessage(lang: string, key: string): key is UiMessageKey {
  const catalogue = LOADED.get(uiLanguage(lang));
  return catalogue !== undefined && Object.prototype.hasOwnProperty.call(catalogue, key);
}

/**
 * A UI message in the language of `lang` (any BCP 47 tag), filled from `params`. An empty string
 * while that language's messages are not loaded (see `messagesReady`). Never throws.
 */
export function uiMsg(lang: string, key: UiMessageKey, params?: MessageParams): string {
  const locale = normalizeLanguageTag(lang) ?? 'en';
  const catalogue = LOADED.get(uiLanguage(locale));
  if (!catalogue) return '';
  return fillMessage((k) => (Object.prototype.hasOwnProperty.call(catalogue, k) ? catalogue[k as UiMessageKey] : undefined), locale, key, params);
}
