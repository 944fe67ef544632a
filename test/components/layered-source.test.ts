/**
 * `extends`: an element's `src` on top of the bundled dataset. The fixture holds only a network's
 * additions (a city and a project that refer to records of the bundled dataset): alone it is not a
 * valid atlas; on top of `default` it is, in French, English and Arabic. A layer that breaks a rule
 * gives the error state, with `cw-error` and the layer named in the issue.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../components/project-card/define.js';
import { clearAtlasCache } from '../../components/base/data-source.js';
import { clearLayeredLoads } from '../../components/base/layered-source.js';
import type { CwErrorEvent } from '../../components/base/states.js';
import type { CwProjectCard } from '../../components/project-card/project-card.js';
import { attach, captureWarnings, element, loaded } from './helpers.js';

const ADDITIONS = '/test/fixtures/layered-additions.json';
let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => {
  warnings.restore();
  clearAtlasCache();
  clearLayeredLoads();
});

const card = (attrs: Record<string, string>) => attach(element<CwProjectCard>('cw-project-card', attrs));

const settled = (el: CwProjectCard) => loaded(el, 10000);

describe('extends="default"', () => {
  for (const [lang, title] of [
    ['fr', 'Projet ajouté par le réseau (test)'],
    ['en', 'Project added by the network (test)'],
    ['ar', 'مشروع أضافته الشبكة (اختبار)'],
  ] as const) {
    it(`shows a project of the added file, whose network and cities come from the bundled dataset (${lang})`, async () => {
      const el = card({ lang, src: ADDITIONS, extends: 'default', project: 'example-added-project' });
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain(title);
      // A record of the bundled dataset is there too: the layers are merged, not replaced.
      expect(el.currentAtlas!.project('tanger-accueil')).to.exist;
      expect(el.currentAtlas!.city('example-city-ma')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('several layers: default, then the additions, then a file that builds on both', async () => {
    const top = {
      version: 1,
      projects: [
        {
          id: 'example-second-layer',
          title: { fr: 'Projet de la troisième couche', en: 'Project of the third layer', ar: 'مشروع الطبقة الثالثة' },
          network: 'mc2cm',
          cities: [{ city: 'example-city-ma', roles: ['lead'] }],
          sources: ['example-network-page'],
        },
      ],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(top)], { type: 'application/json' }));
    const el = card({ lang: 'en', src: url, extends: `default ${ADDITIONS}`, project: 'example-second-layer' });
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.contain('Project of the third layer');
    expect(el.currentAtlas!.project('example-added-project')).to.exist;
  });

  it('two elements with the same layers share one download of the file', async () => {
    const real = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), real(input, init));
    try {
      const a = card({ lang: 'fr', src: ADDITIONS, extends: 'default', project: 'example-added-project' });
      const b = card({ lang: 'fr', src: ADDITIONS, extends: 'default', project: 'tanger-accueil' });
      await settled(a);
      await settled(b);
      expect(a.state).to.equal('ready');
      expect(b.state).to.equal('ready');
      expect(asked.filter((u) => u.endsWith(ADDITIONS)).length).to.equal(1);
    } finally {
      window.fetch = real;
    }
  });

  it('without extends, the same file alone is invalid (it refers to records it does not hold)', async () => {
    const el = card({ lang: 'en', src: ADDITIONS, project: 'example-added-project' });
    const event = oneEvent(el, 'cw-error') as Promise<CwErrorEvent>;
    await settled(el);
    expect((await event).detail.kind).to.equal('invalid');
  });

  it('a layer that breaks a rule: the error state, cw-error, the issue named by layer', async () => {
    const doc = await (await fetch(ADDITIONS)).json();
    doc.projects[0].network = 'no-such-network';
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    const el = card({ lang: 'fr', src: url, extends: 'default', project: 'example-added-project' });
    const event = oneEvent(el, 'cw-error') as Promise<CwErrorEvent>;
    await settled(el);
    const detail = (await event).detail;
    expect(detail.kind).to.equal('invalid');
    expect(el.state).to.equal('error');
    const failure = (el as unknown as { loadStatus(): { issues?: { path: string }[] } }).loadStatus();
    expect(failure.issues?.some((i) => i.path.startsWith(`${url}: projects[0].network`))).to.equal(true);
  });
});
