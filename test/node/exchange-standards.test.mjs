// The IATI and Popolo exports of the default dataset, checked against the standards' own schemas:
// the IATI 2.03 XSD with xmllint (Debian's libxml2-utils), the Popolo JSON schemas with Ajv.
// Both schemas are fixtures here (test/fixtures/iati, test/fixtures/popolo: sources and licences beside them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';

const cli = (...args) => spawnSync(process.execPath, ['bin/cityweave.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'cityweave-standards-'));
const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8'));
const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const IATI = ['--reporting-org', 'XM-EXAMPLE-1', '--reporting-org-type', '40', '--reporting-org-name', 'Example publisher'];

test('IATI: refused without a reporting organisation, or for undated projects without a status, every project named, nothing written', () => {
  const out = join(dir, 'refused.xml');
  let r = cli('export', '--format', 'iati', '-o', out);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--reporting-org/);
  r = cli('export', '--format', 'iati', '-o', out, ...IATI);
  assert.equal(r.status, 1);
  for (const p of atlas.projects.filter((p) => !p.period)) assert.match(r.stdout, new RegExp(`project "${p.id}" has no date.*--undated-start`));
  for (const p of atlas.projects.filter((p) => !p.status)) assert.match(r.stdout, new RegExp(`project "${p.id}" has no status.*--unknown-status`));
  assert.equal(existsSync(out), false);
});

test('IATI: a year-only period is refused unless --reduced-dates bounds, which keeps the date as given in a narrative', () => {
  const doc = structuredClone(atlas);
  doc.projects[0].period = { planned: '2019/2020' };
  doc.projects[0].status = 'completed';
  const file = join(dir, 'dated.json');
  writeFileSync(file, JSON.stringify(doc));
  const out = join(dir, 'dated.xml');
  let r = cli('export', '--format', 'iati', file, '-o', out, ...IATI, '--undated-start', '2019-01-01', '--unknown-status', 'ongoing');
  assert.equal(r.status, 1);
  assert.match(r.stdout, new RegExp(`project "${doc.projects[0].id}": the planned date "2019/2020" is given to the year only.*--reduced-dates bounds`));
  r = cli('export', '--format', 'iati', file, '-o', out, ...IATI, '--undated-start', '2019-01-01', '--unknown-status', 'ongoing', '--reduced-dates', 'bounds');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const xml = readFileSync(out, 'utf8');
  assert.match(xml, /<activity-date type="1" iso-date="2019-01-01">\s*<narrative xml:lang="en">Date as given by the source: 2019\/2020/);
  assert.match(xml, /<activity-date type="3" iso-date="2020-12-31">/);
  assert.match(xml, /<activity-status code="4"\/>/);
});

test('IATI: the export of the default dataset validates against the IATI 2.03 XSD', { skip: !xmllint && 'xmllint not installed (apt-get install libxml2-utils)' }, () => {
  const out = join(dir, 'activities.xml');
  const r = cli('export', '--format', 'iati', '-o', out, ...IATI, '--undated-start', '2019-01-01', '--unknown-status', 'ongoing', '--generated', '2026-01-01T00:00:00Z');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const v = spawnSync('xmllint', ['--noout', '--schema', 'test/fixtures/iati/iati-activities-schema.xsd', out], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stderr);
  const xml = readFileSync(out, 'utf8');
  assert.equal(xml.match(/<iati-activity>/g).length, atlas.projects.length);
  // Every project: its title in each of its languages, its SDG goals and targets as tags (vocabularies 2 and 3), its cities as locations.
  const p = atlas.projects.find((x) => x.sdgTargets.includes('10.7'));
  const block = xml.split('<iati-activity>').find((b) => b.includes(`<iati-identifier>XM-EXAMPLE-1-${p.id}</iati-identifier>`));
  assert.ok(block);
  assert.match(block, /<tag vocabulary="3" code="10\.7"\/>/);
  assert.match(block, /<tag vocabulary="2" code="10"\/>/);
  assert.match(block, /<narrative xml:lang="ar">/);
  assert.match(block, /<narrative xml:lang="fr">/);
  assert.match(block, /<location ref="[a-z-]+">[\s\S]*<pos>-?\d+(\.\d+)? -?\d+(\.\d+)?<\/pos>/);
  assert.match(block, /<participating-org role="1"/);
  // Breaking the file breaks validation: the check can fail.
  writeFileSync(out, xml.replace('<activity-status code="2"/>', ''));
  assert.notEqual(spawnSync('xmllint', ['--noout', '--schema', 'test/fixtures/iati/iati-activities-schema.xsd', out]).status, 0);
});

/**
 * The Popolo schemas are JSON Schema draft-03, which Ajv does not read: converted here, mechanically
 * (`id` → `$id`, a property's `required: true` → an entry of its object's `required`), and their
 * `$ref`s resolved by those ids.
 */
function draft07(schema) {
  if (Array.isArray(schema)) return schema.map(draft07);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$schema') continue;
    if (k === 'id' && typeof v === 'string') out.$id = v;
    else if (k === 'required' && typeof v === 'boolean') continue;
    else out[k] = draft07(v);
  }
  if (schema.properties && typeof schema.properties === 'object') {
    const required = Object.entries(schema.properties).filter(([, p]) => p && p.required === true).map(([name]) => name);
    if (required.length > 0) out.required = required;
  }
  return out;
}

test('Popolo: organisations and memberships of the default dataset are valid against the Popolo schemas', () => {
  const out = join(dir, 'popolo.json');
  const r = cli('export', '--format', 'popolo', '-o', out);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s) => URL.canParse(s));
  ajv.addFormat('date-time', (s) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  for (const f of readdirSync('test/fixtures/popolo').filter((n) => n.endsWith('.json'))) ajv.addSchema(draft07(JSON.parse(readFileSync(join('test/fixtures/popolo', f), 'utf8'))));
  const check = (name, items) => {
    const validate = ajv.getSchema(`http://www.popoloproject.com/schemas/${name}.json#`);
    assert.ok(validate, name);
    for (const item of items) assert.ok(validate(item), `${name} ${item.id}: ${ajv.errorsText(validate.errors)}`);
    // The conversion keeps the checks: a wrong date fails.
    if (name === 'membership') assert.equal(validate({ ...items[0], start_date: '27/04/2017' }), false);
  };
  check('organization', doc.organizations);
  check('membership', doc.memberships);
  assert.equal(doc.organizations.length, atlas.networks.length + atlas.cities.length + atlas.organizations.length);
  // A city that is member and coordinator of a network: one membership per role, its dates kept at their precision.
  const m = atlas.memberships.find((x) => x.roles.length > 1) ?? atlas.memberships[0];
  for (const role of m.roles) {
    const pm = doc.memberships.find((x) => x.member.id === m.city && x.organization_id === m.network && x.role === role);
    assert.ok(pm, `${m.city} ${m.network} ${role}`);
    if (m.start && /^\d{4}(-\d{2}){0,2}$/.test(m.start)) assert.equal(pm.start_date, m.start);
  }
  const network = doc.organizations.find((o) => o.id === atlas.networks[0].id);
  assert.equal(network.classification, atlas.networks[0].kind);
});
