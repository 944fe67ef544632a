// Round trips of the exchange layout (src/exchange/), on the default dataset, through the built CLI
// and modules (npm run build first): JSON → workbook → JSON and JSON → CSV → JSON give the same
// atlas; the template's workbook has its help row, its drop-down lists and sheet names a spreadsheet accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseAtlas } from '../../dist/src/parse.js';
import { atlasTables } from '../../dist/src/exchange/layout.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/cityweave.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'cityweave-exchange-'));
const original = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8'));
const normalized = (doc) => {
  const r = parseAtlas(doc);
  assert.ok(r.ok, JSON.stringify(r.issues?.slice(0, 3)));
  return r.atlas.document;
};

test('JSON → workbook → JSON gives the same atlas, and a second trip the same file', () => {
  const xlsx = join(dir, 'atlas.xlsx');
  const back = join(dir, 'from-xlsx.json');
  let r = cli('template', '-o', xlsx);
  assert.equal(r.status, 0, r.stderr);
  r = cli('import', xlsx, '-o', back);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const imported = JSON.parse(readFileSync(back, 'utf8'));
  assert.deepEqual(normalized(imported), normalized(original));
  // Fixed point: the imported file, through a workbook again, is the same text.
  const xlsx2 = join(dir, 'again.xlsx');
  const back2 = join(dir, 'again.json');
  assert.equal(cli('export', '--format', 'xlsx', back, '-o', xlsx2).status, 0);
  assert.equal(cli('import', xlsx2, '-o', back2).status, 0);
  assert.equal(readFileSync(back2, 'utf8'), readFileSync(back, 'utf8'));
});

test('JSON → CSV → JSON gives the same atlas; the template CSV (with its help row) too', () => {
  const folder = join(dir, 'csv');
  assert.equal(cli('export', '--format', 'csv', '-o', folder).status, 0);
  assert.deepEqual(readdirSync(folder).sort(), atlasTables().map((t) => `${t.sheet}.csv`).sort());
  const back = join(dir, 'from-csv.json');
  const r = cli('import', folder, '-o', back);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(normalized(JSON.parse(readFileSync(back, 'utf8'))), normalized(original));

  const template = join(dir, 'template-csv');
  assert.equal(cli('template', '--csv', template).status, 0);
  const cities = readFileSync(join(template, 'Cities.csv'), 'utf8');
  assert.ok(cities.startsWith('\ufeffid,name.fr,name.en'), cities.slice(0, 60));
  assert.match(cities.split('\n')[1], /^"?fr: /);
  const back2 = join(dir, 'from-template-csv.json');
  assert.equal(cli('import', template, '-o', back2).status, 0);
  assert.deepEqual(normalized(JSON.parse(readFileSync(back2, 'utf8'))), normalized(original));
});

test('the template: one sheet per table, field names in row 1, help in three languages in row 2, drop-down lists', async () => {
  const xlsx = join(dir, 'template.xlsx');
  assert.equal(cli('template', '-o', xlsx).status, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const names = wb.worksheets.map((w) => w.name);
  for (const t of atlasTables()) {
    assert.ok(names.includes(t.sheet), t.sheet);
    assert.ok(t.sheet.length <= 31 && !/[:\\/?*[\]]/.test(t.sheet), `${t.sheet} is not a valid sheet name`);
  }
  const cities = wb.getWorksheet('Cities');
  assert.deepEqual(cities.getRow(1).values.slice(1, 4), ['id', 'name.fr', 'name.en']);
  const help = String(cities.getCell('C2').value);
  assert.match(help, /^fr: .+\nen: .+\nar: .+/);
  assert.match(help, /anglais/);
  assert.match(help, /الإنجليزية/);
  assert.equal(cities.getCell('A3').value, original.cities[0].id);
  // A drop-down list on the country column (from the sheet Lists) and on the membership roles.
  const country = cities.getRow(1).values.indexOf('country');
  const dv = cities.getCell(3, country).dataValidation;
  assert.equal(dv?.type, 'list');
  assert.match(dv.formulae[0], /^Lists!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
  const lists = wb.getWorksheet('Lists');
  const header = lists.getRow(1).values;
  const roles = header.indexOf('Memberships.roles');
  assert.ok(roles > 0, header.join());
  const values = lists.getColumn(roles).values.slice(2);
  assert.ok(values.includes('coordinator') && values.includes('member'), values.join());
  const sdg = lists.getColumn(header.indexOf('sdgTargets')).values.slice(2);
  assert.ok(sdg.includes('10.7') && sdg.includes('16.b'));
  const countries = lists.getColumn(header.indexOf('country')).values.slice(2);
  assert.ok(countries.includes('MA') && countries.includes('LB') && !countries.includes('XX'));
  // A reference offers the ids of its sheet: a membership's city, from the sheet Cities.
  const memberships = wb.getWorksheet('Memberships');
  const city = memberships.getCell(3, memberships.getRow(1).values.indexOf('city')).dataValidation;
  assert.equal(city?.type, 'list');
  assert.match(city.formulae[0], /^Cities!\$A\$3:\$A\$\d+$/);
  assert.ok(existsSync(xlsx));
});

test('the layout is read off the schema: a sheet for every list of the document, a column for every field', async () => {
  const { AtlasDocument, Project } = await import('../../dist/src/schema/index.js');
  const tables = atlasTables();
  const lists = Object.entries(AtlasDocument.shape).filter(([, s]) => s._zod.def.type === 'array' || s._zod.def.innerType?._zod.def.type === 'array').map(([k]) => k);
  assert.deepEqual(tables.filter((t) => t.path.length === 1).map((t) => t.path[0]), lists);
  // Every field of a project is somewhere: a column of Projects or a child sheet of it.
  const projects = tables.find((t) => t.sheet === 'Projects');
  const covered = new Set([...projects.fields.map((f) => f.path[0]), ...projects.children.map((c) => c.path[1])]);
  assert.deepEqual([...covered].sort(), Object.keys(Project.shape).sort());
});

test('each exchange command has its help, and a usage error exits 2 with a hint', () => {
  for (const command of ['template', 'import', 'export', 'split']) {
    const r = cli(command, '--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, new RegExp(`usage: cityweave ${command}`));
  }
  const r = cli('export', '--format', 'pdf', '-o', join(dir, 'x'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /give --format iati, popolo, csv or xlsx/);
  assert.match(cli('--help').stdout, /cityweave template \| import \| export \| split/);
});
