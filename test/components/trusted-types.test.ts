/**
 * cityweave on a page that enforces Trusted Types (`require-trusted-types-for 'script'`), in an iframe
 * whose document comes with that Content-Security-Policy header (the test server's `cw-csp`
 * parameter, web-test-runner.config.mjs). The host page, test/fixtures/csp-page.html, holds one of
 * each element and records errors, `cw-error` events, violation reports and console warnings.
 * Both ways in are tried: the CDN build (built by `npm test` before the browser tests) and the npm
 * entry's source.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface PageLog {
  errors: string[];
  events: { tag: string; kind: string; message: string }[];
  violations: string[];
  warnings: string[];
  done: boolean;
}

const TAGS = ['cw-sdg-badge', 'cw-project-card', 'cw-project-list', 'cw-city-map', 'cw-roadmap-timeline'];
const ENTRIES = { 'the CDN build': '/dist/cdn/cityweave.js', 'the npm entry': '/components/index.ts' };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

/** Opens the host page under `policy` with `entry`, and waits until every element has left its loading state. */
async function hostPage(policy: string, entry: string): Promise<{ log: PageLog; elements: (HTMLElement & { state?: string })[] }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = `/test/fixtures/csp-page.html?entry=${encodeURIComponent(entry)}&cw-csp=${encodeURIComponent(policy)}`;
  frames.push(frame);
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank', 'the host page did not load', { timeout: 5000 });
  const win = frame.contentWindow as Window & { cwLog: PageLog };
  const elements = TAGS.map((t) => win.document.querySelector(t) as HTMLElement & { state?: string });
  await waitUntil(
    () => win.cwLog.errors.length > 0 || elements.every((el) => el.state !== undefined && el.state !== 'loading'),
    'the elements did not leave their loading state',
    { timeout: 8000 },
  );
  // Late reports (a policy created after the first render) come within a few tasks.
  await new Promise((r) => setTimeout(r, 200));
  return { log: win.cwLog, elements };
}

for (const [name, entry] of Object.entries(ENTRIES)) {
  describe(`Trusted Types, with ${name}`, () => {
    it("under trusted-types 'none', every element says why it cannot show, with no HTML sink, and fires cw-error (csp)", async () => {
      const { log, elements } = await hostPage("require-trusted-types-for 'script'; trusted-types 'none'", entry);
      expect(log.errors, 'nothing escapes into the page').to.deep.equal([]);
      for (const el of elements) {
        expect(el.state, el.localName).to.equal('error');
        const root = el.shadowRoot!;
        // Only text (and Lit's comment markers): no element was made from HTML.
        expect(root.querySelector('*'), `${el.localName} has no element in its shadow root`).to.equal(null);
        expect(root.textContent!.trim(), el.localName).to.match(/Trusted Types/);
        expect(root.textContent!.trim(), el.localName).to.match(/sécurité/);
      }
      expect(log.events.map((e) => `${e.tag} ${e.kind}`).sort()).to.deep.equal(TAGS.map((t) => `${t} csp`).sort());
      for (const e of log.events) expect(e.message).to.match(/lit-html/);
    });

    it('under trusted-types lit-html, the elements work and structured data is left out with one warning and no report storm', async () => {
      const { log, elements } = await hostPage("require-trusted-types-for 'script'; trusted-types lit-html", entry);
      expect(log.errors).to.deep.equal([]);
      for (const el of elements) expect(el.state, el.localName).to.equal('ready');
      expect(log.events).to.deep.equal([]);
      // The writer of structured data is a lazy chunk: it comes after the elements are ready.
      await waitUntil(() => log.warnings.some((w) => /JSON-LD/.test(w)), 'a warning about structured data', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 300));
      const jsonLd = log.warnings.filter((w) => /JSON-LD/.test(w));
      expect(jsonLd, 'one console warning').to.have.length(1);
      expect(jsonLd[0]).to.contain('cityweave-jsonld');
      expect(log.violations, 'at most the one refused policy is reported').to.have.length.at.most(1);
      const scripts = frames[0]!.contentDocument!.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts, 'no structured data').to.have.length(0);
    });
  });
}
