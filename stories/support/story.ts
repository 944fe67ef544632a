/**
 * What the component stories share: data sources for each state, the stories of the states every
 * data element has, and the controls every element has.
 *
 * Every story that renders cityweave elements says what they show once settled, in the parameter
 * `expectState`: `loading`, `empty`, `ready`, or `error:<kind>` with the failure's kind
 * (`error:not-json`, `error:unknown-id`…). The component stories set `ready` on their meta
 * (`elementMeta`) and override it. `scripts/check-stories.mjs` fails a story whose elements show
 * anything else.
 */
import type { ArgTypes, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { Atlas } from '../../src/index.js';
import { ATLASES, type AtlasName } from './data.js';

/** Served by Storybook from `stories/fixtures/` (`staticDirs`): a page that is HTML, not JSON. */
const NOT_JSON_SRC = 'fixtures/not-json.json';
/** Served from `stories/fixtures/`: JSON that is not a valid atlas (several issues). */
const INVALID_SRC = 'fixtures/invalid.json';
/**
 * Not served: the server answers 404. Stories that use it carry the tag `expect-404` (written out:
 * Storybook reads tags statically): Chromium logs the 404 as a console error, which
 * `scripts/check-stories.mjs` accepts for those stories only.
 */
const MISSING_SRC = 'fixtures/missing.json';
/** The default dataset, fetched (`staticDirs` serves `data/` at `dataset/`), for the stories that show `src` at work. */
const DEFAULT_SRC = 'dataset/atlas.json';
/** Never answers: the `loading` stories stub `fetch` for this URL (see `neverAnswers`). */
const NEVER_SRC = 'fixtures/never-answers.json';

/**
 * A `beforeEach` for the loading stories: `fetch` of `NEVER_SRC` returns a promise that never
 * settles, so the element stays in its loading state. Other URLs go through. The real `fetch` is
 * restored when the story is left.
 */
function neverAnswers(): () => void {
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

/** The args of every data element: its common attributes and events, and `atlas`. */
export interface DataArgs {
  /** Which atlas the story passes as the `atlas` property (none: `src` or the bundled data). */
  atlas?: AtlasName | 'none';
  src?: string;
  'heading-level': number;
  'href-template'?: string;
  'structured-data': boolean;
  onCwSelect?: (e: Event) => void;
  onCwError?: (e: Event) => void;
}

/** The atlas the `atlas` arg names, for the element's `atlas` property. */
export function atlasOf(args: Pick<DataArgs, 'atlas'>): Atlas | undefined {
  return args.atlas && args.atlas !== 'none' ? ATLASES[args.atlas]() : undefined;
}

/**
 * The stories every data element has, whatever it shows: the data fetched from `src`, and the
 * states of `src` (loading, and the errors it can cause). A stories file exports each under its own
 * name (`export const Loading: Story = states.loading;`): Storybook's indexer finds a story only as
 * a named export of the file. It reads the tags there too, from the export's object literal, so
 * `Unreachable` is exported as `{ ...states.unreachable, tags: ['expect-404'] }`.
 *
 * A new set of objects per call: Storybook's docs plugin assigns each exported story its
 * `parameters` (its description and source), which two files must not share.
 */
export function dataStateStories<Args extends DataArgs>(): Record<'fromSrc' | 'loading' | 'unreachable' | 'notJson' | 'invalidData', StoryObj<Args>> {
  const withSrc = (src: string, expectState?: string): StoryObj<Args> => ({
    args: { atlas: 'none', src } as Partial<Args>,
    ...(expectState ? { parameters: { expectState } } : {}),
  });
  return {
    // Shows the data: the meta's `expectState` (`ready`) holds.
    fromSrc: withSrc(DEFAULT_SRC),
    loading: { ...withSrc(NEVER_SRC, 'loading'), beforeEach: neverAnswers },
    unreachable: withSrc(MISSING_SRC, 'error:unreachable'),
    notJson: withSrc(NOT_JSON_SRC, 'error:not-json'),
    invalidData: withSrc(INVALID_SRC, 'error:invalid'),
  };
}

/**
 * What the meta of every element's stories shares: its own controls followed by the common ones,
 * and `expectState: 'ready'` (the stories of the other states override it).
 */
export function elementMeta(argTypes: Partial<ArgTypes>, options: { data: boolean }): { argTypes: Partial<ArgTypes>; parameters: { expectState: string } } {
  return { argTypes: { ...argTypes, ...commonArgTypes(options.data) }, parameters: { expectState: 'ready' } };
}

/** Controls shared by the data elements and every element. */
function commonArgTypes(data: boolean): Partial<ArgTypes> {
  const shared: Partial<ArgTypes> = {
    // Set from the toolbar (the wrapper's `lang`/`dir`, and `theme` on the elements).
    lang: { control: false },
    dir: { control: false },
    theme: { control: false, description: 'Colour theme: `light`, `dark` or `auto`. In these stories, the toolbar sets it.' },
  };
  if (!data) return shared;
  return {
    ...shared,
    // Attributes every data element has.
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'href-template': { control: 'text' },
    'structured-data': { control: 'boolean' },
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
