import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { atlasOf, bigDoc, cityMap, drawnWithLand, mapWithPaths } from './city-map-fixture.js';
import { $, $$ } from './helpers.js';

const hitX = (g: Element) => Number(g.querySelector('circle.hit')!.getAttribute('cx'));

describe('city map: many markers in one layer', () => {
  it('draws thousands of cities as one path per style, with one tab stop element, and few SVG nodes', async function () {
    // Parsing 5,000 generated cities takes seconds on a shared machine (a limit for the test, not a measure).
    this.timeout(60000);
    const atlas = await atlasOf(await bigDoc(5000));
    const el = await cityMap('network="rmci" cluster-radius="0"', atlas, { width: 900 });
    await drawnWithLand(el);
    await waitUntil(() => $(el, 'svg .paths path.dot'), 'no paths', { timeout: 10000 });
    const paths = $$(el, 'svg .paths path.dot');
    expect(paths.length).to.be.within(1, 12);
    expect(paths.reduce((n, p) => n + (p.getAttribute('d') ?? '').length, 0)).to.be.above(5000 * 20);
    // The markers are a few nodes: the paths, the one tab stop, no one element per city.
    expect($$(el, 'svg .markers g.marker').length).to.be.at.most(2);
    expect(el.shadowRoot!.querySelectorAll('svg *').length, 'SVG nodes').to.be.below(1500);
    const stops = $$(el, 'svg .markers [data-key]').filter((g) => g.getAttribute('tabindex') === '0');
    expect(stops).to.have.length(1);
  });

  it('keeps the keyboard: the arrows move the tab stop from city to city drawn in the paths; Enter selects', async () => {
    const el = await mapWithPaths();
    const first = $$(el, 'svg .markers [data-key]').find((g) => g.getAttribute('tabindex') === '0')!;
    first.focus();
    const seen = new Set([first.getAttribute('data-key')]);
    let x = hitX(first);
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-key') && !seen.has((el.shadowRoot!.activeElement as Element).getAttribute('data-key')), 'focus did not move', { timeout: 3000 });
      const now = el.shadowRoot!.activeElement as Element;
      expect(hitX(now)).to.be.at.least(x);
      x = hitX(now);
      seen.add(now.getAttribute('data-key'));
      expect(now.getAttribute('tabindex')).to.equal('0');
      expect($$(el, 'svg .markers [data-key]').filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    }
    const id = (el.shadowRoot!.activeElement as Element).getAttribute('data-city')!;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(id);
  });

  it('selects the city nearest to a click on the paths', async () => {
    const el = await mapWithPaths();
    const path = $(el, 'svg .paths path.dot.style-member')!;
    // The first shape of the path starts on its left edge ("M x-r,y"): a point at its centre.
    const [mx, my] = path.getAttribute('d')!.slice(1).split(/[a-zA-Z]/)[0]!.split(',').map(Number);
    const svg = $(el, 'svg') as unknown as SVGSVGElement;
    const p = new DOMPoint(mx! + 5, my!).matrixTransform(svg.getScreenCTM()!);
    await sendMouse({ type: 'click', position: [Math.round(p.x), Math.round(p.y)] });
    await el.updateComplete;
    expect(el.selected, 'selected').to.be.a('string');
    expect($(el, `svg g.marker.selected[data-city="${el.selected}"]`)).to.exist;
  });
});
