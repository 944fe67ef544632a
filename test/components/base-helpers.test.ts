import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { z } from 'zod';
import { heading, headingLevel, hrefFromTemplate, JSON_LD_POLICY, jsonLdText, nextFrame, safeUrl, styleProps, writeStructuredData } from '../../components/base/index.js';
import { Project } from '../../src/schema/index.js';
import { captureWarnings } from './helpers.js';

describe('base: styleProps', () => {
  it('sets properties through the CSSOM from the first render, never as a style attribute string', async () => {
    const setAttribute = Element.prototype.setAttribute;
    const written: string[] = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') written.push(value);
      return setAttribute.call(this, name, value);
    };
    try {
      const host = document.createElement('div');
      const view = (props: Record<string, string | number | undefined>) => html`<span style=${styleProps(props)}></span>`;
      render(view({ '--start': 0.25, 'inline-size': '3px' }), host);
      const span = host.querySelector('span')!;
      expect(span.style.getPropertyValue('--start')).to.equal('0.25');
      expect(span.style.getPropertyValue('inline-size')).to.equal('3px');
      render(view({ '--start': 0.5, 'inline-size': undefined }), host);
      expect(span.style.getPropertyValue('--start')).to.equal('0.5');
      expect(span.style.getPropertyValue('inline-size'), 'a property left out is removed').to.equal('');
      render(view({}), host);
      expect(span.style.length).to.equal(0);
      expect(written, 'no style attribute written as a string').to.deep.equal([]);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
  });

  it('refuses to be anything but the whole style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span title=${styleProps({})}></span>`, host)).to.throw(/styleProps/);
  });
});

describe('base: heading', () => {
  it('renders a real heading at the level given, clamped to 1–6', async () => {
    const el = await fixture(html`<div>${heading(2, 'Title', { id: 't', part: 'title', class: 'c', style: { '--x': 1 } })}${heading(9, 'Deep')}${heading(0, 'Top')}</div>`);
    const [h2, h6, h1] = [...el.children] as HTMLElement[];
    expect(h2!.localName).to.equal('h2');
    expect(h2!.id).to.equal('t');
    expect(h2!.getAttribute('part')).to.equal('title');
    expect(h2!.className).to.equal('c');
    expect(h2!.style.getPropertyValue('--x')).to.equal('1');
    expect(h6!.localName).to.equal('h6');
    expect(h6!.hasAttribute('id') || h6!.hasAttribute('class') || h6!.hasAttribute('part')).to.equal(false);
    expect(h1!.localName).to.equal('h1');
    expect(headingLevel('4', 2)).to.equal(4);
    expect(headingLevel('x', 2)).to.equal(2);
    expect(headingLevel(2.6, 2)).to.equal(3);
  });
});

describe('base: nextFrame', () => {
  it('runs the callback once, soon, unless cancelled', async () => {
    let runs = 0;
    nextFrame(() => runs++, 20);
    const cancel = nextFrame(() => (runs += 100), 20);
    cancel();
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).to.equal(1);
  });
});

describe('base: links', () => {
  it('keeps http(s) and mailto URLs from data only, and http(s) links from templates', () => {
    expect(safeUrl('https://example.org/')).to.equal('https://example.org/');
    expect(safeUrl('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
    expect(safeUrl('relative/path')).to.equal(undefined);
    expect(hrefFromTemplate('/fr/projets/{id}', 'a b', 'fr')).to.equal('/fr/projets/a%20b');
    expect(hrefFromTemplate('javascript:{id}', 'x', 'fr')).to.equal(undefined);
    expect(hrefFromTemplate('', 'x', 'fr')).to.equal(undefined);
  });
});

describe('base: structured data', () => {
  const POLICY = Symbol.for('cityweave.jsonldPolicy');
  const WARNED = Symbol.for('cityweave.jsonldPolicyWarned');
  type Shared = { [POLICY]?: unknown; [WARNED]?: unknown };
  const g = globalThis as Shared;
  let saved: { policy: unknown; warned: unknown; trustedTypes: PropertyDescriptor | undefined };
  let warnings: ReturnType<typeof captureWarnings>;

  /** Replaces `window.trustedTypes` with a fake that records the policies asked for. */
  function fakeTrustedTypes(createPolicy: (name: string, rules: { createScript(s: string): string }) => unknown): void {
    Object.defineProperty(globalThis, 'trustedTypes', { value: { createPolicy }, configurable: true, writable: true });
  }

  beforeEach(() => {
    saved = { policy: g[POLICY], warned: g[WARNED], trustedTypes: Object.getOwnPropertyDescriptor(globalThis, 'trustedTypes') };
    delete g[POLICY];
    delete g[WARNED];
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    if (saved.trustedTypes) Object.defineProperty(globalThis, 'trustedTypes', saved.trustedTypes);
    else delete (globalThis as { trustedTypes?: unknown }).trustedTypes;
    g[POLICY] = saved.policy;
    g[WARNED] = saved.warned;
  });

  it('escapes < so that the data cannot close the script, and reads back the same', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const text = jsonLdText(data)!;
    expect(text).to.not.contain('<');
    expect(text).to.contain('\\u003c/script>');
    expect(JSON.parse(text)).to.deep.equal(data);
  });

  it('writes one marked script in the light DOM, rewrites it on change and removes it', () => {
    const host = document.createElement('div');
    const other = host.appendChild(document.createElement('script'));
    expect(writeStructuredData(host, { '@type': 'Project', name: 'a' })).to.equal(true);
    const script = host.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(script.textContent!)).to.deep.equal({ '@type': 'Project', name: 'a' });
    writeStructuredData(host, { '@type': 'Project', name: 'b' });
    expect(host.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(JSON.parse(script.textContent!).name).to.equal('b');
    writeStructuredData(host, undefined);
    expect(host.querySelector('script[type="application/ld+json"]')).to.equal(null);
    expect(other.parentNode, 'other scripts are left alone').to.equal(host);
  });

  it(`goes through one "${JSON_LD_POLICY}" Trusted Types policy per page, shared by every copy of cityweave`, () => {
    const names: string[] = [];
    const scripts: string[] = [];
    fakeTrustedTypes((name, rules) => {
      names.push(name);
      return { createScript: (s: string) => (scripts.push(s), { toString: () => rules.createScript(s) }) };
    });
    const a = document.createElement('div');
    const b = document.createElement('div');
    writeStructuredData(a, { n: 1 });
    writeStructuredData(b, { n: 2 });
    expect(names).to.deep.equal([JSON_LD_POLICY]);
    expect(scripts).to.deep.equal(['{"n":1}', '{"n":2}']);
    expect(a.querySelector('script')!.textContent).to.equal('{"n":1}');

    // Another copy of cityweave finds the policy under the global symbol and does not create it again.
    const other = { createScript: (s: string) => s };
    g[POLICY] = other;
    writeStructuredData(a, { n: 3 });
    expect(names).to.have.length(1);
    expect(a.querySelector('script')!.textContent).to.equal('{"n":3}');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('writes nothing, warns once and never throws when the policy cannot be created', () => {
    const host = document.createElement('div');
    writeStructuredData(host, { n: 1 }); // Before: no policy needed (the real page has none enforced).
    delete g[POLICY];
    let attempts = 0;
    fakeTrustedTypes(() => {
      attempts++;
      throw new TypeError(`Policy with name "${JSON_LD_POLICY}" already exists.`);
    });
    expect(() => writeStructuredData(host, { n: 2 })).to.not.throw();
    expect(writeStructuredData(host, { n: 3 })).to.equal(false);
    expect(writeStructuredData(document.createElement('div'), { n: 4 })).to.equal(false);
    expect(attempts, 'tried once per page').to.equal(1);
    expect(host.querySelector('script'), 'the stale script is removed').to.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(JSON_LD_POLICY).and.contain('trusted-types');
  });
});

describe('domain schemas: built without code generation', () => {
  it('leaves zod’s global jitless setting as it was', () => {
    // The schemas are imported above; building them must not have changed the program's setting.
    expect(Project).to.be.an('object');
    expect(z.config().jitless).to.not.equal(true);
  });

  it('never calls the Function constructor when validating', () => {
    const Real = globalThis.Function;
    let calls = 0;
    globalThis.Function = new Proxy(Real, {
      construct(target, args) {
        calls++;
        return Reflect.construct(target, args);
      },
    });
    try {
      const result = Project.safeParse({ id: 'x' });
      expect(result.success).to.equal(false);
    } finally {
      globalThis.Function = Real;
    }
    expect(calls).to.equal(0);
  });
});
