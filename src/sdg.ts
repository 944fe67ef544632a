/**
 * The UN Sustainable Development Goals and their targets, with the official goal colours and their
 * titles in English, French and Arabic (see `data/sdg/SOURCE.md`). Lookups go through maps built once.
 *
 * Codes, goals, targets and colours are at hand synchronously (`data/sdg/index.json`, small). The
 * titles come on demand, one language at a time, so that a page downloads its own language's only:
 * the goals' short titles (small: `await loadSdgShortTitles('fr')`, then read
 * `sdgGoal('10').shortTitle`; the elements load them with their messages) and the full titles of
 * goals and targets (about 40 KB gzip for the three languages: `await loadSdgTitles('fr')`, which
 * loads the short titles too, then read `sdgTarget('10.7').title`). Until then `shortTitle` is
 * empty and `title` undefined, everywhere alike (Node, a bundler's dev server, a production
 * bundle): nothing loads them behind the program's back, so a program that shows a title loads its
 * language first, and `sdgTitlesLoaded(lang)` says whether it has.
 */
import index from '../data/sdg/index.json' with { type: 'json' };
import { uiLanguage, type UiLanguage } from './i18n/text.js';
import type { LocalizedText } from './schema/index.js';
import { editDistance } from './edit-distance.js';

export interface SdgGoal {
  /** `"1"` … `"17"`. */
  readonly code: string;
  /** The official colour, `#RRGGBB`. */
  readonly color: string;
  /** The short title in the languages loaded so far (see `loadSdgShortTitles`); empty before any is. */
  readonly shortTitle: LocalizedText;
  /** The full title in the languages loaded so far (see `loadSdgTitles`); undefined before any is. */
  readonly title: LocalizedText | undefined;
}

export interface SdgTarget {
  /** `"10.7"`, `"16.b"`. */
  readonly code: string;
  /** The code of its goal, `"10"`. */
  readonly goal: string;
  /** The full title in the languages loaded so far (see `loadSdgTitles`); undefined before any is. */
  readonly title: LocalizedText | undefined;
}

/** The languages the titles are written in, in the order a `title` lists them. */
export const SDG_TITLE_LANGUAGES: readonly UiLanguage[] = ['en', 'fr', 'ar'];

/** A file of titles in one language: goals' titles by code, and targets' for the full titles. */
interface TitlesFile {
  lang: string;
  goals: Record<string, string>;
  targets?: Record<string, string>;
}

type TitleFiles = Partial<Record<UiLanguage, () => Promise<{ default: unknown }>>>;

function languagesFor(lang: string | undefined): readonly UiLanguage[] {
  return lang === undefined ? SDG_TITLE_LANGUAGES : [uiLanguage(lang)];
}

/** Titles by code (goal or target), filled one language at a time from `files`, on demand. */
class TitleSet {
  /** The title of each code: a frozen `LocalizedText` of the languages loaded so far, remade when one arrives. */
  readonly byCode = new Map<string, LocalizedText>();
  readonly #texts = new Map<string, Partial<Record<UiLanguage, string>>>();
  readonly #loaded = new Set<UiLanguage>();
  readonly #loading = new Map<UiLanguage, Promise<void>>();
  readonly #files: TitleFiles;

  constructor(files: TitleFiles) {
    this.#files = files;
  }

  add(lang: UiLanguage, file: TitlesFile): void {
    for (const [code, text] of [...Object.entries(file.goals), ...Object.entries(file.targets ?? {})]) {
      const texts = this.#texts.get(code) ?? {};
      texts[lang] = text;
      this.#texts.set(code, texts);
      const title: LocalizedText = {};
      for (const l of SDG_TITLE_LANGUAGES) if (texts[l] !== undefined) title[l] = texts[l];
      this.byCode.set(code, Object.freeze(title));
    }
    this.#loaded.add(lang);
  }

  loaded(lang: string | undefined): boolean {
    return languagesFor(lang).every((l) => this.#loaded.has(l));
  }

  /** Loads the languages for `lang` once each; a load that fails is tried again on the next call. */
  load(lang: string | undefined): Promise<void> {
    return Promise.all(
      languagesFor(lang).map((l) => {
        let load = this.#loading.get(l);
        const file = this.#files[l];
        if (!load && file) {
          load = file().then((m) => this.add(l, m.default as TitlesFile));
          load.catch(() => this.#loading.delete(l));
          this.#loading.set(l, load);
        }
        return load;
      }),
    ).then(() => undefined);
  }
}

// One dynamic import per language, spelled out so that every bundler makes each its own chunk.
const TITLES = new TitleSet({
  en: () => import('../data/sdg/titles/en.json', { with: { type: 'json' } }),
  fr: () => import('../data/sdg/titles/fr.json', { with: { type: 'json' } }),
  ar: () => import('../data/sdg/titles/ar.json', { with: { type: 'json' } }),
});

// The goals' short titles, a small file per language.
const SHORT_TITLES = new TitleSet({
  en: () => import('../data/sdg/short/en.json', { with: { type: 'json' } }),
  fr: () => import('../data/sdg/short/fr.json', { with: { type: 'json' } }),
  ar: () => import('../data/sdg/short/ar.json', { with: { type: 'json' } }),
});

/**
 * Loads the short titles of the goals in the titles language for `lang` (`fr-MA` → French;
 * English for a language the catalogue is not written in), or in every language when `lang` is
 * not given. Resolves once they are in the `shortTitle` of every `SdgGoal`; later calls share the
 * same load. Rejects when a file cannot be loaded (a later call tries again). The elements load
 * them with their messages, before they show anything but their loading state.
 */
export function loadSdgShortTitles(lang?: string): Promise<void> {
  return SHORT_TITLES.load(lang);
}

/** Whether the short titles for `lang` (see `loadSdgShortTitles`), or in every language when not given, are loaded. */
export function sdgShortTitlesLoaded(lang?: string): boolean {
  return SHORT_TITLES.loaded(lang);
}

/**
 * Loads the full titles of every goal and target in the titles language for `lang` (`fr-MA` →
 * French; English for a language the catalogue is not written in), or in every language when
 * `lang` is not given, and the short titles of the goals in the same languages (see
 * `loadSdgShortTitles`). Resolves once they are in the `title` of every `SdgGoal` and `SdgTarget`;
 * later calls share the same load. Rejects when a file cannot be loaded (a later call tries again).
 */
export function loadSdgTitles(lang?: string): Promise<void> {
  return Promise.all([SHORT_TITLES.load(lang), TITLES.load(lang)]).then(() => undefined);
}

/** Whether the titles for `lang` (see `loadSdgTitles`), or in every language when not given, are loaded. */
export function sdgTitlesLoaded(lang?: string): boolean {
  return TITLES.loaded(lang);
}

function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freezeDeep(v);
  }
  return value;
}

/** A frozen record whose `title` reads the titles loaded so far. */
function withTitle<T extends object>(record: T, code: string): T & { readonly title: LocalizedText | undefined } {
  Object.defineProperty(record, 'title', { enumerable: true, get: () => TITLES.byCode.get(code) });
  return freezeDeep(record) as T & { readonly title: LocalizedText | undefined };
}

const NO_TEXT: LocalizedText = Object.freeze({});

/** The index's rows (see its `columns`): a goal's targets are their count and letters, `5, "ab"` for 1.1 … 1.5, 1.a, 1.b. */
const ROWS = index.goals as Array<[code: string, color: string, numberedTargets: number, letteredTargets: string]>;

const GOALS: readonly SdgGoal[] = Object.freeze(
  ROWS.map(([code, color]) => {
    const goal = { code, color } as SdgGoal;
    Object.defineProperty(goal, 'shortTitle', { enumerable: true, get: () => SHORT_TITLES.byCode.get(code) ?? NO_TEXT });
    return withTitle(goal, code);
  }),
);
const TARGETS: readonly SdgTarget[] = Object.freeze(
  ROWS.flatMap(([goal, , numbered, lettered]) =>
    [...Array.from({ length: numbered }, (_, k) => k + 1), ...lettered].map((part) => {
      const code = `${goal}.${part}`;
      return withTitle({ code, goal }, code);
    }),
  ),
);
const GOAL_BY_CODE = new Map(GOALS.map((g) => [g.code, g]));
const TARGET_BY_CODE = new Map(TARGETS.map((t) => [t.code, t]));
const TARGETS_BY_GOAL = new Map<string, readonly SdgTarget[]>(GOALS.map((g) => [g.code, Object.freeze(TARGETS.filter((t) => t.goal === g.code))]));

/** The 17 goals in order. */
export function sdgGoals(): readonly SdgGoal[] {
  return GOALS;
}

/** The 169 targets in the official order (numbered targets of a goal first, then lettered ones). */
export function sdgTargets(): readonly SdgTarget[] {
  return TARGETS;
}

/** A goal by its code (`"10"`). */
export function sdgGoal(code: string): SdgGoal | undefined {
  return typeof code === 'string' ? GOAL_BY_CODE.get(code) : undefined;
}

/** A target by its code (`"10.7"`, `"16.b"`). */
export function sdgTarget(code: string): SdgTarget | undefined {
  return typeof code === 'string' ? TARGET_BY_CODE.get(code) : undefined;
}

/** The targets of a goal, in the official order (empty for an unknown goal). */
export function sdgTargetsOfGoal(goalCode: string): readonly SdgTarget[] {
  return TARGETS_BY_GOAL.get(goalCode) ?? [];
}

/** The goal of a target (`"10.7"` → goal 10); undefined when the code is not a known target. */
export function goalOfTarget(code: string): SdgGoal | undefined {
  const target = sdgTarget(code);
  return target ? GOAL_BY_CODE.get(target.goal) : undefined;
}

export function isSdgGoalCode(code: string): boolean {
  return sdgGoal(code) !== undefined;
}

export function isSdgTargetCode(code: string): boolean {
  return sdgTarget(code) !== undefined;
}

/** Whether a code names a goal, a target, or nothing in the catalogue. */
export function sdgKind(code: string): 'goal' | 'target' | undefined {
  return isSdgGoalCode(code) ? 'goal' : isSdgTargetCode(code) ? 'target' : undefined;
}

/** Tidies the common ways of writing a code: `" SDG 10.07 "`, `"16,B"`, `"16-b"` → `10.7`, `16.b`. */
function tidy(code: string): string {
  let s = code.trim().toLowerCase();
  s = s.replace(/^(?:sdg|odd|target|cible|goal|objectif)\s*[:#]?\s*/, '');
  s = s.replace(/\s*[,\-\s/]\s*/g, '.').replace(/\.+/g, '.');
  return s
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('.');
}

/**
 * The target a code most likely meant, or undefined when no target is close. A code that is
 * already a target is returned as is. Examples: `"16.16"` → `"16.6"` (the goal number typed twice),
 * `"17.19x"` → `"17.19"`, `"16,B"` → `"16.b"`, `"10.07"` → `"10.7"`. A goal code alone (`"10"`)
 * has no single target and gives undefined.
 */
export function suggestSdgTarget(code: string): string | undefined {
  if (typeof code !== 'string' || code.length > 40) return undefined;
  if (TARGET_BY_CODE.has(code)) return code;
  const tidied = tidy(code);
  if (TARGET_BY_CODE.has(tidied)) return tidied;
  if (!/^\d{1,2}\.[0-9a-z]{1,3}$/.test(tidied)) return undefined;
  const [goal, part] = tidied.split('.') as [string, string];
  let best: { code: string; score: number } | undefined;
  for (const t of TARGETS) {
    const d = editDistance(tidied, t.code, 2);
    if (d > 2) continue;
    const tPart = t.code.slice(t.goal.length + 1);
    // Among equally distant codes, prefer the same goal, then a code whose target number ends the
    // one written (16.16 → 16.6: the goal's digit repeated), then a prefix of it (17.19x → 17.19).
    const score = d * 10 + (t.goal === goal ? 0 : 4) + (part.endsWith(tPart) ? 0 : 2) + (tidied.startsWith(t.code) ? 0 : 1);
    if (!best || score < best.score) best = { code: t.code, score };
  }
  return best?.code;
}

/** The UN metadata URI of a goal or target: `http://metadata.un.org/sdg/10.7`. */
export function sdgUri(code: string): string {
  return `http://metadata.un.org/sdg/${code}`;
}

const CODE = /^(\d+)(?:\.(?:(\d+)|([a-z])))?$/;

/**
 * Orders codes as the catalogue does: goals numerically (`1 < 2 < 10`), a goal before its targets,
 * numbered targets numerically before lettered ones (`16.2 < 16.10 < 16.a < 16.b`). Codes of
 * another form sort after, by plain string order.
 */
export function compareSdgCodes(a: string, b: string): number {
  const ma = CODE.exec(a);
  const mb = CODE.exec(b);
  if (!ma || !mb) {
    if (ma) return -1;
    if (mb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const rank = (m: RegExpExecArray): [number, number, number] => [
    Number(m[1]),
    m[2] !== undefined ? 1 : m[3] !== undefined ? 2 : 0,
    m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? m[3].charCodeAt(0) : 0,
  ];
  const [ga, ka, va] = rank(ma);
  const [gb, kb, vb] = rank(mb);
  return ga - gb || ka - kb || va - vb || (a < b ? -1 : a > b ? 1 : 0);
}
