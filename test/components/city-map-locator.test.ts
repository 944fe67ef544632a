import { expect } from '@open-wc/testing';
import { fitView } from '../../components/city-map/layout.js';
import { insetPath, landOf, locatorFor, LOCATOR_HEIGHT, LOCATOR_WIDTH } from '../../components/city-map/locator.js';
import { loadBasemap } from '../../components/city-map/basemap.js';
import { atlasOf, cityMap, drawnWithLand, fixtureDoc } from './city-map-fixture.js';
import { $ } from './helpers.js';

const SFAX = { id: 'sfax', lon: 10.76, lat: 34.74 };
const TUNIS = { id: 'tunis', lon: 10.18, lat: 36.81 };
const TANGER = { id: 'tanger', lon: -5.83, lat: 35.76 };
const BEIRUT = { id: 'beirut', lon: 35.5, lat: 33.89 };

describe('city map locator inset', () => {
  it("draws the region's land from only the world polygons near it, the same path as from all of them", async () => {
    const basemap = await loadBasemap();
    const d = landOf(basemap);
    expect(d.length, 'some land').to.be.greaterThan(1000);
    expect(d).to.equal(insetPath(basemap.world));
  });

  it('is there for a small region, with the view as a rectangle inside the inset', () => {
    const loc = locatorFor(fitView([SFAX, TUNIS], 600, 400), false)!;
    expect(loc).to.exist;
    expect(loc.box.x0).to.be.below(20); // bottom left in LTR
    expect(loc.box.y1).to.be.above(380);
    expect(loc.rect.x).to.be.within(0, LOCATOR_WIDTH);
    expect(loc.rect.y).to.be.within(0, LOCATOR_HEIGHT);
    // Tunisia is in the middle of the Mediterranean: so is the rectangle.
    expect(loc.rect.x + loc.rect.width / 2).to.be.within(LOCATOR_WIDTH * 0.3, LOCATOR_WIDTH * 0.6);
    const rtl = locatorFor(fitView([SFAX, TUNIS], 600, 400), true)!;
    expect(rtl.box.x1).to.be.above(580); // bottom right in RTL
  });

  it('is not there when the view is already the whole region, or the frame is too small', () => {
    expect(locatorFor(fitView([TANGER, BEIRUT], 600, 400), false)).to.equal(undefined);
    expect(locatorFor(fitView([SFAX, TUNIS], 200, 120), false)).to.equal(undefined);
  });

  it('is not there when a city would lie under it', () => {
    const fit = fitView([SFAX, TUNIS], 600, 400);
    const under = { ...fit, points: [...fit.points, { id: 'x', x: 40, y: 370 }] };
    expect(locatorFor(under, false)).to.equal(undefined);
  });

  it('shows on the map of Sfax and Tunis, not on a network across the Mediterranean', async () => {
    const atlas = await atlasOf(await fixtureDoc());
    const small = await cityMap('cities="sfax-tn tunis-tn"', atlas, { width: 700 });
    await drawnWithLand(small);
    const inset = $(small, 'svg g.locator');
    expect(inset, 'inset').to.exist;
    expect(inset!.getAttribute('aria-hidden')).to.equal('true');
    expect($(small, 'svg g.locator path.locator-land')!.getAttribute('d')!.length).to.be.above(100);
    expect($(small, 'svg g.locator rect.locator-view')).to.exist;
    const wide = await cityMap('network="mc2cm"', atlas, { width: 700 });
    await drawnWithLand(wide);
    expect($(wide, 'svg g.locator')).to.equal(null);
  });
});
