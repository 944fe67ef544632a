/**
 * `<cw-city-map>`: the map's tab stops (no stop on the `<svg>` itself), the markers' names in the
 * reader's punctuation, and the list's entries in forced colours (no bar under each city).
 * Assertions compare strings, numbers and booleans, never nodes (the runner would serialise them).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import { cityMap, drawnWithLand, settled } from './city-map-fixture.js';
import { $, $$, rgb } from './helpers.js';

/** Where the focus is, as a string: outside the map, or the focused node's tag and what names it. */
function focusAt(el: CwCityMap): string {
  const outside = document.activeElement;
  if (outside !== el) return `outside: ${outside?.localName ?? 'none'}${outside?.id ? `#${outside.id}` : ''}`;
  const node = el.shadowRoot!.activeElement;
  if (!node) return 'none';
  const name = node.getAttribute('data-key') ? 'marker' : (node.getAttribute('data-zoom') ?? node.getAttribute('class') ?? '');
  return `${node.localName} ${name}`.trim();
}

describe('<cw-city-map> accessibility fixes', () => {
  describe('tab stops of the map', () => {
    it('goes from before the map to the markers’ one stop, then to "+": never to the <svg>', async () => {
      const el = await cityMap('network="rmci"', null, { lang: 'fr' });
      await drawnWithLand(el);
      const before = document.createElement('button');
      before.id = 'before-map';
      before.textContent = 'before';
      el.before(before);
      before.focus();
      expect(focusAt(el)).to.equal('outside: button#before-map');
      const stops: string[] = [];
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(focusAt(el));
      }
      expect(stops.join(' → ')).to.equal('g marker → button in');
    });

    it('the <svg> cannot take focus', async () => {
      const el = await cityMap('network="rmci"', null, { lang: 'fr' });
      const svg = await drawnWithLand(el);
      expect(svg.tabIndex).to.equal(-1);
      svg.focus();
      expect(el.shadowRoot!.activeElement?.localName ?? 'none').to.not.equal('svg');
    });

    it('a marker that takes focus (a click, a screen reader) becomes the one tab stop', async () => {
      const el = await cityMap('network="rmci" cluster-radius="0"', null, { lang: 'fr' });
      await drawnWithLand(el);
      const markers = $$(el, 'svg .markers [data-key]');
      const stop = markers.find((m) => m.getAttribute('tabindex') === '0');
      const other = markers.find((m) => m.getAttribute('tabindex') === '-1');
      expect(stop !== undefined && other !== undefined, 'a stop and another marker').to.equal(true);
      const key = other!.getAttribute('data-key')!;
      (other as unknown as SVGGElement).focus();
      await settled(el);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-key') ?? 'none').to.equal(key);
      const stops = $$(el, 'svg .markers [data-key][tabindex="0"]').map((m) => m.getAttribute('data-key'));
      expect(stops.join(' ')).to.equal(key);
    });
  });

  describe('markers’ names', () => {
    const nameOf = async (lang: string): Promise<string> => {
      const el = await cityMap('network="rmci" cluster-radius="0"', null, { lang });
      await drawnWithLand(el);
      await waitUntil(() => $(el, 'svg g.marker[data-city="tanger-ma"]'), 'no marker for Tanger', { timeout: 5000 });
      return $(el, 'svg g.marker[data-city="tanger-ma"]')!.getAttribute('aria-label') ?? '';
    };

    it('separates the city from its roles with the Arabic comma in Arabic', async () => {
      const name = await nameOf('ar');
      expect(name).to.match(/^طنجة، /);
      expect(name.includes(', ')).to.equal(false);
    });

    it('keeps the Latin comma in French and English', async () => {
      expect(await nameOf('fr')).to.match(/^Tanger, \S/);
      expect(await nameOf('en')).to.match(/^Tangier, \S/);
    });
  });

  describe('the list in forced colours', () => {
    before(() => executeServerCommand('emulate-forced-colors', { active: true }));
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('draws no bar under a city: the space between entries is not a painted border', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await cityMap('network="rmci"', null, { lang: 'fr' });
      await waitUntil(() => $(el, 'li.city'), 'no city in the list', { timeout: 5000 });
      const li = $(el, 'li.city:not(.selected):not(.highlighted)')!;
      const s = getComputedStyle(li);
      const width = parseFloat(s.borderBottomWidth);
      // Either no border, or one in the colour of what is behind it (Canvas, as the list's background).
      const canvas = document.createElement('div');
      canvas.style.backgroundColor = 'Canvas';
      document.body.append(canvas);
      const bg = rgb(getComputedStyle(canvas).backgroundColor).join(',');
      canvas.remove();
      const invisible = width === 0 || s.borderBottomStyle === 'none' || rgb(s.borderBottomColor).join(',') === bg;
      expect(invisible, `border-bottom ${s.borderBottomWidth} ${s.borderBottomStyle} ${s.borderBottomColor} (Canvas ${bg})`).to.equal(true);
    });
  });
});
