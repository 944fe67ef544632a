// Splits the copied SDG catalogue (data/sdg/goals.json and targets.json, never edited here) into
// what must be at hand synchronously and what can come later:
// - data/sdg/index.json: one row per goal, its code, colour and targets as their count and letters
//   (about 0.2 KB gzip; the CDN entry bundles it);
// - data/sdg/short/<lang>.json: the short goal titles in one language (en, fr, ar; about 0.3 KB gzip
//   each), loaded with the elements' messages of that language (`loadSdgShortTitles(lang)`);
// - data/sdg/titles/<lang>.json: the full titles of goals and targets in one language (en, fr, ar;
//   10 to 13 KB gzip each), loaded on demand by `loadSdgTitles(lang)` in src/sdg.ts.
// Texts are copied as they are. `node scripts/build-sdg.mjs` writes the files;
// `node scripts/build-sdg.mjs --check` writes nothing and exits 1 when they are out of date.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'data/sdg');
const read = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

/** The generated files, by path relative to data/sdg/, as text. */
export function sdgFiles() {
  const goals = read('goals.json');
  const targets = read('targets.json');
  const langs = Object.keys(goals[0].title);
  const shortTitle = (g, lang) => {
    const text = g.shortTitle[lang];
    if (typeof text !== 'string' || text === '') throw new Error(`${g.code} has no ${lang} short title`);
    return text;
  };

  const index = {
    goals: goals.map((g) => ({ code: g.code, color: g.color, targets: [] })),
  };
  const byCode = new Map(index.goals.map((g) => [g.code, g]));
  let lastGoal = 0;
  for (const t of targets) {
    const goal = byCode.get(t.goal);
    if (!goal) throw new Error(`targets.json: ${t.code} names goal ${t.goal}, which goals.json does not have`);
    // The index lists targets under their goal: that keeps the catalogue's order only if targets.json
    // is grouped by goal, in goal order (it is; say so loudly if a new copy is not).
    const position = index.goals.indexOf(goal);
    if (position < lastGoal) throw new Error(`targets.json: ${t.code} is out of goal order`);
    lastGoal = position;
    goal.targets.push(t.code);
  }
  // The index writes a goal's targets as their count and letters (5 and "ab" for 1.1 … 1.5, 1.a,
  // 1.b; src/sdg.ts spells the codes out): the catalogue numbers them so, and a copy that does not
  // is refused rather than misread.
  for (const goal of index.goals) {
    const codes = goal.targets;
    const numbered = codes.filter((c) => /^\d+\.\d+$/.test(c)).length;
    const lettered = codes.slice(numbered).map((c) => c.slice(goal.code.length + 1)).join('');
    const spelled = [...Array.from({ length: numbered }, (_, k) => `${goal.code}.${k + 1}`), ...[...lettered].map((l) => `${goal.code}.${l}`)];
    if (!/^[a-z]*$/.test(lettered) || spelled.join() !== codes.join() || [...lettered].some((l, k) => k > 0 && l <= lettered[k - 1])) {
      throw new Error(`targets.json: the targets of goal ${goal.code} are not numbered 1 … n then lettered a, b, … (${codes.join(', ')})`);
    }
    goal.targets = { numbered, lettered };
  }
  // One row per goal, its fields named once in `columns`: the CDN entry bundles this file.
  index.columns = ['code', 'color', 'numberedTargets', 'letteredTargets'];
  index.goals = index.goals.map((g) => [g.code, g.color, g.targets.numbered, g.targets.lettered]);

  const files = { 'index.json': { columns: index.columns, goals: index.goals } };
  for (const lang of langs) {
    files[`short/${lang}.json`] = { lang, goals: Object.fromEntries(goals.map((g) => [g.code, shortTitle(g, lang)])) };
    const title = (item) => {
      const text = item.title[lang];
      if (typeof text !== 'string' || text === '') throw new Error(`${item.code} has no ${lang} title`);
      return text;
    };
    files[`titles/${lang}.json`] = {
      lang,
      goals: Object.fromEntries(goals.map((g) => [g.code, title(g)])),
      targets: Object.fromEntries(targets.map((t) => [t.code, title(t)])),
    };
  }
  // Written with one line per goal in the index, one line per title elsewhere.
  const text = (path, value) =>
    path === 'index.json'
      ? `{\n "columns": ${JSON.stringify(value.columns)},\n "goals": [\n${value.goals.map((g) => `  ${JSON.stringify(g)}`).join(',\n')}\n ]\n}\n`
      : JSON.stringify(value, null, 1) + '\n';
  return Object.fromEntries(Object.entries(files).map(([path, value]) => [path, text(path, value)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [path, text] of Object.entries(sdgFiles())) {
    const file = join(dir, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    stale.push(`data/sdg/${path}`);
    if (!check) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  if (check && stale.length) {
    console.error(`out of date (run node scripts/build-sdg.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}` : 'data/sdg: the split catalogue is up to date');
}
