import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/city-profile/define.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  city?: string;
  'href-template'?: string;
}

const meta = {
  title: 'Components/cw-city-profile',
  component: 'cw-city-profile',
  tags: ['autodocs'],
  render: (args) => html`<cw-city-profile
    city=${ifDefined(args.city)}
    href-template=${ifDefined(args['href-template'] || undefined)}
    heading-level=${args['heading-level']}
    ?structured-data=${args['structured-data']}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    @cw-error=${args.onCwError}
  ></cw-city-profile>`,
  args: { atlas: 'default data', city: 'tanger-ma', 'heading-level': 2, 'structured-data': false },
  ...elementMeta({ city: { control: 'text' }, 'href-template': { control: 'text' } }, { data: true }),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

/** Loaded: Tangier, seat of the Moroccan network, partner of Strong Cities, pilot and participant of MC2CM. */
export const Tangier: Story = {};

/** Rabat: its mayor co-chairs the Strong Cities international steering committee. */
export const Rabat: Story = { args: { city: 'rabat-ma' } };

/** Barcelona: named only as an example to learn from, in one roadmap item. */
export const NamedAsExample: Story = { args: { city: 'barcelona-es' } };

/** From `src`: the default dataset fetched as JSON. */
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives. */
export const Loading: Story = states.loading;

/** Error: an unknown city id, with the closest ids as suggestions. */
export const UnknownCity: Story = { args: { city: 'tangier-ma' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached. */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = states.invalidData;
