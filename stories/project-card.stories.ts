import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/project-card/define.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  project?: string;
  variant: 'full' | 'compact';
  selectable: boolean;
  expanded: boolean;
}

const meta = {
  title: 'Components/cw-project-card',
  component: 'cw-project-card',
  tags: ['autodocs'],
  render: (args) => html`<cw-project-card
    project=${ifDefined(args.project)}
    variant=${args.variant}
    heading-level=${args['heading-level']}
    href-template=${ifDefined(args['href-template'] || undefined)}
    ?structured-data=${args['structured-data']}
    ?selectable=${args.selectable}
    ?expanded=${args.expanded}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    @cw-select=${args.onCwSelect}
    @cw-error=${args.onCwError}
  ></cw-project-card>`,
  // Level 2: in the docs page the card follows the page's h1.
  args: { atlas: 'default data', project: 'tanger-accueil', variant: 'full', 'heading-level': 2, 'structured-data': false, selectable: false, expanded: false },
  ...elementMeta(
    {
      project: { control: 'text' },
      variant: { control: 'inline-radio', options: ['full', 'compact'] },
      selectable: { control: 'boolean' },
      expanded: { control: 'boolean' },
    },
    { data: true },
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

/** Loaded: a project of the default dataset, every section. */
export const Full: Story = {};

/** A project whose data records a correction of its source (a wrong SDG code). */
export const WithCorrections: Story = { args: { project: 'gouvernance-interculturalite' } };

/** `variant="compact"`: header, cities, SDG badges and policy labels, as in a list. */
export const Compact: Story = { args: { variant: 'compact' } };

/** `selectable` and `expanded`: a compact card in a list, opened by its title button. */
export const CompactExpanded: Story = { args: { variant: 'compact', selectable: true, expanded: true } };

/** `href-template`: the title links to the host site's page for the project. */
export const TitleLink: Story = { args: { 'href-template': '/fr/projets/{id}', variant: 'compact' } };

/** Long content: 40 activities, 25 results, 12 SDG targets, long titles (the lists collapse behind "show all"). */
export const LongContent: Story = { args: { atlas: 'long content', project: 'long-project' } };

/** Many items: one project of a generated atlas of 500. */
export const FromManyItems: Story = { args: { atlas: 'many items', project: 'project-250' } };

/** From `src`: the default dataset fetched as JSON (works from attributes alone). */
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives (this story stubs `fetch`): the placeholder keeps the card's size. */
export const Loading: Story = states.loading;

/** Error: an unknown project id, with the closest ids as suggestions. */
export const UnknownProject: Story = { args: { project: 'tanger-acceuil' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached (the server answers 404). */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas (the issues are in the console). */
export const InvalidData: Story = states.invalidData;
