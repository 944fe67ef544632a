import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { atlasOf, bigDoc, cityMap, drawnWithLand } from './city-map-fixture.js';
import { $, $$ } from './helpers.js';

const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const activeCity = (el: Element) => active(el)?.closest('li.city')?.getAttribute('data-city');

describe('city map: the windowed list', () => {
  it('at N = 5000 keeps the whole element under 3,000 DOM nodes (list window, markers in one layer)', async function () {
    // Parsing 5,000 generated cities takes seconds on a shared machine (a limit for the test, not a measure).
    this.timeout(60000);
    const atlas = await atlasOf(await bigDoc(5000));
    for (const attrs of ['network="rmci"', 'network="rmci" cluster-radius="0"']) {
      const el = await cityMap(attrs, atlas, { width: 1000 });
      await drawnWithLand(el);
      await el.updateComplete;
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      expect(nodes, attrs).to.be.below(3000);
      expect($$(el, 'li.city').length, attrs).to.be.below(200);
      el.parentElement!.remove();
    }
  });

  it('Down, Up, Home and End go through every entry, rendering the ones out of the window', async () => {
    const atlas = await atlasOf(await bigDoc(1000));
    const el = await cityMap('network="rmci"', atlas, { width: 1000 });
    await drawnWithLand(el);
    const first = $(el, 'li.city button.name')!;
    first.focus();
    const firstId = activeCity(el);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => activeCity(el) && activeCity(el) !== firstId, 'Down moves', { timeout: 3000 });
    const second = activeCity(el);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => activeCity(el) === firstId, 'Up comes back', { timeout: 3000 });
    await sendKeys({ press: 'End' });
    await waitUntil(() => activeCity(el) && activeCity(el) !== firstId && activeCity(el) !== second, 'End moves', { timeout: 3000 });
    // The last entry of the last group: the last row of the whole list.
    const li = active(el)!.closest('li.city') as HTMLElement;
    const rows = el.shadowRoot!.querySelectorAll('[data-index]').length;
    expect(Number(li.dataset.index), 'the last row').to.be.above(900);
    expect(rows, 'still a window').to.be.below(200);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => activeCity(el) === firstId, 'Home goes back to the first entry', { timeout: 3000 });
  });

  it('renders every entry for printing', async () => {
    const atlas = await atlasOf(await bigDoc(400));
    const el = await cityMap('network="rmci"', atlas, { width: 1000 });
    await drawnWithLand(el);
    expect($$(el, 'li.city').length).to.be.below(403);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect($$(el, 'li.city')).to.have.length(403);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, 'li.city').length).to.be.below(403);
  });

  it('renders a short list whole (no window)', async () => {
    const atlas = await atlasOf(await bigDoc(100));
    const el = await cityMap('network="rmci"', atlas, { width: 1000 });
    await drawnWithLand(el);
    expect($$(el, 'li.city')).to.have.length(103);
  });
});
