// People (Popolo-style person and posts) and statements at events: the schema's and the rules'
// messages on broken data, and the facts the sources give in the default dataset.
import { expect } from '@open-wc/testing';
import { loadDefaultAtlas } from '../src/default-atlas.js';
import { parseAtlas } from '../src/parse.js';
import { atlasOf } from './fixtures/atlas-of.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- a document built loosely, to be broken on purpose */
function doc(change: (d: any) => void): unknown {
  const d: any = {
    version: 1,
    sources: [{ id: 's', title: { fr: 'S' } }],
    cities: [{ id: 'rabat-ma', name: { fr: 'Rabat' }, country: 'MA', coordinates: { lat: 34, lon: -6.8 }, sources: ['s'] }],
    networks: [{ id: 'sc', name: { fr: 'Villes fortes' }, kind: 'network', sources: ['s'] }],
    events: [{ id: 'e', title: { fr: 'Table ronde' }, kind: 'roundtable', period: { actual: '--11-27' }, people: [{ person: 'p', roles: ['speaker'] }], statements: [{ person: 'p', summary: { fr: 'A dit.' }, sources: ['s'] }], sources: ['s'] }],
    people: [{ id: 'p', name: { fr: 'Asmaa Rhlalou' }, posts: [{ role: 'mayor', city: 'rabat-ma', attestedAt: 'e', sources: ['s'] }, { role: 'co-chair', network: 'sc', sources: ['s'] }], sources: ['s'] }],
  };
  change(d);
  return d;
}

const issues = (d: unknown) => {
  const r = parseAtlas(d);
  return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.message}`);
};

describe('people and statements', () => {
  it('accepts a person with posts, and a statement at an event', () => {
    const parsed = atlasOf(doc(() => {}));
    expect(parsed.postsIn({ network: 'sc' }).map((p) => p.person.id)).to.deep.equal(['p']);
    expect(parsed.eventPeople('e')[0]!.statements).to.have.length(1);
  });

  it('a post belongs to exactly one city, network or organisation', () => {
    const msgs = issues(doc((d) => (d.people[0].posts[0].network = 'sc')));
    expect(msgs.join('\n')).to.match(/exactly one of "city" \(a mayor\), "network" or "organization"/);
  });

  it('names what a broken reference points to: a post’s city, its event, a statement’s person', () => {
    const msgs = issues(
      doc((d) => {
        d.people[0].posts[0].city = 'rabbat-ma';
        d.people[0].posts[0].attestedAt = 'x';
        d.events[0].statements[0].person = 'q';
      }),
    ).join('\n');
    expect(msgs).to.match(/city "rabbat-ma" does not exist.*rabat-ma/);
    expect(msgs).to.match(/event "x" does not exist/);
    expect(msgs).to.match(/person "q" does not exist/);
  });

  it('an unknown post or role at an event is named with the allowed ones', () => {
    const msgs = issues(
      doc((d) => {
        d.people[0].posts[0].role = 'president';
        d.events[0].people[0].roles = ['moderator'];
      }),
    ).join('\n');
    expect(msgs).to.contain('"president" is not a post; use one of mayor, co-chair');
    expect(msgs).to.contain('"moderator" is not a role at an event; use one of organizer, speaker, participant');
  });

  it('the default dataset: the mayors the sources name, with their sources, and no start date the sources do not give', async () => {
    const r = await loadDefaultAtlas();
    if (!r.ok) throw new Error('default atlas invalid');
    const atlas = r.atlas;
    expect(atlas.people().map((p) => p.id)).to.deep.equal(['mounir-lymouri', 'asmaa-rhlalou', 'jamal-itani']);
    expect(atlas.postsIn({ city: 'beirut-lb' })[0]!.post.attestedAt).to.equal('mc2cm-beirut-conference-2017');
    for (const p of atlas.people()) for (const post of p.posts) expect(post.start, p.id).to.equal(undefined);
    const casablanca = atlas.membershipsOf('casablanca-ma').find((m) => m.network.id === 'arab-coalition')!;
    expect(casablanca.memberships.map((m) => m.start)).to.deep.equal([undefined]);
    const chefchaouen = atlas.roadmapItem('rmci-2019-workshop-exchange-spaces')!.item;
    expect(chefchaouen.cities.filter((c) => c.roles.includes('example')).map((c) => c.city)).to.deep.equal(['barcelona-es', 'lisbon-pt']);
  });
});
