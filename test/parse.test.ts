import { expect } from '@open-wc/testing';
import { parseAtlas as parseAtlasNow, MAX_ISSUES, type AtlasIssue, type ParseResult } from '../src/parse.js';
import { parseAtlasAsync } from '../src/parse-async.js';
import { MAX_TEXT_CHARS } from '../src/limits.js';
import { smallAtlas } from './fixtures/small-atlas.js';

/** Every document checked below, to check at the end that `parseAtlasAsync` gives the same result for each. */
const checked: unknown[] = [];
function parseAtlas(input: unknown): ParseResult {
  checked.push(input);
  return parseAtlasNow(input);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

/** The issues of a document that must be invalid. */
function issuesOf(input: unknown): AtlasIssue[] {
  const r = parseAtlas(input);
  if (r.ok) throw new Error('expected the document to be invalid, but it parsed');
  expect(r.issues.length).to.be.greaterThan(0);
  for (const i of r.issues) {
    expect(i.path).to.be.a('string');
    expect(i.message).to.be.a('string').and.not.equal('');
  }
  return r.issues;
}

/** Breaks a copy of the small atlas and returns its issues. */
function broken(change: (doc: Doc) => void): AtlasIssue[] {
  const doc = smallAtlas();
  change(doc);
  return issuesOf(doc);
}

/** The one issue at `path`, whose message must contain every given fragment. */
function issueAt(issues: AtlasIssue[], path: string, ...fragments: string[]): AtlasIssue {
  const found = issues.filter((i) => i.path === path);
  expect(found.length, `issues at ${path} in ${JSON.stringify(issues, null, 1)}`).to.equal(1);
  for (const f of fragments) expect(found[0]!.message, `message at ${path}`).to.include(f);
  return found[0]!;
}

describe('parseAtlas: a valid document', () => {
  it('parses the small atlas', () => {
    const r = parseAtlas(smallAtlas());
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
    expect(r.atlas.cities()).to.have.length(6);
  });

  it('does not keep or change the input', () => {
    const doc = smallAtlas();
    const before = JSON.stringify(doc);
    const r = parseAtlas(doc);
    expect(JSON.stringify(doc)).to.equal(before);
    expect(r.ok && r.atlas.document.cities).to.not.equal(doc.cities);
    expect(Object.isFrozen(doc.cities)).to.equal(false);
  });

  // A text of 5 MB was accepted here until issue 9 set a limit on text length (MAX_TEXT_CHARS):
  // the longest text allowed is accepted, one character more is refused (test/node/limits.test.mjs).
  it('accepts mailto links, dates without a year and a text at the length limit', () => {
    const doc = smallAtlas();
    doc.networks[0].url = 'mailto:contact@example.org';
    doc.events[0].period = { actual: '--11-27/--11-28' };
    doc.projects[0].objective = { fr: 'x'.repeat(MAX_TEXT_CHARS) };
    expect(parseAtlas(doc).ok).to.equal(true);
  });
});

describe('parseAtlas: shapes', () => {
  it('names an unknown field and suggests the right one', () => {
    const issues = broken((d) => {
      d.projects[0].titel = d.projects[0].title;
      delete d.projects[0].title;
    });
    expect(issueAt(issues, 'projects[0].titel').message).to.equal('unknown field "titel"; did you mean "title"?');
    issueAt(issues, 'projects[0].title', '"title" is required');
  });

  it('lists the allowed fields when an unknown one is nothing like them', () => {
    const issues = broken((d) => (d.cities[0].population = 1000));
    issueAt(issues, 'cities[0].population', 'unknown field "population"', 'remove it', 'id, name, country, coordinates, sources');
  });

  it('reports an unknown top-level field', () => {
    issueAt(
      broken((d) => {
        d.citys = d.cities;
        delete d.cities;
      }),
      'citys',
      'unknown field "citys"',
      'did you mean "cities"?',
    );
  });

  it('says what a missing required field should hold', () => {
    const issues = broken((d) => {
      delete d.cities[1].name;
      delete d.cities[2].id;
      delete d.projects[0].network;
      delete d.cities[3].coordinates;
      delete d.events[0].period;
    });
    expect(issueAt(issues, 'cities[1].name').message).to.match(/^"name" is required: a localized text like \{ "fr": "…" \}/);
    issueAt(issues, 'cities[2].id', '"id" is required: an id like "tanger-ma"');
    issueAt(issues, 'projects[0].network', '"network" is required: the id of a network, like "mc2cm"');
    issueAt(issues, 'cities[3].coordinates', '"coordinates" is required', '"lat"', '"lon"');
    issueAt(issues, 'events[0].period', '"period" is required', '"planned"');
  });

  it('treats a field set to undefined as missing', () => {
    issueAt(
      broken((d) => (d.cities[0].country = undefined)),
      'cities[0].country',
      '"country" is required',
      'country code like "MA"',
    );
  });

  it('requires "version": 1', () => {
    issueAt(
      broken((d) => delete d.version),
      'version',
      '"version" is required',
      '1',
    );
    issueAt(
      broken((d) => (d.version = 2)),
      'version',
      '"version": 1',
    );
  });

  it('explains a localized text written as a plain string', () => {
    issueAt(
      broken((d) => (d.cities[2].name = 'Casablanca')),
      'cities[2].name',
      'expected a localized text',
      'received the string "Casablanca"',
      'write it as { "fr": "Casablanca" }',
    );
  });

  it('requires at least one language in a localized text, and no empty text', () => {
    issueAt(
      broken((d) => (d.cities[5].name = {})),
      'cities[5].name',
      'at least one language',
    );
    issueAt(
      broken((d) => (d.cities[5].name = { fr: '  ' })),
      'cities[5].name.fr',
      'empty text',
    );
    issueAt(
      broken((d) => (d.cities[5].name = { fr: 3 })),
      'cities[5].name.fr',
      'expected a string',
      'received the number 3',
    );
  });

  it('rejects a language tag that is not BCP 47, at the key', () => {
    issueAt(
      broken((d) => (d.cities[3].name = { fr: 'Meknès', 'xx-yy-zz': 'a' })),
      'cities[3].name["xx-yy-zz"]',
      '"xx-yy-zz" is not a BCP 47 language tag',
    );
  });

  it('checks coordinates are in range', () => {
    const issues = broken((d) => {
      d.cities[4].coordinates.lat = 91;
      d.cities[4].coordinates.lon = -180.5;
    });
    issueAt(issues, 'cities[4].coordinates.lat', 'latitude must be between -90 and 90');
    issueAt(issues, 'cities[4].coordinates.lon', 'longitude must be between -180 and 180');
    issueAt(
      broken((d) => (d.cities[4].coordinates.lat = '34.7')),
      'cities[4].coordinates.lat',
      'latitude',
      'received the string "34.7"',
    );
  });

  it('allows only http(s) and mailto links', () => {
    const issues = broken((d) => {
      d.networks[0].url = 'javascript:alert(1)';
      d.sources[1].url = 'ftp://example.org/file';
      d.projects[0].url = 'not a url';
    });
    issueAt(issues, 'networks[0].url', '"javascript:alert(1)" is not an allowed URL', 'http(s)');
    issueAt(issues, 'sources[1].url', 'not an allowed URL');
    issueAt(issues, 'projects[0].url', 'not an allowed URL');
  });

  it('checks dates are real and ranges in order', () => {
    const issues = broken((d) => {
      d.events[0].period.actual = '2017-02-30';
      d.events[1].period.actual = '2017-13';
      d.events[2].period.planned = '2019/2017';
      d.memberships[0].start = 'April 2017';
      d.networks[1].founded.date = '2008/--11';
    });
    issueAt(issues, 'events[0].period.actual', '"2017-02-30" is not a real day');
    issueAt(issues, 'events[1].period.actual', 'month 13');
    issueAt(issues, 'events[2].period.planned', 'ends before it starts');
    issueAt(issues, 'memberships[0].start', '"April 2017" is not a date', 'YYYY-MM');
    issueAt(issues, 'networks[1].founded.date', 'year on one end only');
  });

  it('requires a period to say planned or actual', () => {
    issueAt(
      broken((d) => (d.events[0].period = {})),
      'events[0].period',
      '"planned" or "actual"',
    );
  });

  it('rejects ids that are not lower-case with hyphens', () => {
    issueAt(
      broken((d) => (d.cities[0].id = 'Tanger MA')),
      'cities[0].id',
      '"Tanger MA" is not a valid id',
    );
  });

  it('rejects a country code that is not ISO 3166-1 alpha-2', () => {
    issueAt(
      broken((d) => (d.cities[0].country = 'ma')),
      'cities[0].country',
      '"ma" is not an ISO 3166-1 alpha-2 code',
    );
  });

  it('requires at least one source per record', () => {
    issueAt(
      broken((d) => (d.cities[0].sources = [])),
      'cities[0].sources',
      'at least one source',
    );
  });

  it('suggests the closest allowed value of a choice', () => {
    const issues = broken((d) => {
      d.projects[0].cities[0].roles = ['leed'];
      d.networks[0].kind = 'coalitoin';
      d.roadmaps[0].items[3].cities[0].roles = ['hots'];
      d.memberships[0].roles = ['membre'];
    });
    issueAt(issues, 'projects[0].cities[0].roles[0]', '"leed" is not a project city role', 'did you mean "lead"?');
    issueAt(issues, 'networks[0].kind', '"coalitoin" is not a network kind', 'did you mean "coalition"?');
    issueAt(issues, 'roadmaps[0].items[3].cities[0].roles[0]', '"hots"', '"host", "pilot"', 'did you mean "host"?');
    issueAt(issues, 'memberships[0].roles[0]', '"membre" is not a membership role', 'did you mean "member"?');
  });

  it('says what a list holds when given something else', () => {
    issueAt(
      broken((d) => (d.cities = { 'tanger-ma': {} })),
      'cities',
      'expected a list of objects',
      'received an object',
    );
    issueAt(
      broken((d) => (d.projects[0].sdgTargets = '10.7')),
      'projects[0].sdgTargets',
      'a list of SDG target codes',
      'received the string "10.7"',
    );
    issueAt(
      broken((d) => (d.projects[0].sdgTargets[0] = 10.7)),
      'projects[0].sdgTargets[0]',
      'expected an SDG target code like "10.7"',
      'received the number 10.7',
    );
  });

  it('requires at least one role', () => {
    issueAt(
      broken((d) => (d.memberships[0].roles = [])),
      'memberships[0].roles',
      'at least one role',
    );
    issueAt(
      broken((d) => (d.projects[0].cities[0].roles = [])),
      'projects[0].cities[0].roles',
      'at least 1 item',
    );
  });

  it('checks agenda times', () => {
    issueAt(
      broken((d) => (d.events[0].agenda = [{ time: '9h', title: { fr: 'Ouverture' } }])),
      'events[0].agenda[0].time',
      'HH:MM',
    );
  });
});

describe('parseAtlas: unique ids', () => {
  const cases: Array<[string, (d: Doc) => void, string, string]> = [
    ['cities', (d) => d.cities.push({ ...d.cities[1] }), 'cities[6].id', 'duplicate city id "tetouan-ma": cities[1] already uses it'],
    ['networks', (d) => d.networks.push({ ...d.networks[3] }), 'networks[4].id', 'duplicate network id "rmci"'],
    ['projects', (d) => d.projects.push({ ...d.projects[0] }), 'projects[4].id', 'duplicate project id "tanger-accueil"'],
    ['organizations', (d) => d.organizations.push({ ...d.organizations[0] }), 'organizations[4].id', 'duplicate organization id "icmpd"'],
    ['sources', (d) => d.sources.push({ ...d.sources[0] }), 'sources[2].id', 'duplicate source id "seed-mc2cm"'],
    ['vocabularies', (d) => d.vocabularies.push({ ...d.vocabularies[0] }), 'vocabularies[1].id', 'duplicate vocabulary id "mc2cm-policy-recommendations"'],
    ['roadmaps', (d) => d.roadmaps.push({ ...d.roadmaps[0], items: [] , sections: undefined}), 'roadmaps[1].id', 'duplicate roadmap id "rmci-roadmap"'],
    ['events', (d) => d.events.push({ ...d.events[3] }), 'events[4].id', 'duplicate event id "rmci-day"'],
    [
      'roadmap items across roadmaps',
      (d) => d.roadmaps.push({ id: 'other-roadmap', title: { fr: 'Autre' }, network: 'mc2cm', items: [{ ...d.roadmaps[0].items[2] }], sources: ['seed-mc2cm'] }),
      'roadmaps[1].items[0].id',
      'duplicate roadmap item id "rmci-campaign": roadmaps[0].items[2] already uses it',
    ],
    ['vocabulary terms', (d) => d.vocabularies[0].terms.push({ ...d.vocabularies[0].terms[1] }), 'vocabularies[0].terms[5].id', 'duplicate term id "social-political-participation" in vocabulary "mc2cm-policy-recommendations"'],
    ['roadmap sections', (d) => d.roadmaps[0].sections.push({ ...d.roadmaps[0].sections[0], items: [] }), 'roadmaps[0].sections[2].id', 'duplicate section id "first-year"'],
  ];
  for (const [name, change, path, message] of cases) {
    it(`rejects duplicate ${name}`, () => {
      issueAt(broken(change), path, message, 'give each');
    });
  }

  it('allows the same term id in two vocabularies', () => {
    const doc = smallAtlas();
    doc.vocabularies.push({ ...doc.vocabularies[0], id: 'other-vocabulary' });
    expect(parseAtlas(doc).ok).to.equal(true);
  });
});

describe('parseAtlas: references', () => {
  it('suggests the id a reference meant', () => {
    const issues = broken((d) => (d.memberships[0].city = 'tetouan'));
    expect(issueAt(issues, 'memberships[0].city').message).to.equal('city "tetouan" does not exist; did you mean "tetouan-ma"?');
  });

  it('suggests by edit distance when no id starts with it', () => {
    issueAt(
      broken((d) => (d.projects[0].network = 'mc2mc')),
      'projects[0].network',
      'network "mc2mc" does not exist',
      'did you mean "mc2cm"?',
    );
  });

  it('says where to add the record when nothing is close', () => {
    issueAt(
      broken((d) => (d.memberships[0].network = 'zzzzzz')),
      'memberships[0].network',
      'network "zzzzzz" does not exist',
      'add it to "networks"',
    );
  });

  const cases: Array<[string, (d: Doc) => void, string, string]> = [
    ['membership network', (d) => (d.memberships[1].network = 'mc2c'), 'memberships[1].network', 'network "mc2c" does not exist; did you mean "mc2cm"?'],
    ['network parent', (d) => (d.networks[1].parent = 'icar'), 'networks[1].parent', 'network "icar" does not exist; did you mean "iccar"?'],
    ['founding place', (d) => (d.networks[1].founded.place = 'casablanca'), 'networks[1].founded.place', 'city "casablanca" does not exist; did you mean "casablanca-ma"?'],
    ['policy vocabulary', (d) => (d.networks[2].policyVocabulary = 'mc2cm-policy'), 'networks[2].policyVocabulary', 'vocabulary "mc2cm-policy" does not exist; did you mean "mc2cm-policy-recommendations"?'],
    ['network organization', (d) => (d.networks[2].organizations[0].organization = 'icmdp'), 'networks[2].organizations[0].organization', 'organization "icmdp" does not exist; did you mean "icmpd"?'],
    ['project network', (d) => (d.projects[3].network = 'rmcii'), 'projects[3].network', 'network "rmcii" does not exist; did you mean "rmci"?'],
    ['project city', (d) => (d.projects[2].cities[1].city = 'casa'), 'projects[2].cities[1].city', 'city "casa" does not exist; did you mean "casablanca-ma"?'],
    ['project organization', (d) => (d.projects[0].organizations[0].organization = 'ue'), 'projects[0].organizations[0].organization', 'organization "ue" does not exist'],
    ['roadmap network', (d) => (d.roadmaps[0].network = 'rcmi'), 'roadmaps[0].network', 'network "rcmi" does not exist; did you mean "rmci"?'],
    ['roadmap adoption event', (d) => (d.roadmaps[0].adoptedAt = 'rmci-lunch'), 'roadmaps[0].adoptedAt', 'event "rmci-lunch" does not exist; did you mean "rmci-launch"?'],
    ['roadmap item city', (d) => (d.roadmaps[0].items[3].cities[0].city = 'tetuan-ma'), 'roadmaps[0].items[3].cities[0].city', 'city "tetuan-ma" does not exist; did you mean "tetouan-ma"?'],
    ['roadmap item organization', (d) => (d.roadmaps[0].items[4].organizations[0].organization = 'coe-int'), 'roadmaps[0].items[4].organizations[0].organization', 'organization "coe-int" does not exist; did you mean "coe"?'],
    ['roadmap item event', (d) => (d.roadmaps[0].items[3].event = 'rmci-launch-2017'), 'roadmaps[0].items[3].event', 'event "rmci-launch-2017" does not exist; did you mean "rmci-launch"?'],
    ['event network', (d) => (d.events[1].networks[1] = 'iccar-unesco'), 'events[1].networks[1]', 'network "iccar-unesco" does not exist; did you mean "iccar"?'],
    ['event place', (d) => (d.events[0].place.city = 'tetouan'), 'events[0].place.city', 'city "tetouan" does not exist; did you mean "tetouan-ma"?'],
    ['event city', (d) => (d.events[2].cities[1].city = 'sfaxx-tn'), 'events[2].cities[1].city', 'city "sfaxx-tn" does not exist; did you mean "sfax-tn"?'],
    ['event organization', (d) => (d.events[2].organizations[0].organization = 'icmp'), 'events[2].organizations[0].organization', 'organization "icmp" does not exist; did you mean "icmpd"?'],
    ['source of a city', (d) => (d.cities[0].sources[0] = 'seed-mc2c'), 'cities[0].sources[0]', 'source "seed-mc2c" does not exist; did you mean "seed-mc2cm"?'],
    ['source of a roadmap item', (d) => (d.roadmaps[0].items[0].sources = ['seed-rmci', 'seed-rcmi']), 'roadmaps[0].items[0].sources[1]', 'source "seed-rcmi" does not exist; did you mean "seed-rmci"?'],
    ['source of a membership', (d) => (d.memberships[2].sources[0] = 'nowhere'), 'memberships[2].sources[0]', 'source "nowhere" does not exist'],
    ['source publisher', (d) => (d.sources[1].publisher = 'council-of-europe'), 'sources[1].publisher', 'organization "council-of-europe" does not exist'],
    ['vocabulary network', (d) => (d.vocabularies[0].network = 'mc2cm-programme'), 'vocabularies[0].network', 'network "mc2cm-programme" does not exist; did you mean "mc2cm"?'],
  ];
  for (const [name, change, path, message] of cases) {
    it(`checks the ${name}`, () => {
      issueAt(broken(change), path, message);
    });
  }

  it('checks policy areas against the vocabulary of the project’s network', () => {
    const issues = broken((d) => (d.projects[1].policyAreas[0] = 'multilevel-governanse'));
    expect(issueAt(issues, 'projects[1].policyAreas[0]').message).to.equal(
      'policy area "multilevel-governanse" is not in vocabulary "mc2cm-policy-recommendations" of network "mc2cm"; did you mean "multilevel-governance"?',
    );
  });

  it('lists the terms when a policy area is nothing like them', () => {
    issueAt(
      broken((d) => d.projects[0].policyAreas.push('housing')),
      'projects[0].policyAreas[2]',
      'policy area "housing" is not in vocabulary "mc2cm-policy-recommendations"',
      '"access-to-education", "social-political-participation"',
    );
  });

  it('rejects policy areas when the network has no vocabulary', () => {
    issueAt(
      broken((d) => (d.projects[3].policyAreas = ['access-to-education'])),
      'projects[3].policyAreas',
      'network "rmci" has no "policyVocabulary"',
    );
  });

  it('requires the items of a section to be items of its roadmap', () => {
    issueAt(
      broken((d) => d.roadmaps[0].sections[0].items.push('rmci-kickof')),
      'roadmaps[0].sections[0].items[3]',
      'item "rmci-kickof" is not an item of roadmap "rmci-roadmap"; did you mean "rmci-kickoff"?',
    );
    const issues = broken((d) => {
      d.roadmaps.push({ id: 'mc2cm-roadmap', title: { fr: 'MC2CM' }, network: 'mc2cm', items: [{ id: 'mc2cm-visit', title: { fr: 'Visite' }, kind: 'exchange', sources: ['seed-mc2cm'] }], sources: ['seed-mc2cm'] });
      d.roadmaps[0].sections[1].items.push('mc2cm-visit');
    });
    issueAt(issues, 'roadmaps[0].sections[1].items[3]', 'item "mc2cm-visit" is not an item of roadmap "rmci-roadmap" (it belongs to roadmap "mc2cm-roadmap")');
  });
});

describe('parseAtlas: SDG targets', () => {
  it('rejects a code that is not a target and suggests the one meant', () => {
    const issues = broken((d) => (d.projects[0].sdgTargets[1] = '16.16'));
    expect(issueAt(issues, 'projects[0].sdgTargets[1]').message).to.equal('"16.16" is not an SDG target; did you mean 16.6?');
  });

  it('tells to use a target instead of a goal', () => {
    issueAt(
      broken((d) => d.projects[0].sdgTargets.push('10')),
      'projects[0].sdgTargets[3]',
      '"10" is an SDG goal, not a target',
      'targets of goal 10 are 10.1',
      '10.c',
    );
  });

  it('rejects a code with nothing close', () => {
    issueAt(
      broken((d) => (d.projects[0].sdgTargets[0] = 'poverty')),
      'projects[0].sdgTargets[0]',
      '"poverty" is not an SDG target',
      'official list',
    );
  });

  it('rejects a target listed twice', () => {
    issueAt(
      broken((d) => d.projects[0].sdgTargets.push('10.7')),
      'projects[0].sdgTargets[3]',
      '"10.7" is listed twice',
    );
  });
});

describe('parseAtlas: network ancestry', () => {
  it('rejects a network that is its own parent', () => {
    issueAt(
      broken((d) => (d.networks[0].parent = 'iccar')),
      'networks[0].parent',
      'network "iccar" is its own ancestor: iccar → iccar',
    );
  });

  it('reports a longer cycle once, on its first network', () => {
    const issues = broken((d) => {
      d.networks[0].parent = 'rmci';
      d.networks[3].parent = 'arab-coalition';
    });
    expect(issues.filter((i) => i.message.includes('its own ancestor'))).to.have.length(1);
    issueAt(issues, 'networks[0].parent', 'network "iccar" is its own ancestor: iccar → rmci → arab-coalition → iccar');
  });

  it('does not report a network that merely leads into a cycle', () => {
    const issues = broken((d) => {
      d.networks[0].parent = 'arab-coalition'; // iccar ⇄ arab-coalition
      d.networks[3].parent = 'iccar'; // rmci → iccar: not in the cycle
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['networks[0].parent']);
  });
});

describe('parseAtlas: membership dates', () => {
  it('rejects a membership that ends before it starts', () => {
    issueAt(
      broken((d) => (d.memberships[7].end = '2005')),
      'memberships[7].end',
      'ends ("2005") before it starts ("2008")',
    );
  });

  it('accepts overlapping precisions and dates without a year', () => {
    const doc = smallAtlas();
    doc.memberships[7].start = '2012-04';
    doc.memberships[7].end = '2012';
    doc.memberships[6].start = '--04';
    doc.memberships[6].end = '2010';
    expect(parseAtlas(doc).ok).to.equal(true);
  });
});

describe('parseAtlas: issue order and count', () => {
  it('lists issues in document order, whatever the schema order', () => {
    const issues = broken((d) => {
      d.events[0].period.actual = 'x';
      d.cities[2].country = 'x';
      d.cities[1].coordinates.lat = 200;
      d.cities[1].id = 'X';
      d.sources[0].title = {};
    });
    const shapeIssues = ['sources[0].title', 'cities[1].id', 'cities[1].coordinates.lat', 'cities[2].country', 'events[0].period.actual'];
    const paths = issues.map((i) => i.path);
    // The shape issues, in document order; the references to the renamed city are reported too,
    // since they no longer resolve, and come after the cities.
    expect(paths.filter((p) => shapeIssues.includes(p))).to.deep.equal(shapeIssues);
    const references = issues.filter((i) => !shapeIssues.includes(i.path));
    expect(references.length).to.be.greaterThan(0);
    for (const r of references) expect(r.message).to.contain('"tetouan-ma" does not exist');
    expect(paths.indexOf(references[0]!.path)).to.be.greaterThan(paths.indexOf('cities[2].country'));
  });

  it('follows the key order of the input, not of the schema', () => {
    const doc = smallAtlas();
    // The other records follow, so that the events' references resolve (the rules run on malformed records too).
    const { events, cities, version, ...others } = doc;
    void version;
    const reordered: Doc = { events, version: 1, cities, ...others };
    reordered.events[0].period.actual = 'x';
    reordered.cities[0].country = 'x';
    reordered.cities[0].titel = 'x';
    const issues = issuesOf(reordered);
    expect(issues[0]!.path).to.equal('events[0].period.actual');
    expect(issues.map((i) => i.path).indexOf('cities[0].country')).to.be.lessThan(issues.map((i) => i.path).indexOf('cities[0].titel'));
  });

  it('orders rule issues by document order too', () => {
    const issues = broken((d) => {
      d.events[0].place.city = 'nowhere';
      d.memberships[0].city = 'nowhere';
      d.cities.push({ ...d.cities[0] });
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['cities[6].id', 'memberships[0].city', 'events[0].place.city']);
  });

  it('checks the rules over the well-formed records when others are malformed, in one pass', () => {
    const issues = broken((d) => {
      d.memberships[0].city = 'nowhere';
      d.cities[0].country = 'x';
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['cities[0].country', 'memberships[0].city']);
    expect(issues[1]!.message).to.contain('"nowhere" does not exist');
  });

  it('does not report references to a record whose own shape is already reported', () => {
    const issues = broken((d) => {
      d.cities[0].country = 'x'; // tanger-ma is malformed, and referenced elsewhere
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['cities[0].country']);
  });

  it(`lists at most ${MAX_ISSUES} issues, then how many more`, () => {
    const doc = smallAtlas();
    for (let i = 0; i < 2000; i++) doc.cities.push({ ...doc.cities[0], id: `city-${i}`, country: 'xx' });
    const issues = issuesOf(doc);
    expect(issues).to.have.length(MAX_ISSUES);
    expect(issues[0]!.path).to.equal('cities[6].country');
    expect(issues[MAX_ISSUES - 1]!.message).to.equal(`… and ${2000 - MAX_ISSUES + 1} more issues; fix the ones above and check again`);
  });
});

describe('parseAtlas: garbage never throws', () => {
  const garbage: Array<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['zero', 0],
    ['a float', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a string', 'garbage'],
    ['an empty string', ''],
    ['true', true],
    ['false', false],
    ['an empty array', []],
    ['an array of nulls', [null, null]],
    ['an empty object', {}],
    ['a nested object', { nested: { deep: [1, { x: null }] } }],
  ];
  const exotic: Array<[string, () => unknown]> = [
    ['a BigInt', () => 10n],
    ['a function', () => () => 1],
    ['a symbol', () => Symbol('s')],
    ['a Map', () => new Map([['a', 1]])],
    ['a Date', () => new Date(0)],
    ['a class instance', () => new (class Thing {
      x = 1;
    })()],
    ['an object without prototype', () => Object.create(null)],
  ];

  for (const [name, value] of [...garbage, ...exotic.map(([n, f]) => [n, f()] as [string, unknown])]) {
    it(`returns issues for ${name} as the document`, () => {
      const issues = issuesOf(value);
      const plain = value !== null && typeof value === 'object' && [null, Object.prototype].includes(Object.getPrototypeOf(value));
      // A plain object lacks "version"; anything else is not an atlas document at all.
      if (plain) issueAt(issues, 'version', '"version" is required');
      else issueAt(issues, '', 'expected an atlas document');
    });
  }

  /** Every position of a value in the small atlas, as a path of keys. */
  function positions(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
    if (path.length > 0) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => positions(v, [...path, i], out));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) positions(v, [...path, k], out);
    return out;
  }
  const formatPath = (path: Array<string | number>) =>
    path.map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `[${JSON.stringify(s)}]`)).join('');
  const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

  it('returns a result for every JSON type in every field position, with an issue at that position when the type is wrong', function () {
    this.timeout(60000);
    const all = positions(smallAtlas());
    expect(all.length).to.be.greaterThan(300);
    let checked = 0;
    for (const path of all) {
      for (const [name, value] of garbage) {
        const doc = smallAtlas();
        let parent = doc;
        for (const seg of path.slice(0, -1)) parent = parent[seg];
        const original = parent[path[path.length - 1]!];
        parent[path[path.length - 1]!] = structuredClone(value);
        let r;
        try {
          r = parseAtlas(doc);
        } catch (e) {
          throw new Error(`parseAtlas threw for ${name} at ${formatPath(path)}: ${String(e)}`);
        }
        if (!r.ok) {
          expect(r.issues.length).to.be.greaterThan(0);
          for (const i of r.issues) expect(i.message, `${name} at ${formatPath(path)}`).to.be.a('string').and.not.equal('');
        }
        if (value !== undefined && jsonType(value) !== jsonType(original)) {
          const at = formatPath(path);
          expect(r.ok, `${name} at ${at} was accepted`).to.equal(false);
          if (!r.ok) {
            const near = r.issues.some((i) => i.path === at || i.path.startsWith(`${at}.`) || i.path.startsWith(`${at}[`));
            expect(near, `${name} at ${at}: ${JSON.stringify(r.issues)}`).to.equal(true);
          }
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(2000);
  });

  it('survives 10 000 levels of nesting, at the root and in a field', () => {
    let deepObject: Doc = {};
    let deepArray: Doc = [];
    const rootObject = deepObject;
    const rootArray = deepArray;
    for (let i = 0; i < 10_000; i++) {
      deepObject.a = {};
      deepObject = deepObject.a;
      deepArray.push([]);
      deepArray = deepArray[0];
    }
    issuesOf(rootObject);
    issueAt(issuesOf(rootArray), '', 'expected an atlas document', 'received an array');
    issueAt(
      broken((d) => (d.cities[0].name = rootObject)),
      'cities[0].name.a',
      '"a" is not a BCP 47 language tag',
    );
    issueAt(
      broken((d) => (d.cities[0].name = { fr: rootObject })),
      'cities[0].name.fr',
      'expected a string',
      'received an object',
    );
    issueAt(
      broken((d) => (d.projects[0].activities = rootArray)),
      'projects[0].activities[0]',
      'expected a localized text',
    );
  });

  it('survives a 5 MB string anywhere, with short messages', () => {
    const huge = 'X'.repeat(5_000_000);
    for (const issues of [
      issuesOf(huge),
      broken((d) => (d.cities[0].id = huge)),
      broken((d) => (d.cities[0].country = huge)),
      broken((d) => (d.projects[0].sdgTargets[0] = huge)),
      broken((d) => (d.cities[0].name = { [huge]: 'x' })),
      broken((d) => (d.cities[0][huge] = 1)),
      broken((d) => (d.memberships[0].city = huge.toLowerCase())),
      broken((d) => (d.networks[0].kind = huge)),
    ]) {
      for (const i of issues) {
        expect(i.message.length, i.message.slice(0, 100)).to.be.lessThan(1200);
        expect(i.path.length).to.be.lessThan(1200);
      }
    }
    // Refused by the text length limit before the schema reads it (issue 9).
    issueAt(
      broken((d) => (d.cities[0].id = huge)),
      'cities[0].id',
      '5,000,000 characters, more than the limit of 20,000',
    );
  });

  it('survives circular objects', () => {
    const doc = smallAtlas();
    doc.self = doc;
    doc.cities[0].name.loop = doc.cities[0];
    const issues = issuesOf(doc);
    issueAt(issues, 'self', 'unknown field "self"');
    issueAt(issues, 'cities[0].name.loop', 'circular reference');
    const cyclicArray: Doc = [];
    cyclicArray.push(cyclicArray);
    issuesOf(cyclicArray);
    issueAt(
      broken((d) => (d.projects[0].activities = cyclicArray)),
      'projects[0].activities[0]',
      'circular reference',
    );
  });

  it('keeps a "__proto__" key a field (reported), not a prototype', () => {
    const issues = issuesOf(JSON.parse('{ "__proto__": { "version": 1 } }'));
    issueAt(issues, 'version', '"version" is required');
    issueAt(issues, '__proto__', 'unknown field "__proto__"');
    const doc = smallAtlas();
    doc.cities[0] = JSON.parse(`{ "__proto__": ${JSON.stringify(doc.cities[0])} }`);
    issueAt(issuesOf(doc), 'cities[0].id', '"id" is required');
  });

  it('accepts the same object in two places (shared, not circular)', () => {
    const doc = smallAtlas();
    doc.cities[1].sources = doc.cities[0].sources;
    expect(parseAtlas(doc).ok).to.equal(true);
  });

  it('survives proxies and getters that throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get trap');
        },
        ownKeys() {
          throw new Error('ownKeys trap');
        },
        getPrototypeOf() {
          throw new Error('getPrototypeOf trap');
        },
        has() {
          throw new Error('has trap');
        },
      },
    );
    issueAt(issuesOf(hostile), '', 'could not be read');
    issueAt(
      broken((d) => (d.cities[0].coordinates = hostile)),
      'cities[0].coordinates',
      'could not be read',
      'expected coordinates',
    );

    const keysOnly = new Proxy(smallAtlas(), {
      get() {
        throw new Error('no reading');
      },
    });
    issuesOf(keysOnly);

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    issuesOf(proxy);
    issueAt(
      broken((d) => (d.projects[0].title = proxy)),
      'projects[0].title',
      'could not be read',
    );

    const doc = smallAtlas();
    Object.defineProperty(doc.cities[0], 'name', {
      enumerable: true,
      get() {
        throw new Error('getter says no');
      },
    });
    Object.defineProperty(doc.cities[1], 'country', {
      enumerable: true,
      get() {
        // A thrown value whose own conversion to a string throws.
        throw {
          toString() {
            throw new Error('again');
          },
        };
      },
    });
    const issues = issuesOf(doc);
    issueAt(issues, 'cities[0].name', 'its getter threw: getter says no');
    issueAt(issues, 'cities[1].country', 'could not be read');
  });

  it('rejects values that are not JSON data in fields', () => {
    const issues = broken((d) => {
      d.cities[0].coordinates.lat = 10n;
      d.cities[1].name = () => 'Tétouan';
      d.cities[2].country = Symbol('MA');
      d.cities[3].coordinates = new Date(0);
      d.cities[4].coordinates.lon = NaN;
    });
    issueAt(issues, 'cities[0].coordinates.lat', 'BigInt');
    issueAt(issues, 'cities[1].name', 'a function');
    issueAt(issues, 'cities[2].country', 'a symbol');
    issueAt(issues, 'cities[3].coordinates', 'a Date, not plain JSON data');
    issueAt(issues, 'cities[4].coordinates.lon', 'longitude');
  });
});

describe('parseAtlasAsync: the same results as parseAtlas', () => {
  /** A result as data: its issues, or the document its `Atlas` holds. */
  const plain = (r: ParseResult) => (r.ok ? { ok: true, document: r.atlas.document } : r);

  it('gives, for every document checked above, the same Atlas or the same issues in the same order', async function () {
    this.timeout(120000);
    expect(checked.length).to.be.greaterThan(2000);
    let invalid = 0;
    for (const input of checked) {
      const now = parseAtlasNow(input);
      const later = await parseAtlasAsync(input);
      expect(plain(later)).to.deep.equal(plain(now));
      if (!now.ok) invalid++;
    }
    expect(invalid).to.be.greaterThan(1000);
  });
});

describe('parseAtlas with { owned: true }: fresh JSON checked in place', () => {
  const plain = (r: ParseResult) => (r.ok ? { ok: true, document: r.atlas.document } : r);

  it('gives, for every JSON document checked above, the same Atlas or the same issues as with a copy', async function () {
    this.timeout(120000);
    let compared = 0;
    for (const input of checked) {
      let text: string | undefined;
      try {
        text = JSON.stringify(input);
      } catch {
        continue; // not JSON (a cycle, a BigInt): the owned path is for JSON.parse output only
      }
      if (text === undefined) continue;
      const copied = parseAtlasNow(JSON.parse(text));
      expect(plain(parseAtlasNow(JSON.parse(text), { owned: true })), text.slice(0, 200)).to.deep.equal(plain(copied));
      expect(plain(await parseAtlasAsync(JSON.parse(text), { owned: true }))).to.deep.equal(plain(copied));
      compared++;
    }
    expect(compared).to.be.greaterThan(1500);
  });

  it('takes the document as the Atlas data (frozen), and marks a value nested too deep in place', () => {
    const doc = JSON.parse(JSON.stringify(smallAtlas()));
    const r = parseAtlasNow(doc, { owned: true });
    expect(r.ok).to.equal(true);
    expect(Object.isFrozen(doc.cities[0])).to.equal(true);
    // Not owned: the caller's object stays theirs, unfrozen.
    const mine = JSON.parse(JSON.stringify(smallAtlas()));
    expect(parseAtlasNow(mine).ok).to.equal(true);
    expect(Object.isFrozen(mine.cities[0])).to.equal(false);

    let deep: unknown = 'bottom';
    for (let i = 0; i < 80; i++) deep = { a: deep };
    const nested = JSON.parse(JSON.stringify({ ...smallAtlas(), extra: deep }));
    const result = parseAtlasNow(nested, { owned: true });
    expect(result.ok).to.equal(false);
    // The value past the depth limit is replaced by a marker in the document itself, as in a copy.
    let at: any = nested.extra;
    let depth = 1;
    while (at && typeof at === 'object') {
      at = at.a;
      depth++;
    }
    expect(typeof at).to.equal('symbol');
    expect(depth).to.be.below(70);
  });
});
