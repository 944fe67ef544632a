/**
 * Every story: the elements registered, autodocs from `custom-elements.json`, the a11y addon
 * failing on violations, and two toolbar switches: the language (fr, en, ar; the direction follows)
 * and the theme (light, dark).
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../components/index.js';
import { forDocs } from '../stories/support/manifest.js';
import './preview.css';

setCustomElementsManifest(forDocs(manifest));

// Not exported by the framework package (only by `storybook/internal/types`): taken from `Preview`.
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

const LANGUAGES = { fr: 'Français', en: 'English', ar: 'العربية' } as const;
type Lang = keyof typeof LANGUAGES;
type Theme = 'light' | 'dark';

/** Sets `theme` on the story's elements (the ones inside inherit it), once the story has rendered. */
function applyTheme(wrapper: Element | undefined, theme: Theme): void {
  if (!wrapper) return;
  queueMicrotask(() => {
    for (const el of wrapper.querySelectorAll('*')) {
      if (el.localName.startsWith('cw-') && !el.hasAttribute('data-own-theme')) el.setAttribute('theme', theme);
    }
  });
}

/**
 * The story inside a wrapper that carries the language and its direction (`lang`, `dir`) and the
 * theme's background: the elements read `lang`/`dir` from their nearest ancestor, like on a page.
 */
const withLanguageAndTheme: Decorator = (story, context) => {
  const lang: Lang = context.globals.lang in LANGUAGES ? context.globals.lang : 'fr';
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return html`<div class="cw-story" lang=${lang} dir=${dir} data-theme=${theme} ${ref((el) => applyTheme(el, theme))}>${story()}</div>`;
};

/**
 * Parts, CSS properties, events and the properties a story does not give a control of its own
 * (most are read-only: `state`, `failure`) are documentation rows, not controls.
 */
const documentationOnly: ArgTypesEnhancer = ({ argTypes }) => {
  const out = { ...argTypes };
  for (const [name, argType] of Object.entries(out)) {
    const category = argType.table?.category;
    const docsOnly = category === 'css shadow parts' || category === 'css custom properties' || category === 'events' || (category === 'properties' && argType.control === undefined);
    if (docsOnly) out[name] = { ...argType, control: false };
  }
  return out;
};

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  argTypesEnhancers: [documentationOnly],
  globalTypes: {
    lang: {
      description: 'Language of the page (the direction follows: right to left in Arabic)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, title]) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Violations fail the story's test (the a11y addon, in Storybook's test runs).
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: false },
  },
};

export default preview;
