import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/event/define.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  event?: string;
}

const meta = {
  title: 'Components/cw-event',
  component: 'cw-event',
  tags: ['autodocs'],
  render: (args) => html`<cw-event
    event=${ifDefined(args.event)}
    heading-level=${args['heading-level']}
    ?structured-data=${args['structured-data']}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    @cw-error=${args.onCwError}
  ></cw-event>`,
  args: { atlas: 'default data', event: 'arab-coalition-rabat-2018', 'heading-level': 2, 'structured-data': false },
  ...elementMeta({ event: { control: 'text' } }, { data: true }),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

/** Loaded: the Rabat meeting of 5 April 2018, its programme as a schedule and a calendar file. */
export const WithProgramme: Story = {};

/** A round table whose year the source does not give: no calendar file, and the note says why; the two mayors and what the article reports they said. */
export const YearUnknown: Story = { args: { event: 'strong-cities-tanger-roundtable' } };

/** A conference announced for two days, organised by the mayor of Beirut. */
export const Conference: Story = { args: { event: 'mc2cm-beirut-conference-2017' } };

/** From `src`: the default dataset fetched as JSON. */
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives. */
export const Loading: Story = states.loading;

/** Error: an unknown event id, with the closest ids as suggestions. */
export const UnknownEvent: Story = { args: { event: 'arab-coalition-rabat-2019' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached. */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = states.invalidData;
