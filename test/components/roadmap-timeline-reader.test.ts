/**
 * The timeline as a reader meets it in Arabic, on a phone, from the keyboard and at 200 % text: the
 * fixes of a review that tried it that way (focus rings on soft marks, targets for a finger, the
 * focused entry never under the sticky band, the overview's order in right-to-left, no sideways
 * overflow and no overlapping axis labels at 200 % text).
 */
import { expect } from '@open-wc/testing';
import type { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import { $, $$ } from './helpers.js';
import { press, timeline } from './timeline-helpers.js';

const marks = (el: CwRoadmapTimeline) => $$<HTMLButtonElement>(el, '.ov-marks [data-mark]');
const markKeys = (el: CwRoadmapTimeline) => marks(el).map((m) => m.dataset['mark']);
const activeMark = (el: CwRoadmapTimeline) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['mark'];

/** Runs `test` with the page's root font at `percent` %, as a reader's larger text setting makes it. */
async function withRootFont(percent: number, test: () => Promise<void>): Promise<void> {
  document.documentElement.style.fontSize = `${percent}%`;
  try {
    await test();
  } finally {
    document.documentElement.style.fontSize = '';
  }
}

describe('<cw-roadmap-timeline> for a reader: keyboard, phone, Arabic, larger text', () => {
  it('draws a soft-ended bar on a layer of its own, so the button keeps its focus and selection outlines', async () => {
    const el = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 900 });
    const soft = marks(el).find((m) => m.classList.contains('soft-left') || m.classList.contains('soft-right'));
    expect(soft, 'a mark dated to a month or a year').to.not.equal(undefined);
    // A mask on the button itself clipped its outline (and the focus ring) away.
    expect(getComputedStyle(soft!).maskImage).to.equal('none');
    expect(getComputedStyle(soft!, '::before').maskImage).to.not.equal('none');
    soft!.focus();
    expect(getComputedStyle(soft!).outlineStyle).to.equal('solid');
  });

  it('a tap beside a thin mark (a day, a few pixels wide) brings up that mark\'s entry; a click on a mark, its own', async () => {
    const el = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 390 });
    const all = marks(el);
    const thin = all.reduce((a, b) => (a.getBoundingClientRect().width <= b.getBoundingClientRect().width ? a : b));
    const r = thin.getBoundingClientRect();
    expect(r.width, 'a thin mark').to.be.below(8);
    // 6 px beside it, on the side where no other mark is within reach of the finger.
    const clear = (px: number) => all.every((m) => m === thin || Math.abs(m.getBoundingClientRect().left - px) > 12 && Math.abs(m.getBoundingClientRect().right - px) > 12);
    const x = clear(r.left - 6) ? r.left - 6 : r.right + 6;
    expect(clear(x), 'a side clear of other marks').to.equal(true);
    const y = r.top + r.height / 2;
    expect(el.shadowRoot!.elementFromPoint(x, y)?.closest('[data-mark]') ?? null, 'no mark under the finger').to.equal(null);
    const band = $(el, '.ov-band')!;
    band.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    await el.allRendered();
    const focused = (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['key'];
    expect(focused, "the thin mark's entry").to.equal(thin.dataset['mark']);
    // Each mark is the target of its own click, not a neighbour's (no hit area reaching over another).
    for (const m of all) {
      const box = m.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest<HTMLElement>('[data-mark]');
      expect(hit?.dataset['mark'], `the centre of ${m.dataset['mark']}`).to.equal(m.dataset['mark']);
    }
  });

  it('keeps the entry the keyboard moves to out from under the sticky overview band', async () => {
    const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-06-15' }, { width: 390 });
    const first = $<HTMLButtonElement>(el, 'button.item-button')!;
    first.focus();
    await press('End');
    let stuck = 0;
    for (let i = 0; i < 4; i++) {
      await press('ArrowUp');
      const button = el.shadowRoot!.activeElement as HTMLElement;
      const band = $(el, '.overview')!.getBoundingClientRect();
      const top = button.closest('li')!.getBoundingClientRect().top;
      // Only when the band sticks at the top does it cover anything.
      if (band.top <= 1) {
        stuck++;
        expect(top, `entry ${i}: starts below the band`).to.be.at.least(band.bottom - 1);
      }
    }
    expect(stuck, 'the band stuck at the top while the keyboard went up the list').to.be.greaterThan(0);
    expect(window.scrollY, 'the page scrolled with the focus').to.be.greaterThan(0);
    window.scrollTo(0, 0);
  });

  it('puts the overview marks in time order in the page, in Arabic as in French', async () => {
    const fr = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 900, lang: 'fr' });
    const ar = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 900, lang: 'ar' });
    expect(markKeys(ar)).to.deep.equal(markKeys(fr));
    // On screen, right to left: the first in the page is the rightmost in Arabic.
    const xs = marks(ar).map((m) => m.getBoundingClientRect().right);
    expect(xs[0]).to.equal(Math.max(...xs));
    // The tab stop is on the earliest mark in both.
    expect(marks(ar).find((m) => m.tabIndex === 0)?.dataset['mark']).to.equal(markKeys(fr)[0]);
  });

  it('in right-to-left, Home goes to the earliest dated mark and the "year unknown" lane comes after the latest', async () => {
    const el = await timeline({ city: 'tanger-ma', today: '2019-06-15' }, { width: 900, lang: 'ar' });
    const dated = markKeys(el);
    const unknown = $$<HTMLButtonElement>(el, '.ov-unknown [data-mark]').map((m) => m.dataset['mark']);
    expect(unknown.length, 'Tanger has an entry of unknown year').to.be.greaterThan(0);
    marks(el)[1]!.focus();
    await press('Home');
    expect(activeMark(el)).to.equal(dated[0]);
    // ArrowRight goes earlier in right-to-left: nothing is before the earliest.
    await press('ArrowRight');
    expect(activeMark(el)).to.equal(dated[0]);
    await press('End');
    expect(activeMark(el)).to.equal(unknown.at(-1));
    // From the latest dated mark, later (ArrowLeft) is the "year unknown" lane.
    marks(el).at(-1)!.focus();
    await press('ArrowLeft');
    expect(activeMark(el)).to.equal(unknown[0]);
  });

  it('fits a phone at 200 % text: nothing runs off the side', async () => {
    await withRootFont(200, async () => {
      for (const lang of ['fr', 'ar']) {
        const el = await timeline({ roadmap: 'rmci-action-plan-2019-2020', today: '2019-06-15' }, { width: 390, lang });
        const base = $(el, '.base')!;
        expect(base.scrollWidth, `${lang}: the timeline's width`).to.be.at.most(390);
        for (const select of $$<HTMLSelectElement>(el, 'select')) expect(select.getBoundingClientRect().width, `${lang}: a filter`).to.be.at.most(390);
      }
    });
  });

  it('labels the axis without overlaps at 200 % text', async () => {
    await withRootFont(200, async () => {
      for (const lang of ['fr', 'ar']) {
        const el = await timeline({ network: 'mc2cm', today: '2019-06-15' }, { width: 1200, lang });
        const labels = $$(el, '.ov-tick:not(.covered) bdi')
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .sort((a, b) => a.left - b.left);
        expect(labels.length, `${lang}: labels`).to.be.greaterThan(1);
        for (let i = 1; i < labels.length; i++) expect(labels[i]!.left, `${lang}: label ${i} clear of the one before`).to.be.at.least(labels[i - 1]!.right - 0.5);
      }
    });
  });
});
