/**
 * How the elements render a text from the data once resolved (`ResolvedText`): with its own `lang`
 * when it is a fallback, and its `dir` when that runs the other way from the element, so that its
 * punctuation stays in place (a French sentence inside an Arabic card). `CwElement.renderText` and
 * `CwElement.fallbackDir` call these: no element writes `lang` on a data text by hand.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textDirection, type ResolvedText, type TextDirection } from '../../src/i18n/index.js';

/** The `dir` of a fallback text whose language runs the other way from `hostDir`; `nothing` otherwise. */
export function fallbackDir(r: ResolvedText | undefined, hostDir: TextDirection): TextDirection | typeof nothing {
  if (!r?.fallback) return nothing;
  const dir = textDirection(r.lang);
  return dir === hostDir ? nothing : dir;
}

/**
 * The text in a `<span>`, or with `isolate` in a `<bdi>` (a short text set beside another, as an
 * acronym in parentheses after a name, that must not take the direction of its neighbours).
 */
export function resolvedText(r: ResolvedText, hostDir: TextDirection, cls?: string, isolate = false): TemplateResult {
  const lang = r.fallback ? r.lang : nothing;
  const dir = fallbackDir(r, hostDir);
  return isolate
    ? html`<bdi class=${cls ?? nothing} lang=${lang} dir=${dir}>${r.text}</bdi>`
    : html`<span class=${cls ?? nothing} lang=${lang} dir=${dir}>${r.text}</span>`;
}
