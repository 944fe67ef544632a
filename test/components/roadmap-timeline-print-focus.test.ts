/**
 * The timeline at the edges an accessibility audit tried: which mark has the focus among selected and
 * "where am I" marks, the band on a window of little height (400 % zoom), the focus coming to an entry
 * under the sticky band from the band, and the band on paper (labels for the paper's width, no
 * "where am I", fills printed without backgrounds).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import { $, $$ } from './helpers.js';
import { timeline, withContentAbove } from './timeline-helpers.js';

const marks = (el: CwRoadmapTimeline) => $$<HTMLButtonElement>(el, '.ov-marks [data-mark]');
const tickLabels = (el: CwRoadmapTimeline) => $$(el, '.ov-ticks .ov-tick').map((t) => t.textContent?.trim() ?? '').filter(Boolean);

describe('<cw-roadmap-timeline>: focus, small windows and paper', () => {
  it('draws the focused mark, the selected one and the one of the entry at the top of the list each its own way', async () => {
    const el = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 900 });
    // "Where am I" comes a frame after the list is laid out.
    await waitUntil(() => $(el, '.ov-mark.current') !== null, 'a "where am I" mark');
    const all = marks(el);
    const other = all.find((m) => !m.classList.contains('current'))!;
    el.selected = el.view!.entries.find((e) => e.key === other.dataset['mark'])!.entry.id;
    await el.allRendered();
    const selected = $<HTMLElement>(el, '.ov-mark.selected');
    const current = $<HTMLElement>(el, '.ov-mark.current:not(.selected)');
    expect(selected, 'a selected mark').to.not.equal(null);
    expect(current, 'a "where am I" mark').to.not.equal(null);
    const focused = all.find((m) => m !== selected && m !== current)!;
    focused.focus();
    expect(focused.matches(':focus-visible')).to.equal(true);
    const style = (m: Element) => getComputedStyle(m);
    expect(style(selected!).outlineStyle).to.equal('solid');
    expect(style(current!).outlineStyle).to.equal('dashed');
    expect(style(focused).outlineStyle).to.equal('solid');
    expect(style(focused).outlineColor, 'the focus colour, not the text colour of the selection').to.not.equal(style(selected!).outlineColor);
    expect(style(focused).boxShadow, 'a ring of the background between the focus and the mark').to.not.equal('none');
  });

  it('lets the band scroll with the list in a window of little height (a phone held sideways, 400 % zoom)', async () => {
    const el = await timeline({ network: 'rmci' }, { width: 600 });
    const position = () => getComputedStyle($(el, '.overview')!).position;
    expect(position()).to.equal('sticky');
    await setViewport({ width: 800, height: 400 });
    try {
      expect(position()).to.equal('static');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    expect(position()).to.equal('sticky');
  });

  it('brings an entry out from under the sticky band when the focus comes to it from the band', async () => {
    await withContentAbove(0, async () => {
      const el = await timeline({ network: 'rmci' }, { width: 600 });
      const band = $(el, '.overview')!;
      const rows = () => $$(el, 'li.entry');
      // Scroll so that the band sticks and an entry is half under it.
      const list = rows()[3]!;
      window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY - band.getBoundingClientRect().height / 2);
      await new Promise((r) => requestAnimationFrame(r));
      const bottom = band.getBoundingClientRect().bottom;
      const covered = rows().find((li) => li.getBoundingClientRect().top < bottom && li.getBoundingClientRect().bottom > bottom + 10);
      expect(covered, 'an entry half under the band').to.not.equal(undefined);
      marks(el)[0]!.focus();
      covered!.querySelector<HTMLButtonElement>('button[data-key]')!.focus();
      expect(covered!.getBoundingClientRect().top, 'the entry below the band').to.be.at.least(band.getBoundingClientRect().bottom - 1);
    });
  });

  it('a mouse click on an entry whose headings are under the band selects it (no scroll between press and release)', async () => {
    await withContentAbove(0, async () => {
      const el = await timeline({ network: 'rmci' }, { width: 600 });
      const band = $(el, '.overview')!;
      // The first entry, under the period's heading: its <li> starts under the band, its title below it.
      const li = $$(el, 'li.entry')[0]!;
      const title = li.querySelector<HTMLButtonElement>('button[data-key]')!;
      window.scrollTo(0, title.getBoundingClientRect().top + window.scrollY - band.getBoundingClientRect().height - 4);
      await new Promise((r) => requestAnimationFrame(r));
      expect(li.getBoundingClientRect().top, 'the entry starts under the band').to.be.below(band.getBoundingClientRect().bottom);
      $<HTMLSelectElement>(el, '.filters select')!.focus({ preventScroll: true });
      const box = title.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
      await el.allRendered();
      // A scroll on the press (the focus coming from the filter) moved the title from under the
      // pointer before the release, and the click was lost. Once selected, the entry may scroll into view.
      expect(el.selected).to.equal(el.view!.entries.find((e) => e.key === title.dataset['key'])!.entry.id);
    });
  });

  it('in forced colours, the focused mark is a double line, the selected one a single line', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 900 });
      const all = marks(el);
      el.selected = el.view!.entries.find((e) => e.key === all[2]!.dataset['mark'])!.entry.id;
      await el.allRendered();
      // From the keyboard (a focus after a mouse click elsewhere is not drawn as a focus ring).
      marks(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset['mark']).to.equal(all[1]!.dataset['mark']);
      expect(getComputedStyle($(el, '.ov-mark.selected')!).outlineStyle).to.equal('solid');
      expect(getComputedStyle(focused).outlineStyle).to.equal('double');
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('on paper: axis labels for the paper’s width, no "where am I", the fills printed without backgrounds', async () => {
    const wide = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 1200 });
    const narrow = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 680 });
    const onScreen = tickLabels(wide);
    expect(onScreen.length, `${onScreen.join(' ')} against ${tickLabels(narrow).join(' ')}`).to.be.greaterThan(tickLabels(narrow).length);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await wide.allRendered();
      expect(tickLabels(wide), 'as many labels as fit the paper').to.deep.equal(tickLabels(narrow));
      const window_ = $(wide, '.ov-window');
      expect(window_, '"where am I" is drawn on screen').to.not.equal(null);
      expect(getComputedStyle(window_!).display).to.equal('none');
      const current = $(wide, '.ov-mark.current');
      if (current && !current.classList.contains('selected')) expect(getComputedStyle(current).outlineStyle, 'no "where am I" outline on paper').to.equal('none');
      const mark = marks(wide)[0]!;
      expect(getComputedStyle(mark, '::before').printColorAdjust).to.equal('exact');
      expect(getComputedStyle($(wide, '.zoom')!).display).to.equal('none');
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    await wide.allRendered();
    expect(tickLabels(wide), 'back to the screen’s labels').to.deep.equal(onScreen);
  });
});
