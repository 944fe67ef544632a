/**
 * `cityweave validate [file]`: checks an atlas file (default: the bundled dataset).
 * Exit codes: 0 valid, 1 invalid data (every issue printed as `path: message`), 2 the file cannot
 * be read or is not JSON (one line saying which and what to do). Node only.
 */
import { readFile } from 'node:fs/promises';
import { parseAtlas } from './parse.js';
import type { Atlas } from './atlas.js';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `usage: cityweave validate [file.json]
  Checks a cityweave atlas (default: the bundled dataset) and prints every issue as "path: message".
  Exit status: 0 valid, 1 invalid, 2 unreadable or not JSON.`;

/** What the file holds, one line per kind, for a valid atlas. */
export function describeAtlas(atlas: Atlas): string[] {
  const d = atlas.document;
  const items = d.roadmaps.reduce((n, r) => n + r.items.length, 0);
  const counts: [string, number][] = [
    ['networks', d.networks.length],
    ['cities', d.cities.length],
    ['memberships', d.memberships.length],
    ['organizations', d.organizations.length],
    ['projects', d.projects.length],
    ['roadmaps', d.roadmaps.length],
    ['roadmap items', items],
    ['events', d.events.length],
    ['vocabularies', d.vocabularies.length],
    ['sources', d.sources.length],
  ];
  return counts.map(([k, n]) => `  ${k.padEnd(14)} ${n}`);
}

export async function runCli(args: string[], io: CliIO, defaultFile: string): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'validate' || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const path = file ?? defaultFile;
  // Messages name the file as the user gave it; the bundled dataset by what it is.
  const label = file ?? 'the bundled dataset';
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    io.err(`${label}: cannot read the file (${why}); give the path of an atlas JSON file`);
    return 2;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    io.err(`${label}: not JSON (${(e as Error).message}); check the file is a JSON document, e.g. with a JSON linter`);
    return 2;
  }
  const result = parseAtlas(data);
  if (!result.ok) {
    for (const issue of result.issues) io.out(`${issue.path || '(root)'}: ${issue.message}`);
    io.err(`${label}: ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}`);
    return 1;
  }
  io.out(`${label}: valid cityweave atlas`);
  for (const line of describeAtlas(result.atlas)) io.out(line);
  return 0;
}
