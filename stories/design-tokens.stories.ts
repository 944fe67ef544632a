/**
 * The design tokens: every `--cw-*` custom property, with its description and its default (from
 * `custom-elements.json`, whose config reads each default from the CSS that declares it) and a
 * live sample that follows the token when the page sets it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import { tokenDocs, type Manifest, type TokenDoc } from './support/manifest.js';

/** `var(--cw-x)` with no fallback, inside a default, gets the default of `--cw-x`: samples then show what the element shows. */
function sampleValue(name: string, rows: Map<string, TokenDoc>, depth = 0): string {
  const own = rows.get(name)?.default;
  if (own === undefined || depth > 4) return `var(${name})`;
  const inner = own.replace(/var\((--cw-[a-z0-9-]+)\)/g, (_, ref: string) => sampleValue(ref, rows, depth + 1));
  return `var(${name}, ${inner})`;
}

type SampleKind = 'colour' | 'length' | 'font-size' | 'line-height' | 'radius' | 'border' | 'shadow' | 'font-family' | 'aspect-ratio';

function kindOf(name: string): SampleKind {
  if (name.startsWith('--cw-color-') || name.endsWith('-color')) return 'colour';
  if (name.endsWith('-border')) return 'border';
  if (name.endsWith('-shadow')) return 'shadow';
  if (name.endsWith('font-family')) return 'font-family';
  if (/font-size|title-size/.test(name)) return 'font-size';
  if (name.endsWith('line-height')) return 'line-height';
  if (/radius/.test(name)) return 'radius';
  if (name.endsWith('aspect-ratio')) return 'aspect-ratio';
  if (/-(space-[a-z]+|padding|gap|width|offset|card-min|card-height)$/.test(name)) return 'length';
  return 'colour';
}

function sample(row: TokenDoc, rows: Map<string, TokenDoc>): TemplateResult {
  const v = sampleValue(row.name, rows);
  switch (kindOf(row.name)) {
    case 'colour':
      return html`<span class="pair">
        <span class="scheme light"><span class="swatch" style=${styleMap({ background: v })}></span>light</span>
        <span class="scheme dark"><span class="swatch" style=${styleMap({ background: v })}></span>dark</span>
      </span>`;
    case 'length':
      return html`<span class="bar" style=${styleMap({ inlineSize: v })}></span>`;
    case 'font-size':
      return html`<span style=${styleMap({ fontSize: v })}>Aa</span>`;
    case 'line-height':
      return html`<span class="lines" style=${styleMap({ lineHeight: v })}>Deux lignes<br />de texte</span>`;
    case 'radius':
      return html`<span class="box" style=${styleMap({ borderRadius: v })}></span>`;
    case 'border':
      return html`<span class="box" style=${styleMap({ border: v })}></span>`;
    case 'shadow':
      return html`<span class="box" style=${styleMap({ boxShadow: v })}></span>`;
    case 'font-family':
      return html`<span style=${styleMap({ fontFamily: v })}>Villes · مدن</span>`;
    case 'aspect-ratio':
      return html`<span class="box" style=${styleMap({ aspectRatio: v, inlineSize: '4rem', blockSize: 'auto' })}></span>`;
  }
}

const STYLES = html`<style>
  .tokens { max-inline-size: 72rem; }
  .tokens table { border-collapse: collapse; inline-size: 100%; font-size: 0.875rem; }
  .tokens caption { text-align: start; font-weight: 700; font-size: 1.125rem; padding-block: 1rem 0.5rem; }
  .tokens th, .tokens td { text-align: start; vertical-align: middle; padding: 0.5rem; border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
  .tokens code { font-size: 0.8125rem; overflow-wrap: anywhere; }
  .tokens .pair { display: inline-flex; gap: 0.25rem; }
  .tokens .scheme { display: inline-flex; flex-direction: column; align-items: center; gap: 0.125rem; padding: 0.25rem; border-radius: 0.25rem; background: Canvas; color: CanvasText; font-size: 0.75rem; }
  .tokens .scheme.light { color-scheme: light; }
  .tokens .scheme.dark { color-scheme: dark; }
  .tokens .swatch { display: block; inline-size: 2.5rem; block-size: 1.5rem; border: 1px solid GrayText; border-radius: 0.25rem; }
  .tokens .bar { display: block; block-size: 0.75rem; min-inline-size: 1px; background: currentColor; }
  .tokens .box { display: block; inline-size: 3rem; block-size: 2rem; border: 1px solid currentColor; background: color-mix(in srgb, currentColor 10%, transparent); }
  .tokens .lines { display: inline-block; outline: 1px dashed GrayText; }
</style>`;

/** A description with its `code` spans as code. */
const prose = (text: string) => text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

function table(caption: string, rows: TokenDoc[], all: Map<string, TokenDoc>): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr><th scope="col">Token</th><th scope="col">Default</th><th scope="col">Sample</th><th scope="col">Description</th><th scope="col">Used by</th></tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
          <th scope="row"><code>${r.name}</code></th>
          <td>${r.default !== undefined ? html`<code>${r.default}</code>` : html`<em>none: inherited from the page</em>`}</td>
          <td>${sample(r, all)}</td>
          <td>${prose(r.description)}</td>
          <td>${r.shared ? 'every element' : r.elements.map((t, i) => html`${i ? ', ' : nothing}<code>&lt;${t}&gt;</code>`)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function tokensPage(): TemplateResult {
  const rows = tokenDocs(manifest as Manifest);
  const all = new Map(rows.map((r) => [r.name, r]));
  const byElement = new Map<string, TokenDoc[]>();
  for (const r of rows.filter((r) => !r.shared)) {
    const tag = r.elements[0]!;
    byElement.set(tag, [...(byElement.get(tag) ?? []), r]);
  }
  return html`${STYLES}
    <div class="tokens" lang="en" dir="ltr">
      <h1>Design tokens</h1>
      <p>
        Every element reads these CSS custom properties and falls back to its default when the page does not set them. Set them on any ancestor
        (<code>body { --cw-color-accent: #8a1538; }</code>) or on one element. Colours are <code>light-dark()</code> pairs: the light value in
        the light theme, the dark one in the dark theme. The samples use the tokens, so setting one on this page changes its sample.
      </p>
      ${table('Shared by every element', rows.filter((r) => r.shared), all)}
      ${[...byElement].map(([tag, list]) => table(`<${tag}>`, list, all))}
    </div>`;
}

const meta = {
  title: 'Design/Tokens',
  render: () => tokensPage(),
  parameters: { controls: { disable: true }, actions: { disable: true } },
} satisfies Meta;

export default meta;

/** Every `--cw-*` token, its default and a live sample. */
export const AllTokens: StoryObj = { name: 'All tokens' };
