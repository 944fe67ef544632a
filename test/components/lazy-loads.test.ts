/**
 * An element registered on first sight (the CDN build's `lazyElement`) has what it will load requested
 * as soon as it is seen, while its own chunk still comes: here the bundled dataset's view in its
 * language (a `src` document: src-loading.test.ts; the messages are loaded by the test helpers before
 * any test). In a file of its own, so that no other test has loaded the Arabic view first.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { lazyElement, lazyLoader } from '../../components/base/lazy-define.js';
import { attach, TestData } from './helpers.js';

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
});
