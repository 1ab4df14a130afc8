// Implausible execution data earns located warnings (validate still exits 0): a cumulative
// 집행액 that goes down, a snapshot that drops a line, 집행액 over 예산현액 (a snapshot's line or
// the entry that takes a line over), an entry dated after the latest report issue's as-of date.
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root, seedData } from '../e2e/cli.js';

function copyOf(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-implausible-'));
  cpSync(from, join(dir, 'data'), { recursive: true });
  return dir;
}

/** The seed's budget with a second snapshot (lines as given) after the one of 2021-04-28. */
function withSnapshot(lines: string): string {
  const dir = copyOf(seedData);
  const file = join(dir, 'data', 'budget', '2021.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('rate: 22.0 }\n', `rate: 22.0 }\n  - as_of: 2021-05-31\n    lines:\n${lines}`));
  return dir;
}

/** validate in English: the exit code and the lines of one rule. */
function warnings(dir: string, rule: string): { code: number; lines: string[] } {
  const r = cli(['--lang', 'en', 'validate'], dir);
  return { code: r.code, lines: r.stdout.split('\n').filter((l) => l.endsWith(`[${rule}]`)) };
}

describe('warnings for implausible execution data', () => {
  it('a cumulative 집행액 that goes down between two snapshots of a line', () => {
    const dir = withSnapshot('      - line: 203-01\n        executed: 70000\n      - line: 203-03\n        executed: 2203\n');
    expect(warnings(dir, 'executed-decreased')).toEqual({
      code: 0,
      lines: ['data/budget/2021.yaml:32:19 warning snapshots[1].lines[0].executed: line 203-01: the cumulative executed amount went down from 71,882 천원 on 2021-04-28 to 70,000 천원 on 2021-05-31; a cumulative amount does not go down: check the figure (a refund or correction may be right) [executed-decreased]'],
    });
    // The same figure does not go down: no warning.
    expect(warnings(withSnapshot('      - line: 203-01\n        executed: 71882\n      - line: 203-03\n        executed: 2203\n'), 'executed-decreased').lines).toEqual([]);
  });

  it('a snapshot that drops a line the snapshot before it had', () => {
    const dir = withSnapshot('      - line: 203-01\n        executed: 72232\n');
    expect(warnings(dir, 'snapshot-line-dropped')).toEqual({
      code: 0,
      lines: ['data/budget/2021.yaml:30:5 warning snapshots[1].lines: the snapshot of 2021-05-31 leaves out line 203-03, which the snapshot of 2021-04-28 had; add line 203-03 with its cumulative executed amount under lines [snapshot-line-dropped]'],
    });
  });

  it("a snapshot line above the line's 예산현액", () => {
    const dir = withSnapshot('      - line: 203-01\n        executed: 280000\n      - line: 203-03\n        executed: 2203\n');
    expect(warnings(dir, 'executed-over-current')).toEqual({
      code: 0,
      lines: ['data/budget/2021.yaml:32:19 warning snapshots[1].lines[0].executed: line 203-01 on 2021-05-31: executed 280,000 천원 is 2,800 천원 over its current budget (예산현액) of 277,200 천원; check the amount and the line; if the budget grew, record it under adjustments [executed-over-current]'],
    });
  });

  it("the entry that takes a line's 집행액 over its 예산현액 on its date, once", () => {
    // The second office: 203-03 has 11,500천원 after a transfer of -500 on 2022-04-01 and
    // 2,420,450원 executed by the end of June; 9,100,000원 on 2022-06-20 takes it to 11,520,450원.
    const dir = copyOf(join(root, 'test', 'fixtures', 'other-office'));
    appendFileSync(join(dir, 'data', 'expenses', '2022.yaml'), '  - { date: 2022-06-20, line: 203-03, amount: 9100000, purpose: 행사 }\n  - { date: 2022-06-21, line: 203-03, amount: 10000, purpose: 다과 }\n');
    expect(warnings(dir, 'executed-over-current')).toEqual({
      code: 0,
      lines: ['data/expenses/2022.yaml:21:47 warning entries[12].amount: line 203-03 on 2022-06-20: executed 11,520,450 원 is 20,450 원 over its current budget (예산현액) of 11,500,000 원; check the amount and the line; if the budget grew, record it under adjustments [executed-over-current]'],
    });
    // 20,450원 less stays within it.
    const within = copyOf(join(root, 'test', 'fixtures', 'other-office'));
    appendFileSync(join(within, 'data', 'expenses', '2022.yaml'), '  - { date: 2022-06-20, line: 203-03, amount: 9079550, purpose: 행사 }\n');
    expect(warnings(within, 'executed-over-current').lines).toEqual([]);
  });

  it("a day's entries count together: the line's first entry of that day is the one warned of, in date order whatever the file order", () => {
    // 9,000,000원 alone stays within 11,500천원; the day's second entry takes the day over. The
    // entry of 2022-06-19, written after them, counts before them.
    const dir = copyOf(join(root, 'test', 'fixtures', 'other-office'));
    appendFileSync(
      join(dir, 'data', 'expenses', '2022.yaml'),
      '  - { date: 2022-06-20, line: 203-03, amount: 9000000, purpose: 행사 }\n  - { date: 2022-06-20, line: 203-03, amount: 90000, purpose: 다과 }\n  - { date: 2022-06-19, line: 203-03, amount: 10000, purpose: 다과 }\n',
    );
    expect(warnings(dir, 'executed-over-current')).toEqual({
      code: 0,
      lines: ['data/expenses/2022.yaml:21:47 warning entries[12].amount: line 203-03 on 2022-06-20: executed 11,520,450 원 is 20,450 원 over its current budget (예산현액) of 11,500,000 원; check the amount and the line; if the budget grew, record it under adjustments [executed-over-current]'],
    });
  });

  it('an expense entry dated after the as-of date of the latest report issue', () => {
    const dir = copyOf(join(root, 'test', 'fixtures', 'other-office'));
    appendFileSync(join(dir, 'data', 'expenses', '2022.yaml'), '  - { date: 2022-07-05, line: 203-01, amount: 10000, purpose: 다과 }\n');
    expect(warnings(dir, 'entry-after-report')).toEqual({
      code: 0,
      lines: ['data/expenses/2022.yaml:21:13 warning entries[12].date: the entry of 2022-07-05 is dated after 2022-06-30, the as-of date of the latest report issue 2022-07-work-report; check the date, or start the new month\'s report issue (mayor-office report new) [entry-after-report]'],
    });
    // A month of such entries is one warning, at the first, saying how many more there are.
    appendFileSync(join(dir, 'data', 'expenses', '2022.yaml'), '  - { date: 2022-07-06, line: 203-01, amount: 10000, purpose: 다과 }\n  - { date: 2022-07-07, line: 203-01, amount: 10000, purpose: 다과 }\n');
    expect(warnings(dir, 'entry-after-report').lines).toEqual([
      "data/expenses/2022.yaml:21:13 warning entries[12].date: the entry of 2022-07-05 is dated after 2022-06-30, the as-of date of the latest report issue 2022-07-work-report (and 2 more entries of this file); check the date, or start the new month's report issue (mayor-office report new) [entry-after-report]",
    ]);
    // A report issue of July covers them.
    writeFileSync(join(dir, 'data', 'report-2022-08.yaml'), 'kind: report\nid: 2022-08-work-report\ntitle: 주요업무보고\nissued: 2022-08\noffice: digital-policy\nfiscal_year: 2022\nas_of: 2022-07-31\n');
    expect(warnings(dir, 'entry-after-report').lines).toEqual([]);
  });

  it('the seed and the second office earn none of them', () => {
    for (const dir of [copyOf(seedData), copyOf(join(root, 'test', 'fixtures', 'other-office'))]) {
      const out = cli(['validate'], dir).stdout;
      for (const rule of ['executed-decreased', 'snapshot-line-dropped', 'executed-over-current', 'entry-after-report']) expect(out).not.toContain(`[${rule}]`);
    }
  });
});
