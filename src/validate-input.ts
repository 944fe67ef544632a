/**
 * The first step of `parseAtlas`: a safe, plain-data copy of whatever was passed in, frozen, so
 * that nothing later can be tripped by it. Getters that throw, proxies, cycles, class instances
 * and absurd nesting are replaced by marker symbols (which no schema accepts) that say what was there.
 * Also the helpers every validation step shares: paths, document order, value descriptions.
 */

import { MAX_TEXT_CHARS } from './limits.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** An issue before its path is written out. */
export interface RawIssue {
  path: Path;
  message: string;
}

/** Deeper than this no atlas field can be: such a value is replaced by a marker. */
export const MAX_DEPTH = 64;
/** More values than this and the document is refused as a whole. */
export const MAX_VALUES = 2_000_000;
/** Arrays up to this length are copied into an array made at its length. */
const PREALLOCATED = 4096;

export interface Snapshot {
  /** The plain-data copy. */
  value: unknown;
  /** What each marker symbol in the copy stands for. */
  markers: Map<symbol, string>;
  /** True when the input has more than `MAX_VALUES` values (the copy is then incomplete). */
  tooLarge: boolean;
  /**
   * Strings (values, or field names when `key` is set) longer than `MAX_TEXT_CHARS`, found while
   * copying, so that they are refused before any schema or rule reads them.
   */
  longTexts: Array<{ path: Path; length: number; key?: boolean }>;
}

/** Text of a thrown value, without trusting it (its `message` or `toString` may throw too). */
export function errorText(e: unknown): string {
  try {
    if (e instanceof Error && typeof e.message === 'string') return clip(e.message, 200);
    if (typeof e === 'string') return clip(e, 200);
    return clip(String(e), 200);
  } catch {
    return 'an error that cannot be shown';
  }
}

/** Shortens a string to `max` characters, saying how long it was. */
export function clip(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length} characters)`;
}

/** A value in quotes as JSON writes it, shortened when long. */
export function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 60)}…` : s) + (s.length > 80 ? ` (${s.length} characters)` : '');
}

function isPlainObject(o: object): boolean {
  const proto = Object.getPrototypeOf(o);
  // A root prototype (Object.prototype of this or another realm) or none at all.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function kindOfObject(o: object): string {
  try {
    const tag = Object.prototype.toString.call(o).slice(8, -1);
    return tag === 'Object' ? 'an object of a class' : `a ${tag}`;
  } catch {
    return 'an object';
  }
}

interface Frame {
  source: object;
  target: Record<string, unknown> | unknown[];
  /** The keys of an object; `undefined` for an array, whose keys are 0 … length − 1. */
  keys: string[] | undefined;
  length: number;
  next: number;
  depth: number;
  /** Where the container sits: its parent's frame and its key there (the path is built only when a message needs it). */
  parent: Frame | undefined;
  key: PathSegment | undefined;
}

/** What a spare frame holds instead of a container, so that it keeps none alive. */
const EMPTY: unknown[] = [];

/** The path of a container, from its frames. */
function pathOf(frame: Frame | undefined, key?: PathSegment): PathSegment[] {
  const path: PathSegment[] = key === undefined ? [] : [key];
  for (let f = frame; f?.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Copies `input` into plain JSON-like data without recursion and without ever throwing. Primitive
 * values (including non-JSON ones such as BigInt, functions or `undefined`) are kept as they are:
 * the schema rejects them with a message.
 */
export function snapshot(input: unknown): Snapshot {
  return startSnapshot(input).run(() => false)!;
}

/** A snapshot taken in steps (for `parseAtlasAsync`): the same copy as `snapshot`, made in slices. */
export interface SnapshotInProgress {
  /**
   * Copies on until done (returns the snapshot) or until `pause()` says to stop (returns undefined;
   * call `run` again to go on). `pause` is asked every few hundred values.
   */
  run(pause: () => boolean): Snapshot | undefined;
}

/**
 * With `owned`, the input is data that `JSON.parse` just made and that nothing else holds (a
 * fetched document): plain objects and arrays with no getters, proxies or cycles. It is then
 * checked in place rather than copied (the same limits, markers and long texts; a value nested too
 * deep is replaced in the input itself), which spares a page a copy of its whole document. Either
 * way, what comes out is frozen: the copy, or the input itself.
 */
export function startSnapshot(input: unknown, owned = false): SnapshotInProgress {
  const markers = new Map<symbol, string>();
  const mark = (description: string): symbol => {
    const s = Symbol(description);
    markers.set(s, description);
    return s;
  };
  let count = 0;
  let tooLarge = false;
  const longTexts: Snapshot['longTexts'] = [];
  /** The containers being copied (the current path), to catch cycles. */
  const ancestors = new Map<object, Frame | undefined>();
  const stack: Frame[] = [];
  /**
   * Frames of finished containers, to be used again: a frame is only read while its container is
   * being copied (as the stack, an ancestor or a parent in a path), so a document needs no more
   * frames than its depth, instead of one per container (tens of thousands, and their garbage).
   */
  const spare: Frame[] = [];

  /** The copy of one value; containers are pushed on the stack and filled in later. Paths are built only for messages. */
  const copy = (value: unknown, depth: number, parent: Frame | undefined, key?: PathSegment): unknown => {
    if (++count > MAX_VALUES) {
      tooLarge = true;
      return mark('a value past the size limit');
    }
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'string' && value.length > MAX_TEXT_CHARS) longTexts.push({ path: pathOf(parent, key), length: value.length });
      return value;
    }
    if (!owned && ancestors.has(value)) {
      const at = ancestors.get(value);
      return mark(`a circular reference (this value contains itself, at ${formatPath(at ? pathOf(at) : []) || '(root)'}); JSON data cannot contain cycles`);
    }
    if (depth >= MAX_DEPTH) return mark(`a value nested more than ${MAX_DEPTH} levels deep`);
    let keys: string[] | undefined;
    let length: number;
    try {
      if (Array.isArray(value)) {
        length = (value as unknown[]).length;
        if (typeof length !== 'number' || !(length >= 0)) return mark('an array whose length cannot be read');
        if (length > MAX_VALUES) {
          tooLarge = true;
          return mark(`an array of ${length} items`);
        }
      } else {
        if (!isPlainObject(value)) return mark(`${kindOfObject(value)}, not plain JSON data`);
        keys = Object.keys(value);
        length = keys.length;
      }
    } catch (e) {
      return mark(`a value that could not be read (reading it threw: ${errorText(e)})`);
    }
    // An array of its final length (its items set by index), not one grown by `push`: a grown
    // array keeps spare room, and the copy's arrays are the Atlas's (`schema/plan.ts` keeps them).
    // Very long ones are grown: V8 makes a slow dictionary of a long array made empty.
    const target: Record<string, unknown> | unknown[] = owned ? (value as Record<string, unknown>) : keys ? {} : length <= PREALLOCATED ? new Array<unknown>(length) : [];
    let frame = spare.pop();
    if (frame) {
      frame.source = value;
      frame.target = target;
      frame.keys = keys;
      frame.length = length;
      frame.next = 0;
      frame.depth = depth;
      frame.parent = parent;
      frame.key = key;
    } else frame = { source: value, target, keys, length, next: 0, depth, parent, key };
    if (!owned) ancestors.set(value, frame);
    stack.push(frame);
    return target;
  };

  const root = copy(input, 0, undefined);
  let steps = 0;
  return {
    run(pause) {
      while (stack.length > 0 && !tooLarge) {
        if ((++steps & 255) === 0 && pause()) return undefined;
        const frame = stack[stack.length - 1]!;
        if (frame.next >= frame.length) {
          if (!owned) ancestors.delete(frame.source);
          // Done (children first, so a frozen container holds only frozen ones): the Atlas freezes
          // its document, and its walk skips what is frozen here, a second pass over every object
          // it no longer makes (12 ms of a first parse of 1,000 projects). Nothing writes into the
          // snapshot afterwards: the schemas copy what they change.
          Object.freeze(frame.target);
          stack.pop();
          // Nothing holds on to the finished frame (its children are done): it may serve again.
          frame.source = frame.target = EMPTY;
          frame.keys = frame.parent = undefined;
          spare.push(frame);
          continue;
        }
        const index = frame.next++;
        const key = frame.keys ? frame.keys[index]! : index;
        if (typeof key === 'string' && key.length > MAX_TEXT_CHARS) longTexts.push({ path: pathOf(frame, key), length: key.length, key: true });
        let child: unknown;
        let original: unknown;
        try {
          original = (frame.source as Record<PathSegment, unknown>)[key];
          child = copy(original, frame.depth + 1, frame, key);
        } catch (e) {
          child = mark(`a value that could not be read (its getter threw: ${errorText(e)})`);
        }
        // Checked in place: only a marker is written back.
        if (owned && child === original) continue;
        if (!frame.keys) (frame.target as unknown[])[index as number] = child;
        // defineProperty, not assignment, for "__proto__": it stays an own (and reported) field
        // instead of becoming the copy's prototype. Plain assignment elsewhere: several times faster.
        else if (key === '__proto__') Object.defineProperty(frame.target, key, { value: child, enumerable: true, writable: true, configurable: true });
        else (frame.target as Record<string, unknown>)[key as string] = child;
      }
      return { value: root, markers, tooLarge, longTexts };
    },
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `projects[3].sdgTargets[1]`, `cities[0].name["ar-MA"]`; the root is `""`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (seg.length <= 80 && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${quote(String(seg))}]`;
  }
  return out;
}

export interface Lookup {
  /** True when the path leads to a present value (an own key whose value is not `undefined`). */
  found: boolean;
  value: unknown;
  /** The container holding the last segment, when it exists. */
  parent: unknown;
}

/** The value at a path in a snapshot. */
export function valueAt(root: unknown, path: Path): Lookup {
  let value: unknown = root;
  let parent: unknown = undefined;
  for (const seg of path) {
    parent = value;
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, seg)) {
      return { found: false, value: undefined, parent };
    }
    value = (value as Record<PathSegment, unknown>)[seg];
  }
  return { found: value !== undefined, value, parent };
}

const keyIndexCache = new WeakMap<object, Map<string, number>>();

/** Where a path sits in the document, as a list of positions (keys in the order they were written). */
function orderKey(root: unknown, path: Path): number[] {
  const key: number[] = [];
  let value: unknown = root;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') {
      key.push(-1);
      continue;
    }
    if (Array.isArray(value)) {
      key.push(typeof seg === 'number' ? seg : -1);
    } else {
      let index = keyIndexCache.get(value);
      if (!index) {
        index = new Map(Object.keys(value).map((k, i) => [k, i]));
        keyIndexCache.set(value, index);
      }
      // A missing field sorts at the start of its object, right after the object's own issues.
      key.push(index.get(String(seg)) ?? -1);
    }
    value = (value as Record<PathSegment, unknown>)[seg];
  }
  return key;
}

/** Sorts issues in the order of the document as written (stable for issues at the same place). */
export function sortByDocumentOrder(issues: RawIssue[], root: unknown): RawIssue[] {
  const keyed = issues.map((issue, i) => ({ issue, key: orderKey(root, issue.path), i }));
  keyed.sort((a, b) => {
    const n = Math.min(a.key.length, b.key.length);
    for (let k = 0; k < n; k++) if (a.key[k] !== b.key[k]) return a.key[k]! - b.key[k]!;
    return a.key.length - b.key.length || a.i - b.i;
  });
  return keyed.map((k) => k.issue);
}

/** What a value is, for "received …" in messages. */
export function describeValue(value: unknown, markers: Map<symbol, string>): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing (undefined)';
    case 'string':
      return value.length === 0 ? 'an empty string' : `the string ${quote(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `${value} (not a JSON number)`;
    case 'boolean':
      return String(value);
    case 'bigint':
      return 'a BigInt (not JSON data; write a plain number)';
    case 'function':
      return 'a function (not JSON data)';
    case 'symbol':
      return markers.get(value) ?? 'a symbol (not JSON data)';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
      return 'an object';
  }
}
