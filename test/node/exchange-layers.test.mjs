// Layered data and per-network documents: a network's own file on top of the bundled dataset
// (merged by id, validated together, each record's layer known), `import --extends`, and `split`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAtlas, parseAtlas, parseLayers } from '../../dist/src/index.js';
import { writeCsv } from '../../dist/src/exchange/csv.js';
import { documentLanguages } from '../../dist/src/exchange/layout.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/cityweave.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'cityweave-layers-'));
const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8'));
const network = atlas.networks[0].id;

/** Only additions: a city, its membership in a network of the bundled dataset, and a new name for one of its cities. */
const additions = {
  version: 1,
  sources: [{ id: 'our-city-council-2025', title: { fr: 'Délibération du conseil municipal' } }],
  cities: [
    { id: 'example-city-ma', name: { fr: 'Ville exemple' }, country: 'MA', coordinates: { lat: 33.5, lon: -7.6 }, sources: ['our-city-council-2025'] },
    { ...atlas.cities[0], name: { ...atlas.cities[0].name, en: 'Renamed for the test' } },
  ],
  memberships: [{ city: 'example-city-ma', network, roles: ['member'], start: '2025', sources: ['our-city-council-2025'] }],
};

test('parseLayers: additions on top of the bundled dataset are valid together, each record knows its layer', () => {
  assert.equal(parseAtlas(additions).ok, false, 'alone, the additions name a network they do not hold');
  const r = parseLayers([
    { label: 'default', document: atlas },
    { label: 'ours.json', document: additions },
  ]);
  assert.ok(r.ok, JSON.stringify(r.issues));
  assert.equal(r.atlas.document.cities.length, atlas.cities.length + 1);
  assert.equal(r.atlas.city(atlas.cities[0].id).name.en, 'Renamed for the test');
  assert.deepEqual(r.origin('cities', 'example-city-ma'), { layer: 'ours.json' });
  assert.deepEqual(r.origin('cities', atlas.cities[0].id), { layer: 'ours.json', overrides: 'default' });
  assert.deepEqual(r.origin('cities', atlas.cities[1].id), { layer: 'default' });
  assert.deepEqual(r.origin('memberships', `example-city-ma@${network}`), { layer: 'ours.json' });
});

test('parseLayers: an issue names the layer and the path inside it', () => {
  const bad = structuredClone(additions);
  bad.memberships[0].network = 'no-such-network';
  const r = parseLayers([
    { label: 'default', document: atlas },
    { label: 'ours.json', document: bad },
  ]);
  assert.equal(r.ok, false);
  const issue = r.issues.find((i) => i.path === 'memberships[0].network');
  assert.ok(issue, JSON.stringify(r.issues));
  assert.equal(issue.layer, 'ours.json');
  assert.match(issue.message, /no-such-network/);
});

test('loadAtlas: "default" and a URL, fetched; a URL that fails is an issue of that layer', async () => {
  const fetch = async (url) => (url.endsWith('/ours.json') ? new Response(JSON.stringify(additions)) : new Response('gone', { status: 404 }));
  const r = await loadAtlas(['default', 'ours.json'], { base: 'https://example.org/data/', fetch });
  assert.ok(r.ok, JSON.stringify(r.issues));
  assert.equal(r.origin('cities', 'example-city-ma').layer, 'ours.json');
  const missing = await loadAtlas(['default', 'missing.json'], { base: 'https://example.org/data/', fetch });
  assert.equal(missing.ok, false);
  assert.equal(missing.issues[0].layer, 'missing.json');
  assert.match(missing.issues[0].message, /404/);
});

test('import --extends default: a workbook of additions only is validated over the bundled dataset, and only the additions are written', () => {
  const folder = join(dir, 'additions-csv');
  const files = writeCsv(additions, documentLanguages(additions, ['fr', 'en', 'ar']), true);
  spawnSync('mkdir', ['-p', folder]);
  for (const [name, text] of files) writeFileSync(join(folder, name), text);
  const out = join(dir, 'ours.json');
  const alone = cli('import', folder, '-o', out);
  assert.equal(alone.status, 1);
  assert.match(alone.stdout, /^Memberships![A-Z]+3: .*network/m);
  assert.equal(existsSync(out), false);
  const r = cli('import', folder, '--extends', 'default', '-o', out);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const written = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(written.cities.map((c) => c.id), ['example-city-ma', atlas.cities[0].id]);
  assert.equal(written.networks, undefined);
});

test('split: one valid document per network, each with its own records and what they refer to', () => {
  const folder = join(dir, 'split');
  const r = cli('split', '-o', folder);
  assert.equal(r.status, 0, r.stderr);
  const names = readdirSync(folder).sort();
  assert.deepEqual(names, atlas.networks.map((n) => `${n.id}.json`).sort());
  for (const name of names) {
    const doc = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    const parsed = parseAtlas(doc);
    assert.ok(parsed.ok, `${name}: ${JSON.stringify(parsed.issues?.slice(0, 3))}`);
    const id = name.replace(/\.json$/, '');
    assert.ok(doc.networks.some((n) => n.id === id));
    const projects = atlas.projects.filter((p) => p.network === id).map((p) => p.id);
    assert.deepEqual((doc.projects ?? []).map((p) => p.id), projects);
    const members = atlas.memberships.filter((m) => m.network === id);
    assert.equal((doc.memberships ?? []).length, members.length);
    for (const m of members) assert.ok(doc.cities.some((c) => c.id === m.city), `${name} lacks ${m.city}`);
    // Only this network's records: no project of another network.
    assert.ok((doc.projects ?? []).every((p) => p.network === id));
  }
});
