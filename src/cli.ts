/**
 * `cityweave template | import | export | split`: see `exchange/cli.ts`.
 * `cityweave validate [--json] [file …]`: checks atlas files (default: the bundled dataset; `-` is
 * standard input). Exit codes: 0 every file valid, 1 some file invalid (every issue printed as
 * `path: message`), 2 some file cannot be read, is too large or is not JSON (one line saying which
 * and what to do); the highest applies. `--json` prints one JSON document instead, for CI. Node only.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Atlas } from './atlas.js';
import { documentSizeIssue, stripBom } from './document-text.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { parseAtlas } from './parse.js';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliOptions {
  /** Printed by `--version`. */
  version?: string;
  /** Read for the file `-`. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

const USAGE = `usage: cityweave validate [--json] [file.json …]
  Checks cityweave atlas files (default: the bundled dataset) and prints every issue as "path: message"
  (with several files, as "file: path: message"). A file named "-" is read from standard input.
  A UTF-8 byte-order mark is accepted; files over ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB are refused unread.
options:
  --json        print one JSON document on standard output instead:
                { "valid": false, "files": [{ "file", "status" }], "issues": [{ "file", "path", "message" }] }
                (status: "valid", "invalid" or "unreadable"; path "" is the whole file)
  --version     print the version of cityweave
  -h, --help    print this help
Exit status: 0 valid, 1 invalid, 2 unreadable or not JSON (the highest over all files).
usage: cityweave template | import | export | split … (see "cityweave <command> --help"; for network coordinators)
usage: cityweave --version | --help`;

/** The commands that exchange data with spreadsheets and standards (src/exchange/, loaded on demand: Node only). */
const EXCHANGE_COMMANDS = ['template', 'import', 'export', 'split'];

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

type Status = 'valid' | 'invalid' | 'unreadable';
const EXIT: Record<Status, number> = { valid: 0, invalid: 1, unreadable: 2 };

interface FileReport {
  file: string;
  status: Status;
  issues: Array<{ path: string; message: string }>;
  atlas?: Atlas;
}

/** The text of a file or of standard input, refused unread (or as soon as it is known) when over the size limit. */
async function readText(file: string, path: string, stdin: CliOptions['stdin']): Promise<{ text: string } | { error: string }> {
  if (file === '-') {
    if (!stdin) return { error: 'standard input cannot be read here' };
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      bytes += buffer.byteLength;
      const tooLarge = documentSizeIssue(bytes);
      if (tooLarge) return { error: `${tooLarge.replace(/^the document is /, 'the document is over ')}` };
      chunks.push(buffer);
    }
    return { text: Buffer.concat(chunks).toString('utf8') };
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { error: 'cannot read the file (it is a directory); give the path of an atlas JSON file' };
    const tooLarge = documentSizeIssue(info.size);
    if (tooLarge) return { error: tooLarge };
    return { text: await readFile(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    return { error: `cannot read the file (${why}); give the path of an atlas JSON file` };
  }
}

async function check(file: string | undefined, defaultFile: string, stdin: CliOptions['stdin']): Promise<FileReport> {
  // Reports name the file as the user gave it; the bundled dataset by what it is.
  const label = file === undefined ? 'the bundled dataset' : file === '-' ? 'standard input' : file;
  const read = await readText(file ?? defaultFile, file ?? defaultFile, stdin);
  if ('error' in read) return { file: label, status: 'unreadable', issues: [{ path: '', message: read.error }] };
  let data: unknown;
  try {
    data = JSON.parse(stripBom(read.text));
  } catch (e) {
    return { file: label, status: 'unreadable', issues: [{ path: '', message: `not JSON (${(e as Error).message}); check the file is a JSON document, e.g. with a JSON linter` }] };
  }
  // Fresh from JSON.parse, held by nothing else: checked in place, not copied.
  const result = parseAtlas(data, { owned: true });
  if (!result.ok) return { file: label, status: 'invalid', issues: result.issues };
  return { file: label, status: 'valid', issues: [], atlas: result.atlas };
}

export async function runCli(args: string[], io: CliIO, defaultFile: string, options: CliOptions = {}): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(options.version ?? 'unknown');
    return 0;
  }
  if (command && EXCHANGE_COMMANDS.includes(command)) {
    const { runExchange } = await import('./exchange/cli.js');
    return runExchange(command, rest, io, defaultFile);
  }
  if (command !== 'validate') {
    io.err(USAGE);
    return 2;
  }
  let json = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of rest) {
    if (!onlyFiles && (arg === '--help' || arg === '-h')) {
      io.out(USAGE);
      return 0;
    }
    if (!onlyFiles && arg === '--json') json = true;
    else if (!onlyFiles && arg === '--') onlyFiles = true;
    else if (!onlyFiles && arg.startsWith('-') && arg !== '-') {
      io.err(`unknown option ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }

  const reports: FileReport[] = [];
  for (const file of files.length > 0 ? files : [undefined]) reports.push(await check(file, defaultFile, options.stdin));
  const code = Math.max(...reports.map((r) => EXIT[r.status]));

  if (json) {
    const document = {
      valid: code === 0,
      files: reports.map((r) => ({ file: r.file, status: r.status })),
      issues: reports.flatMap((r) => r.issues.map((i) => ({ file: r.file, path: i.path, message: i.message }))),
    };
    io.out(JSON.stringify(document, null, 2));
    return code;
  }

  // With several files each issue line names its file (as grep does).
  const prefix = (r: FileReport) => (reports.length > 1 ? `${r.file}: ` : '');
  for (const r of reports) {
    if (r.status === 'unreadable') {
      io.err(`${r.file}: ${r.issues[0]!.message}`);
    } else if (r.status === 'invalid') {
      for (const issue of r.issues) io.out(`${prefix(r)}${issue.path || '(root)'}: ${issue.message}`);
      io.err(`${r.file}: ${r.issues.length} issue${r.issues.length === 1 ? '' : 's'}`);
    } else {
      io.out(`${r.file}: valid cityweave atlas`);
      for (const line of describeAtlas(r.atlas!)) io.out(line);
    }
  }
  return code;
}
