/**
 * The atlas as a folder of CSV files, one per table of `layout.ts` (`Cities.csv`,
 * `Projects.organizations.csv`, …), UTF-8 with a byte-order mark (so spreadsheets open the Arabic
 * right), and back. Node only, through csv-stringify and csv-parse.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { helpRow } from './help.js';
import type { RawSheet } from './import.js';
import { atlasTables, headers, tableRows } from './layout.js';

/** The CSV text of each table, by file name. `help` adds the template's help row. */
export function writeCsv(doc: Record<string, unknown>, languages: readonly string[], help = false): Map<string, string> {
  const files = new Map<string, string>();
  for (const table of atlasTables()) {
    const rows = tableRows(doc, table, languages).map((r) => r.map((c) => (c === undefined ? '' : String(c))));
    const lines = [headers(table, languages), ...(help ? [helpRow(table, languages)] : []), ...rows];
    files.set(`${table.sheet}.csv`, stringify(lines, { bom: true, record_delimiter: '\n' }));
  }
  return files;
}

/**
 * The separator of a CSV file, read off its header row (whose names hold neither): a comma, or a
 * semicolon, which spreadsheets in French and other languages with a decimal comma write.
 */
export function csvDelimiter(text: string): ',' | ';' {
  const header = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** Reads one CSV file as a sheet named after the file (without `.csv`); every cell is text. Throws on malformed CSV. */
export function readCsv(name: string, text: string): RawSheet {
  const records = parse(text, { bom: true, delimiter: csvDelimiter(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
  return { name: name.replace(/\.csv$/i, ''), rows: records.map((r) => r.map((c) => (c === '' ? undefined : c))) };
}
