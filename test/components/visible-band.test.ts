/** The visible band the iframe embed's host sends (components/base/visible-band.ts): where the sticky band sticks, and whether it sticks. */
import { expect } from '@open-wc/testing';
import { setVisibleBand, visibleBand } from '../../components/base/visible-band.js';
import { $ } from './helpers.js';
import { timeline } from './timeline-helpers.js';

describe('the visible band from the iframe embed’s host', () => {
  afterEach(() => setVisibleBand(undefined));

  it('clamps to the window, and sets where a sticky band sticks', () => {
    setVisibleBand({ top: -50, bottom: 1e6 });
    expect(visibleBand()).to.deep.equal({ top: 0, bottom: innerHeight });
    setVisibleBand({ top: 120, bottom: 300 });
    expect(document.documentElement.style.getPropertyValue('--_cw-visible-top')).to.equal('120px');
    setVisibleBand(undefined);
    expect(document.documentElement.style.getPropertyValue('--_cw-visible-top')).to.equal('');
  });

  it('unsticks the timeline’s band when the host’s window is under 30em high, and not otherwise', async () => {
    const el = await timeline({ network: 'rmci' }, { width: 600 });
    const position = () => getComputedStyle($(el, '.overview')!).position;
    setVisibleBand({ top: 0, bottom: 300, screen: 360 });
    expect(document.documentElement.style.getPropertyValue('--_cw-band-position')).to.equal('static');
    expect(position()).to.equal('static');
    setVisibleBand({ top: 0, bottom: 300, screen: 900 });
    expect(document.documentElement.style.getPropertyValue('--_cw-band-position')).to.equal('');
    expect(position()).to.equal('sticky');
  });
});
