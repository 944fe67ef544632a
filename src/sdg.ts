/**
 * The UN Sustainable Development Goals and their targets, in English, French and Arabic, with the
 * official goal colours (see `data/sdg/SOURCE.md`). Lookups go through maps built once.
 */
import goalsData from '../data/sdg/goals.json' with { type: 'json' };
import targetsData from '../data/sdg/targets.json' with { type: 'json' };
import type { LocalizedText } from './schema/index.js';
import { editDistance } from './suggest.js';

export interface SdgGoal {
  /** `"1"` … `"17"`. */
  code: string;
  /** The official colour, `#RRGGBB`. */
  color: string;
  title: LocalizedText;
  shortTitle: LocalizedText;
}

export interface SdgTarget {
  /** `"10.7"`, `"16.b"`. */
  code: string;
  /** The code of its goal, `"10"`. */
  goal: string;
  title: LocalizedText;
}

function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freezeDeep(v);
  }
  return value;
}

const GOALS: readonly SdgGoal[] = freezeDeep((goalsData as SdgGoal[]).map((g) => ({ code: g.code, color: g.color, title: g.title, shortTitle: g.shortTitle })));
const TARGETS: readonly SdgTarget[] = freezeDeep((targetsData as SdgTarget[]).map((t) => ({ code: t.code, goal: t.goal, title: t.title })));
const GOAL_BY_CODE = new Map(GOALS.map((g) => [g.code, g]));
const TARGET_BY_CODE = new Map(TARGETS.map((t) => [t.code, t]));
const TARGETS_BY_GOAL = new Map<string, SdgTarget[]>();
for (const t of TARGETS) {
  const list = TARGETS_BY_GOAL.get(t.goal) ?? [];
  list.push(t);
  TARGETS_BY_GOAL.set(t.goal, list);
}

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
