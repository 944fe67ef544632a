// <bench-list>: N entries through cityweave's WindowedListController (components/base/windowed-list.ts).
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { WindowedListController } from '../../components/base/windowed-list.js';
import { entries, entryTemplate, listStyles, type Entry } from './entries.js';

class OwnList extends LitElement {
  static override styles = listStyles;
  items: Entry[] = entries(Number(new URLSearchParams(location.search).get('n') || 100));
  readonly #window = new WindowedListController(this, {
    count: () => this.items.length,
    container: () => this.renderRoot.querySelector('ol'),
    estimate: 110,
  });

  override render() {
    const { start, end, before, after } = this.#window;
    const n = this.items.length;
    return html`<ol>
      <li aria-hidden="true" style="height:${before}px"></li>
      ${repeat(this.items.slice(start, end), (e) => e.id, (e, k) => entryTemplate(e, start + k, n, 'li'))}
      <li aria-hidden="true" style="height:${after}px"></li>
    </ol>`;
  }
}
customElements.define('bench-list', OwnList);
