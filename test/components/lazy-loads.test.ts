/**
 * An element registered on first sight (the CDN build's `lazyElement`) has what it will load requested
 * as soon as it is seen, while its own chunk still comes: here the bundled dataset's view in its
 * language (a `src` document: src-loading.test.ts; the messages are loaded by the test helpers before
 * any test). In a file of its own, so that no other test has loaded the Arabic view first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { lazyElement, lazyLoader } from '../../components/base/lazy-define.js';
import { attach, captureWarnings, TestData } from './helpers.js';

performance.setResourceTimingBufferSize(10_000);
const requests = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

describe('lazy elements: loads started on first sight', () => {
  it("requests the bundled view of the element's language before its chunk has arrived, once", async () => {
    expect(requests('atlas.ar.json'), 'not loaded by anything else first').to.equal(0);
    const tag = `cw-lazy-${Math.random().toString(36).slice(2)}`;
    let arrive!: () => void;
    const chunk = new Promise<void>((resolve) => (arrive = resolve));
    const lazy = lazyElement(tag, () => chunk.then(() => customElements.define(tag, class extends TestData {})));
    const box = document.createElement('div');
    box.lang = 'ar';
    box.innerHTML = `<${tag}></${tag}>`;
    attach(box);
    lazy.watch();
    await waitUntil(() => requests('atlas.ar.json') === 1, 'the view comes while the chunk is pending');
    expect(customElements.get(tag), 'the chunk has not arrived').to.equal(undefined);
    arrive();
    const el = box.firstElementChild as TestData;
    await waitUntil(() => el.state === 'ready', 'the element shows the bundled data');
    expect(requests('atlas.ar.json'), 'the element took the view already loaded').to.equal(1);
  });

  it('gives its load by tag (lazyLoader), for code that creates the element only once it is registered', async () => {
    const tag = `cw-lazy-${Math.random().toString(36).slice(2)}`;
    expect(lazyLoader(tag)).to.equal(undefined);
    const lazy = lazyElement(tag, () => Promise.resolve(customElements.define(tag, class extends TestData {})));
    expect(lazyLoader(tag)).to.equal(lazy.load);
    await lazyLoader(tag)!();
    expect(customElements.get(tag), 'registered without any such element in the page').to.not.equal(undefined);
  });

  it("builds the formatters of each element's language, each piece in a task of its own after the one that saw them, before the chunk arrives", async () => {
    const tag = `cw-lazy-${Math.random().toString(36).slice(2)}`;
    const warmed: string[] = [];
    /** What had run when the first piece's task ended (its microtasks run then, before any other task). */
    let afterFirstTask: string[] | undefined;
    const pieces = (lang: string) => [
      () => {
        warmed.push(`${lang} plurals`);
        queueMicrotask(() => (afterFirstTask ??= [...warmed]));
      },
      () => warmed.push(`${lang} lists`),
    ];
    let arrive!: () => void;
    const chunk = new Promise<void>((resolve) => (arrive = resolve));
    const lazy = lazyElement(tag, () => chunk.then(() => customElements.define(tag, class extends TestData {})), pieces);
    const box = document.createElement('div');
    box.innerHTML = `<${tag} lang="fr"></${tag}><${tag} lang="ar-MA"></${tag}><${tag} lang="fr"></${tag}>`;
    attach(box);
    lazy.watch();
    expect(warmed, 'not in the task that found the elements').to.deep.equal([]);
    await waitUntil(() => warmed.length === 4, 'the warm-up ran');
    expect(warmed, 'once per language').to.deep.equal(['fr plurals', 'fr lists', 'ar-MA plurals', 'ar-MA lists']);
    expect(afterFirstTask, 'one piece per task').to.deep.equal(['fr plurals']);
    expect(customElements.get(tag), 'while the chunk is still on its way').to.equal(undefined);
    arrive();
    await waitUntil(() => customElements.get(tag) !== undefined);
  });

  describe('two copies of cityweave on one page (two plugins, each with its own files)', () => {
    /** A copy's lazy element of `tag`: its chunk registers the tag when `arrive` is called (or fails with `fail`); `calls` counts its imports. */
    function copy(tag: string) {
      const c = { calls: 0, arrive: () => {}, fail: () => {} };
      const lazy = lazyElement(tag, () => {
        c.calls++;
        return new Promise<void>((resolve, reject) => {
          c.arrive = () => resolve(void customElements.define(tag, class extends TestData {}));
          c.fail = () => reject(new Error('offline'));
        });
      });
      return { ...lazy, c };
    }

    it("the second copy waits for the first copy's chunk instead of downloading its own", async () => {
      const tag = `cw-lazy-${Math.random().toString(36).slice(2)}`;
      attach(document.createElement(tag));
      const first = copy(tag);
      const second = copy(tag);
      first.watch();
      second.watch();
      const both = Promise.all([first.load(), second.load()]);
      expect([first.c.calls, second.c.calls]).to.deep.equal([1, 0]);
      first.c.arrive();
      await both;
      expect(customElements.get(tag), 'registered by the first copy').to.not.equal(undefined);
      expect(second.c.calls, 'the second copy downloaded nothing').to.equal(0);
    });

    it('a copy of another version: its chunk is not downloaded again, and the page is told it loads two versions', async () => {
      const tag = `cw-lazy-${Math.random().toString(36).slice(2)}`;
      const warnings = captureWarnings();
      try {
        // What another version's copy writes in the shared registry while its chunk comes.
        let arrive!: () => void;
        const theirs = new Promise<void>((resolve) => (arrive = () => resolve(void customElements.define(tag, class extends TestData {}))));
        (globalThis as unknown as Record<symbol, Map<string, unknown>>)[Symbol.for('cityweave.loading')]!.set(tag, { promise: theirs, version: '0.0.0-other' });
        const mine = copy(tag);
        const load = mine.load();
        arrive();
        await load;
        expect(mine.c.calls, 'no chunk of its own').to.equal(0);
        expect(warnings.messages.filter((w) => w.includes('two versions of cityweave') && w.includes(`<${tag}>`))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it("the second copy loads its own chunk when the first copy's fails", async () => {
      const tag = `cw-lazy-${Math.random().toString(36).slice(2)}`;
      const warnings = captureWarnings();
      try {
        const first = copy(tag);
        const second = copy(tag);
        const firstLoad = first.load();
        const secondLoad = second.load();
        expect(second.c.calls).to.equal(0);
        first.c.fail();
        await firstLoad;
        await waitUntil(() => second.c.calls === 1, "the second copy imports its chunk once the first one's failed");
        second.c.arrive();
        await secondLoad;
        expect(customElements.get(tag), 'registered by the second copy').to.not.equal(undefined);
        expect(warnings.messages.some((w) => w.includes('could not be loaded (offline)'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });
});
