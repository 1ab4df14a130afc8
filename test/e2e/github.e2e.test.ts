// validate --format github in a workflow: annotations on repository paths, and every problem in
// the job summary (GitHub shows only 10 annotations per step).
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, golden, root } from './cli.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'mayor-office-summary-'));

describe('validate for GitHub Actions', () => {
  for (const lang of ['ko', 'en']) {
    it(`--summary FILE holds every problem as Markdown (${lang})`, () => {
      const file = join(tmp(), 'summary.md');
      const r = cli(['validate', '--data', 'test/fixtures/broken', '--format', 'github', '--summary', file, '--lang', lang], root);
      expect(r.code).toBe(1);
      const md = readFileSync(file, 'utf8');
      golden(`validate-broken.${lang}.summary.md`, md);
      // One row per annotation: nothing is lost beyond GitHub's limit of annotations.
      const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(md.split('\n').filter((l) => /^\| (❌|⚠️)/.test(l))).toHaveLength(annotations.length);
    });
  }

  it('puts more problems in the summary than GitHub shows as annotations', () => {
    const dir = tmp();
    const entries = Array.from({ length: 12 }, (_, i) => `  - { date: 2022-01-${String(i + 10)}, line: 203-01, amount: "1,000", purpose: 간담회 }`);
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'expenses.yaml'), ['kind: expenses', 'fiscal_year: 2022', 'unit: 원', 'entries:', ...entries, ''].join('\n'));
    const file = join(dir, 'summary.md');
    const r = cli(['validate', '--format', 'github', '--summary', file, '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('| ❌ error |'));
    expect(rows).toHaveLength(12);
    expect(rows[11]).toContain('`data/expenses.yaml:16:');
    expect(rows.every((row) => row.endsWith('| `number-with-commas` |'))).toBe(true);
  });

  it('12,000 problems through the cli: the step summary stays under 1 MiB, and its last line says how many it left out and where they all are', () => {
    const dir = tmp();
    // Days and lines spread so that the rows differ; every entry has one error (a thousands separator).
    const entries = Array.from({ length: 12_000 }, (_, i) => `  - { date: 2022-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}, line: 203-01, amount: "1,${String(i % 1000).padStart(3, '0')}", purpose: 간담회 ${i} }`);
    mkdirSync(join(dir, 'data'));
    // Sixteen files of 750: one file shows at most 1,000 schema errors (docs/limits.md).
    for (let f = 0; f < 16; f++) {
      writeFileSync(join(dir, 'data', `expenses-${f + 1}.yaml`), ['kind: expenses', 'fiscal_year: 2022', 'unit: 원', 'entries:', ...entries.slice(f * 750, (f + 1) * 750), ''].join('\n'));
    }
    const file = join(dir, 'step-summary.md');
    const r = cli(['validate', '--format', 'github', '--lang', 'en'], dir, { GITHUB_STEP_SUMMARY: file });
    expect(r.code).toBe(1);
    // The log holds every one of them.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length).toBe(12_000);
    const md = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌ error |'));
    const last = md.trimEnd().split('\n').at(-1)!;
    const left = Number(/^… ([\d,]+) more problems are left out of this summary for its size limit \(1 MiB\): every one is in this step's log and annotations/.exec(last)?.[1]?.replace(/,/g, ''));
    expect(left).toBeGreaterThan(0);
    expect(rows.length + left).toBe(12_000);
  });

  it('appends to $GITHUB_STEP_SUMMARY with --format github, and paths are relative to GITHUB_WORKSPACE', () => {
    const file = join(tmp(), 'step-summary.md');
    writeFileSync(file, 'earlier step output\n');
    const r = cli(['validate', '--data', 'broken', '--format', 'github', '--lang', 'en'], join(root, 'test', 'fixtures'), { GITHUB_STEP_SUMMARY: file, GITHUB_WORKSPACE: root });
    expect(r.code).toBe(1);
    const first = r.stdout.split('\n')[0]!;
    expect(first.startsWith('::error file=test/fixtures/broken/budget/2021.yaml,line=13,col=13,endLine=13,endColumn=23,title=date-invalid%3A adjustments[0].date::test/fixtures/broken/budget/2021.yaml:13: ')).toBe(true);
    const md = readFileSync(file, 'utf8');
    expect(md.startsWith('earlier step output\n## mayor-office records check\n')).toBe(true);
    expect(md).toContain('| `test/fixtures/broken/budget/2021.yaml:13:13` |');
  });

  it('without GITHUB_WORKSPACE asks git for the repository root', () => {
    const r = cli(['validate', '--data', 'broken', '--format', 'github', '--lang', 'en'], join(root, 'test', 'fixtures'));
    expect(r.stdout.split('\n')[0]!.startsWith('::error file=test/fixtures/broken/budget/2021.yaml,')).toBe(true);
  });

  it('never writes the summary into the records folder', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'office.yaml'), 'kind: office\n');
    const r = cli(['validate', '--format', 'github', '--summary', 'data/summary.md', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mayor-office: 'data/summary.md' is inside the data folder: write reports outside the records folder.\n");
  });

  it('the text format does not touch $GITHUB_STEP_SUMMARY', () => {
    const file = join(tmp(), 'step-summary.md');
    writeFileSync(file, '');
    cli(['validate', '--data', 'test/fixtures/broken'], root, { GITHUB_STEP_SUMMARY: file });
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
