// Windows High Contrast (forced colours), emulated in Chromium: the browser replaces the page's
// colours with the reader's system colours, so what carried meaning by colour alone (an SDG badge's
// background, a label's tint) must keep a visible border, and every text stays readable.
import '../../components/sdg-coverage/define.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/project-card/define.js';
import '../../components/sdg-badge/define.js';
import '../../components/roadmap-timeline/define.js';
import type { CwProjectCard } from '../../components/project-card/project-card.js';
import type { CwSdgBadge } from '../../components/sdg-badge/sdg-badge.js';
import type { Atlas } from '../../src/atlas.js';
import { smallAtlas } from '../fixtures/small-atlas.js';
import { mount, parts, settle, textContrast } from './helpers.js';
import { atlasOf } from '../fixtures/atlas-of.js';

/** Whether the element has a visible border on every side. */
function bordered(el: Element): boolean {
  const s = getComputedStyle(el);
  return (['top', 'right', 'bottom', 'left'] as const).every(
    (side) => s.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side}-width`)) >= 1,
  );
}

/** The nearest element, from `el` up through shadow hosts, with an opaque background. */
function backdrop(el: Element): Element {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return node;
  }
  return document.documentElement;
}

describe('forced colours (Windows High Contrast)', () => {
  let atlas: Atlas;
  before(async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    atlas = atlasOf(smallAtlas());
  });
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keeps an SDG badge outlined and its text readable, in each language', async () => {
    for (const lang of ['fr', 'en', 'ar']) {
      const el = await mount<CwSdgBadge>(html`<cw-sdg-badge code="10.7" lang=${lang}></cw-sdg-badge>`);
      const base = parts(el, 'base')[0]!;
      expect(bordered(base), `${lang}: the badge has a border where its colour was`).to.equal(true);
      expect(textContrast(base, backdrop(base)), `${lang}: badge text contrast`).to.be.at.least(4.5);
      el.parentElement!.remove();
    }
  });

  it('outlines a project card’s labels, badges and toggles, and keeps every text readable', async () => {
    const el = await mount<CwProjectCard>(html`<cw-project-card project="tanger-accueil" lang="fr"></cw-project-card>`);
    el.atlas = atlas;
    await settle(el.parentElement!);
    expect(el.state).to.equal('ready');
    const outlined = [...parts(el, 'policy-area'), ...parts(el, 'status'), ...parts(el, 'toggle')];
    expect(outlined.map((p) => p.getAttribute('part')), 'labels and the status at least').to.include.members(['policy-area', 'status']);
    for (const p of outlined) expect(bordered(p), `${p.getAttribute('part')} has a border`).to.equal(true);
    const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('h2, h3, p, li, dt, dd, button, a')].filter((t) => t.textContent!.trim() !== '');
    expect(texts.length).to.be.greaterThan(5);
    for (const t of texts) expect(textContrast(t, backdrop(t)), `"${t.textContent!.trim().slice(0, 30)}"`).to.be.at.least(4.5);
  });

  it('outlines a roadmap’s span on the timeline’s overview (its translucent band would vanish)', async () => {
    const el = await mount<HTMLElement & { state?: string }>(html`<cw-roadmap-timeline roadmap="rmci-action-plan-2019-2020" today="2019-06-15" lang="fr"></cw-roadmap-timeline>`);
    await waitUntil(() => el.state === 'ready', 'the timeline shows its roadmap', { timeout: 8000 });
    await settle(el.parentElement!);
    const span = parts(el, 'overview-span')[0]!;
    expect(bordered(span), 'the span has a border').to.equal(true);
  });

  it('outlines the SDG coverage table’s goal headers and keeps its texts readable', async () => {
    const el = await mount<HTMLElement & { atlas?: unknown; state?: string }>(html`<cw-sdg-coverage network="mc2cm" lang="ar"></cw-sdg-coverage>`);
    el.atlas = atlas;
    await settle(el.parentElement!);
    expect(el.state).to.equal('ready');
    const heads = parts(el, 'goal-header');
    expect(heads.length).to.be.greaterThan(3);
    for (const h of heads) {
      expect(bordered(h), 'a goal header has a border where its colour was').to.equal(true);
      expect(textContrast(h, backdrop(h))).to.be.at.least(4.5);
    }
  });
});
