/**
 * The atlas as a workbook (`.xlsx`, through exceljs) and back: one sheet per table of `layout.ts`,
 * the headers in row 1, the help in three languages in row 2, the records below; drop-down lists
 * for the controlled values (enums, SDG targets, countries) from a sheet `Lists`. Node only: the
 * CLI imports it, no browser bundle does.
 */
import ExcelJS from 'exceljs';
import { sdgTargets } from '../sdg.js';
import { countryCodes, helpRow } from './help.js';
import { columnLetter, type RawCell } from './cells.js';
import type { RawSheet } from './import.js';
import { atlasTables, headers, kindSheet, LISTS_SHEET, REFERENCES, tableRows, type Field } from './layout.js';

/** How many empty rows below the records get the drop-down lists, for the records a coordinator adds. */
const ROOM = 200;

/** The allowed values of a field for its drop-down list, if it has one. */
function choices(field: Field, countries: () => string[]): { name: string; values: readonly string[] } | undefined {
  if (field.options) return { name: field.name, values: field.options };
  if (field.meaning === 'sdg') return { name: 'sdgTargets', values: sdgTargets().map((t) => t.code) };
  if (field.meaning === 'country') return { name: 'country', values: countries() };
  return undefined;
}

/** Writes the document as a workbook (a Buffer), its texts in `languages` (one column each). */
export async function writeWorkbook(doc: Record<string, unknown>, languages: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cityweave';
  // A fixed date, so that the same data gives the same file.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const lists = new Map<string, { column: string; size: number }>();
  let countryList: string[] | undefined;
  const countries = (): string[] => (countryList ??= countryCodes());
  const tables = atlasTables();
  const listsSheet = (): ExcelJS.Worksheet => wb.getWorksheet(LISTS_SHEET) ?? wb.addWorksheet(LISTS_SHEET);
  for (const table of tables) {
    const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 2, xSplit: table.keys.length + (table.hasId ? 1 : 0) }] });
    const names = headers(table, languages);
    const rows = tableRows(doc, table, languages);
    ws.addRow(names).font = { bold: true };
    const help = ws.addRow(helpRow(table, languages));
    help.font = { italic: true, color: { argb: 'FF555555' }, size: 9 };
    help.alignment = { wrapText: true, vertical: 'top' };
    help.height = 48;
    for (const row of rows) ws.addRow(row.map((c) => (c === undefined ? null : c)));
    names.forEach((name, i) => {
      const longest = Math.max(name.length, ...rows.map((r) => String(r[i] ?? '').length));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(12, longest + 2));
      // Text cells stay text: a date typed later as 2017-04 is not turned into a date by the spreadsheet.
      ws.getColumn(i + 1).numFmt = '@';
    });
    // Drop-down lists: a list of allowed values per field, from the sheet `Lists`; for a reference
    // (a city, a network, a source), the ids of that sheet, so a record added there is offered too.
    let column = table.keys.length;
    for (const field of table.fields) {
      const width = field.shape === 'text' ? languages.length : 1;
      let formula: string | undefined;
      const kind = field.meaning === 'id' && field.name !== 'id' ? REFERENCES[field.path.at(-1)!] : undefined;
      const choice = field.shape === 'text' ? undefined : choices(field, countries);
      if (kind) {
        const count = Array.isArray(doc[kind]) ? (doc[kind] as unknown[]).length : 0;
        formula = `${kindSheet(kind)}!$A$3:$A$${count + 2 + ROOM}`;
      } else if (choice) {
        // One column of the sheet Lists per set of values, named after its first use (`Memberships.roles`).
        const id = choice.values.join('\n');
        let list = lists.get(id);
        if (!list) {
          const sheet = listsSheet();
          const col = lists.size + 1;
          sheet.getCell(1, col).value = choice.name === 'sdgTargets' || choice.name === 'country' ? choice.name : `${table.sheet}.${choice.name}`;
          sheet.getCell(1, col).font = { bold: true };
          choice.values.forEach((v, i) => (sheet.getCell(i + 2, col).value = v));
          list = { column: columnLetter(col - 1), size: choice.values.length };
          lists.set(id, list);
        }
        formula = `${LISTS_SHEET}!$${list.column}$2:$${list.column}$${list.size + 1}`;
      }
      if (formula) {
        const letter = columnLetter(column);
        for (let r = 3; r <= rows.length + 2 + ROOM; r++) {
          ws.getCell(`${letter}${r}`).dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [formula],
            // A list of several values (`member; lead`) is not one item of the list: warn, do not refuse.
            showErrorMessage: true,
            errorStyle: field.shape === 'list' ? 'information' : 'stop',
            error: field.shape === 'list' ? 'Several values: separate them with ;' : 'Choose a value from the list',
          };
        }
      }
      column += width;
    }
  }
  // The lists last, after the sheets people edit.
  const ls = wb.getWorksheet(LISTS_SHEET);
  if (ls) {
    wb.removeWorksheet(ls.id);
    const again = wb.addWorksheet(LISTS_SHEET);
    ls.eachRow((row, r) => row.eachCell((cell, c) => (again.getCell(r, c).value = cell.value)));
    again.getRow(1).font = { bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const SHEET_DATE = 'a date stored as a spreadsheet date; type it as text at the precision the source gives (2017, 2017-04 or 2017-04-27), e.g. with a leading apostrophe, or format the column as text';

/** One cell's value as the importer takes it: text, a number, or why it is refused. */
function rawCell(cell: ExcelJS.Cell): RawCell {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return { refused: `${v ? 'TRUE' : 'FALSE'} is a spreadsheet boolean; type the value as text` };
  if (v instanceof Date) return { refused: SHEET_DATE };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return { refused: 'a formula; type the value itself (copy, then paste values only)' };
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : String(v.hyperlink);
    if ('error' in v) return { refused: `the spreadsheet error ${String(v.error)}; type a value` };
  }
  return { refused: 'a value of a kind that cannot be read; type it as text' };
}

/** Reads every sheet of a workbook as raw rows. Throws when the file is not a workbook. */
export async function readWorkbook(data: Buffer | ArrayBuffer): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: RawCell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // The cells a merge covers repeat nothing: the merge itself is reported, once, by its range.
        if (cell.isMerged && cell.master !== cell) return;
        cells[c - 1] = rawCell(cell);
      });
      rows[r - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows, merges: [...(ws.model.merges ?? [])] };
  });
}
