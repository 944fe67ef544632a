/**
 * The exchange commands of the CLI (`src/cli.ts` hands them over): `template`, `import`, `export`
 * and `split`. Node only, loaded on demand, so that exceljs and the CSV libraries never enter a
 * browser bundle. Nothing is written when there is an error: every output is made in memory first.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Atlas } from '../atlas.js';
import { stripBom } from '../document-text.js';
import { parseLayers } from '../layers.js';
import { parseAtlas } from '../parse.js';
import { STATUSES, type Status } from '../schema/index.js';
import { readCsv, writeCsv } from './csv.js';
import { exportIati } from './iati.js';
import { importTables, type RawSheet, type Validate } from './import.js';
import { documentLanguages } from './layout.js';
import { exportPopolo } from './popolo.js';
import { splitByNetwork } from './split.js';
import { readWorkbook, writeWorkbook } from './workbook.js';

export interface ExchangeIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const EXCHANGE_USAGE = `usage: cityweave template [-o atlas.xlsx] [--csv folder] [--from atlas.json]
  Writes a workbook to fill in: one sheet per record kind, field names in row 1, help in French,
  English and Arabic in row 2, drop-down lists for controlled values, the records of the bundled
  dataset (or of --from) as examples. --csv also writes one CSV file per sheet in a folder.
usage: cityweave import <atlas.xlsx | folder of CSV files> -o atlas.json [--extends default|base.json]
  Converts a filled-in workbook (or CSV folder) to an atlas JSON file, validated. Every problem is
  printed as "Sheet!C14: message"; when there is one, nothing is written (exit status 1).
  --extends: the workbook holds only additions and changes to another atlas (the bundled dataset,
  "default", or a file): it is validated over it, and only the additions are written.
usage: cityweave export --format iati|popolo|csv|xlsx [atlas.json] -o <file or folder> [IATI options]
  iati    IATI 2.03 activity XML of the projects. Needs --reporting-org <IATI organisation id>
          (the sources name none); --reporting-org-type <code>, --reporting-org-name <text>.
          Refuses projects without a status or a date, or with a date coarser than a day, unless
          told what to write: --unknown-status planned|ongoing|completed|cancelled,
          --undated-start YYYY-MM-DD, --reduced-dates bounds (first/last day, the date as given kept).
  popolo  Popolo JSON: organisations (networks, cities, partners) and memberships with roles and dates.
  csv     one CSV file per sheet of the template, in a folder (read back by "import").
  xlsx    the workbook of "template", for this atlas.
usage: cityweave split [atlas.json] -o <folder>
  Writes one validated atlas per network (<network id>.json), each usable as an element's src.`;

/** Parses `--name value` options and positional arguments; unknown options are errors. */
function parseArgs(args: string[], valued: string[], flags: string[] = []): { options: Map<string, string>; files: string[]; error?: string } {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (valued.includes(name)) {
      const v = inline ?? args[++i];
      if (v === undefined) return { options, files, error: `${name} needs a value` };
      options.set(name, v);
    } else if (flags.includes(name)) options.set(name, 'true');
    else if (a.startsWith('-') && a !== '-') return { options, files, error: `unknown option ${JSON.stringify(a)}` };
    else files.push(a);
  }
  return { options, files };
}

async function readAtlasFile(file: string, io: ExchangeIO): Promise<{ atlas: Atlas; raw: Record<string, unknown> } | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(await readFile(file, 'utf8')));
  } catch (e) {
    io.err(`${file}: cannot be read as JSON (${(e as Error).message}); give the path of an atlas JSON file`);
    return undefined;
  }
  const r = parseAtlas(raw);
  if (!r.ok) {
    for (const i of r.issues) io.err(`${file}: ${i.path || '(root)'}: ${i.message}`);
    io.err(`${file}: not a valid atlas (${r.issues.length} issue${r.issues.length === 1 ? '' : 's'}); fix it first ("cityweave validate ${file}")`);
    return undefined;
  }
  return { atlas: r.atlas, raw: raw as Record<string, unknown> };
}

/** Reads a workbook, or a folder of CSV files, as sheets. */
async function readTables(path: string): Promise<RawSheet[] | string> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return `${path}: no such file or folder; give a workbook (.xlsx) or a folder of CSV files`;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => /\.csv$/i.test(n)).sort();
    if (names.length === 0) return `${path}: no CSV file in this folder; write them with "cityweave template --csv ${path}"`;
    const sheets: RawSheet[] = [];
    for (const n of names) {
      let text: string;
      try {
        // Strictly UTF-8: a file saved in a legacy encoding would lose its Arabic without a word.
        text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(join(path, n)));
      } catch {
        return `${join(path, n)}: not UTF-8 text; save it as "CSV UTF-8" (Excel) or choose the UTF-8 character set (LibreOffice)`;
      }
      try {
        sheets.push(readCsv(n, text));
      } catch (e) {
        return `${join(path, n)}: not a readable CSV file (${(e as Error).message})`;
      }
    }
    return sheets;
  }
  try {
    return await readWorkbook(await readFile(path));
  } catch (e) {
    return `${path}: not a readable .xlsx workbook (${(e as Error).message}); save it as "Excel 2007-365 (.xlsx)"`;
  }
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes files only once all are made; a folder is created if needed. */
async function writeAll(files: Map<string, string | Buffer>, folder?: string): Promise<void> {
  if (folder) await mkdir(folder, { recursive: true });
  for (const [name, data] of files) await writeFile(folder ? join(folder, name) : name, data);
}

export async function runExchange(command: string, args: string[], io: ExchangeIO, defaultFile: string): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(EXCHANGE_USAGE);
    return 0;
  }
  const fail = (message: string): number => {
    io.err(`${message}\n(see "cityweave ${command} --help")`);
    return 2;
  };

  if (command === 'template') {
    const { options, files, error } = parseArgs(args, ['-o', '--csv', '--from']);
    if (error || files.length > 0) return fail(error ?? `unexpected argument ${JSON.stringify(files[0])}`);
    const source = await readAtlasFile(options.get('--from') ?? defaultFile, io);
    if (!source) return 1;
    const languages = documentLanguages(source.raw, ['fr', 'en', 'ar']);
    const out = options.get('-o') ?? (options.has('--csv') ? undefined : 'cityweave-atlas.xlsx');
    if (out) await writeAll(new Map([[out, await writeWorkbook(source.raw, languages)]]));
    if (options.has('--csv')) await writeAll(writeCsv(source.raw, languages, true), options.get('--csv'));
    io.out(`wrote ${[out, options.get('--csv') && `${options.get('--csv')}/ (CSV)`].filter(Boolean).join(' and ')}`);
    return 0;
  }

  if (command === 'import') {
    const { options, files, error } = parseArgs(args, ['-o', '--extends']);
    if (error) return fail(error);
    if (files.length !== 1) return fail('give one workbook (.xlsx) or one folder of CSV files');
    if (!options.get('-o')) return fail('give the file to write with -o atlas.json');
    const sheets = await readTables(files[0]!);
    if (typeof sheets === 'string') {
      io.err(sheets);
      return 2;
    }
    let validate: Validate | undefined;
    const base = options.get('--extends');
    if (base) {
      const below = await readAtlasFile(base === 'default' ? defaultFile : base, io);
      if (!below) return 2;
      const label = basename(files[0]!);
      validate = (document) => {
        const r = parseLayers([
          { label: base, document: below.raw },
          { label, document },
        ]);
        return r.ok ? [] : r.issues.map((i) => ({ path: i.layer === label ? i.path : '', message: i.layer === label ? i.message : `${i.layer}: ${i.path}: ${i.message}` }));
      };
    }
    const result = importTables(sheets, validate);
    if (!result.ok) {
      for (const line of result.issues) io.out(line);
      io.err(`${files[0]}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}; nothing was written`);
      return 1;
    }
    await writeAll(new Map([[options.get('-o')!, json(result.document)]]));
    io.out(`${files[0]}: valid; wrote ${options.get('-o')}`);
    return 0;
  }

  if (command === 'export') {
    const { options, files, error } = parseArgs(args, ['-o', '--format', '--reporting-org', '--reporting-org-type', '--reporting-org-name', '--undated-start', '--unknown-status', '--reduced-dates', '--generated']);
    if (error) return fail(error);
    const format = options.get('--format');
    if (!format || !['iati', 'popolo', 'csv', 'xlsx'].includes(format)) return fail('give --format iati, popolo, csv or xlsx');
    const out = options.get('-o');
    if (!out) return fail(`give where to write with -o (${format === 'csv' ? 'a folder' : 'a file'})`);
    if (files.length > 1) return fail('give one atlas file (default: the bundled dataset)');
    const source = await readAtlasFile(files[0] ?? defaultFile, io);
    if (!source) return 1;
    if (format === 'iati') {
      const status = options.get('--unknown-status');
      if (status && !(STATUSES as readonly string[]).includes(status)) return fail(`--unknown-status must be one of ${STATUSES.join(', ')}`);
      const reduced = options.get('--reduced-dates');
      if (reduced && reduced !== 'bounds' && reduced !== 'refuse') return fail('--reduced-dates must be "bounds" or "refuse"');
      const ref = options.get('--reporting-org');
      if (!ref) return fail('give --reporting-org <IATI organisation identifier> of the publisher: the sources name no reporting organisation');
      const r = exportIati(source.atlas, {
        reportingOrg: { ref, type: options.get('--reporting-org-type'), name: options.get('--reporting-org-name') },
        undatedStart: options.get('--undated-start'),
        unknownStatus: status as Status | undefined,
        reducedDates: reduced as 'bounds' | 'refuse' | undefined,
        generated: options.get('--generated'),
      });
      if (!r.ok) {
        for (const line of r.issues) io.out(line);
        io.err(`${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}; nothing was written`);
        return 1;
      }
      await writeAll(new Map([[out, r.xml]]));
      io.out(`wrote ${out} (${r.activities} IATI activities)`);
      return 0;
    }
    if (format === 'popolo') {
      const { document, skipped } = exportPopolo(source.atlas);
      for (const s of skipped) io.err(`note: ${s}`);
      await writeAll(new Map([[out, json(document)]]));
      io.out(`wrote ${out} (${document.organizations.length} organizations, ${document.memberships.length} memberships)`);
      return 0;
    }
    const languages = documentLanguages(source.raw, format === 'xlsx' ? ['fr', 'en', 'ar'] : []);
    if (format === 'csv') await writeAll(writeCsv(source.raw, languages), out);
    else await writeAll(new Map([[out, await writeWorkbook(source.raw, languages)]]));
    io.out(`wrote ${out}`);
    return 0;
  }

  if (command === 'split') {
    const { options, files, error } = parseArgs(args, ['-o']);
    if (error) return fail(error);
    const out = options.get('-o');
    if (!out) return fail('give the folder to write with -o');
    const source = await readAtlasFile(files[0] ?? defaultFile, io);
    if (!source) return 1;
    const parts = splitByNetwork(source.atlas);
    const bad = parts.filter((p) => !p.ok);
    if (bad.length > 0) {
      for (const p of bad) if (!p.ok) for (const i of p.issues) io.out(`${p.network}.json: ${i.path}: ${i.message}`);
      io.err('some networks could not be split into a valid document; nothing was written');
      return 1;
    }
    await writeAll(new Map(parts.map((p) => [`${p.network}.json`, json(p.ok ? p.document : undefined)])), out);
    io.out(`wrote ${parts.length} files in ${out}: ${parts.map((p) => `${p.network}.json`).join(', ')}`);
    return 0;
  }
  return fail(`unknown command ${JSON.stringify(command)}`);
}
