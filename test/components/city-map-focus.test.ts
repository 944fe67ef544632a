/** `<cw-city-map>`: where the focus goes after Escape, a zoom key or a zoom button, and the list's keys with modifiers. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import type { Atlas } from '../../src/atlas.js';
import { atlasOf, cityMap, drawnWithLand, fixtureDoc, mapWithPaths, settled } from './city-map-fixture.js';
import { $, $$ } from './helpers.js';

let atlas: Atlas;
before(async () => {
  atlas = await atlasOf(await fixtureDoc());
});

const active = (el: CwCityMap): Element | null => el.shadowRoot!.activeElement;

/**
 * Where the focus is, as a string: the element's tag and the attributes that name it (assertions
 * compare strings, never nodes, which the runner would serialise with the whole atlas).
 */
function focusAt(el: CwCityMap): string {
  if (document.activeElement !== el) return `outside: ${document.activeElement?.localName ?? 'none'}`;
  const node = active(el);
  if (!node) return 'none';
  const city = node.closest('li.city')?.getAttribute('data-city');
  const name = node.getAttribute('data-key') ?? node.getAttribute('data-zoom') ?? (city ? `list ${city}` : '');
  return `${node.localName} ${name}`.trim();
}

describe('<cw-city-map> where the focus goes', () => {
  it('Escape on the selected marker keeps the focus on that city’s marker', async () => {
    const el = await cityMap('network="mc2cm" cluster-radius="0"', atlas, { lang: 'en' });
    await drawnWithLand(el);
    ($(el, 'svg g.marker[data-city="lyon-fr"]') as unknown as SVGGElement).focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.selected).to.equal('lyon-fr');
    expect(active(el)?.getAttribute('data-city')).to.equal('lyon-fr');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(el.selected).to.equal(undefined);
    expect(focusAt(el)).to.equal('g lyon-fr');
    expect(active(el)?.getAttribute('tabindex')).to.equal('0');
  });

  it('Escape on the selected marker of a city in a cluster puts the focus on its cluster', async () => {
    const el = await cityMap('network="mc2cm"', atlas, { lang: 'en' });
    await drawnWithLand(el);
    const cluster = $(el, 'svg g.cluster');
    expect(cluster, 'a cluster at the default radius').to.exist;
    const key = cluster!.getAttribute('data-key');
    const id = cluster!.getAttribute('data-cities')!.split(' ')[0]!;
    el.selected = id;
    await settled(el);
    ($(el, `svg g.marker.selected[data-city="${id}"]`) as unknown as SVGGElement).focus();
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(el.selected).to.equal(undefined);
    expect(focusAt(el)).to.equal(`g ${key}`);
  });

  it('Escape on the selected marker keeps the focus on that city with markers drawn as paths', async () => {
    const el = await mapWithPaths();
    const stop = $$(el, 'svg .markers [data-key]').find((g) => g.getAttribute('tabindex') === '0')!;
    const id = stop.getAttribute('data-key')!;
    (stop as unknown as SVGGElement).focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.selected).to.equal(id);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(el.selected).to.equal(undefined);
    expect(focusAt(el)).to.equal(`g ${id}`);
  });

  it('a zoom key that leaves the view as it was does not take the focus back to the map at a later update', async () => {
    const el = await cityMap('network="mc2cm"', atlas, { lang: 'en' });
    await drawnWithLand(el);
    ($(el, 'svg .markers [tabindex="0"]') as unknown as SVGGElement).focus();
    // At zoom 1, `0` (show every city) and `-` change nothing.
    await sendKeys({ press: '0' });
    await sendKeys({ press: '-' });
    await settled(el);
    const button = $(el, 'li.city[data-city="sfax-tn"] button.name') as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.selected).to.equal('sfax-tn');
    expect(focusAt(el)).to.equal('button list sfax-tn');
  });

  for (const which of ['out', 'reset'] as const) {
    it(`the ${which === 'out' ? '−' : 'show all cities'} button, disabled by its own activation, hands the focus to +`, async () => {
      const el = await cityMap('network="mc2cm"', atlas, { lang: 'en' });
      await drawnWithLand(el);
      const zoomIn = $(el, '.controls button[data-zoom="in"]') as HTMLButtonElement;
      const button = $(el, `.controls button[data-zoom="${which}"]`) as HTMLButtonElement;
      zoomIn.click();
      await settled(el);
      expect(button.disabled).to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(button.disabled).to.equal(true);
      expect(focusAt(el)).to.equal('button in');
      expect(zoomIn.matches(':focus-visible'), 'the focus is shown').to.equal(true);
    });
  }

  it('the list’s keys leave Ctrl, Alt, Meta and Shift combinations to the browser', async () => {
    const el = await cityMap('network="mc2cm"', atlas, { lang: 'en' });
    await drawnWithLand(el);
    const buttons = $$(el, 'li.city button.name');
    const button = buttons[Math.floor(buttons.length / 2)]!;
    const at = `button list ${button.getAttribute('data-city')}`;
    const keys: Array<[string, KeyboardEventInit]> = [
      ['ArrowLeft', { altKey: true }],
      ['ArrowRight', { altKey: true }],
      ['ArrowDown', { shiftKey: true }],
      ['ArrowUp', { shiftKey: true }],
      ['ArrowLeft', { shiftKey: true }],
      ['Home', { ctrlKey: true }],
      ['End', { ctrlKey: true }],
      ['ArrowDown', { metaKey: true }],
    ];
    for (const [key, init] of keys) {
      button.focus();
      // Dispatched, not sent: a real Alt+Left would take the test page back in its history.
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
      button.dispatchEvent(event);
      await settled(el);
      expect(event.defaultPrevented, `${JSON.stringify(init)} ${key}`).to.equal(false);
      expect(focusAt(el), `${JSON.stringify(init)} ${key}`).to.equal(at);
    }
    // Sent from the keyboard too, for the ones the browser keeps on the page.
    for (const [modifier, press] of [
      ['Shift', 'ArrowDown'],
      ['Control', 'Home'],
    ]) {
      button.focus();
      await sendKeys({ down: modifier! });
      await sendKeys({ press: press! });
      await sendKeys({ up: modifier! });
      await settled(el);
      expect(focusAt(el), `${modifier}+${press}`).to.equal(at);
    }
    // Without a modifier, the keys still move through the list.
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect(focusAt(el)).to.equal(`button list ${buttons[buttons.indexOf(button) + 1]!.getAttribute('data-city')}`);
  });
});
