import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html, css } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { WindowedListController } from '../../components/base/windowed-list.js';

/** A minimal host: N entries of 20 px in a 200 px scrolling box, rendered through the controller. */
class WindowedHost extends LitElement {
  static override styles = css`
    :host { display: block; }
    .box { height: 200px; overflow: auto; }
    ol { margin: 0; padding: 0; list-style: none; }
    li { height: 20px; }
    li.tall { height: 60px; }
  `;
  count = 5000;
  tall = new Set<number>();
  /** Every entry 60 px high. */
  allTall = false;
  /** Rendered with `map`, not `repeat`: a node is reused for another index as the window moves. */
  unkeyed = false;
  readonly window = new WindowedListController(this, {
    count: () => this.count,
    container: () => this.renderRoot.querySelector('ol'),
    scroller: () => this.renderRoot.querySelector('.box'),
    estimate: 20,
    overscan: 100,
  });
  override render() {
    const { start, end, before, after } = this.window;
    // Keyed by index, as the elements' lists are: an entry keeps its DOM node (and the focus) while the window moves.
    const indexes = Array.from({ length: end - start }, (_, k) => start + k);
    const row = (i: number) => html`<li data-index=${i} class=${this.allTall || this.tall.has(i) ? 'tall' : ''} tabindex="-1">Entry ${i + 1} of ${this.count}</li>`;
    const rows = this.unkeyed ? indexes.map(row) : repeat(indexes, (i) => i, row);
    return html`<div class="box"><ol>
      <li aria-hidden="true" class="spacer" style="height:${before}px"></li>${rows}<li aria-hidden="true" class="spacer" style="height:${after}px"></li>
    </ol></div>`;
  }
}
customElements.define('test-windowed-host', WindowedHost);

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function settle(host: WindowedHost): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await frame();
    await host.updateComplete;
  }
}

const rendered = (host: WindowedHost): number[] =>
  [...host.renderRoot.querySelectorAll<HTMLElement>('[data-index]')].map((li) => Number(li.dataset.index));

describe('WindowedListController', () => {
  it('renders only the entries near the viewport, with spacers for the others', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    await settle(host);
    const indexes = rendered(host);
    expect(indexes[0]).to.equal(0);
    // 200 px of viewport + 100 px overscan below, 20 px each: about 15 entries, never thousands.
    expect(indexes.length).to.be.within(10, 25);
    const ol = host.renderRoot.querySelector('ol')!;
    expect(ol.getBoundingClientRect().height).to.equal(5000 * 20);
  });

  it('renders, before any layout, the entries that the estimate says fill the window and the overscan below it', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    // The first render, before any measurement: nothing is laid out yet to say where the viewport is.
    expect(rendered(host).length).to.equal(Math.ceil((window.innerHeight + 100) / 20));
  });

  it('renders `initial` entries before any layout when the host gives it', async () => {
    class InitialHost extends WindowedHost {
      override readonly window = new WindowedListController(this, {
        count: () => this.count,
        container: () => this.renderRoot.querySelector('ol'),
        estimate: 20,
        initial: 7,
      });
    }
    customElements.define('test-windowed-initial', InitialHost);
    const host = await fixture<InitialHost>(fixtureHtml`<test-windowed-initial></test-windowed-initial>`);
    expect(rendered(host)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
  });

  it('follows the scroll of its scrolling ancestor', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    await settle(host);
    const box = host.renderRoot.querySelector<HTMLElement>('.box')!;
    box.scrollTop = 20 * 2000;
    box.dispatchEvent(new Event('scroll'));
    await settle(host);
    const indexes = rendered(host);
    expect(indexes).to.include(2000);
    expect(indexes).to.include(2009);
    expect(indexes).not.to.include(0);
    expect(indexes.length).to.be.below(30);
    expect(host.window.firstVisible).to.equal(2000);
  });

  it('keeps the focused entry rendered when the reader scrolls it out of view, up to 50 entries away; farther, the focus goes to the first entry in view', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    await settle(host);
    const box = host.renderRoot.querySelector<HTMLElement>('.box')!;
    const focusedIndex = () => (host.shadowRoot!.activeElement as HTMLElement | null)?.dataset['index'];
    host.renderRoot.querySelector<HTMLElement>('[data-index="2"]')!.focus();
    expect(focusedIndex()).to.equal('2');
    // 40 entries down: entry 2 is far out of the overscan, yet stays, focused, with those between.
    box.scrollTop = 20 * 42;
    box.dispatchEvent(new Event('scroll'));
    await settle(host);
    expect(rendered(host)).to.include(2);
    expect(focusedIndex()).to.equal('2');
    expect(rendered(host).length).to.be.below(70);
    // 2,000 entries down: it goes; the focus is on the first entry in view, not on the page.
    box.scrollTop = 20 * 2000;
    box.dispatchEvent(new Event('scroll'));
    await settle(host);
    expect(rendered(host)).not.to.include(2);
    expect(rendered(host).length).to.be.below(30);
    expect(focusedIndex()).to.equal('2000');
    // Without focus in the list, scrolling moves nothing but the window.
    (host.shadowRoot!.activeElement as HTMLElement).blur();
    box.scrollTop = 0;
    box.dispatchEvent(new Event('scroll'));
    await settle(host);
    expect(host.shadowRoot!.activeElement).to.equal(null);
    expect(rendered(host)[0]).to.equal(0);
  });

  it('reveals an entry far away so it can be focused', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    await settle(host);
    await host.window.reveal(4321);
    const li = host.renderRoot.querySelector<HTMLElement>('[data-index="4321"]');
    expect(li, 'entry 4322 rendered').to.exist;
    li!.focus();
    expect(host.shadowRoot!.activeElement).to.equal(li);
    const box = host.renderRoot.querySelector<HTMLElement>('.box')!.getBoundingClientRect();
    const at = li!.getBoundingClientRect();
    expect(at.top).to.be.at.least(box.top - 1);
    expect(at.bottom).to.be.at.most(box.bottom + 1);
    // Out of range asks are clamped to the last entry.
    await host.window.reveal(99999);
    expect(host.renderRoot.querySelector('[data-index="4999"]')).to.exist;
  });

  it('keeps the heights measured far down the list, and those below a new count when the list shrinks', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    for (let i = 4000; i <= 4010; i++) host.tall.add(i);
    await settle(host);
    await host.window.reveal(4005);
    await settle(host);
    const height = () => host.renderRoot.querySelector('ol')!.getBoundingClientRect().height;
    // The eleven tall entries were rendered around 4005 and measured at 60 px instead of 20.
    expect(height()).to.equal(5000 * 20 + 11 * 40);
    host.count = 4500;
    host.requestUpdate();
    await settle(host);
    expect(height()).to.equal(4500 * 20 + 11 * 40);
  });

  it('renders every entry in "all" mode and while printing', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    host.count = 300;
    host.window.all = true;
    await settle(host);
    expect(rendered(host).length).to.equal(300);
    host.window.all = false;
    await settle(host);
    expect(rendered(host).length).to.be.below(30);
    window.dispatchEvent(new Event('beforeprint'));
    await host.updateComplete;
    expect(rendered(host).length).to.equal(300);
    window.dispatchEvent(new Event('afterprint'));
    await settle(host);
    expect(rendered(host).length).to.be.below(30);
  });

  it('replaces estimates with measured heights', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    host.tall = new Set([0, 1, 2]);
    host.requestUpdate();
    await settle(host);
    expect(host.window.offsetOf(3)).to.equal(180);
    expect(host.window.indexAt(170)).to.equal(2);
    const ol = host.renderRoot.querySelector('ol')!;
    expect(ol.getBoundingClientRect().height).to.equal(3 * 60 + 4997 * 20);
  });

  it('reads no height in "all" mode (no forced layout on each update of a short list), and measures once windowed again', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    host.count = 40;
    host.tall = new Set([0, 1, 2]);
    host.window.all = true;
    await settle(host);
    expect(rendered(host).length).to.equal(40);
    // Still the estimates: the 60 px entries were not read.
    expect(host.window.offsetOf(3)).to.equal(60);
    host.window.all = false;
    await settle(host);
    expect(host.window.offsetOf(3)).to.equal(180);
  });

  it('reads no height in the task of a render (no forced layout): the heights come once the browser has laid the entries out', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    await settle(host);
    const getter = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    let reads = 0;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        reads++;
        return getter.get!.call(this);
      },
    });
    try {
      host.tall = new Set([0, 1, 2]);
      host.requestUpdate();
      await host.updateComplete;
      expect(reads, 'heights read during the render').to.equal(0);
      expect(host.window.offsetOf(3)).to.equal(60);
      await settle(host);
      expect(reads).to.be.greaterThan(0);
      expect(host.window.offsetOf(3)).to.equal(180);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', getter);
    }
  });

  it('measures a reused node again under its new index (an unkeyed list), even when its size does not change', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    host.unkeyed = true;
    host.allTall = true;
    host.requestUpdate();
    await settle(host);
    const box = host.renderRoot.querySelector<HTMLElement>('.box')!;
    box.scrollTop = box.scrollHeight / 2;
    box.dispatchEvent(new Event('scroll'));
    await settle(host);
    const [first, second] = rendered(host);
    expect(first).to.be.greaterThan(100);
    expect(host.window.offsetOf(second!) - host.window.offsetOf(first!), 'the first rendered entry measured at 60 px').to.equal(60);
  });

  it('follows a shrinking list', async () => {
    const host = await fixture<WindowedHost>(fixtureHtml`<test-windowed-host></test-windowed-host>`);
    await settle(host);
    host.count = 3;
    host.window.reset();
    await settle(host);
    expect(rendered(host)).to.deep.equal([0, 1, 2]);
    expect(host.window.after).to.equal(0);
  });
});
