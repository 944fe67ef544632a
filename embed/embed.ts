/**
 * The iframe embed page's script (dist/cdn/embed.js): builds the one element the query string names,
 * `?el=project-card&project=tanger-accueil&lang=ar&theme=auto`, loads the bundle, and tells the host
 * page its height whenever it changes (embed-resize.ts listens there). Only the element's own
 * attributes (those it observes) are taken from the query string; `lang` goes on <html>, with its
 * direction (or `dir`, when given), so that the page and the element agree.
 */
import { baseLanguage, textDirection, UI_LANGUAGES } from '../src/i18n/text.js';
import { setVisibleBand } from '../components/base/visible-band.js';
import { ELEMENTS, RESIZE, SIZE_REQUEST, VISIBLE, type ResizeMessage } from './protocol.js';

/**
 * The page's language: `lang` from the query string; without it, the reader's first language that
 * the interface speaks (an embed code copied without `lang` is then read in the reader's language,
 * not always in French); else the page's own (French, the dataset's language).
 */
function pageLanguage(params: URLSearchParams): string | undefined {
  const given = params.get('lang');
  if (given && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(given)) return given;
  return navigator.languages?.find((tag) => (UI_LANGUAGES as readonly string[]).includes(baseLanguage(tag)));
}

function show(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

/** Posts the page's height to the host page (any origin: a height is no secret; the host checks ours). */
function postHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  const message: ResizeMessage = { type: RESIZE, height };
  window.parent.postMessage(message, '*');
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const name = params.get('el') ?? '';
  const lang = pageLanguage(params);
  if (lang) document.documentElement.lang = lang;
  // The direction of the language, unless the embed code says which (`dir`, as on every element).
  const dir = params.get('dir');
  document.documentElement.dir = dir === 'ltr' || dir === 'rtl' ? dir : textDirection(document.documentElement.lang);
  new ResizeObserver(postHeight).observe(document.body);
  // The host page asks when its script arrives after our first message.
  addEventListener('message', (e) => {
    if (e.source !== window.parent || window.parent === window) return;
    const data = e.data as { type?: unknown; top?: unknown; bottom?: unknown } | null;
    if (data?.type === SIZE_REQUEST) postHeight();
    // Which part of this page is on the host's screen (see visible-band.ts).
    else if (data?.type === VISIBLE && Number.isFinite(data.top) && Number.isFinite(data.bottom)) {
      const screen = (data as { screen?: unknown }).screen;
      setVisibleBand({ top: data.top as number, bottom: data.bottom as number, ...(typeof screen === 'number' && screen > 0 ? { screen } : {}) });
    }
  });
  if (!ELEMENTS.includes(name)) {
    show(`cityweave embed: el="${name}" is not an element; use one of ${ELEMENTS.join(', ')} (embed.html?el=project-card&project=…).`);
    return;
  }
  const tag = `cw-${name}`;
  // The bundle beside this page, whatever folder it was copied to (a URL, so that no build rewrites it).
  const bundle = (await import(new URL('./cityweave.js', import.meta.url).href)) as { loadElement(tag: string, like?: Element): Promise<void> };
  // A lazy element (the map, the timeline…) is registered on sight, and this one is not in the page
  // until it is registered: its chunk is asked for by name, with its messages and data (what it
  // will read: the page's language, its `src` or `extends`).
  const like = document.createElement('div');
  like.lang = document.documentElement.lang;
  for (const key of ['src', 'extends']) {
    const value = params.get(key);
    if (value !== null) like.setAttribute(key, value);
  }
  await bundle.loadElement(tag, like);
  await customElements.whenDefined(tag);
  const observed: readonly string[] = (customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
  const el = document.createElement(tag);
  for (const [key, value] of params) {
    if (key !== 'el' && key !== 'lang' && key !== 'dir' && observed.includes(key)) el.setAttribute(key, value);
  }
  document.body.append(el);
}

main().catch((e: unknown) => show(`cityweave embed: ${e instanceof Error ? e.message : String(e)}`));
