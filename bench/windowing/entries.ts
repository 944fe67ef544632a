// The entries both list variants render (bench/windowing.mjs): N timeline-like entries of about
// 110 px (a title, a date, a kind, cities), with their place in the list for screen readers.
import { css, html, type TemplateResult } from 'lit';

export interface Entry {
  id: string;
  title: string;
  date: string;
  kind: string;
  cities: string;
}

const KINDS = ['atelier', 'réunion', 'étude', 'campagne', 'formation'];
const CITIES = ['Tanger', 'Rabat', 'Oujda', 'Sfax', 'Tunis', 'Beyrouth', 'Amman', 'Lyon'];

export function entries(n: number): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `item-${i}`,
    title: `Action ${i + 1} : échanges entre villes sur l’accueil des personnes migrantes`,
    date: `${1 + (i % 28)} avril ${2015 + (i % 10)}`,
    kind: KINDS[i % KINDS.length]!,
    cities: `${CITIES[i % CITIES.length]}, ${CITIES[(i + 3) % CITIES.length]}`,
  }));
}

/** One entry; `tag` is `li` in an `<ol>`, `div` with role listitem where the virtualizer owns the children. */
export function entryTemplate(e: Entry, index: number, count: number, tag: 'li' | 'div'): TemplateResult {
  const body = html`<h3>${e.title}</h3>
    <p class="meta"><time>${e.date}</time> <span class="kind">${e.kind}</span></p>
    <p class="cities">${e.cities}</p>`;
  return tag === 'li'
    ? html`<li class="entry" data-index=${index} aria-posinset=${index + 1} aria-setsize=${count}>${body}</li>`
    : html`<div class="entry" role="listitem" data-index=${index} aria-posinset=${index + 1} aria-setsize=${count}>${body}</div>`;
}

export const listStyles = css`
  :host { display: block; font: 16px/1.4 sans-serif; }
  ol, lit-virtualizer { margin: 0; padding: 0; list-style: none; }
  .entry { box-sizing: border-box; width: 100%; padding: 8px 12px; border-bottom: 1px solid #ccc; }
  h3 { margin: 0 0 4px; font-size: 1rem; }
  p { margin: 0; }
  .kind { border: 1px solid #888; border-radius: 8px; padding: 0 6px; }
`;
