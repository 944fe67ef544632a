/**
 * What the component stories share: data sources for each state, and the controls every element has.
 *
 * Every story that renders cityweave elements says what they show once settled, in the parameter
 * `expectState`: `loading`, `empty`, `ready`, or `error:<kind>` with the failure's kind
 * (`error:not-json`, `error:unknown-id`…). The component stories set `ready` on their meta and
 * override it. `scripts/check-stories.mjs` fails a story whose elements show anything else.
 */
import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import type { Atlas } from '../../src/atlas.js';
import { ATLASES, type AtlasName } from './data.js';

/** Served by Storybook from `stories/fixtures/` (`staticDirs`): a page that is HTML, not JSON. */
export const NOT_JSON_SRC = 'fixtures/not-json.json';
/** Served from `stories/fixtures/`: JSON that is not a valid atlas (several issues). */
export const INVALID_SRC = 'fixtures/invalid.json';
/**
 * Not served: the server answers 404. Stories that use it carry the tag `expect-404` (written out:
 * Storybook reads tags statically): Chromium logs the 404 as a console error, which
 * `scripts/check-stories.mjs` accepts for those stories only.
 */
export const MISSING_SRC = 'fixtures/missing.json';
/** The default dataset, fetched (`staticDirs` serves `data/` at `dataset/`), for the stories that show `src` at work. */
export const DEFAULT_SRC = 'dataset/atlas.json';
/** Never answers: the `loading` stories stub `fetch` for this URL (see `neverAnswers`). */
export const NEVER_SRC = 'fixtures/never-answers.json';

/**
 * A `beforeEach` for the loading stories: `fetch` of `NEVER_SRC` returns a promise that never
 * settles, so the element stays in its loading state. Other URLs go through. The real `fetch` is
 * restored when the story is left.
 */
export function neverAnswers(): () => void {
  const previous = window.fetch;
  const stub: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url, document.baseURI).pathname.endsWith(`/${NEVER_SRC}`)) return new Promise<Response>(() => {});
    return previous.call(window, input, init);
  };
  window.fetch = stub;
  return () => {
    if (window.fetch === stub) window.fetch = previous;
  };
}

/** The `atlas` arg: which atlas the story passes as the `atlas` property (none: `src` or the bundled data). */
export type DataArgs = { atlas?: AtlasName | 'none' };

export function atlasOf(args: DataArgs): Atlas | undefined {
  return args.atlas && args.atlas !== 'none' ? ATLASES[args.atlas]() : undefined;
}

/** Controls shared by the data elements and every element. */
export function commonArgTypes(data: boolean): Partial<ArgTypes> {
  const shared: Partial<ArgTypes> = {
    // Set from the toolbar (the wrapper's `lang`/`dir`, and `theme` on the elements).
    lang: { control: false },
    dir: { control: false },
    theme: { control: false, description: 'Colour theme: `light`, `dark` or `auto`. In these stories, the toolbar sets it.' },
  };
  if (!data) return shared;
  return {
    ...shared,
    atlas: {
      control: 'select',
      options: ['none', ...Object.keys(ATLASES)],
      description: 'An `Atlas` from `parseAtlas` (JavaScript only). In these stories: which atlas is passed; `none` uses `src`, else the bundled dataset.',
    },
    src: { control: 'text' },
  };
}

/** The `lang` and `theme` the toolbar chose, for stories that render text of their own. */
export function globalsOf(context: StoryContext): { lang: string; theme: 'light' | 'dark' } {
  const lang = typeof context.globals.lang === 'string' ? context.globals.lang : 'fr';
  return { lang, theme: context.globals.theme === 'dark' ? 'dark' : 'light' };
}
