/**
 * One cell of a sheet, as the importer takes it: its address as a spreadsheet writes it
 * (`Cities!C14`), and its value for a field of `layout.ts`, or why it is refused (a spreadsheet
 * date, a serial number, an SDG code typed as a number: each would lose or invent precision).
 */
import { LIST_SEPARATOR, type Field } from './layout.js';

/** A cell as read from a file: its value, or why it was refused (a formula, a spreadsheet date). */
export type RawCell = undefined | string | number | { refused: string };

/** `C` for the third column (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `Cities!C14` for the cell at row index 13 and column index 2 (both from 0). */
export const cellRef = (sheet: string, row: number, column: number): string => `${sheet}!${columnLetter(column)}${row + 1}`;

/** The second row of a template holds help in three languages; its first cell starts so (ids and keys never do). */
export const HELP_MARK = 'fr: ';

export const isEmpty = (c: RawCell): boolean => c === undefined || (typeof c === 'string' && c.trim() === '');

/** Converts a cell to the value of its field, or says why it cannot. */
export function cellValue(cell: RawCell, field: Field): { value?: unknown; error?: string } {
  if (cell === undefined) return {};
  if (typeof cell === 'object') return { error: cell.refused };
  if (typeof cell === 'number') {
    if (field.meaning === 'number') return { value: cell };
    if (field.meaning === 'date') {
      const year = Number.isInteger(cell) && cell >= 1000 && cell <= 2999;
      return {
        error: year
          ? `the year ${cell} is a number here; type the date as text ('${cell} in most spreadsheets, or format the column as text): dates are kept at the precision given (2017, 2017-04 or 2017-04-27)`
          : `${cell} looks like a date stored as a spreadsheet serial number; type the date as text at the precision the source gives (2017, 2017-04 or 2017-04-27), e.g. with a leading apostrophe`,
      };
    }
    if (field.meaning === 'sdg') return { error: `the SDG target ${cell} is a number here, which loses trailing zeros (10.10 becomes 10.1); type the codes as text, e.g. '10.7` };
    const text = String(cell);
    return { value: field.shape === 'list' ? [text] : text };
  }
  const text = cell.trim();
  if (text === '') return {};
  if (field.meaning === 'number') {
    const n = Number(text.replace(',', '.'));
    return /^[-+]?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?$/i.test(text) && Number.isFinite(n) ? { value: n } : { error: `"${text}" is not a number; type a decimal number like 35.77` };
  }
  if (field.shape === 'list') {
    return {
      value: text
        .split(LIST_SEPARATOR)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    };
  }
  return { value: text };
}

