import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/sdg-badge/define.js';
import { sdgGoals, sdgTargets } from '../src/index.js';
import { elementMeta } from './support/story.js';

interface Args {
  code: string;
  size: 'small' | 'medium' | 'large';
  link: boolean;
}

const badge = (args: Args) => html`<cw-sdg-badge code=${args.code} size=${args.size} ?link=${args.link}></cw-sdg-badge>`;

// Not a data element: no loading or empty state, only the badge and the error for an unknown code.
const meta = {
  title: 'Components/cw-sdg-badge',
  component: 'cw-sdg-badge',
  tags: ['autodocs'],
  render: badge,
  args: { code: '10.7', size: 'medium', link: false },
  ...elementMeta(
    {
      code: { control: 'text' },
      size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
      link: { control: 'boolean' },
    },
    { data: false },
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A target: the goal's colour, the target's number and the goal's short title. */
export const Target: Story = {};

/** A goal. */
export const Goal: Story = { args: { code: '5' } };

/** `size="small"`: the number only (the full title is the accessible name). */
export const Small: Story = { args: { size: 'small' } };

/** `size="large"`. */
export const Large: Story = { args: { code: '16.b', size: 'large' } };

/** `link`: a link to the UN page of the target. */
export const Link: Story = { args: { link: true } };

/** The 17 goals at each size. */
export const AllGoals: Story = {
  render: (args) => html`<div style="display: grid; gap: 0.75rem">
    ${(['small', 'medium', 'large'] as const).map(
      (size) => html`<div style="display: flex; flex-wrap: wrap; gap: 0.5rem">${sdgGoals().map((g) => badge({ ...args, code: g.code, size }))}</div>`,
    )}
  </div>`,
};

/** Many items: the 169 targets. */
export const AllTargets: Story = {
  render: (args) => html`<div style="display: flex; flex-wrap: wrap; gap: 0.25rem">${sdgTargets().map((t) => badge({ ...args, code: t.code, size: 'small' }))}</div>`,
};

/** In running text, where the badge sits inline. */
export const InText: Story = {
  render: (args) => html`<p style="max-inline-size: 40rem">Le projet contribue à la cible ${badge(args)} et à l’objectif ${badge({ ...args, code: '11', size: 'small' })} des Nations unies.</p>`,
};

/** Error: a code that does not exist, with the one it most likely meant ("did you mean 10.7?"). */
export const UnknownCode: Story = { args: { code: '10.77' }, parameters: { expectState: 'error:unknown-id' } };

/** Error: a goal typed with its prefix (`ODD 05`), read as goal 5 in the suggestion. */
export const MistypedGoal: Story = { args: { code: 'ODD 05' }, parameters: { expectState: 'error:unknown-id' } };
