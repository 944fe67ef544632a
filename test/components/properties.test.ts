/**
 * Properties set from JavaScript with a value of another type than text (`badge.code = 10.7`,
 * `list.network = ['mc2cm']`): one check in the base class, for every element. A number is taken as
 * its string; anything else is the error state `invalid-attribute`, naming the property, in the
 * reader's language, with `cw-error`.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/sdg-badge/define.js';
import '../../components/project-list/define.js';
import '../../components/roadmap-timeline/define.js';
import type { CwSdgBadge } from '../../components/sdg-badge/sdg-badge.js';
import type { CwProjectList } from '../../components/project-list/project-list.js';
import type { CwRoadmapTimeline } from '../../components/roadmap-timeline/roadmap-timeline.js';
import type { CwErrorEvent } from '../../components/base/states.js';
import { mount, part } from './helpers.js';
import { html } from 'lit';
import { atlasOf } from '../fixtures/atlas-of.js';

const FIXTURE = new URL('../fixtures/project-atlas.json', import.meta.url).href;

describe('properties of another type than text', () => {
  it('takes a number as its string (badge.code = 10.7), with no error', async () => {
    const el = await mount<CwSdgBadge>(html`<cw-sdg-badge lang="en"></cw-sdg-badge>`);
    (el as unknown as { code: unknown }).code = 10.7;
    await waitUntil(() => el.state === 'ready', 'the badge shows 10.7');
    expect(el.code).to.equal('10.7');
    expect(part(el, 'code')!.textContent).to.equal('10.7');
    (el as unknown as { code: unknown }).code = 5;
    await el.updateComplete;
    expect(part(el, 'code')!.textContent).to.equal('5');
  });

  for (const [lang, title, text] of [
    ['fr', 'Réglage incorrect', /La propriété «\u00a0network\u00a0» attend un texte/],
    ['en', 'Wrong setting', /The property “network” must be text/],
    ['ar', 'إعداد غير صحيح', /الخاصية «network» تقبل نصًا/],
  ] as const) {
    it(`shows a readable invalid-attribute error for a list (list.network = ['mc2cm']), in ${lang}`, async () => {
      const parsed = atlasOf(await (await fetch(FIXTURE)).json());
      const el = document.createElement('cw-project-list') as CwProjectList;
      el.lang = lang;
      el.atlas = parsed;
      (el as unknown as { network: unknown }).network = ['mc2cm'];
      const event = oneEvent(el, 'cw-error') as Promise<CwErrorEvent>;
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail.kind).to.equal('invalid-attribute');
        expect(detail.id).to.equal('network');
        expect(detail.message).to.match(text);
        expect(el.state).to.equal('error');
        expect(part(el, 'error-title')!.textContent).to.equal(title);
        expect(part(el, 'error-text')!.textContent!.replace(/[\u2068\u2069]/g, '')).to.match(text);
        await expect(el).to.be.accessible();
        // Given as it should be, the list shows.
        el.network = 'mc2cm';
        await waitUntil(() => el.state === 'ready', 'the list shows once network is text');
      } finally {
        el.remove();
      }
    });
  }

  it('refuses an object or a boolean too, and keeps a Date where a date is expected', async () => {
    const badge = await mount<CwSdgBadge>(html`<cw-sdg-badge lang="en" code="10"></cw-sdg-badge>`);
    (badge as unknown as { code: unknown }).code = { code: '10' };
    await waitUntil(() => badge.state === 'error');
    expect(badge.failure).to.deep.equal({ kind: 'invalid-attribute', id: 'code' });
    (badge as unknown as { size: unknown }).size = true;
    (badge as unknown as { code: unknown }).code = '10';
    await waitUntil(() => badge.failure?.id === 'size');
    const parsed = atlasOf(await (await fetch(FIXTURE)).json());
    const timeline = await mount<CwRoadmapTimeline>(html`<cw-roadmap-timeline lang="en" .atlas=${parsed} .today=${new Date(2019, 5, 15)}></cw-roadmap-timeline>`);
    await waitUntil(() => timeline.state !== 'loading');
    expect(timeline.failure?.kind).to.not.equal('invalid-attribute');
  });
});
