/**
 * The states every component shows (loading, error, empty, ready), the failures that lead to the
 * error state, their messages in the reader's language, and the shared blocks that render them.
 */
import { html, type TemplateResult } from 'lit';
import type { AtlasRecordKind } from '../../src/atlas.js';
import { formatList, isolate } from '../../src/i18n/index.js';
import { MAX_DOCUMENT_BYTES } from '../../src/limits.js';
import type { AtlasIssue } from '../../src/parse.js';
import { uiMsg, type UiMessageKey } from './messages.js';
import { quoted } from './value-warnings.js';

/** What an element shows. */
export type CwState = 'loading' | 'error' | 'empty' | 'ready';

/**
 * Why an element shows an error: its data could not be fetched (`unreachable`), did not arrive in
 * time (`timeout`), is larger than the limit (`too-large`), was not JSON (`not-json`), or is not a
 * valid atlas (`invalid`); an id or code it was given is unknown (`unknown-id`); a property was given
 * a value of the wrong type (`invalid-attribute`); the page's Content-Security-Policy refuses what
 * the elements need to render (`csp`: Trusted Types without the `lit-html` policy); or rendering
 * failed (`internal`, a bug in cityweave).
 */
export type CwErrorKind = 'unreachable' | 'timeout' | 'too-large' | 'not-json' | 'invalid' | 'unknown-id' | 'invalid-attribute' | 'csp' | 'internal';

/** A failure, before it is put in words. */
export interface CwFailure {
  kind: CwErrorKind;
  /** The absolute URL of the data, for `unreachable`, `not-json` and `invalid` from a `src`. */
  url?: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
  /** For `invalid`: where and what, from `parseAtlas`. */
  issues?: readonly AtlasIssue[];
  /** For `unknown-id`: the id or code that was not found; for `invalid-attribute`: the property's name. */
  id?: string;
  /** For `unknown-id`: the known ids closest to it, best first. */
  suggestions?: readonly string[];
  /** For `unknown-id`: what kind of record was looked for (`sdg` for an SDG code). */
  subject?: AtlasRecordKind | 'sdg';
  /** For `unknown-id`: the attribute that named it (`cities` for a city of a map's list); the subject's name when not given. */
  attribute?: string;
  /** For `internal`: the exception. */
  cause?: unknown;
}

/** The detail of a `cw-error` event. */
export interface CwErrorDetail {
  kind: CwErrorKind;
  /** The message the element shows, in its language. */
  message: string;
  url?: string;
  /** For `unreachable`: the HTTP status, when the server answered with an error (404…). */
  status?: number;
  issues?: readonly AtlasIssue[];
  id?: string;
  suggestions?: readonly string[];
  /** For `unknown-id`: what kind of record was looked for (`network`, `city`, `project`…, `sdg` for an SDG code). */
  subject?: AtlasRecordKind | 'sdg';
  /** For `unknown-id`: the element's attribute that named it. */
  attribute?: string;
}

export type CwErrorEvent = CustomEvent<CwErrorDetail>;

// It bubbles out of the shadow root: a page can listen once, on the document or the window.
declare global {
  interface HTMLElementEventMap {
    'cw-error': CwErrorEvent;
  }
  interface DocumentEventMap {
    'cw-error': CwErrorEvent;
  }
  interface WindowEventMap {
    'cw-error': CwErrorEvent;
  }
}

/** Thrown by `CwElement.fail` (from `prepareView` or `renderView`) to show the error state. */
export class CwFailureError extends Error {
  readonly failure: CwFailure;
  constructor(failure: CwFailure) {
    super(`cityweave: ${failure.kind}${failure.id !== undefined ? ` "${failure.id}"` : ''}`);
    this.name = 'CwFailureError';
    this.failure = failure;
  }
}

/** The failure an exception stands for: its own for a `CwFailureError`, else `internal`. */
export function failureOf(error: unknown): CwFailure {
  return error instanceof CwFailureError ? error.failure : { kind: 'internal', cause: error };
}

// The messages of the other kinds are named after them: `error.${kind}.title`, `error.${kind}.text`.
const TITLES: Partial<Record<CwErrorKind, UiMessageKey>> = {
  'not-json': 'error.notJson.title',
  'unknown-id': 'error.unknownId.title',
};

export function failureTitle(f: CwFailure, lang: string): string {
  return uiMsg(lang, TITLES[f.kind] ?? (`error.${f.kind}.title` as UiMessageKey));
}

/** The sentence that explains a failure, with "did you mean …?" when there are suggestions. */
export function failureText(f: CwFailure, lang: string): string {
  const url = isolate(f.url ?? '');
  switch (f.kind) {
    case 'unreachable':
      return f.url === undefined ? uiMsg(lang, 'error.unreachable.default') : uiMsg(lang, 'error.unreachable.text', { url });
    case 'not-json':
      return uiMsg(lang, 'error.notJson.text', { url });
    case 'invalid':
      return uiMsg(lang, 'error.invalid.text', { count: f.issues?.length ?? 0 });
    case 'unknown-id': {
      const id = isolate(f.id ?? '');
      // What was looked for, when known: "no network «rmcii»" says more than "no record «rmcii»".
      const key: UiMessageKey = f.subject === 'sdg' ? 'error.unknownSdg.text' : f.subject ? `error.unknownId.${f.subject}` : 'error.unknownId.text';
      const text = uiMsg(lang, key, { id });
      const suggestions = f.suggestions ?? [];
      if (suggestions.length === 0) return text;
      return `${text} ${uiMsg(lang, 'error.unknownId.suggestions', { suggestions: formatList(lang, suggestions.map(isolate), 'disjunction') })}`;
    }
  }
  return uiMsg(lang, `error.${f.kind}.text` as UiMessageKey, { url, id: isolate(f.id ?? ''), limit: MAX_DOCUMENT_BYTES / 2 ** 20 });
}

/** The `cw-error` detail for a failure. */
export function errorDetail(f: CwFailure, lang: string): CwErrorDetail {
  const detail: CwErrorDetail = { kind: f.kind, message: failureText(f, lang).replace(/[\u2068\u2069]/g, '') };
  if (f.url !== undefined) detail.url = f.url;
  if (f.status !== undefined) detail.status = f.status;
  if (f.issues !== undefined) detail.issues = f.issues;
  if (f.id !== undefined) detail.id = f.id;
  if (f.suggestions !== undefined) detail.suggestions = f.suggestions;
  if (f.kind === 'unknown-id' && f.subject !== undefined) {
    detail.subject = f.subject;
    detail.attribute = f.attribute ?? (f.subject === 'sdg' ? 'code' : f.subject);
  }
  return detail;
}

/**
 * For the page's author, in the console (in English, as the other warnings): which element, which
 * attribute, what it named and what was expected. The element shows the reader a shorter message.
 */
export function unknownIdWarning(host: Element, detail: CwErrorDetail): string {
  const what = detail.subject === 'sdg' ? 'SDG goal or target' : detail.subject;
  const suggestions = detail.suggestions ?? [];
  const hint = suggestions.length > 0 ? ` Did you mean ${quoted(suggestions)}?` : ` Check the attribute: it takes the id of a ${what} of the data.`;
  const value = host.getAttribute(detail.attribute ?? '') ?? detail.id;
  return `cityweave: <${host.localName} ${detail.attribute}="${value}">: the data has no ${what} "${detail.id}".${hint}`;
}

/** A key that tells two failures apart, so that one failure is reported once. */
export function failureKey(f: CwFailure): string {
  return JSON.stringify([f.kind, f.url, f.status, f.id, f.subject, f.issues?.length, f.suggestions]);
}

// ── Shared blocks ──────────────────────────────────────────────────────────────────────────

export interface LoadingOptions {
  /** Lines of placeholder: choose them so the placeholder is as tall as the loaded content (default 3). */
  lines?: number;
  /** An inline placeholder (for inline components). */
  inline?: boolean;
}

/**
 * The loading placeholder: grey lines that reserve the space of the content (no layout jump when it
 * arrives) and a status message for assistive technologies. Part `loading`.
 */
export function renderLoading(lang: string, options: LoadingOptions = {}): TemplateResult {
  const lines = Math.max(1, Math.min(20, Math.round(options.lines ?? 3)));
  return html`<div part="loading" class="cw-state cw-loading ${options.inline ? 'cw-inline' : ''}" role="status">
    <span class="cw-visually-hidden">${uiMsg(lang, 'state.loading')}</span>
    ${Array.from({ length: lines }, () => html`<span class="cw-skeleton-line" aria-hidden="true"></span>`)}
  </div>`;
}

/**
 * The error block: a title and a sentence, in the reader's language. Parts `error`, `error-title`
 * and `error-text`. Not a live region: an error present on load is read with the page.
 */
export function renderError(failure: CwFailure, lang: string, options: { inline?: boolean } = {}): TemplateResult {
  if (options.inline) {
    return html`<span part="error" class="cw-state cw-error cw-inline"
      ><strong part="error-title" class="cw-error-title">${failureTitle(failure, lang)}</strong>
      <span part="error-text">${failureText(failure, lang)}</span></span
    >`;
  }
  return html`<div part="error" class="cw-state cw-error">
    <p part="error-title" class="cw-error-title">${failureTitle(failure, lang)}</p>
    <p part="error-text" class="cw-error-text">${failureText(failure, lang)}</p>
  </div>`;
}

/** The empty block: one sentence. Part `empty`. */
export function renderEmpty(lang: string, key: UiMessageKey = 'empty.items'): TemplateResult {
  return html`<div part="empty" class="cw-state cw-empty"><p>${uiMsg(lang, key)}</p></div>`;
}

