// Issue 9, item 7: the validator reports every problem of a file in one run. The rules between
// records (unique ids, references, SDG codes) run over everything that can be read, including
// records that have shape errors elsewhere. Needs the build (dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const { parseAtlas, parseAtlasAsync } = await import('../../dist/src/parse.js');
const atlas = () => JSON.parse(readFileSync(new URL('../../dist/data/atlas.json', import.meta.url), 'utf8'));

/** The issues of a changed copy of the default dataset, checked to be the same sync and async. */
async function issuesOf(change) {
  const doc = atlas();
  const context = change(doc);
  const r = parseAtlas(doc);
  assert.equal(r.ok, false, 'the document is invalid');
  assert.deepStrictEqual(await parseAtlasAsync(doc), r, 'parseAtlasAsync agrees');
  return { issues: r.issues, paths: r.issues.map((i) => i.path), ...context };
}

const projectWithCities = (doc) => doc.projects.findIndex((p) => p.sdgTargets.length > 0 && p.cities.length > 0);

test('a file broken five ways in one project and one city reports all five', async () => {
  const { issues, paths, p, dup } = await issuesOf((doc) => {
    const p = projectWithCities(doc);
    doc.projects[p].sdgTargets[0] = '16.16'; // a bad SDG code (rule)
    doc.projects[p].url = 'javascript:alert(1)'; // a URL scheme not allowed (shape)
    doc.projects[p].period = { actual: '2018-02-30' }; // an impossible date (shape)
    doc.projects[p].cities[0].city = 'tetouan'; // a missing city (rule)
    doc.cities.push({ ...doc.cities[0] }); // a duplicate city id (rule)
    return { p, dup: doc.cities.length - 1 };
  });
  assert.deepStrictEqual(
    [...paths].sort(),
    [`cities[${dup}].id`, `projects[${p}].cities[0].city`, `projects[${p}].period.actual`, `projects[${p}].sdgTargets[0]`, `projects[${p}].url`].sort(),
    JSON.stringify(issues, null, 1),
  );
  const at = (path) => issues.find((i) => i.path === path).message;
  assert.match(at(`projects[${p}].sdgTargets[0]`), /did you mean 16\.6/);
  assert.match(at(`projects[${p}].url`), /http/);
  assert.match(at(`projects[${p}].period.actual`), /not a real day/);
  assert.match(at(`projects[${p}].cities[0].city`), /"tetouan" does not exist; did you mean "tetouan-ma"/);
  assert.match(at(`cities[${dup}].id`), /duplicate city id/);
});

test('the duplicate is found when the duplicate record is itself malformed', async () => {
  const { paths, dup } = await issuesOf((doc) => {
    doc.cities.push({ ...doc.cities[0], country: 'x', coordinates: 'here' });
    return { dup: doc.cities.length - 1 };
  });
  assert.deepStrictEqual(paths, [`cities[${dup}].id`, `cities[${dup}].country`, `cities[${dup}].coordinates`].sort((a, b) => paths.indexOf(a) - paths.indexOf(b)));
  assert.equal(paths.length, 3);
});

test('the five breaks spread over five records: all five', async () => {
  const { paths } = await issuesOf((doc) => {
    const p = projectWithCities(doc);
    doc.projects[p].sdgTargets[0] = '16.16';
    doc.networks[0].url = 'javascript:alert(1)';
    doc.events[0].period = { actual: '2018-02-30' };
    doc.memberships[0].city = 'tetouan';
    doc.cities.push({ ...doc.cities[1] });
  });
  assert.equal(paths.length, 5, paths.join('\n'));
});

test('a record that is not an object, and a reference elsewhere to a missing city: both', async () => {
  const { paths, issues } = await issuesOf((doc) => {
    doc.cities[3] = 42;
    doc.memberships[1].city = 'nowhere';
  });
  assert.ok(paths.includes('cities[3]'), paths.join('\n'));
  assert.ok(issues.some((i) => i.path === 'memberships[1].city' && i.message.includes('"nowhere" does not exist')));
});

test('references to a record with a malformed field still resolve (no second issue)', async () => {
  const { paths, id } = await issuesOf((doc) => {
    doc.cities[0].country = 'x';
    doc.cities[0].name = 'Tanger';
    return { id: doc.cities[0].id };
  });
  assert.deepStrictEqual(paths, ['cities[0].name', 'cities[0].country']);
  assert.ok(id);
});

test('a malformed id: its shape issue, and references naming it are not reported again', async () => {
  const { issues } = await issuesOf((doc) => {
    // The id and every reference to it, wherever it is.
    const id = doc.cities[0].id;
    const rename = (v) => {
      if (Array.isArray(v)) v.forEach((x, i) => (x === id ? (v[i] = 'Tanger MA') : rename(x)));
      else if (v && typeof v === 'object') for (const k of Object.keys(v)) v[k] === id ? (v[k] = 'Tanger MA') : rename(v[k]);
    };
    rename(doc);
  });
  for (const i of issues) assert.doesNotMatch(i.message, /does not exist/, `${i.path}: ${i.message}`);
});

test('a malformed roadmap item keeps its id for its roadmap’s sections; its bad references are still reported', async () => {
  const { issues, paths, r, j } = await issuesOf((doc) => {
    const r = doc.roadmaps.findIndex((x) => x.sections?.length > 0);
    const j = doc.roadmaps[r].items.findIndex((item) => doc.roadmaps[r].sections.some((s) => s.items.includes(item.id)));
    doc.roadmaps[r].items[j].kind = 'nope';
    doc.roadmaps[r].items[j].event = 'no-such-event';
    return { r, j };
  });
  assert.deepStrictEqual(paths.sort(), [`roadmaps[${r}].items[${j}].event`, `roadmaps[${r}].items[${j}].kind`].sort(), JSON.stringify(issues, null, 1));
});

test('a list that is not a list: its shape issue, and the rules over the rest', async () => {
  const { paths } = await issuesOf((doc) => {
    doc.cities = 5;
  });
  assert.ok(paths.includes('cities'));
  // Every reference to a city now fails: reported, as the document would be broken without the list.
  assert.ok(paths.some((p) => p.startsWith('memberships[')));
});
