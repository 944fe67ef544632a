import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/project-list/define.js';
import type { ProjectListFilters } from '../src/views/project-list.js';
import { atlasOf, commonArgTypes, DEFAULT_SRC, INVALID_SRC, MISSING_SRC, NEVER_SRC, neverAnswers, NOT_JSON_SRC, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  network?: string;
  city?: string;
  'heading-level': number;
  'href-template'?: string;
  'structured-data': boolean;
  'sync-url': boolean;
  'url-prefix': string;
  'chunk-size': number;
  src?: string;
  filters?: ProjectListFilters;
  onCwSelect?: (e: Event) => void;
  onCwFilterChange?: (e: Event) => void;
  onCwError?: (e: Event) => void;
}

const meta = {
  title: 'Components/cw-project-list',
  component: 'cw-project-list',
  tags: ['autodocs'],
  render: (args) => html`<cw-project-list
    network=${ifDefined(args.network || undefined)}
    city=${ifDefined(args.city || undefined)}
    heading-level=${args['heading-level']}
    href-template=${ifDefined(args['href-template'] || undefined)}
    ?structured-data=${args['structured-data']}
    ?sync-url=${args['sync-url']}
    url-prefix=${args['url-prefix']}
    chunk-size=${args['chunk-size']}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    .filters=${args.filters ?? {}}
    @cw-select=${args.onCwSelect}
    @cw-filter-change=${args.onCwFilterChange}
    @cw-error=${args.onCwError}
  ></cw-project-list>`,
  // Level 2: in the docs page the list follows the page's h1.
  args: { atlas: 'default data', network: 'mc2cm', 'heading-level': 2, 'structured-data': false, 'sync-url': false, 'url-prefix': 'cw-', 'chunk-size': 20 },
  argTypes: {
    network: { control: 'text' },
    city: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'href-template': { control: 'text' },
    'structured-data': { control: 'boolean' },
    'sync-url': { control: 'boolean' },
    'url-prefix': { control: 'text' },
    'chunk-size': { control: { type: 'number', min: 1, max: 200 } },
    filters: { control: 'object' },
    ...commonArgTypes(true),
  },
  parameters: { expectState: 'ready' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Loaded: the projects of a network in the default dataset, with the filters. */
export const Network: Story = {};

/** The projects a city takes part in. */
export const City: Story = { args: { network: undefined, city: 'tanger-ma' } };

/** Filters set by the page (`filters` property): one SDG goal. */
export const Filtered: Story = { args: { filters: { sdg: '10' } } };

/** Filters that match nothing: the "no results" block, with a button to clear them. */
export const NoResults: Story = { args: { filters: { text: 'aucun projet ne contient ces mots' } } };

/** `href-template`: the cards' titles link to the host site. */
export const TitleLinks: Story = { args: { 'href-template': '/fr/projets/{id}' } };

/** Empty: a network with no projects. */
export const Empty: Story = { args: { atlas: 'empty', network: 'empty-network' }, parameters: { expectState: 'empty' } };

/** Long content: a project with long texts in a network with a long name. */
export const LongContent: Story = { args: { atlas: 'long content', network: 'long-network' } };

/** Many items: 500 generated projects, rendered 20 at a time as the reader scrolls. */
export const ManyItems: Story = { args: { atlas: 'many items', network: 'many-network' } };

/** From `src`: the default dataset fetched as JSON. */
export const FromSrc: Story = { args: { atlas: 'none', src: DEFAULT_SRC } };

/** Loading: the data at `src` never arrives (this story stubs `fetch`). */
export const Loading: Story = { args: { atlas: 'none', src: NEVER_SRC }, beforeEach: neverAnswers, parameters: { expectState: 'loading' } };

/** Error: an unknown network id, with suggestions. */
export const UnknownNetwork: Story = { args: { network: 'mc2c' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached (404). */
export const Unreachable: Story = { args: { atlas: 'none', src: MISSING_SRC }, tags: ['expect-404'], parameters: { expectState: 'error:unreachable' } };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = { args: { atlas: 'none', src: NOT_JSON_SRC }, parameters: { expectState: 'error:not-json' } };

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = { args: { atlas: 'none', src: INVALID_SRC }, parameters: { expectState: 'error:invalid' } };
