import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/roadmap-timeline/define.js';
import { ITEM_KINDS } from '../src/index.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  roadmap?: string;
  network?: string;
  /** A city's entries across every network (when neither roadmap nor network is set). */
  city?: string;
  today?: string;
  'time-direction'?: 'ltr' | 'rtl' | '';
  'filter-kind': string;
  'filter-city': string;
  selected: string;
}

const meta = {
  title: 'Components/cw-roadmap-timeline',
  component: 'cw-roadmap-timeline',
  tags: ['autodocs'],
  render: (args) => html`<cw-roadmap-timeline
    roadmap=${ifDefined(args.roadmap || undefined)}
    network=${ifDefined(args.network || undefined)}
    city=${ifDefined(args.city || undefined)}
    today=${ifDefined(args.today || undefined)}
    time-direction=${ifDefined(args['time-direction'] || undefined)}
    heading-level=${args['heading-level']}
    href-template=${ifDefined(args['href-template'] || undefined)}
    ?structured-data=${args['structured-data']}
    filter-kind=${args['filter-kind']}
    filter-city=${args['filter-city']}
    selected=${args.selected}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    @cw-select=${args.onCwSelect}
    @cw-error=${args.onCwError}
  ></cw-roadmap-timeline>`,
  // A fixed "today", so the marker does not move from one day to the next.
  args: {
    atlas: 'default data',
    roadmap: 'rmci-action-plan-2019-2020',
    today: '2019-06-15',
    'heading-level': 2,
    'structured-data': false,
    'filter-kind': '',
    'filter-city': '',
    selected: '',
  },
  ...elementMeta(
    {
      roadmap: { control: 'text' },
      network: { control: 'text' },
      today: { control: 'text' },
      // The empty option needs a label: a radio button with no text has no accessible name.
      'time-direction': { control: { type: 'inline-radio', labels: { '': 'auto' } }, options: ['', 'ltr', 'rtl'] },
      'filter-kind': { control: { type: 'select', labels: { '': 'all' } }, options: ['', ...ITEM_KINDS] },
      'filter-city': { control: 'text' },
      selected: { control: 'text' },
    },
    { data: true },
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

/** Loaded: a roadmap's items, with dates at the precision of the source. */
export const Roadmap: Story = {};

/** A network's events and roadmap items together (dates with no year go last). */
export const Network: Story = { args: { roadmap: undefined, network: 'mc2cm', today: '2017-06-01' } };

/** `time-direction="ltr"`: later to the right, even in right-to-left text (switch the toolbar to Arabic). */
/** One city's timeline across every network, no network given (for a city profile). */
export const CityScope: Story = { args: { roadmap: undefined, network: undefined, city: 'tanger-ma', today: '2019-06-15' } };

export const TimeLeftToRight: Story = { args: { 'time-direction': 'ltr' } };

/** `time-direction="rtl"`: later to the left, even in left-to-right text. */
export const TimeRightToLeft: Story = { args: { 'time-direction': 'rtl' } };

/** Filtered by kind (`filter-kind`). */
export const FilteredByKind: Story = { args: { 'filter-kind': 'workshop' } };

/** `selected`: one entry's details shown. */
export const Selected: Story = { args: { selected: 'rmci-2019-anti-rumour-campaign' } };

/** Narrow: in a narrow container the entries form a vertical list. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 24rem">${meta.render(args)}</div>`,
};

/** Empty: a network with no roadmap and no events. */
export const Empty: Story = { args: { atlas: 'empty', roadmap: undefined, network: 'empty-network' }, parameters: { expectState: 'empty' } };

/** Long content: long titles, a long description, many cities and partners. */
export const LongContent: Story = { args: { atlas: 'long content', roadmap: 'long-roadmap', selected: 'long-item', today: '2019-12-01' } };

/** Many items: 300 generated roadmap items over 16 years, rendered progressively. */
export const ManyItems: Story = { args: { atlas: 'many items', roadmap: 'many-roadmap', today: '2020-01-01' } };

/** From `src`: the default dataset fetched as JSON. */
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives (this story stubs `fetch`). */
export const Loading: Story = states.loading;

/** Error: an unknown roadmap id, with suggestions. */
export const UnknownRoadmap: Story = { args: { roadmap: 'rmci-action-plan-2019' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached (404). */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = states.invalidData;
