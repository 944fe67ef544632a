/**
 * `src` against real, misbehaving servers (the test server's query parameters, see
 * web-test-runner.config.mjs): one that never answers (time-out, abort), a document larger than the
 * limit (with and without a Content-Length), a redirect to another origin, a content type that is
 * not JSON; and a document that arrives one byte at a time, its UTF-8 characters split between chunks.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { clearAtlasCache } from '../../components/base/data-source.js';
import { lazyElement } from '../../components/base/lazy-define.js';
import type { CwErrorEvent } from '../../components/base/states.js';
import { MAX_DOCUMENT_BYTES } from '../../src/limits.js';
import { attach as add, captureWarnings, element, part, stubFetch, TestData } from './helpers.js';

const FIXTURE = '/test/fixtures/project-atlas.json';
const unique = () => Math.random().toString(36).slice(2);

/** Records the signal of every fetch, passing the requests on to the real fetch. */
function spyFetch(): { signals: Map<string, AbortSignal | undefined>; restore(): void } {
  const real = window.fetch;
  const signals = new Map<string, AbortSignal | undefined>();
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    signals.set(String(input instanceof Request ? input.url : input), init?.signal ?? undefined);
    return real(input, init);
  };
  return { signals, restore: () => (window.fetch = real) };
}

/** Runs `test` with every fetch's signal recorded (see `spyFetch`), the real fetch back afterwards. */
async function spying(test: (spy: ReturnType<typeof spyFetch>) => Promise<void>): Promise<void> {
  const spy = spyFetch();
  try {
    await test(spy);
  } finally {
    spy.restore();
  }
}

const testData = (attrs: Record<string, string>) => element<TestData>('cw-test-data', attrs);

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => {
  warnings.restore();
  clearAtlasCache();
});

describe('src: a server that never answers', () => {
  for (const [lang, title] of [
    ['fr', 'Les données ne sont pas arrivées'],
    ['en', 'The data did not arrive'],
    ['ar', 'لم تصل البيانات'],
  ] as const) {
    it(`shows that the data did not arrive after the time-out, with cw-error (timeout), in ${lang}`, async () => {
      const src = `${FIXTURE}?cw-never&${unique()}`;
      const el = testData({ lang, src, timeout: '0.3' });
      const event = oneEvent(el, 'cw-error') as Promise<CwErrorEvent>;
      add(el);
      expect(el.timeout).to.equal(0.3);
      const { detail } = await event;
      expect(detail.kind).to.equal('timeout');
      expect(detail.url).to.equal(new URL(src, location.href).href);
      expect(detail.message).to.contain(detail.url);
      expect(el.state).to.equal('error');
      expect(part(el, 'error-title')!.textContent).to.equal(title);
      await expect(el).to.be.accessible();
    });
  }

  it('waits 15 s by default', () => {
    expect(new TestData().timeout).to.equal(15);
  });

  it('aborts the download once no element waits for it: not while another still does', async () => {
    await spying(async (spy) => {
      const src = `${FIXTURE}?cw-never&${unique()}`;
      const url = new URL(src, location.href).href;
      const a = add(testData({ src })) as TestData;
      const b = add(testData({ src, timeout: '60' })) as TestData;
      await waitUntil(() => spy.signals.has(url), 'the download starts');
      expect(spy.signals.size, 'one download for both').to.equal(1);
      const signal = spy.signals.get(url)!;
      a.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(signal.aborted, 'b still waits').to.equal(false);
      b.remove();
      await waitUntil(() => signal.aborted, 'the download is aborted when the last element leaves');
      expect(a.state).to.equal('loading');
      // Back on the page, an element asks again.
      add(b);
      await waitUntil(() => spy.signals.get(url) !== signal, 'a new download');
      expect(b.state).to.equal('loading');
    });
  });

  it('aborts the download when the only element waiting for it times out', async () => {
    await spying(async (spy) => {
      const src = `${FIXTURE}?cw-never&${unique()}`;
      const el = add(testData({ src, timeout: '0.2' })) as TestData;
      await waitUntil(() => el.state === 'error', 'the element times out');
      expect(el.failure?.kind).to.equal('timeout');
      expect(spy.signals.get(new URL(src, location.href).href)!.aborted).to.equal(true);
    });
  });

  it('aborts the download when the element is given other data (an Atlas, a source that is not a URL) instead', async () => {
    await spying(async (spy) => {
      const srcA = `${FIXTURE}?cw-never&${unique()}`;
      const srcB = `${FIXTURE}?cw-never&${unique()}`;
      const a = add(testData({ src: srcA, lang: 'en' })) as TestData;
      const b = add(testData({ src: srcB, lang: 'en' })) as TestData;
      await waitUntil(() => spy.signals.has(new URL(srcA, location.href).href) && spy.signals.has(new URL(srcB, location.href).href), 'both downloads start');
      const fixture = await (await fetch(FIXTURE)).json();
      a.atlas = fixture;
      b.src = 'http://[not a url';
      await waitUntil(() => a.state === 'ready' && b.state === 'error', 'the new sources are shown');
      await waitUntil(() => spy.signals.get(new URL(srcA, location.href).href)!.aborted, 'the first download is aborted');
      await waitUntil(() => spy.signals.get(new URL(srcB, location.href).href)!.aborted, 'the second download is aborted');
    });
  });

  it('aborts a download started early when its element names another source before waiting for it', async () => {
    await spying(async (spy) => {
      const first = `${FIXTURE}?cw-never&${unique()}`;
      const el = testData({ src: first, lang: 'en' }) as TestData;
      add(el);
      // Changed in the same task as the first update: the element stops waiting before the code
      // that takes the early download over has run.
      await el.updateComplete;
      el.src = `${FIXTURE}?${unique()}`;
      await waitUntil(() => el.state === 'ready', 'the second document is shown');
      await waitUntil(() => spy.signals.get(new URL(first, location.href).href)?.aborted === true, 'the first download is aborted');
    });
  });

  it('keeps the download when an element only moves in the page', async () => {
    await spying(async (spy) => {
      const src = `${FIXTURE}?${unique()}`;
      const url = new URL(src, location.href).href;
      const box = add(document.createElement('div'));
      const el = testData({ src, lang: 'en' }) as TestData;
      add(el);
      box.append(el); // moved within the same task
      await waitUntil(() => el.state === 'ready', 'the element shows its data');
      expect(spy.signals.size).to.equal(1);
      expect(spy.signals.get(url)!.aborted).to.equal(false);
    });
  });
});

describe('src: the size limit', () => {
  const bytes = MAX_DOCUMENT_BYTES + 1000;
  for (const [name, query] of [
    ['announced by its Content-Length', `cw-bytes=${bytes}`],
    ['sent without a Content-Length', `cw-bytes=${bytes}&cw-chunked`],
  ] as const) {
    it(`refuses a document larger than the limit, ${name}, before parsing it`, async () => {
      const src = `/never-read.json?${query}&${unique()}`;
      const el = testData({ lang: 'fr', src });
      const event = oneEvent(el, 'cw-error') as Promise<CwErrorEvent>;
      add(el);
      const { detail } = await event;
      expect(detail.kind).to.equal('too-large');
      expect(part(el, 'error-title')!.textContent).to.equal('Données trop volumineuses');
      expect(detail.message).to.contain('20\u00a0Mo');
      expect(warnings.messages.join('\n')).to.contain(String(MAX_DOCUMENT_BYTES));
      await expect(el).to.be.accessible();
    });
  }

  it('reads a document just under the limit as usual (here: not an atlas)', async () => {
    const el = testData({ src: `/big.json?cw-bytes=${MAX_DOCUMENT_BYTES - 10}&cw-chunked&${unique()}` });
    const event = oneEvent(el, 'cw-error') as Promise<CwErrorEvent>;
    add(el);
    expect((await event).detail.kind).to.equal('invalid');
  });
});

describe('src: a document that arrives in pieces', () => {
  it('reads UTF-8 characters split between the chunks they arrive in (one byte a chunk)', async () => {
    const bytes = new TextEncoder().encode(await (await fetch(FIXTURE)).text());
    const url = new URL(`/pieces.json?${unique()}`, location.href).href;
    let sent = 0;
    const stub = stubFetch({
      [url]: () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent === bytes.length) return controller.close();
              controller.enqueue(bytes.slice(sent, ++sent));
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    });
    try {
      const ar = add(testData({ src: url, lang: 'ar', project: 'tanger-accueil' })) as TestData;
      const fr = add(testData({ src: url, lang: 'fr', project: 'tetouan-diversite' })) as TestData;
      await waitUntil(() => ar.state !== 'loading' && fr.state !== 'loading', 'the elements leave their loading state');
      expect([ar.state, fr.state]).to.deep.equal(['ready', 'ready']);
      expect(sent).to.equal(bytes.length);
      expect(part(ar, 'title')!.textContent).to.equal('تعزيز الشراكات لاستقبال المهاجرين في طنجة');
      expect(part(fr, 'title')!.textContent).to.equal('Tétouan, la diversité au quotidien');
    } finally {
      stub.restore();
    }
  });
});

describe('src: where the document comes from, and as what', () => {
  it('accepts a redirect to another origin, with one warning naming the final URL', async () => {
    const src = `${FIXTURE}?cw-other-origin&${unique()}`;
    const el = add(testData({ src, lang: 'en' })) as TestData;
    await waitUntil(() => el.state !== 'loading', 'the element leaves its loading state');
    expect(el.state).to.equal('ready');
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const about = warnings.messages.filter((m) => m.includes('another origin'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain(new URL(src, location.href).href);
    expect(about[0]).to.contain(`//${other}:${location.port}${FIXTURE}`);
  });

  it('accepts a document served as image/png, with one warning naming the URL and the type', async () => {
    const src = `${FIXTURE}?cw-type=image/png&${unique()}`;
    const el = add(testData({ src, lang: 'en' })) as TestData;
    await waitUntil(() => el.state !== 'loading', 'the element leaves its loading state');
    expect(el.state).to.equal('ready');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('image/png').and.contain(new URL(src, location.href).href);
  });

  it('says nothing for a same-origin JSON document', async () => {
    const el = add(testData({ src: `${FIXTURE}?${unique()}`, lang: 'en' })) as TestData;
    await waitUntil(() => el.state !== 'loading', 'the element leaves its loading state');
    expect(el.state).to.equal('ready');
    expect(warnings.messages).to.deep.equal([]);
  });
});

/** A lazy element of a new tag, seen in the page with `src` (its document requested early), whose chunk arrives when `arrive` is called. */
function seenEarly(src: string, alsoInPage?: (tag: string) => void): { el: TestData; arrive: () => void } {
  const tag = `cw-lazy-${unique()}`;
  let arrive!: () => void;
  const chunk = new Promise<void>((resolve) => (arrive = resolve));
  const lazy = lazyElement(tag, () => chunk.then(() => customElements.define(tag, class extends TestData {})));
  const el = document.createElement(tag) as TestData;
  el.setAttribute('src', src);
  el.setAttribute('lang', 'en');
  add(el);
  alsoInPage?.(tag);
  lazy.watch();
  return { el, arrive };
}

describe('src: an element registered on first sight (the CDN build)', () => {
  it('downloads its document as soon as it is seen, while its chunk still comes, and once', async () => {
    const real = window.fetch;
    const calls: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return real(input, init);
    };
    try {
      const src = `${FIXTURE}?${unique()}`;
      const url = new URL(src, location.href).href;
      const { el, arrive } = seenEarly(src, (tag) => {
        // A layered `src` is its element's business: not downloaded early.
        const layered = document.createElement(tag);
        layered.setAttribute('src', `${FIXTURE}?layered-${unique()}`);
        layered.setAttribute('extends', 'default');
        add(layered);
      });
      expect(calls, 'requested before the chunk arrived').to.deep.equal([url]);
      arrive();
      await waitUntil(() => el.state === 'ready', 'the element shows the document');
      expect(calls.filter((c) => c === url), 'the element took over the download').to.have.length(1);
    } finally {
      window.fetch = real;
    }
  });

  for (const [how, change] of [
    ['gives the element its data as `atlas`', async (el: TestData) => void (el.atlas = await (await fetch(FIXTURE)).json())],
    ["changes the element's src", async (el: TestData) => el.setAttribute('src', `${FIXTURE}?${unique()}`)],
  ] as const) {
    it(`aborts the early download when a script ${how} before its chunk arrives`, async () => {
      await spying(async (spy) => {
        const src = `${FIXTURE}?cw-never&${unique()}`;
        const url = new URL(src, location.href).href;
        const { el, arrive } = seenEarly(src);
        expect([...spy.signals.keys()], 'requested before the chunk arrived').to.deep.equal([url]);
        await change(el);
        arrive();
        await waitUntil(() => el.state === 'ready', 'the element shows its new data');
        await waitUntil(() => spy.signals.get(url)!.aborted, 'the early download is aborted');
      });
    });
  }

  it('keeps the early download while another element of the page still reads that src', async () => {
    await spying(async (spy) => {
      const src = `${FIXTURE}?${unique()}`;
      const url = new URL(src, location.href).href;
      const given = seenEarly(src);
      const reader = seenEarly(src);
      given.el.atlas = await (await fetch(FIXTURE)).json();
      given.arrive();
      await waitUntil(() => given.el.state === 'ready', 'the element given an atlas shows it');
      // A few tasks: the release waits one.
      await new Promise((resolve) => setTimeout(resolve, 50));
      reader.arrive();
      await waitUntil(() => reader.el.state === 'ready', 'the other element shows the document');
      expect(spy.signals.get(url)!.aborted, 'the early download was kept').to.equal(false);
      expect([...spy.signals.keys()].filter((k) => k === url), 'one download').to.have.length(1);
    });
  });
});
