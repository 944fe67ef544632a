// <bench-list>: N entries through @lit-labs/virtualizer's <lit-virtualizer> (the page scrolls, as with ours).
import { LitElement, html } from 'lit';
import '@lit-labs/virtualizer';
import { entries, entryTemplate, listStyles, type Entry } from './entries.js';

class VirtualizedList extends LitElement {
  static override styles = listStyles;
  items: Entry[] = entries(Number(new URLSearchParams(location.search).get('n') || 100));

  override render() {
    const n = this.items.length;
    return html`<lit-virtualizer role="list" .items=${this.items} .renderItem=${(e: Entry, i: number) => entryTemplate(e, i, n, 'div')}></lit-virtualizer>`;
  }
}
customElements.define('bench-list', VirtualizedList);
