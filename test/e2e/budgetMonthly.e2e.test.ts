// budget monthly on the second office: the cumulative figures at each month end are recomputed
// here from the entries themselves (not by the tool's code), and the table, md and html are
// checked against reviewed goldens and the chart's own data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { cli, golden, root, seedData } from './cli.js';

const OTHER = join(root, 'test', 'fixtures', 'other-office');
const monthly = (args: string[]): ReturnType<typeof cli> => cli(['--data', OTHER, 'budget', 'monthly', ...args], root);

interface Budget {
  lines: { code: string; name: string; budget: number }[];
  adjustments: { date: string; line: string; amount: number }[];
}
const budget = jsYaml.load(readFileSync(join(OTHER, 'budget', '2022.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as Budget;
const entries = (jsYaml.load(readFileSync(join(OTHER, 'expenses', '2022.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { entries: { date: string; line: string; amount: number }[] }).entries;

/** The code an entry's 비목 means: the code, the full name, or the name's first word. */
const codeOf = (written: string): string => budget.lines.find((l) => l.code === written || l.name === written || l.name.startsWith(written))!.code;
const monthEnds = ['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30', '2022-05-31', '2022-06-30'];
/** 원 → 천원, half-up (amounts here are not negative). */
const thousands = (won: number): number => Math.floor((won + 500) / 1000);
/** part/whole in percent, one decimal, half-up. */
const rate = (part: number, whole: number): number => Math.floor((2000 * part + whole) / (2 * whole)) / 10;
const executedWon = (code: string, upTo: string): number => entries.filter((e) => e.date <= upTo && codeOf(e.line) === code).reduce((a, e) => a + e.amount, 0);
const currentWon = (code: string, on: string): number =>
  1000 * (budget.lines.find((l) => l.code === code)!.budget + budget.adjustments.filter((a) => a.line === code && a.date <= on).reduce((a, x) => a + x.amount, 0));

describe('budget monthly', () => {
  it('json: the cumulative 집행액, 집행률 and elapsed share of each month end, as the entries give them', () => {
    const r = monthly(['--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout);
    expect([j.report, j.fiscalYear, j.asOf, j.unit]).toEqual(['budget-monthly', 2022, '2022-06-30', '천원']);
    expect(j.months.map((m: { month: string; date: string }) => [m.month, m.date])).toEqual(monthEnds.map((d) => [d.slice(0, 7), d]));
    let previousTotal = 0;
    j.months.forEach((m: { date: string; yearElapsed: number; source: string; total: { executed: number; inMonth: number; rate: number }; lines: { code: string; executed: number; rate: number; current: number }[] }, i: number) => {
      const day = (Date.parse(`${m.date}T00:00:00Z`) - Date.parse('2022-01-01T00:00:00Z')) / 86_400_000 + 1;
      expect(m.yearElapsed, m.date).toBe(rate(day, 365));
      expect(m.source).toBe('entries');
      for (const [k, l] of budget.lines.entries()) {
        const won = executedWon(l.code, m.date);
        expect(m.lines[k], `${m.date} ${l.code}`).toEqual({ code: l.code, executed: thousands(won), inMonth: expect.any(Number), current: currentWon(l.code, m.date) / 1000, rate: rate(won, currentWon(l.code, m.date)) });
      }
      const totalWon = budget.lines.reduce((a, l) => a + executedWon(l.code, m.date), 0);
      const totalCurrent = budget.lines.reduce((a, l) => a + currentWon(l.code, m.date), 0);
      expect([m.total.executed, m.total.rate], m.date).toEqual([thousands(totalWon), rate(totalWon, totalCurrent)]);
      expect(m.total.inMonth, m.date).toBe(thousands(totalWon) - previousTotal);
      previousTotal = thousands(totalWon);
      if (i === 5) expect([m.total.executed, m.total.rate]).toEqual([8010, 20.8]);
    });
  });

  it('agrees with budget status as of each month end', () => {
    for (const d of ['2022-03-31', '2022-05-31']) {
      const status = JSON.parse(cli(['--data', OTHER, 'budget', 'status', '--format', 'json', '--as-of', d], root).stdout);
      const month = JSON.parse(monthly(['--format', 'json', '--as-of', d]).stdout).months.at(-1);
      expect([month.date, month.total.executed, month.total.rate, month.yearElapsed]).toEqual([d, status.total.executed, status.total.rate, status.yearElapsed]);
    }
  });

  it('a month before any execution data is null, never 0 (the seed: a snapshot of 2021-04-28 only)', () => {
    const j = JSON.parse(cli(['budget', 'monthly', '--format', 'json']).stdout);
    expect(j.months.map((m: { month: string; total: { executed: number | null } }) => [m.month, m.total.executed])).toEqual([
      ['2021-01', null],
      ['2021-02', null],
      ['2021-03', null],
      ['2021-04', 74085],
    ]);
    // The snapshot's month has no month before it to subtract.
    expect(j.months[3].total.inMonth).toBeNull();
    expect(j.months[0].lines[0]).toEqual({ code: '203-01', executed: null, inMonth: null, current: 277200, rate: null });
    expect(cli(['budget', 'monthly']).stdout).toContain('│ 1월 │           - │           - │      - │   8.5% │');
  });

  it('--as-of and --year pick the months; a date before the budget year is refused', () => {
    expect(JSON.parse(monthly(['--format', 'json', '--as-of', '2022-02-15']).stdout).months.map((m: { date: string }) => m.date)).toEqual(['2022-01-31', '2022-02-15']);
    expect(monthly(['--year', '2022', '--format', 'json']).code).toBe(0);
    expect(monthly(['--year', '20x2']).code).toBe(2);
    expect(monthly(['--year', '2019']).code).toBe(2);
  });

  for (const [lang, format, name] of [
    ['ko', 'table', 'other-budget-monthly.ko.txt'],
    ['en', 'table', 'other-budget-monthly.en.txt'],
    ['ko', 'md', 'other-budget-monthly.ko.md'],
  ] as const) {
    it(`${format} (${lang}) is the reviewed golden`, () => {
      const r = monthly(['--lang', lang, '--format', format]);
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }

  it('html: the table and an svg chart of the cumulative rate against the year elapsed', () => {
    const r = monthly(['--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget-monthly"');
    expect(r.stdout).toContain('<desc id="chart-budget-monthly-desc">1월 2.4% (경과율 8.5%), 2월 6.5% (경과율 16.2%), 3월 7.7% (경과율 24.7%), 4월 12.1% (경과율 32.9%), 5월 16.6% (경과율 41.4%), 6월 20.8% (경과율 49.6%)</desc>');
    // One polyline each for the elapsed share, the 계 and each line: six months, no gap.
    expect(r.stdout.match(/<polyline /g)).toHaveLength(4);
    expect(r.stdout).toContain('<figcaption>월별 누적 집행률과 연중 경과율</figcaption>');
  });

  it('csv: plain figures, one row per month', () => {
    const csv = monthly(['--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[1]).toBe('1월,851,851,2.4,8.5,851,3.5,0,0.0');
  });
});

describe('a month with nothing recorded', () => {
  it('between two snapshots is 미기록 / not recorded, not 0, with a note; its cumulative figures are the last record', async () => {
    const { runCli, tempTree } = await import('../helpers.js');
    const budget = readFileSync(join(seedData, 'budget', '2021.yaml'), 'utf8') + '  - as_of: 2021-06-30\n    lines:\n      - { line: 203-01, executed: 90000 }\n      - { line: 203-03, executed: 3000 }\n';
    const dir = tempTree({ 'data/budget/2021.yaml': budget, 'data/office.yaml': readFileSync(join(seedData, 'office.yaml'), 'utf8') });
    const json = JSON.parse((await runCli(['--data', 'data', 'budget', 'monthly', '--as-of', '2021-06-30', '--format', 'json'], dir)).stdout);
    const months = json.months.map((m: { month: string; recorded: boolean; total: { inMonth: number | null; executed: number | null } }) => [m.month, m.recorded, m.total.inMonth, m.total.executed]);
    expect(months.slice(3)).toEqual([
      ['2021-04', true, null, 74085],
      ['2021-05', false, null, 74085],
      ['2021-06', true, 18915, 93000],
    ]);
    const table = (await runCli(['--data', 'data', 'budget', 'monthly', '--as-of', '2021-06-30'], dir)).stdout;
    expect(table).toMatch(/│ 5월 +│ +미기록 │ +74,085 │/);
    expect(table).toContain("당월 '미기록': 그달의 집행 건도 집행 스냅숏도 없는 달");
  });
});
