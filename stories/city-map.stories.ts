import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/city-map/define.js';
import { atlasOf, elementMeta, dataStateStories, type DataArgs } from './support/story.js';

interface Args extends DataArgs {
  network?: string;
  project?: string;
  cities?: string;
  show: 'both' | 'map' | 'list';
  selected?: string;
  'cluster-radius': number;
}

const meta = {
  title: 'Components/cw-city-map',
  component: 'cw-city-map',
  tags: ['autodocs'],
  render: (args) => html`<cw-city-map
    network=${ifDefined(args.network || undefined)}
    project=${ifDefined(args.project || undefined)}
    cities=${ifDefined(args.cities || undefined)}
    show=${args.show}
    selected=${ifDefined(args.selected || undefined)}
    heading-level=${args['heading-level']}
    href-template=${ifDefined(args['href-template'] || undefined)}
    ?structured-data=${args['structured-data']}
    cluster-radius=${args['cluster-radius']}
    src=${ifDefined(args.src || undefined)}
    .atlas=${atlasOf(args)}
    @cw-select=${args.onCwSelect}
    @cw-error=${args.onCwError}
  ></cw-city-map>`,
  args: { atlas: 'default data', network: 'mc2cm', show: 'both', 'heading-level': 2, 'structured-data': false, 'cluster-radius': 28 },
  ...elementMeta(
    {
      network: { control: 'text' },
      project: { control: 'text' },
      cities: { control: 'text' },
      show: { control: 'inline-radio', options: ['both', 'map', 'list'] },
      selected: { control: 'text' },
      'cluster-radius': { control: { type: 'range', min: 0, max: 80, step: 2 } },
    },
    { data: true },
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;
const states = dataStateStories<Args>();

/** Loaded: a network's member cities, on the map and in the list grouped by country. */
export const Network: Story = {};

/** The cities of a project, with their roles in it. */
export const Project: Story = { args: { network: undefined, project: 'eriger-vivre-ensemble' } };

/** One city's own map (`cities="tanger-ma"`): each of its networks with its roles there. */
export const OneCity: Story = { args: { network: undefined, cities: 'tanger-ma' } };

/** Roles by marker shape, explained by the legend: the Arab coalition's lead city and coordinators. */
export const RolesAndLegend: Story = { args: { network: 'arab-coalition' } };

/** A list of city ids. */
export const Cities: Story = { args: { network: undefined, cities: 'tanger-ma, sfax-tn, beirut-lb, amman-jo, ramallah-ps' } };

/** `show="map"`: the map, with the list one click away in a disclosure. */
export const MapOnly: Story = { args: { show: 'map' } };

/** `show="list"`: the list alone. */
export const ListOnly: Story = { args: { show: 'list' } };

/** `selected`: one city highlighted on the map and in the list. */
export const Selected: Story = { args: { selected: 'tanger-ma' } };

/** `href-template`: each city's name links to the host site; a button shows it on the map. */
export const CityLinks: Story = { args: { 'href-template': '/fr/villes/{id}' } };

/** Phone width: the Moroccan network's cities a short trip apart merge, and each cluster is named beside its badge ("Tanger et Chefchaouen"). */
export const PhoneWidth: Story = {
  args: { network: 'rmci' },
  render: (args) => html`<div style="max-inline-size: 22.5rem">${meta.render(args)}</div>`,
};

/** `cluster-radius="0"`: no clusters, every marker on its own. */
export const NoClusters: Story = { args: { network: 'rmci', 'cluster-radius': 0 } };

/** Empty: a network with no member cities. */
export const Empty: Story = { args: { atlas: 'empty', network: 'empty-network' }, parameters: { expectState: 'empty' } };

/** Long content: long city names and a long network name. */
export const LongContent: Story = { args: { atlas: 'long content', network: 'long-network' } };

/** Many items: 300 generated cities, clustered on the map; the list is rendered progressively. */
export const ManyItems: Story = { args: { atlas: 'many items', network: 'many-network' } };

/** From `src`: the default dataset fetched as JSON. */
export const FromSrc: Story = states.fromSrc;

/** Loading: the data at `src` never arrives (this story stubs `fetch`). */
export const Loading: Story = states.loading;

/** Error: an unknown network id, with suggestions. */
export const UnknownNetwork: Story = { args: { network: 'icar' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: `src` cannot be reached (404). */
export const Unreachable: Story = { ...states.unreachable, tags: ['expect-404'] };

/** Error: `src` answers with a web page, not JSON. */
export const NotJson: Story = states.notJson;

/** Error: `src` is JSON but not a valid atlas. */
export const InvalidData: Story = states.invalidData;
