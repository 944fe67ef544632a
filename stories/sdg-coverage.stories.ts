import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/sdg-coverage/define.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  network?: string;
  compact: boolean;
}

const meta = {
  title: 'Components/cw-sdg-coverage',
  component: 'cw-sdg-coverage',
  tags: ['autodocs'],
  render: (args) => html`<cw-sdg-coverage
    network=${ifDefined(args.network)}
    ?compact=${args.compact}
    heading-level=${args['heading-level']}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    @cw-error=${args.onCwError}
  ></cw-sdg-coverage>`,
  args: { atlas: 'default data', network: 'mc2cm', compact: false, 'heading-level': 2 },
  ...elementMeta({ network: { control: 'text' }, compact: { control: 'boolean' } }, { data: true }),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

/** Loaded: MC2CM's 15 actions × SDG targets, and its policy recommendations × goals. */
export const Matrix: Story = {};

/** `compact`: one bar per goal (what narrow widths get on their own). */
export const Compact: Story = { args: { compact: true } };

/** From `src`: the default dataset fetched as JSON. */
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives. */
export const Loading: Story = states.loading;

/** Error: an unknown network id, with the closest ids as suggestions. */
export const UnknownNetwork: Story = { args: { network: 'mc2c' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached. */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = states.invalidData;
