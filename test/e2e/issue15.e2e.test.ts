// Regression tests of failures found by attacking the tool with hostile records (each once
// crashed, warned or printed a wrong figure): run in-process on copies of the seed records.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, runCli, tempTree, validateJson } from '../helpers.js';

const SEED = join(import.meta.dirname, '..', 'fixtures', 'secretariat', 'data');

function seedWith(file: string, from: string | RegExp, to: string): string {
  const dir = tempTree({});
  cpSync(SEED, join(dir, 'data'), { recursive: true });
  const p = join(dir, 'data', file);
  const before = readFileSync(p, 'utf8');
  const after = before.replace(from, to);
  expect(after).not.toBe(before);
  writeFileSync(p, after);
  return dir;
}

/** Runs the cli and collects any Node warning the run prints. */
async function quietly(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; warnings: string[] }> {
  const warnings: string[] = [];
  const on = (w: Error): void => void warnings.push(w.message);
  process.on('warning', on);
  try {
    return { ...(await runCli(args, cwd)), warnings };
  } finally {
    process.off('warning', on);
  }
}

describe('words that are names of inherited properties', () => {
  it('purpose: constructor passes validate and the Korean report', async () => {
    const dir = seedWith('tasks/2-field-visits.yaml', /^purpose: .*$/m, 'purpose: constructor');
    expect((await runCli(['--data', 'data', 'validate'], dir)).code).toBe(0);
    const r = await runCli(['--data', 'data', 'report'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('constructor');
  });

  it('office: constructor is an unknown office, located, in Korean, never an internal error', async () => {
    const dir = seedWith('budget/2021.yaml', 'office: mayor-secretariat', 'office: constructor');
    for (const args of [['validate'], ['report'], ['budget', 'status']]) {
      const r = await runCli(['--data', 'data', ...args], dir);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout + r.stderr).not.toContain('내부 오류');
      expect(r.stdout + r.stderr).toMatch(/^data\/budget\/2021\.yaml:\d+:\d+ error .*constructor/m);
    }
  });
});

describe('huge amounts', () => {
  it('1e306 (천원) is a located error, not Infinity and not an internal error', async () => {
    const r = await validateJson({ 'budget/2021.yaml': BUDGET.replace('budget: 277200', 'budget: 1e306') });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.rule, p.line])).toEqual([['number-too-large', 7]]);
  });

  it('a budget at the exact limit in 원 prints every digit in every format; one whose 원 would pass it stops with one line', async () => {
    // 9,007,199,254,740,991원 (2^53 − 1): the largest amount kept exactly, printed as it is.
    const exact = BUDGET.replace('unit: 천원', 'unit: 원').replace('budget: 277200', 'budget: 9007199254740991').replace('executed: 71882', 'executed: 71882000');
    const dir = tempTree({ 'data/budget/2021.yaml': exact });
    for (const format of ['table', 'csv', 'json', 'md']) {
      const r = await runCli(['--data', 'data', 'budget', 'status', '--format', format], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/\de[+-]?\d|Infinity|NaN/);
      expect(r.stdout.replace(/,/g, '')).toContain('9007199254740991');
      expect(r.stdout.replace(/,/g, '')).toContain('9007199182858991'); // 잔액, to the 원
    }
    // The same figure in 천원 is 9 × 10^18 원: no figure of it can be kept exactly, so it is refused
    // (exit 1, one line) rather than printed rounded (it printed …992 before).
    const past = tempTree({ 'data/budget/2021.yaml': BUDGET.replace('budget: 277200', 'budget: 9007199254740991') });
    const r = await runCli(['--data', 'data', '--lang', 'en', 'budget', 'status'], past);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^mayor-office: a total is past 9,007,199,254,740,991 and cannot be counted exactly/);
  });
});

describe('many problems', () => {
  it('100,000 problems are rendered in every validate format without overflowing the stack', async () => {
    const { PROBLEM_FORMATS } = await import('../../src/render/problems/index.js');
    const { problemOf } = await import('../../src/model/problem.js');
    const problems = Array.from({ length: 100_000 }, (_, i) =>
      problemOf('expense-purpose-empty', { date: '2021-05-03', amount: 1000 }, { severity: 'warning', path: `entries[${i}].purpose`, span: { file: 'data/expenses/2021.yaml', line: i + 5, column: 3, endLine: i + 5, endColumn: 5 }, sourceLine: '  - x' }),
    );
    for (const name of Object.keys(PROBLEM_FORMATS)) {
      const out = PROBLEM_FORMATS[name]!.render({ files: ['data/expenses/2021.yaml'], problems, strict: false }, { lang: 'ko', color: false });
      expect(out, name).toContain('100004');
    }
  });
});

describe('a complex key', () => {
  it('in a file the quick parser reads is yaml-complex-key at the key, with no Node warning', async () => {
    const dir = seedWith('events.yaml', /$/, '? [a, b]\n: 1\n');
    const r = await quietly(['--data', 'data', '--lang', 'en', 'validate'], dir);
    expect(r.code).toBe(1);
    expect(r.warnings).toEqual([]);
    expect(r.stdout).toMatch(/^data\/events\.yaml:55:3 error a key must be plain text; .*\[yaml-complex-key\]$/m);
    expect(r.stdout).not.toContain('schema-unknown-key');
    const flow = await quietly(['--data', 'data', '--lang', 'en', 'validate'], seedWith('events.yaml', 'kind: events', 'kind: events\n[a, b]: 1'));
    expect(flow.warnings).toEqual([]);
    expect(flow.stdout).toContain('[yaml-complex-key]');
    expect(flow.stdout).not.toContain('[object Object]');
  });

  it('in one item line of a list the line reader takes is yaml-complex-key at that line', async () => {
    const dir = seedWith('events.yaml', /$/, '\n');
    mkdirSync(join(dir, 'data', 'expenses'));
    const entries = Array.from({ length: 30 }, (_, i) => `  - { date: 2021-03-${String(i + 1).padStart(2, '0')}, line: 203-01, amount: 1000, purpose: 간담회 }`);
    entries[20] = '  - { date: 2021-03-21, line: 203-01, amount: 1000, [a, b]: 1 }';
    writeFileSync(join(dir, 'data', 'expenses', '2021.yaml'), ['kind: expenses', 'fiscal_year: 2021', 'unit: 원', 'entries:', ...entries, ''].join('\n'));
    const r = await quietly(['--data', 'data', '--lang', 'en', 'validate'], dir);
    expect(r.code).toBe(1);
    expect(r.warnings).toEqual([]);
    expect(r.stdout).toMatch(/^data\/expenses\/2021\.yaml:25:53 error entries\[20\]: a key must be plain text; .*\[yaml-complex-key\]$/m);
    expect(r.stdout).not.toContain('[object Object]');
  });
});

describe('characters XML forbids', () => {
  // Readers refuse U+FFFE/U+FFFF in a sheet's XML ("disallowed character"); the writer drops them.
  it('U+FFFE and U+FFFF in a record text still give an xlsx that opens', async () => {
    const dir = seedWith('tasks/1-council-communication.yaml', /^title: (.*)$/m, 'title: "$1 \\uFFFE\\uFFFF"');
    const out = join(dir, 'report.xlsx');
    const r = await runCli(['--data', 'data', 'report', '--out', out], dir);
    expect(r.code, r.stderr).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      expect(await zip.file(name)!.async('string'), name).not.toMatch(/[\uFFFE\uFFFF]/);
    }
  });
});
