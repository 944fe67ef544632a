import { expect } from '@open-wc/testing';
import '../../components/roadmap-timeline/define.js';
import '../../components/sdg-badge/define.js';
import '../../components/city-map/define.js';
import type { CwErrorDetail } from '../../components/base/states.js';
import { attach, captureWarnings, element, loaded } from './helpers.js';

/** Mounts `tag` with `attrs` (and `props` set before it updates); returns its first cw-error detail and the console warnings meanwhile. */
async function failing(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}): Promise<{ detail: CwErrorDetail; warnings: string[] }> {
  const warnings = captureWarnings();
  try {
    const el = element<HTMLElement & { state: string; updateComplete: Promise<unknown> }>(tag, attrs);
    Object.assign(el, props);
    const fired = new Promise<CwErrorDetail>((resolve) => el.addEventListener('cw-error', (e) => resolve((e as CustomEvent<CwErrorDetail>).detail), { once: true }));
    attach(el);
    await loaded(el);
    expect(el.state).to.equal('error');
    return { detail: await fired, warnings: [...warnings.messages] };
  } finally {
    warnings.restore();
  }
}

describe('errors that name the element, the attribute and what was expected', () => {
  it('an unknown id: its kind and attribute in the event, and the console says where and what to write', async () => {
    const { detail, warnings } = await failing('cw-roadmap-timeline', { network: 'rmcii', lang: 'fr' });
    expect(detail.kind).to.equal('unknown-id');
    expect(detail.subject).to.equal('network');
    expect(detail.attribute).to.equal('network');
    expect(detail.suggestions).to.include('rmci');
    // On the page too, in the page's language: what was looked for.
    expect(detail.message).to.equal('Les données ne comptent aucun réseau d’identifiant «\u00a0rmcii\u00a0». Vouliez-vous dire rmci\u202f?');
    const warning = warnings.find((w) => w.includes('rmcii')) ?? '';
    expect(warning).to.contain('<cw-roadmap-timeline network="rmcii">');
    expect(warning).to.contain('the data has no network "rmcii"');
    expect(warning).to.contain('Did you mean "rmci"');
  });

  it('a map: a city of its list is named by the attribute `cities`', async () => {
    const { detail, warnings } = await failing('cw-city-map', { cities: 'tanger-ma tetuan-ma' });
    expect(detail.subject).to.equal('city');
    expect(detail.attribute).to.equal('cities');
    expect(detail.message).to.match(/^The data has no city with the id “tetuan-ma”\./);
    expect(warnings.join('\n')).to.contain('<cw-city-map cities="tanger-ma tetuan-ma">: the data has no city "tetuan-ma". Did you mean "tetouan-ma"');
  });

  it('an id with nothing close: the console says what the attribute takes', async () => {
    const { detail, warnings } = await failing('cw-roadmap-timeline', { roadmap: 'zzzzzzzzzzzz' });
    expect(detail.subject).to.equal('roadmap');
    expect(detail.attribute).to.equal('roadmap');
    expect(warnings.join('\n')).to.contain('it takes the id of a roadmap of the data');
  });

  it('an unknown SDG code: the attribute is `code`', async () => {
    const { detail, warnings } = await failing('cw-sdg-badge', { code: '10.77' });
    expect(detail.subject).to.equal('sdg');
    expect(detail.attribute).to.equal('code');
    expect(warnings.join('\n')).to.contain('<cw-sdg-badge code="10.77">: the data has no SDG goal or target "10.77"');
  });

  it('a server that answers with an error: its HTTP status in the event', async () => {
    const { detail } = await failing('cw-roadmap-timeline', { network: 'rmci', src: '/test/fixtures/no-such-file.json' });
    expect(detail.kind).to.equal('unreachable');
    expect(detail.status).to.equal(404);
    expect(detail.url).to.match(/\/test\/fixtures\/no-such-file\.json$/);
  });

  it('an invalid document given as the `atlas` property is named as such, not as the bundled dataset', async () => {
    const { detail, warnings } = await failing('cw-roadmap-timeline', { network: 'rmci' }, { atlas: { hello: 1 } });
    expect(detail.kind).to.equal('invalid');
    const warning = warnings.find((w) => w.includes('not a valid atlas')) ?? '';
    expect(warning).to.contain('the document given as the atlas property of <cw-roadmap-timeline>');
    expect(warning).not.to.contain('bundled dataset');
  });
});
