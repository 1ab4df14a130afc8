// The property every mutated data folder must keep, checked by running the cli in-process on a
// copy of a valid fixture with one file mutated: each run finishes, never throws out of the cli,
// exits 0 or 1 (never 2: a data problem is not a usage or internal error), prints no Node
// warning, and every problem has a file of the folder and a line within that file and prints as
// one line (plus its excerpt). Report outputs never show exponent notation, Infinity or NaN,
// and --format json is one JSON document.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../helpers.js';
import type { Mutation } from './mutations.js';
import { mutate, mutationArb } from './mutations.js';

export interface Fixture {
  readonly name: string;
  /** The data folder inside the copy. */
  readonly data: string;
  /** The copy's root (the cwd of every run). */
  readonly root: string;
  /** Record files, relative to the data folder. */
  readonly files: readonly string[];
  readonly original: ReadonlyMap<string, string>;
  /** The report commands that succeed on the unmutated copy (others refuse by design: an
   *  office without partner cities has no `cities` table). */
  readonly reports: readonly (readonly string[])[];
}

export const FIXTURES = [
  { name: 'secretariat', from: 'test/fixtures/secretariat/data' },
  { name: 'other-office', from: 'test/fixtures/other-office' },
] as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

/** Copies every valid fixture into a temporary folder (the cases write into these copies). */
export async function copyFixtures(): Promise<Fixture[]> {
  const out: Fixture[] = [];
  for (const f of FIXTURES) {
    const root = mkdtempSync(join(tmpdir(), `mayor-office-fuzz-${f.name}-`));
    const data = join(root, 'data');
    cpSync(f.from, data, { recursive: true });
    const files = walk(data).map((p) => relative(data, p)).sort();
    const reports: (readonly string[])[] = [];
    for (const args of REPORTS) if ((await runCli(['--data', 'data', ...args], root)).code === 0) reports.push(args);
    out.push({ name: f.name, root, data, files, original: new Map(files.map((p) => [p, readFileSync(join(data, p), 'utf8')])), reports });
  }
  return out;
}

export function removeFixtures(fixtures: readonly Fixture[]): void {
  for (const f of fixtures) rmSync(f.root, { recursive: true, force: true });
}

export interface FuzzCase {
  readonly fixture: number;
  readonly file: number;
  readonly mutations: readonly Mutation[];
}

export const caseArb: fc.Arbitrary<FuzzCase> = fc.record({
  fixture: fc.nat({ max: FIXTURES.length - 1 }),
  file: fc.nat({ max: 100 }),
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
});

export type FailureKind = 'crash' | 'hang' | 'unlocated';

export interface Failure {
  readonly kind: FailureKind;
  readonly command: string;
  readonly detail: string;
}

/** Longer than any run may take on a small file (the limits promise 2 s; the machine is shared). */
export const HANG_MS = 60_000;

/** The report commands run on data that validate accepts, each in some formats. */
const REPORTS: readonly (readonly string[])[] = [
  ['budget', 'status'],
  ['budget', 'status', '--format', 'csv'],
  ['budget', 'status', '--format', 'json'],
  ['budget', 'status', '--format', 'md', '--lang', 'en'],
  ['headcount', 'status', '--format', 'csv'],
  ['headcount', 'status', '--by', 'grade'],
  ['headcount', 'trend', '--format', 'json'],
  ['tasks', 'list'],
  ['tasks', 'upcoming', '--format', 'json', '--lang', 'en'],
  ['cities'],
  ['events', '--format', 'csv'],
  ['council'],
  ['report', '--format', 'md'],
  ['report', '--format', 'html', '--lang', 'en'],
  ['report', '--format', 'json'],
];

const LOCATED = /^(\S.*?):(\d+):(\d+) (error|warning) /;
const EXCERPT = /^ *\d* \| /;
/** The one line that sums up errors in records a report command does not use (cliText.ts). */
const OTHER_PROBLEMS = /^⚠ .*'mayor-office validate'/u;
const BAD_NUMBER = /\b\d(?:\.\d+)?e[+-]?\d+\b|Infinity|NaN/g;
/** A report about a kind of record the data no longer holds at all (a budget whose snapshots
 *  were cut off has no execution to report) says so; it is a fact about the data (exit 1) since
 *  the one rule for missing records, and was a refusal of the command (exit 2) before. */
const NO_RECORDS = /^mayor-office: 데이터에 \S+ 기록이 없습니다: /;

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Runs one case and returns what broke the property (nothing when it held). */
export async function checkCase(fixtures: readonly Fixture[], c: FuzzCase, reportsPerCase = 4): Promise<Failure[]> {
  const fx = fixtures[c.fixture % fixtures.length]!;
  const file = fx.files[c.file % fx.files.length]!;
  const original = fx.original.get(file)!;
  const mutated = mutate(original, c.mutations);
  const target = join(fx.data, file);
  writeFileSync(target, mutated);
  const mutatedText = typeof mutated === 'string' ? mutated : Buffer.from(mutated).toString('latin1');
  const lines = new Map([...fx.original].map(([p, t]) => [`data/${p}`, t.split('\n').length]));
  lines.set(`data/${file}`, mutatedText.split('\n').length);
  const failures: Failure[] = [];
  const warnings: string[] = [];
  const onWarning = (w: Error): void => void warnings.push(w.message);
  process.on('warning', onWarning);
  try {
    const run = async (args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string } | undefined> => {
      const command = args.join(' ');
      const started = performance.now();
      let r;
      try {
        r = await runCli(['--data', 'data', '--no-color', ...args], fx.root);
      } catch (err) {
        failures.push({ kind: 'crash', command, detail: `threw: ${err instanceof Error ? err.stack : String(err)}` });
        return undefined;
      }
      const ms = performance.now() - started;
      if (ms > HANG_MS) failures.push({ kind: 'hang', command, detail: `${Math.round(ms)} ms` });
      if (r.code !== 0 && r.code !== 1 && !(r.code === 2 && NO_RECORDS.test(r.stderr))) failures.push({ kind: 'crash', command, detail: `exit ${r.code}: ${r.stderr.slice(0, 2000)}` });
      checkProblemText(command, r.stderr, lines, failures);
      return r;
    };

    // validate in json: every problem located inside its file.
    const json = await run(['validate', '--format', 'json', '--lang', 'en']);
    let valid = false;
    if (json) {
      try {
        const body = JSON.parse(json.stdout) as { problems: JsonProblem[] };
        for (const p of body.problems) checkLocation('validate --format json', p.file, p.line, p.column, lines, failures, p.message);
        valid = json.code === 0;
      } catch {
        failures.push({ kind: 'crash', command: 'validate --format json', detail: `not one JSON document: ${json.stdout.slice(0, 300)}` });
      }
    }
    // validate in text (Korean): each problem one located line plus its excerpt.
    const text = await run(['validate']);
    if (text) checkProblemText('validate', text.stdout, lines, failures);
    if (c.file % 5 === 0) {
      // github annotations: every line one annotation (a message on one line) or the summary.
      const gh = await run(['validate', '--format', 'github']);
      const printed = gh?.stdout.replace(/\n$/, '').split('\n') ?? [];
      printed.slice(0, -1).forEach((l) => {
        if (l !== '' && !l.startsWith('::')) failures.push({ kind: 'unlocated', command: 'validate --format github', detail: `not an annotation: ${JSON.stringify(l.slice(0, 200))}` });
      });
    }

    // Report commands, a few per case by turn (so every command and format is met over the
    // cases): several on data validate accepts, one on data it refuses.
    const turn = c.file + c.mutations.reduce((s, m) => s + m.at, 0);
    const reports = Array.from({ length: valid ? reportsPerCase : 1 }, (_, i) => fx.reports[(turn + i * 5) % fx.reports.length]!);
    for (const args of reports) {
      const r = await run(args);
      if (!r) continue;
      const command = args.join(' ');
      // Record text may hold such words; a figure may not.
      const bad = [...r.stdout.matchAll(BAD_NUMBER)].map((m) => m[0]).filter((w) => !mutatedText.includes(w));
      if (bad.length > 0) failures.push({ kind: 'crash', command, detail: `a number in exponent notation, Infinity or NaN: ${bad[0]}` });
      if (args.includes('json') && r.stdout !== '') {
        try {
          JSON.parse(r.stdout, (_key, value: unknown) => {
            if (typeof value === 'number' && /e|Infinity|NaN/.test(JSON.stringify(value))) failures.push({ kind: 'crash', command, detail: `a json number in exponent notation: ${value}` });
            return value;
          });
        } catch {
          failures.push({ kind: 'crash', command, detail: 'stdout is not one JSON document' });
        }
      }
    }
  } finally {
    process.off('warning', onWarning);
    writeFileSync(target, original);
  }
  for (const w of warnings) failures.push({ kind: 'crash', command: '(process)', detail: `Node warning: ${w}` });
  return failures;
}

function checkLocation(command: string, file: string, line: number, column: number, lines: ReadonlyMap<string, number>, failures: Failure[], what: string): void {
  const count = lines.get(file);
  if (count === undefined) failures.push({ kind: 'unlocated', command, detail: `problem in an unknown file ${file}: ${what}` });
  else if (!(line >= 1 && line <= count) || !(column >= 1)) failures.push({ kind: 'unlocated', command, detail: `${file}:${line}:${column} is outside the file (${count} lines): ${what}` });
}

/** Problems printed as text: each a located line, then at most its excerpt; the summary last. */
function checkProblemText(command: string, out: string, lines: ReadonlyMap<string, number>, failures: Failure[]): void {
  if (out === '') return;
  const printed = out.replace(/\n$/, '').split('\n');
  printed.forEach((l, i) => {
    const m = LOCATED.exec(l);
    if (m) checkLocation(command, m[1]!, Number(m[2]), Number(m[3]), lines, failures, l.slice(0, 200));
    else if (!EXCERPT.test(l) && !OTHER_PROBLEMS.test(l) && i !== printed.length - 1) failures.push({ kind: 'unlocated', command, detail: `a line neither located nor an excerpt: ${JSON.stringify(l.slice(0, 200))}` });
  });
}
