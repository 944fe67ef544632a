/**
 * `<cw-city-map>`: the fixes of a WCAG 2.2 AA audit. Text spacing (1.4.12): labels measured and
 * placed with the letter and word spacing a reader's stylesheet sets. Print: the map panel in the
 * flow and whole, no zoom buttons, and the list of `show="map"` printed. Forced colours: hollow
 * markers stay hollow, on the map as in the legend, in system colours. The zoom buttons' corner:
 * no marker under the buttons on a phone, in either direction.
 * Assertions compare strings, numbers and booleans, never nodes (the runner would serialise them).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { CwCityMap } from '../../components/city-map/city-map.js';
import { fitView } from '../../components/city-map/layout.js';
import { TextMeasure } from '../../components/city-map/measure.js';
import { atlasOf, bigDoc, cityMap, drawnWithLand, mapWithPaths, overlap, settled } from './city-map-fixture.js';
import { $, $$, loaded, mountHTML, part, rgb } from './helpers.js';

/** Waits a few frames (what the map reads from its drawing is applied on the next one) and the updates they ask for. */
async function frames(el: CwCityMap, n = 3): Promise<void> {
  for (let i = 0; i < n; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
  }
  await settled(el);
}

/** A CSS colour (a system colour) as the browser resolves it, `r,g,b`. */
function resolved(colour: string): string {
  const probe = document.createElement('div');
  probe.style.color = colour;
  document.body.append(probe);
  const value = rgb(getComputedStyle(probe).color).join(',');
  probe.remove();
  return value;
}

const paint = (el: Element) => {
  const s = getComputedStyle(el);
  return `fill ${rgb(s.fill).join(',')} stroke ${rgb(s.stroke).join(',')}`;
};

const grow = (r: DOMRect, by: number) => new DOMRect(r.x - by, r.y - by, r.width + 2 * by, r.height + 2 * by);

/** Every label's box against every other label, every marker but its own, the frame and the zoom buttons: the problems, as strings. */
function labelProblems(el: CwCityMap): string[] {
  const problems: string[] = [];
  const labels = $$(el, 'svg .labels text');
  const boxes = labels.map((t) => t.getBoundingClientRect());
  const name = (i: number) => labels[i]!.textContent ?? '';
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) problems.push(`${name(i)} / ${name(j)}`);
  const dots = [...$$(el, 'svg g.marker'), ...$$(el, 'svg g.cluster')].map((g) => ({
    key: g.getAttribute('data-city') ?? `cluster:${g.getAttribute('data-cluster')}`,
    box: (g.querySelector('.dot, .badge') ?? g).getBoundingClientRect(),
  }));
  const frame = part(el, 'map-frame')!.getBoundingClientRect();
  const controls = part(el, 'map-controls')!.getBoundingClientRect();
  boxes.forEach((b, i) => {
    const own = labels[i]!.getAttribute('data-city') ?? `cluster:${labels[i]!.getAttribute('data-cluster')}`;
    for (const d of dots) if (d.key !== own && overlap(b, d.box, 1)) problems.push(`${name(i)} covers the marker of ${d.key}`);
    if (b.left < frame.left - 1 || b.right > frame.right + 1 || b.top < frame.top - 1 || b.bottom > frame.bottom + 1) problems.push(`${name(i)} is clipped by the frame`);
    if (overlap(b, controls)) problems.push(`${name(i)} is under the zoom buttons`);
  });
  return problems;
}

describe('<cw-city-map> WCAG 2.2 audit fixes', () => {
  describe('text spacing (1.4.12)', () => {
    const FONT = '600 12px sans-serif';

    it('measures a label wider with letter spacing, and wider again with word spacing', () => {
      const m = new TextMeasure(12);
      const plain = m.width('La Marsa', FONT);
      const letters = m.width('La Marsa', FONT, { letter: 1.44, word: 0 });
      const both = m.width('La Marsa', FONT, { letter: 1.44, word: 1.92 });
      // 8 characters of 1.44 px, then one space of 1.92 px (whole pixels: within one).
      expect(letters - plain, 'letter spacing').to.be.within(8 * 1.44 - 1, 8 * 1.44 + 1);
      expect(both - letters, 'word spacing').to.be.within(1.92 - 1, 1.92 + 1);
      // The cache keeps the widths apart: without spacing, the first width again.
      expect(m.width('La Marsa', FONT)).to.equal(plain);
    });

    it('measures what the SVG text draws, with the spacing (Latin and Arabic)', () => {
      const m = new TextMeasure(12);
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('width', '600');
      svg.setAttribute('height', '40');
      document.body.append(svg);
      try {
        for (const name of ['Lisbonne', 'La Marsa', 'لشبونة', 'الدار البيضاء']) {
          const t = document.createElementNS(ns, 'text');
          t.setAttribute('x', '10');
          t.setAttribute('y', '20');
          t.setAttribute('style', 'font: 600 12px sans-serif; letter-spacing: 0.12em; word-spacing: 0.16em');
          t.textContent = name;
          svg.append(t);
          const drawn = t.getBBox().width;
          // The measure adds 2 px for the halo and rounds up.
          expect(m.width(name, FONT, { letter: 1.44, word: 1.92 }) - 2, name).to.be.within(drawn - 0.5, drawn + 1.5);
        }
      } finally {
        svg.remove();
      }
    });

    for (const [lang, width] of [
      ['fr', 760],
      ['ar', 760],
      ['fr', 420],
    ] as const) {
      it(`lays the labels out again with a reader's spacing: none overlaps another, a marker, the buttons or the frame's edge (${lang}, ${width} px)`, async () => {
        const atlas = atlasOf(await bigDoc(60));
        const el = await cityMap('network="rmci" cluster-radius="12"', atlas, { lang, width });
        await drawnWithLand(el);
        await frames(el);
        expect(labelProblems(el), 'without spacing').to.deep.equal([]);
        const before = $$(el, 'svg .labels text').map((t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`);
        // A reader's stylesheet reaching into the shadow root, with WCAG 1.4.12's values.
        const style = document.createElement('style');
        style.textContent = '.labels text, .places text { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
        el.shadowRoot!.append(style);
        await frames(el);
        expect(getComputedStyle($(el, 'svg .labels text')!).letterSpacing).to.equal('1.44px');
        const after = $$(el, 'svg .labels text').map((t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`);
        expect(after.length, 'labels are drawn').to.be.above(3);
        expect(labelProblems(el), 'with spacing').to.deep.equal([]);
        expect(after.join(' | '), 'laid out again').to.not.equal(before.join(' | '));
        // Taken away again: laid out as at first.
        style.remove();
        await frames(el);
        expect($$(el, 'svg .labels text').map((t) => `${t.textContent}@${t.getAttribute('x')},${t.getAttribute('y')}`).join(' | '), 'back without spacing').to.equal(before.join(' | '));
      });
    }

    it('takes the spacing the labels inherit from the page (a user stylesheet on the element)', async () => {
      const atlas = atlasOf(await bigDoc(60));
      const el = await cityMap('network="rmci" cluster-radius="12"', atlas, { lang: 'fr', width: 760 });
      el.style.letterSpacing = '0.15em';
      el.style.wordSpacing = '0.2em';
      await drawnWithLand(el);
      await frames(el);
      expect(getComputedStyle($(el, 'svg .labels text')!).letterSpacing).to.equal('2.4px');
      expect(labelProblems(el)).to.deep.equal([]);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    });

    it('prints the wide map panel in the flow (not stuck), whole on a page, without the zoom buttons', async () => {
      const el = await cityMap('network="rmci"', null, { lang: 'fr', width: 900 });
      await drawnWithLand(el);
      const panel = part(el, 'map')!;
      const controls = part(el, 'map-controls')!;
      expect(getComputedStyle(panel).position, 'sticky beside the list on screen').to.equal('sticky');
      expect(getComputedStyle(controls).display, 'buttons on screen').to.not.equal('none');
      await emulateMedia({ media: 'print' });
      const s = getComputedStyle(panel);
      expect(`${s.position} ${s.breakInside}`, 'the panel in print').to.equal('static avoid');
      expect(getComputedStyle(controls).display, 'buttons in print').to.equal('none');
      expect(getComputedStyle(part(el, 'legend')!).display, 'the legend prints').to.not.equal('none');
    });

    it('has the print rules in the element’s stylesheets (matchMedia aside)', async () => {
      const el = await cityMap('network="rmci"', null, { lang: 'fr', width: 900 });
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .map((r) => r.cssText.replace(/\s+/g, ' '))
        .join('\n');
      expect(rules).to.match(/\.map-panel \{[^}]*position: static/);
      expect(rules).to.match(/\.map-panel \{[^}]*break-inside: avoid/);
      expect(rules).to.match(/\.controls \{[^}]*display: none/);
    });

    it('with show="map", opens the list for print and closes it after, as the reader left it', async () => {
      const el = await cityMap('network="rmci" show="map"', null, { lang: 'fr', width: 760 });
      await drawnWithLand(el);
      const details = $<HTMLDetailsElement>(el, 'details.all')!;
      // Inside a closed disclosure an entry is laid out but not rendered (checkVisibility sees that).
      const shown = () => $$(el, 'li.city').filter((li) => li.checkVisibility()).length;
      expect(details.open, 'closed on screen').to.equal(false);
      expect(shown(), 'no city shown on screen').to.equal(0);
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(details.open, 'open in print').to.equal(true);
      expect(shown(), 'every city printed').to.equal(9);
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(details.open, 'closed again after print').to.equal(false);
      // Opened by the reader: still open after printing.
      details.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(details.open, 'the reader’s open list stays open').to.equal(true);
    });

    it('with show="map", a capture (cw-render-all) has the whole list, even a long windowed one', async () => {
      const atlas = atlasOf(await bigDoc(400));
      const el = await cityMap('network="rmci" show="map"', atlas, { lang: 'fr', width: 760 });
      await drawnWithLand(el);
      const count = (() => {
        const m = /\d[\d\s\u202f]*/.exec($(el, 'details.all summary')!.textContent ?? '');
        return Number((m?.[0] ?? '').replace(/\D/g, ''));
      })();
      expect(count, 'the summary counts the cities').to.be.above(400);
      expect($$(el, 'li.city').length, 'windowed on screen').to.be.below(count);
      window.dispatchEvent(new Event('cw-render-all'));
      await el.updateComplete;
      await el.updateComplete;
      expect($<HTMLDetailsElement>(el, 'details.all')!.open, 'open').to.equal(true);
      expect($$(el, 'li.city').length, 'every city').to.equal(count);
    });
  });

  describe('forced colours', () => {
    before(() => executeServerCommand('emulate-forced-colors', { active: true }));
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('keeps host and pilot cities hollow on the map and in the legend, and the legend like the map, in system colours', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await cityMap('network="rmci" cluster-radius="0"', null, { lang: 'fr', width: 900 });
      await drawnWithLand(el);
      const canvas = resolved('Canvas');
      const link = resolved('LinkText');
      const hollow = `fill ${canvas} stroke ${link}`;
      const legend = new Map($$(el, '.legend .dot').map((d) => [[...d.classList].find((c) => c.startsWith('style-'))!, paint(d)]));
      expect([...legend.keys()].sort().join(' ')).to.include('style-host');
      for (const style of ['style-host', 'style-pilot']) {
        const markers = $$(el, `svg g.marker:not(.selected):not(.highlighted) .dot.${style}`);
        expect(markers.length, style).to.be.above(0);
        for (const m of markers) expect(paint(m), `${style} on the map`).to.equal(hollow);
        expect(legend.get(style), `${style} in the legend`).to.equal(hollow);
      }
      // Every style of the legend is drawn as on the map, in the reader's colours.
      const system = new Set(['Canvas', 'CanvasText', 'LinkText', 'Highlight', 'GrayText'].map(resolved));
      for (const [style, drawn] of legend) {
        const marker = $(el, `svg g.marker:not(.selected):not(.highlighted) .dot.${style}`);
        expect(drawn, `${style}: legend and map`).to.equal(marker ? paint(marker) : drawn);
        const [, fill, , stroke] = drawn.split(' ');
        expect(system.has(fill!) && system.has(stroke!), `${style}: ${drawn} in system colours`).to.equal(true);
      }
    });

    it('keeps them hollow where thousands of markers are drawn as paths', async () => {
      const el = await mapWithPaths();
      const hollow = `fill ${resolved('Canvas')} stroke ${resolved('LinkText')}`;
      const paths = $$(el, 'svg .paths .dot.style-host:not(.highlighted), svg .paths .dot.style-pilot:not(.highlighted)');
      expect(paths.length).to.be.above(0);
      for (const p of paths) expect(paint(p)).to.equal(hollow);
    });

    it('has the rules in the stylesheet’s forced-colours block (matchMedia aside)', async () => {
      const el = await cityMap('network="rmci"', null, { lang: 'fr', width: 760 });
      const block = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /forced-colors:\s*active/.test(r.conditionText))
        .flatMap((r) => [...r.cssRules])
        .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
      // The last rule that sets a hollow marker's fill in the block, for the map and the legend.
      const lastFill = (selector: string) => block.filter((r) => r.style.fill && r.selectorText.split(',').some((s) => s.trim() === selector)).pop()?.style.fill ?? 'none';
      for (const selector of ['.marker .dot.style-host', '.marker .dot.style-pilot', '.legend .dot.style-host', '.legend .dot.style-pilot'])
        expect(lastFill(selector), selector).to.equal('canvas');
      expect(lastFill('.legend .dot'), 'the legend in system colours').to.equal('linktext');
    });
  });

  describe('the zoom buttons’ corner', () => {
    /** Markers and badges (their focus ring too: 4 px) under the zoom buttons, as strings. */
    function underButtons(el: CwCityMap): string[] {
      const controls = part(el, 'map-controls')!.getBoundingClientRect();
      return $$(el, 'svg .markers g.marker, svg .markers g.cluster')
        .filter((g) => overlap(grow(g.getBoundingClientRect(), 4), controls, 0))
        .map((g) => g.getAttribute('data-city') ?? g.getAttribute('data-cities') ?? '');
    }

    describe('in a 320 px wide window (the map as wide as the page)', () => {
      before(() => setViewport({ width: 320, height: 640 }));
      after(() => setViewport({ width: 800, height: 600 }));

      for (const network of ['mc2cm', 'rmci', 'arab-coalition', 'strong-cities']) {
        for (const lang of ['ar', 'fr', 'en']) {
          it(`keeps every marker of ${network} clear of the buttons (${lang}, ${lang === 'ar' ? 'rtl' : 'ltr'})`, async () => {
            const div = mountHTML(`<cw-city-map network="${network}"></cw-city-map>`, { lang });
            const el = await loaded(div.firstElementChild as CwCityMap);
            await drawnWithLand(el);
            await frames(el);
            expect(el.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
            expect(part(el, 'map-frame')!.getBoundingClientRect().width, 'the page’s width').to.be.within(280, 320);
            expect($$(el, 'svg .markers g.marker, svg .markers g.cluster').length, 'markers drawn').to.be.above(0);
            expect(underButtons(el)).to.deep.equal([]);
          });
        }
      }
    });

    it('keeps the markers clear of the buttons at phone widths, in both directions', async () => {
      for (const lang of ['ar', 'en'])
        for (const width of [260, 280, 300, 320, 340, 360, 400]) {
          const el = await cityMap('network="mc2cm"', null, { lang, width });
          await drawnWithLand(el);
          await frames(el, 1);
          expect(underButtons(el), `${lang} at ${width} px`).to.deep.equal([]);
          el.parentElement!.remove();
        }
    });

    it('fits the cities clear of the band on the buttons’ side, and keeps a fit that needs no band', () => {
      const west = [
        { id: 'lisbon', lon: -9.14, lat: 38.72 },
        { id: 'beirut', lon: 35.5, lat: 33.89 },
        { id: 'vienna', lon: 16.37, lat: 48.21 },
      ];
      for (const side of ['left', 'right'] as const) {
        const fit = fitView(west, 320, 240, { padding: 30, clear: { [side]: 63 } });
        const xs = fit.points.map((p) => p.x);
        expect(side === 'left' ? Math.min(...xs) : Math.max(...xs), side).to.be.within(side === 'left' ? 63 - 0.01 : 0, side === 'left' ? 320 : 320 - 63 + 0.01);
      }
      // A coast running north–south in a wide frame: its cities lie away from the sides, the fit is the same.
      const tunisia = [
        { id: 'bizerte', lon: 9.87, lat: 37.27 },
        { id: 'sfax', lon: 10.76, lat: 34.74 },
      ];
      const plain = fitView(tunisia, 600, 240, { padding: 30 }).points.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`).join(' ');
      expect(fitView(tunisia, 600, 240, { padding: 30, clear: { right: 63 } }).points.map((p) => `${p.x.toFixed(2)},${p.y.toFixed(2)}`).join(' ')).to.equal(plain);
    });

    it('keeps Lisbon, selected and focused, clear of the buttons in Arabic on a phone', async () => {
      const el = await cityMap('network="mc2cm" cluster-radius="0"', null, { lang: 'ar', width: 300 });
      await drawnWithLand(el);
      el.selected = 'lisbon-pt';
      await frames(el);
      const marker = $(el, 'svg g.marker.selected[data-city="lisbon-pt"]');
      expect(marker !== null, 'Lisbon is drawn, selected').to.equal(true);
      (marker as unknown as SVGGElement).focus();
      await settled(el);
      expect(underButtons(el)).to.deep.equal([]);
    });

    it('keeps the markers clear of larger buttons (a larger root font size)', async () => {
      document.documentElement.style.fontSize = '24px';
      try {
        for (const lang of ['ar', 'en']) {
          const el = await cityMap('network="mc2cm"', null, { lang, width: 360 });
          await drawnWithLand(el);
          await frames(el);
          await waitUntil(() => underButtons(el).length === 0, `${lang}: markers under the buttons: ${underButtons(el).join(', ')}`, { timeout: 3000 });
          expect(part(el, 'map-controls')!.getBoundingClientRect().width, 'larger buttons').to.be.above(50);
        }
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });
});
