// Bad workbooks and CSV folders given to `cityweave import`: each problem gets a message that names
// the sheet, the row and the column, all of them in one run, and nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const cli = (...args) => spawnSync(process.execPath, ['bin/cityweave.js', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'cityweave-bad-'));
const template = join(dir, 'template.xlsx');
assert.equal(cli('template', '-o', template).status, 0);

/** The template, changed by `edit`, imported: its exit status, its lines, and whether it wrote the output. */
async function importEdited(edit) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  edit(wb);
  const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(file);
  const out = `${file}.json`;
  const r = cli('import', file, '-o', out);
  return { status: r.status, lines: r.stdout.trim().split('\n'), stderr: r.stderr, written: existsSync(out) };
}

/** The column letter of a header in row 1. */
const col = (ws, header) => {
  const i = ws.getRow(1).values.indexOf(header);
  assert.ok(i > 0, `no column ${header}`);
  return ws.getColumn(i).letter;
};

test('every kind of bad input in one workbook: each named by sheet, row and column, all in one run, nothing written', async () => {
  const r = await importEdited((wb) => {
    wb.removeWorksheet(wb.getWorksheet('Sources').id); // a missing sheet
    const cities = wb.getWorksheet('Cities');
    cities.getCell(`${col(cities, 'country')}1`).value = 'pays'; // a renamed column
    cities.getCell(`${col(cities, 'name.ar')}1`).value = 'name.arabic'; // a language column that is not BCP 47
    cities.getCell('A6').value = cities.getCell('A5').value; // an id that exists twice
    cities.mergeCells('B8:C8'); // merged cells
    cities.getCell(`${col(cities, 'coordinates.lat')}9`).value = { formula: '30+5', result: 35 }; // a formula
    const events = wb.getWorksheet('Events');
    events.getCell(`${col(events, 'period.actual')}3`).value = 42852; // a date as a serial number
    const date = events.getCell(`${col(events, 'period.actual')}4`); // a spreadsheet date, as a spreadsheet makes of 27/04/2017
    date.value = new Date(Date.UTC(2017, 3, 27));
    date.style = { ...date.style, numFmt: 'dd/mm/yyyy' }; // exceljs shares style objects between cells: a copy
    events.getCell(`${col(events, 'period.actual')}5`).value = '27 avril 2017'; // a date typed as free text
    events.getCell(`${col(events, 'period.actual')}6`).value = 2017; // a year typed as a number
  });
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.written, false);
  assert.match(r.stderr, /nothing was written/);
  const find = (re) => {
    const line = r.lines.find((l) => re.test(l));
    assert.ok(line, `no line matches ${re}:\n${r.lines.join('\n')}`);
    return line;
  };
  find(/^Sources: the sheet "Sources" is missing/);
  find(/^Cities![A-Z]+1: unknown column "pays"/);
  find(/^Cities!1:1: the column "country" is missing/);
  find(/^Cities![A-Z]+1: the column "name\.arabic" names the language "arabic", which is not a BCP 47 language tag/);
  find(/^Cities!A6: the id "[a-z-]+" is already used in Cities row 5/);
  find(/^Cities!B8:C8: merged cells/);
  find(/^Cities![A-Z]+9: a formula; type the value itself/);
  find(/^Events![A-Z]+3: 42852 looks like a date stored as a spreadsheet serial number/);
  find(/^Events![A-Z]+4: a date stored as a spreadsheet date; type it as text/);
  // The data rules wait for the structure to be fixed; then the free-text date is reported at its cell.
  find(/^Atlas: the data rules .* are checked once the sheets and columns named above are fixed/);
  find(/^Events![A-Z]+6: the year 2017 is a number here; type the date as text/);
});

test('once the structure is right, the data rules: a date typed as free text, a duplicate id, at their cells', async () => {
  const r = await importEdited((wb) => {
    const events = wb.getWorksheet('Events');
    events.getCell(`${col(events, 'period.actual')}5`).value = '27 avril 2017';
    const cities = wb.getWorksheet('Cities');
    cities.getCell('A6').value = cities.getCell('A5').value;
  });
  assert.equal(r.status, 1);
  assert.equal(r.written, false);
  assert.ok(r.lines.some((l) => /^Events![A-Z]+5: .*"27 avril 2017"/.test(l)), r.lines.join('\n'));
  assert.ok(r.lines.some((l) => /^Cities!A6: the id .* is already used in Cities row 5/.test(l)), r.lines.join('\n'));
  assert.equal(r.lines.filter((l) => l.startsWith('Cities!A6')).length, 1, 'a duplicate is reported once');
});

test('a row of a child sheet that names no existing parent, and a sheet that is not the template\'s', async () => {
  const r = await importEdited((wb) => {
    const orgs = wb.getWorksheet('Projects.organizations');
    orgs.getCell('A3').value = 'no-such-project';
    wb.getWorksheet('Roadmaps').name = 'Feuilles de route';
  });
  assert.equal(r.status, 1);
  assert.ok(r.lines.some((l) => /^Projects\.organizations!A3: no row of sheet "Projects" has the id "no-such-project"/.test(l)), r.lines.join('\n'));
  assert.ok(r.lines.some((l) => /^Feuilles de route: the sheet "Feuilles de route" is not one of the template's/.test(l)), r.lines.join('\n'));
  assert.ok(r.lines.some((l) => /^Roadmaps: the sheet "Roadmaps" is missing/.test(l)));
  assert.ok(!r.lines.some((l) => /^Roadmaps\.items/.test(l)), 'no row of a child sheet is reported for a missing parent sheet');
  assert.equal(r.written, false);
});

test('a reference to a record that does not exist is reported at its cell, with a suggestion', async () => {
  const r = await importEdited((wb) => {
    const m = wb.getWorksheet('Memberships');
    m.getCell(`${col(m, 'city')}3`).value = 'tetouan';
    m.getCell(`${col(m, 'roles')}4`).value = 'member; boss';
  });
  assert.equal(r.status, 1);
  assert.ok(r.lines.some((l) => /^Memberships!A3: .*"tetouan".*tetouan-ma/.test(l)), r.lines.join('\n'));
  assert.ok(r.lines.some((l) => /^Memberships![A-Z]+4: "boss" is not a membership role/.test(l)), r.lines.join('\n'));
});

test('a CSV folder: a renamed column, then an id that is not one, named by file, row and column', () => {
  const folder = join(dir, 'csv-bad');
  assert.equal(cli('template', '--csv', folder).status, 0);
  const file = join(folder, 'Projects.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[0] = lines[0].replace('sdgTargets', 'odd');
  writeFileSync(file, lines.join('\n'));
  const out = join(dir, 'csv-bad.json');
  const r1 = cli('import', folder, '-o', out);
  assert.equal(r1.status, 1);
  assert.match(r1.stdout, /^Projects![A-Z]+1: unknown column "odd"/m);
  assert.doesNotMatch(r1.stdout, /^Projects![A-Z]+3:/m, 'the cells of an unknown column are not reported one by one');
  lines[0] = lines[0].replace('odd', 'sdgTargets');
  writeFileSync(file, lines.join('\n'));
  // Record 3 (after the header and the help row, whose cells span several lines).
  const cities = join(folder, 'Cities.csv');
  const records = parse(readFileSync(cities, 'utf8'), { bom: true });
  records[2][0] = 'Tanger Ville';
  writeFileSync(cities, stringify(records));
  const r = cli('import', folder, '-o', out);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^Cities!A3: "Tanger Ville" is not a valid id/m);
  assert.equal(existsSync(out), false);
  mkdirSync(join(dir, 'empty'));
  const e = cli('import', join(dir, 'empty'), '-o', out);
  assert.equal(e.status, 2);
  assert.match(e.stderr, /no CSV file in this folder/);
});

test('CSV saved by a spreadsheet in French (semicolons) is read; a file not in UTF-8 is refused with what to do', () => {
  const folder = join(dir, 'csv-semicolon');
  assert.equal(cli('export', '--format', 'csv', '-o', folder).status, 0);
  const file = join(folder, 'Cities.csv');
  const records = parse(readFileSync(file, 'utf8'), { bom: true });
  writeFileSync(file, stringify(records, { delimiter: ';', bom: true }));
  const out = join(dir, 'semicolon.json');
  const r = cli('import', folder, '-o', out);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).cities.length, records.length - 1);
  writeFileSync(file, Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x0a])); // "id", then a Latin-1 "é"
  const bad = cli('import', folder, '-o', join(dir, 'latin1.json'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /Cities\.csv: not UTF-8 text; save it as "CSV UTF-8"/);
});
