// `node scripts/screenshot-workbook.mjs [workbook.xlsx]`: PNG pictures of the coordinators' workbook
// (default: the one `cityweave template` writes) into docs/coordinators/workbook-*.png, for the README.
//
// No spreadsheet program is needed: each sheet is read with exceljs (as `cityweave import` reads it),
// drawn as an HTML table the way a spreadsheet shows it (column letters, row numbers, the bold header
// row, the help row, a ▾ on cells with a drop-down list, the sheet tabs), and captured in headless
// Chromium (CHROME_PATH, else /usr/bin/chromium). Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { chromiumPath, launchChromium } from './demo-browser.mjs';

const outDir = fileURLToPath(new URL('../docs/coordinators/', import.meta.url));
/** The pictures: a sheet, how many columns and rows of it, and a name. */
const SHOTS = [
  { sheet: 'Cities', columns: 9, rows: 9, name: 'workbook-cities' },
  { sheet: 'Memberships', columns: 7, rows: 9, name: 'workbook-memberships' },
  { sheet: 'Projects.organizations', columns: 6, rows: 8, name: 'workbook-child-sheet' },
];

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letter = (n) => (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

function sheetHtml(wb, ws, columns, rows) {
  const head = `<tr><th class="corner"></th>${Array.from({ length: columns }, (_, i) => `<th>${letter(i + 1)}</th>`).join('')}</tr>`;
  const body = Array.from({ length: rows }, (_, r) => {
    const row = ws.getRow(r + 1);
    const cells = Array.from({ length: columns }, (_, c) => {
      const cell = row.getCell(c + 1);
      const value = cell.value === null || cell.value === undefined ? '' : cell.value;
      const list = cell.dataValidation?.type === 'list' ? '<span class="dd">▾</span>' : '';
      const cls = r === 0 ? 'header' : r === 1 ? 'help' : '';
      // Arabic text reads right to left in its own cell, as a spreadsheet shows it.
      return `<td class="${cls}" dir="auto">${escape(value).replace(/\n/g, '<br>')}${r > 1 ? list : ''}</td>`;
    }).join('');
    return `<tr><th>${r + 1}</th>${cells}</tr>`;
  }).join('');
  const tabs = wb.worksheets.slice(0, 12).map((w) => `<span class="${w.id === ws.id ? 'tab on' : 'tab'}">${escape(w.name)}</span>`).join('');
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; font: 13px/1.3 "DejaVu Sans", Arial, sans-serif; background: #fff; color: #222; }
    .frame { display: inline-block; border: 1px solid #bbb; }
    table { border-collapse: collapse; }
    th { background: #f0f0f0; color: #555; font-weight: normal; border: 1px solid #d0d0d0; padding: 2px 6px; min-width: 24px; }
    td { border: 1px solid #d8d8d8; padding: 3px 6px; max-width: 230px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; vertical-align: top; position: relative; }
    td.header { font-weight: bold; background: #eef4fb; border-bottom: 2px solid #7a9cc6; }
    td.help { font-size: 10px; color: #555; font-style: italic; white-space: normal; min-width: 120px; }
    .dd { position: absolute; inset-inline-end: 2px; top: 2px; color: #888; font-size: 10px; }
    .tabs { background: #f0f0f0; border-top: 1px solid #bbb; padding: 4px 6px; font-size: 12px; }
    .tab { padding: 2px 8px; color: #555; } .tab.on { background: #fff; border: 1px solid #bbb; border-top: none; color: #000; font-weight: bold; }
  </style><div class="frame"><table>${head}${body}</table><div class="tabs">${tabs} …</div></div>`;
}

async function main() {
  let file = process.argv[2];
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'cityweave-shot-')), 'template.xlsx');
    const r = spawnSync(process.execPath, ['bin/cityweave.js', 'template', '-o', file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH');
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
    for (const shot of SHOTS) {
      const ws = wb.getWorksheet(shot.sheet);
      const html = join(tmpdir(), `${shot.name}.html`);
      writeFileSync(html, sheetHtml(wb, ws, shot.columns, shot.rows));
      await page.goto(`file://${html}`);
      const frame = await page.$('.frame');
      await frame.screenshot({ path: join(outDir, `${shot.name}.png`) });
      console.log(`docs/coordinators/${shot.name}.png`);
    }
  } finally {
    await browser.close();
  }
}
await main();
