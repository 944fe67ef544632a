// The embed codes a webmaster copies: the demo page and the README give one for every element the
// embed page shows (embed/protocol.ts), with the height the plugin's oEmbed uses (embed/heights.json).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const protocol = read('embed/protocol.ts');
const ELEMENTS = [...protocol.match(/export const ELEMENTS[^=]*=\s*\[([^\]]*)\]/)[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
const HEIGHTS = JSON.parse(read('embed/heights.json'));

describe('embed codes', () => {
  it('the embed page knows the eight elements', () => {
    assert.equal(ELEMENTS.length, 8);
  });

  it('the demo page has an embed code for every element', () => {
    const demo = [...read('demo/index.html').matchAll(/class="embed-code" data-el="([a-z-]+)"/g)].map((m) => m[1]);
    assert.deepEqual([...demo].sort(), [...ELEMENTS].sort());
  });

  it('the README table gives every element its src and the height of embed/heights.json', () => {
    const readme = read('README.md');
    for (const el of ELEMENTS) {
      const row = readme.match(new RegExp(`^\\| \`<cw-${el}>\` \\| \`embed\\.html\\?el=${el}&[^\`]+\` \\| (\\d+) \\|$`, 'm'));
      assert.ok(row, `README: no embed row for <cw-${el}>`);
      assert.equal(Number(row[1]), HEIGHTS[el], `README: height of <cw-${el}>`);
    }
  });
});
