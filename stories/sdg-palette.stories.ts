/**
 * The SDG palette: the 17 goals in their official colours (`src/sdg.ts`, from `data/sdg/`), the
 * text colour `<cw-sdg-badge>` writes on each (`readableTextOn`) and its contrast ratio.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
// The palette page shows the contrast <cw-sdg-badge> computes, with the badge's own helper (internal, on purpose).
// eslint-disable-next-line no-restricted-imports
import { contrastRatio, parseHex, readableTextOn } from '../components/base/color.js';
import '../components/sdg-badge/define.js';
import { loadSdgShortTitles, resolveText, sdgGoals } from '../src/index.js';
import { globalsOf } from './support/story.js';

const ratio = (a: string, b: string) => contrastRatio(parseHex(a)!, parseHex(b)!);
const verdict = (r: number) => (r >= 7 ? 'AAA' : r >= 4.5 ? 'AA' : r >= 3 ? 'AA large text only' : 'fails');

const STYLES = html`<style>
  .palette { max-inline-size: 64rem; }
  .palette table { border-collapse: collapse; inline-size: 100%; font-size: 0.875rem; }
  .palette th, .palette td { text-align: start; vertical-align: middle; padding: 0.5rem; border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent); }
  .palette .chip { display: inline-block; min-inline-size: 7rem; padding: 0.375rem 0.5rem; border-radius: 0.25rem; font-weight: 700; }
  .palette code { font-size: 0.8125rem; }
</style>`;

const meta = {
  title: 'Design/SDG palette',
  // The short titles load on demand (src/sdg.ts); the table reads them as it renders.
  loaders: [() => loadSdgShortTitles()],
  render: (_args, context) => {
    const { lang } = globalsOf(context);
    return html`${STYLES}
      <div class="palette" lang="en" dir="ltr">
        <h1>SDG palette</h1>
        <p>
          The official colours of the 17 Sustainable Development Goals (<code>src/sdg.ts</code>, see <code>data/sdg/SOURCE.md</code>). On each,
          <code>&lt;cw-sdg-badge&gt;</code> writes white when white reaches a contrast of 4.5:1 (as the official icons do), else black. Short
          titles follow the toolbar's language.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Badge</th>
              <th scope="col">Colour</th>
              <th scope="col">Text colour</th>
              <th scope="col">Contrast</th>
              <th scope="col">White on it</th>
            </tr>
          </thead>
          <tbody>
            ${sdgGoals().map((g) => {
              const ink = readableTextOn(g.color);
              const r = ratio(ink, g.color);
              const white = ratio('#ffffff', g.color);
              const title = resolveText(g.shortTitle, lang, 'en');
              const titleLang = title?.lang ?? 'en';
              return html`<tr>
                <th scope="row">
                  <span class="chip" style=${styleMap({ background: g.color, color: ink })}
                    ><bdi>${g.code}</bdi> <span lang=${titleLang} dir=${titleLang === 'ar' ? 'rtl' : 'ltr'}>${title?.text ?? ''}</span></span
                  >
                </th>
                <td><cw-sdg-badge code=${g.code} lang=${lang} size="medium"></cw-sdg-badge></td>
                <td><code>${g.color}</code></td>
                <td><code>${ink}</code> (${ink === '#ffffff' ? 'white' : 'black'})</td>
                <td>${r.toFixed(2)}:1 · ${verdict(r)}</td>
                <td>${white.toFixed(2)}:1 · ${verdict(white)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  },
  parameters: { controls: { disable: true }, actions: { disable: true }, expectState: 'ready' },
} satisfies Meta;

export default meta;

/** The 17 goals, their colours and the contrast of their badges' text. */
export const Goals: StoryObj = {};
