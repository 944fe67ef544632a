// parseAtlasAsync: the result of parseAtlas (the same Atlas, the same issues in the same order), in
// slices that let other tasks run between them. Every document of test/parse.test.ts is checked
// against parseAtlas at the end of that file; here, the bundled dataset and a large document.
import { expect } from '@open-wc/testing';
import { parseAtlas, type ParseResult } from '../src/parse.js';
import { parseAtlasAsync } from '../src/parse-async.js';
import { smallAtlas } from './fixtures/small-atlas.js';
import { generateAtlas } from './fixtures/synthetic-atlas.mjs';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

const plain = (r: ParseResult) => (r.ok ? { ok: true, document: r.atlas.document } : r);

/** The benchmark's document (as test/node/parse-async.test.mjs parses in Node): `n` cities, each a member of the network, and a roadmap of `n` items. */
const largeAtlas = (n: number): Doc => generateAtlas(n);

/** Resolves when a task scheduled now has run (ahead of `scheduler.yield()` continuations where there are some). */
function aTask(): { ran: () => boolean } {
  let ran = false;
  const scheduler = (globalThis as Doc).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(() => (ran = true), { priority: 'user-blocking' });
  else setTimeout(() => (ran = true));
  return { ran: () => ran };
}

describe('parseAtlasAsync', () => {
  it('gives the bundled dataset the same Atlas as parseAtlas', async () => {
    const data = (await import('../data/atlas.json', { with: { type: 'json' } })).default;
    const now = parseAtlas(data);
    expect(now.ok).to.equal(true);
    expect(plain(await parseAtlasAsync(data))).to.deep.equal(plain(now));
  });

  it('gives a large document the same Atlas, and lets other tasks run before it is done', async function () {
    this.timeout(60000);
    const doc = largeAtlas(3000);
    const now = parseAtlas(doc);
    expect(now.ok).to.equal(true);
    const task = aTask();
    const later = await parseAtlasAsync(doc);
    expect(task.ran(), 'a task scheduled before the check ran before it was done').to.equal(true);
    expect(plain(later)).to.deep.equal(plain(now));
    if (later.ok && now.ok) expect(later.atlas.timeline().length).to.equal(now.atlas.timeline().length);
  });

  it('gives a large broken document the same issues in the same order', async function () {
    this.timeout(60000);
    const doc = largeAtlas(3000);
    doc.cities[2000].country = 'tunisia';
    doc.memberships[1500].city = 'city-99999';
    doc.roadmaps[0].items[2500].kind = 'meting';
    doc.surplus = true;
    const now = parseAtlas(doc);
    expect(now.ok).to.equal(false);
    expect(plain(await parseAtlasAsync(doc))).to.deep.equal(plain(now));

    const rulesOnly = largeAtlas(3000);
    rulesOnly.memberships[2999].network = 'nowhere';
    const rules = parseAtlas(rulesOnly);
    expect(rules.ok).to.equal(false);
    expect(plain(await parseAtlasAsync(rulesOnly))).to.deep.equal(plain(rules));
  });

  it('does not finish in the task that calls it, even for a small document', async () => {
    let done = false;
    const p = parseAtlasAsync(smallAtlas()).then(() => (done = true));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(done).to.equal(false);
    await p;
    expect(done).to.equal(true);
  });

  it('stops when its signal aborts, rejecting with the reason', async () => {
    const controller = new AbortController();
    const p = parseAtlasAsync(largeAtlas(3000), { signal: controller.signal });
    controller.abort(new Error('no longer needed'));
    let error: unknown;
    await p.catch((e: unknown) => (error = e));
    expect(error).to.be.an('error').with.property('message', 'no longer needed');

    const aborted = AbortSignal.abort();
    let early: unknown;
    await parseAtlasAsync(smallAtlas(), { signal: aborted }).catch((e: unknown) => (early = e));
    expect((early as Error).name).to.equal('AbortError');
  });
});
