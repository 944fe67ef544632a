import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/project-list/define.js';
import type { ProjectListFilters } from '../src/index.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  network?: string;
  city?: string;
  'sync-url': boolean;
  'url-prefix': string;
  'chunk-size': number;
  filters?: ProjectListFilters;
  onCwFilterChange?: (e: Event) => void;
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
  ...elementMeta(
    {
      network: { control: 'text' },
      city: { control: 'text' },
      'sync-url': { control: 'boolean' },
      'url-prefix': { control: 'text' },
      'chunk-size': { control: { type: 'number', min: 1, max: 200 } },
      filters: { control: 'object' },
    },
    { data: true },
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

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
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives (this story stubs `fetch`). */
export const Loading: Story = states.loading;

/** Error: an unknown network id, with suggestions. */
export const UnknownNetwork: Story = { args: { network: 'mc2c' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached (404). */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = states.invalidData;
