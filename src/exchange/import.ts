/**
 * From tables (the sheets of a workbook, or a folder of CSV files, read by `workbook.ts`/`csv.ts`)
 * to a validated atlas document. Every problem is reported in one run, each naming its sheet, row
 * and column the way a spreadsheet does (`Cities!C14: …`); when there is any, no document is made.
 * The layout (which column is which field) is `layout.ts`'s; the rules of the data are
 * `parseAtlas`'s, whose issues are translated back from JSON paths to cells.
 */
import { parseAtlas } from '../parse.js';
import { didYouMean } from '../suggest.js';
import { formatPath } from '../validate-input.js';
import { LangTag } from '../schema/primitives.js';
import { cellRef, cellValue, columnLetter, HELP_MARK, isEmpty, type RawCell } from './cells.js';
import { ATLAS_SHEET, atlasTables, LISTS_SHEET, type Field, type Table } from './layout.js';


export interface RawSheet {
  name: string;
  /** Row 1 (the headers) first. */
  rows: RawCell[][];
  /** Merged ranges, e.g. `B3:C3` (workbooks only). */
  merges?: string[];
}

/**
 * `document` is the atlas as its author wrote it (no defaults filled in), ready to be written as
 * JSON; it has been validated (alone, or over the layers below it: see `validate`).
 */
export type ImportResult = { ok: true; document: Record<string, unknown> } | { ok: false; issues: string[] };

/** Checks a built document; issues' paths are inside it. The default: `parseAtlas`, the document alone. */
export type Validate = (document: Record<string, unknown>) => Array<{ path: string; message: string }>;

const alone: Validate = (document) => {
  const r = parseAtlas(document);
  return r.ok ? [] : r.issues;
};

/** A column of a sheet as read: a key of the parent, or a field (with its language for a text). */
type Column = { key: number } | { field: Field; lang?: string } | { ignored: true };

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[path.at(-1)!] = value;
}

/** Reads the header row: which column is which; problems with headers are issues. */
function readHeaders(table: Table, sheet: RawSheet, issue: (ref: string, message: string) => void, structural: { value: boolean }): Column[] {
  const header = sheet.rows[0] ?? [];
  const columns: (Column | undefined)[] = [];
  const known = new Map<string, { key: number } | { field: Field }>();
  table.keys.forEach((k, i) => known.set(k.header, { key: i }));
  for (const f of table.fields) if (f.shape !== 'text') known.set(f.name, { field: f });
  const texts = new Map(table.fields.filter((f) => f.shape === 'text').map((f) => [f.name, f]));
  const seen = new Map<string, number>();
  const candidates = [...known.keys(), ...[...texts.keys()].flatMap((t) => [`${t}.fr`, `${t}.en`, `${t}.ar`])];
  let ok = true;
  header.forEach((raw, i) => {
    const ref = cellRef(sheet.name, 0, i);
    // A column whose header is reported is left out: its cells are not reported one by one.
    columns[i] = { ignored: true };
    if (typeof raw === 'object') {
      issue(ref, `${raw.refused} (in the header row)`);
      ok = false;
      return;
    }
    const name = raw === undefined ? '' : String(raw).trim();
    if (name === '') {
      columns[i] = undefined;
      return;
    }
    if (seen.has(name)) {
      issue(ref, `the column "${name}" appears twice (also ${columnLetter(seen.get(name)!)}1); keep one`);
      ok = false;
      return;
    }
    seen.set(name, i);
    const direct = known.get(name);
    if (direct) {
      columns[i] = direct;
      return;
    }
    const dot = name.lastIndexOf('.');
    // A text's column: the field, a dot, a language tag (`title.ar-MA`).
    for (let d = dot; d > 0; d = name.lastIndexOf('.', d - 1)) {
      const text = texts.get(name.slice(0, d));
      if (!text) continue;
      const lang = name.slice(d + 1);
      if (!LangTag.safeParse(lang).success) {
        issue(ref, `the column "${name}" names the language "${lang}", which is not a BCP 47 language tag; name it "${text.name}.fr", "${text.name}.en", "${text.name}.ar" or another tag like "${text.name}.ar-MA"`);
        ok = false;
      } else columns[i] = { field: text, lang };
      return;
    }
    issue(ref, `unknown column "${name}"${didYouMean(name, candidates)}; the columns of this sheet are the template's (${[...known.keys()].slice(0, 8).join(', ')}${known.size > 8 ? ', …' : ''}, and one column per language for each text, like "${[...texts.keys()][0] ?? 'title'}.fr")`);
    ok = false;
  });
  const present = new Set(columns.flatMap((c) => (!c || 'ignored' in c ? [] : ['key' in c ? `key${c.key}` : c.field.name])));
  for (const [name, col] of known) {
    const needed = 'key' in col || col.field.required;
    if (needed && !present.has('key' in col ? `key${col.key}` : col.field.name)) {
      issue(`${sheet.name}!1:1`, `the column "${name}" is missing; add it back (a column of the template, with this exact name in row 1)`);
      ok = false;
    }
  }
  for (const text of texts.values()) {
    if (text.required && !present.has(text.name)) {
      issue(`${sheet.name}!1:1`, `no column for "${text.name}"; add one per language, like "${text.name}.fr"`);
      ok = false;
    }
  }
  if (!ok) structural.value = true;
  return columns as Column[];
}

/** A record placed in the document: where it is and which row it came from. */
interface Placed {
  element: Record<string, unknown>;
  at: (string | number)[];
  row: string;
}

/**
 * Builds and validates an atlas document from tables: every sheet of the template must be there.
 */
export function importTables(sheets: readonly RawSheet[], validate: Validate = alone): ImportResult {
  const issues: { ref: string; message: string; order: number }[] = [];
  // A missing sheet or column, a merge: the data rules then wait (they would report every row of it).
  const structural = { value: false };
  const refused = new Set<string>();
  const issue = (ref: string, message: string): void => {
    issues.push({ ref, message, order: issues.length });
  };
  const tables = atlasTables();
  const byName = new Map(sheets.map((s) => [s.name, s]));
  for (const s of sheets) {
    if (s.name === LISTS_SHEET || tables.some((t) => t.sheet === s.name)) continue;
    structural.value = true;
    issue(s.name, `the sheet "${s.name}" is not one of the template's${didYouMean(s.name, tables.map((t) => t.sheet))}; rename it back or delete it`);
  }
  const doc: Record<string, unknown> = {};
  const where = new Map<string, string>();
  // Per table: its placed elements by key (the parent keys and its own id or position).
  const placed = new Map<Table, Map<string, Placed>>();

  for (const table of tables) {
    const sheet = byName.get(table.sheet);
    // The rows of a child sheet cannot be placed when their parent's sheet is missing (that sheet is reported).
    if (table.parent && !placed.has(table.parent)) continue;
    if (!sheet) {
      structural.value = true;
      issue(table.sheet, `the sheet "${table.sheet}" is missing; every sheet of the template must be there (an empty one, with its header row, is fine)`);
      continue;
    }
    for (const range of sheet.merges ?? []) {
      structural.value = true;
      issue(`${sheet.name}!${range}`, 'merged cells; unmerge them and type the value in each cell (every row must be complete on its own)');
    }
    const columns = readHeaders(table, sheet, issue, structural);
    const mine = new Map<string, Placed>();
    placed.set(table, mine);
    let atlasRows = 0;
    sheet.rows.forEach((cells, r) => {
      if (r === 0) return;
      if (r === 1 && typeof cells[0] === 'string' && cells[0].startsWith(HELP_MARK)) return;
      if (cells.every(isEmpty)) return;
      const rowRef = cellRef(sheet.name, r, 0);
      const keys: string[] = [];
      const keyColumns = columns.flatMap((col, c) => (col && 'key' in col ? [[col.key, c] as const] : []));
      const element: Record<string, unknown> = {};
      const located: [string[], string][] = [];
      cells.forEach((cell, c) => {
        const column = columns[c];
        const ref = cellRef(sheet.name, r, c);
        if (!column) {
          if (!isEmpty(cell)) {
            issue(ref, 'a value in a column without a header; give the column a header of the template or clear the cell');
          }
          return;
        }
        if ('ignored' in column) return;
        if ('key' in column) {
          if (typeof cell === 'object') issue(ref, cell.refused);
          else keys[column.key] = cell === undefined ? '' : String(cell).trim();
          return;
        }
        const { field, lang } = column;
        const path = lang === undefined ? field.path : [...field.path, lang];
        const { value, error } = cellValue(cell, field);
        located.push([path, ref]);
        if (error) {
          issue(ref, error);
          refused.add(ref);
        } else if (value !== undefined) {
          // For a list of texts (a project's activities), `path` is just the language: the row is the text.
          setPath(element, path, value);
        }
      });
      const value = element;
      if (table.path.length === 0) {
        if (++atlasRows > 1) return issue(rowRef, `the sheet "${ATLAS_SHEET}" has one row of values (the dataset's own fields); remove this row`);
        Object.assign(doc, element);
        for (const [path, ref] of located) where.set(formatPath(path), ref);
        return;
      }
      let at: (string | number)[];
      let parentKey = '';
      if (!table.parent) {
        const list = ((doc[table.path[0]!] ??= []) as unknown[]);
        at = [table.path[0]!, list.length];
        list.push(value);
      } else {
        const missing = keys.findIndex((k, i) => i < table.keys.length && !k);
        if (missing >= 0 || keys.length < table.keys.length) {
          const i = missing >= 0 ? missing : keys.length;
          const at = keyColumns.find(([k]) => k === i)?.[1] ?? i;
          return issue(cellRef(sheet.name, r, at), `empty "${table.keys[i]!.header}": name the record of sheet "${table.parent.sheet}" this row belongs to`);
        }
        parentKey = keys.join('\u0000');
        const parent = placed.get(table.parent)?.get(parentKey);
        if (!parent) {
          const last = table.keys.at(-1)!;
          return issue(
            cellRef(sheet.name, r, keyColumns.find(([k]) => k === table.keys.length - 1)?.[1] ?? table.keys.length - 1),
            last.by === 'id'
              ? `no row of sheet "${table.parent.sheet}" has the id "${keys.at(-1)}"; check the spelling or add that record first`
              : `no entry ${keys.at(-1)} in sheet "${table.parent.sheet}" for ${keys.slice(0, -1).join(' / ')} (positions count that record's rows from 1)`,
          );
        }
        // The list sits at the child's path inside its parent (`organizations`, or deeper for a nested object).
        const field = table.path.slice(table.parent.path.length);
        let holder = parent.element;
        for (const k of field.slice(0, -1)) holder = (holder[k] ??= {}) as Record<string, unknown>;
        const list = (holder[field.at(-1)!] ??= []) as unknown[];
        at = [...parent.at, ...field, list.length];
        list.push(value);
      }
      const ownKey = table.hasId ? String(element.id ?? '') : String((at.at(-1) as number) + 1);
      const key = parentKey ? `${parentKey}\u0000${ownKey}` : ownKey;
      const first = mine.get(key);
      if (first && table.hasId) {
        // Checked here too (not only by the rules), so that it is reported even while the rules wait.
        issue(rowRef, `the id "${ownKey}" is already used in ${first.row.replace(/!A(\d+)$/, ' row $1')}; give each row its own id`);
        refused.add(rowRef);
      }
      if (!first) mine.set(key, { element: value as Record<string, unknown>, at, row: rowRef });
      where.set(formatPath(at), rowRef);
      for (const [path, ref] of located) where.set(formatPath([...at, ...path]), ref);
    });
  }

  // The rules of the data, on what could be read; an issue about a cell already reported is left out.
  const located = (path: string): string => {
    for (let p = path; ; ) {
      const ref = where.get(p);
      if (ref) return ref;
      const shorter = p.replace(/(?:\.[^.[\]]+|\[[^\]]*\])$/, '');
      if (shorter === p || shorter === '') return where.get(shorter) ?? (p.split(/[.[]/)[0] ? sheetOf(tables, p) : ATLAS_SHEET);
      p = shorter;
    }
  };
  // JSON paths in messages (`cities[4] already uses it`) become rows.
  const translate = (message: string): string =>
    message.replace(/\b([a-z]+(?:\[\d+\](?:\.[a-zA-Z]+)?)+)/g, (m) => {
      const ref = where.get(m.replace(/\.[a-zA-Z]+$/, ''));
      return ref ? `${ref.replace(/![A-Z]+(\d+)$/, ' row $1')}` : m;
    });
  if (structural.value) {
    issue(ATLAS_SHEET, 'the data rules (ids, references, dates, codes) are checked once the sheets and columns named above are fixed');
    return { ok: false, issues: issues.map((i) => `${i.ref}: ${i.message}`) };
  }
  for (const i of validate(doc)) {
    const ref = located(i.path);
    if (refused.has(ref)) continue;
    issue(ref, translate(i.message));
  }
  if (issues.length > 0) return { ok: false, issues: issues.map((i) => `${i.ref}: ${i.message}`) };
  return { ok: true, document: doc };
}

function sheetOf(tables: Table[], path: string): string {
  const kind = path.split(/[.[]/)[0]!;
  return tables.find((t) => t.path.length === 1 && t.path[0] === kind)?.sheet ?? ATLAS_SHEET;
}
