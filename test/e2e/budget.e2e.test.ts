// mayor-office budget status, end to end: the work report's table from the default data, and
// a fixture office with itemized entries in 원 and a 추경.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/displayWidth.js';
import { budgetStatus } from '../../src/compute/budgetReport.js';
import { budgetStatusTable } from '../../src/render/tables/budget.js';
import { renderTable } from '../../src/render/formats/table.js';
import { cli, golden, goldenName, root, seedRoot } from './cli.js';

const OTHER = 'test/fixtures/other-office';

describe('budget status on the default data', () => {
  it('reproduces the work report: 277,200 / 71,882 / 205,318 / 25.9% …, as of 2021-04-28 in 천원', () => {
    const r = cli(['budget', 'status', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout);
    expect([j.asOf, j.unit, j.fiscalYear, j.source]).toEqual(['2021-04-28', '천원', 2021, 'snapshot']);
    const fig = (l: { name: string; budget: number; executed: number; balance: number; rate: number }) => [l.name, l.budget, l.executed, l.balance, l.rate];
    expect(j.lines.map(fig)).toEqual([
      ['기관운영업무추진비', 277200, 71882, 205318, 25.9],
      ['시책추진업무추진비', 60000, 2203, 57797, 3.7],
    ]);
    expect(fig(j.total)).toEqual(['계', 337200, 74085, 263115, 22.0]);
    expect([j.yearElapsed, j.total.pace]).toEqual([32.3, 'behind']);
  });

  it('prints the header line the way the office writes it', () => {
    expect(cli(['budget', 'status']).stdout.split('\n')[0]).toBe("예산 집행현황 (기준 / 단위 : '21. 4. 28. / 천원)");
  });

  for (const format of ['table', 'json', 'csv', 'md']) {
    for (const lang of ['ko', 'en']) {
      it(`--format ${format} --lang ${lang}`, () => {
        const r = cli(['budget', 'status', '--format', format, '--lang', lang]);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName(`budget-status`, lang, format), r.stdout);
      });
    }
  }

  it('Korean wide characters line up: every line of the table has the same display width', () => {
    for (const lang of ['ko', 'en']) {
      for (const data of ['data', `${root}/${OTHER}`]) {
        const lines = cli(['budget', 'status', '--data', data, '--lang', lang]).stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
        expect(lines.length).toBe(7); // top, header, rule, 계 and two lines, bottom
        expect(new Set(lines.map(displayWidth)).size).toBe(1);
      }
    }
  });
});

describe('budget status from itemized entries with a 추경', () => {
  for (const format of ['table', 'json', 'csv', 'md']) {
    for (const lang of ['ko', 'en']) {
      it(`--format ${format} --lang ${lang}`, () => {
        const r = cli(['budget', 'status', '--data', OTHER, '--format', format, '--lang', lang], root);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName(`other-budget-status`, lang, format), r.stdout);
      });
    }
  }

  it('--as-of recomputes from the entries up to that day and the adjustments in force', () => {
    const at = (d: string) => JSON.parse(cli(['budget', 'status', '--data', OTHER, '--as-of', d, '--format', 'json'], root).stdout);
    const march = at('2022-03-31');
    expect(march.lines.map((l: { current: number; executed: number }) => [l.current, l.executed])).toEqual([[24000, 2484], [12000, 300]]);
    // 2,784,650원: the 계 row rounds the unrounded sum (2,785), not the shown lines (2,784).
    expect([march.total.executed, march.total.rate, march.yearElapsed]).toEqual([2785, 7.7, 24.7]);
    const april = at('2022-04-15');
    expect(april.lines.map((l: { current: number; executed: number }) => [l.current, l.executed])).toEqual([[24000, 2484], [11500, 1800]]);
    const june = at('2022-06-30');
    expect(june.lines.map((l: { current: number; executed: number; balance: number; rate: number }) => [l.current, l.executed, l.balance, l.rate])).toEqual([
      [27000, 5589, 21411, 20.7],
      [11500, 2420, 9080, 21.0],
    ]);
    expect([june.total.current, june.total.executed, june.total.balance, june.total.rate, june.rounding]).toEqual([38500, 8010, 30490, 20.8, 'half-up']);
  });

  it('a date before any data, or outside the fiscal year, is an error, not zeros', () => {
    const before = cli(['budget', 'status', '--data', OTHER, '--as-of', '2022-01-10', '--lang', 'en'], root);
    expect([before.code, before.stdout, before.stderr]).toEqual([2, '', 'mayor-office: there are no records on or before 2022-01-10: the first is dated 2022-01-14. Give an --as-of on or after 2022-01-14.\n']);
    const outside = cli(['budget', 'status', '--data', OTHER, '--as-of', '2021-12-31', '--year', '2022', '--lang', 'en'], root);
    expect([outside.code, outside.stderr]).toEqual([2, 'mayor-office: --as-of 2021-12-31 is outside fiscal year 2022 (2022-01-01 to 2022-12-31).\n']);
    const noYear = cli(['budget', 'status', '--data', OTHER, '--year', '2030', '--lang', 'en'], root);
    expect([noYear.code, noYear.stderr]).toEqual([2, 'mayor-office: there is no budget record for fiscal year 2030. Years with a budget: 2022\n']);
  });

  it('with colour, each row has a bar of execution against the year', () => {
    const report = budgetStatus(
      { kind: 'budget', fiscal_year: 2021, unit: '천원', lines: [{ code: '203-01', name: 'x', budget: 100 }], snapshots: [{ as_of: '2021-07-02', lines: [{ line: '203-01', executed: 25 }] }] },
      [],
      '2021-07-02',
    );
    const out = renderTable(budgetStatusTable(report, { lang: 'en', bars: true }), { lang: 'en', color: false });
    // 25% executed → 5 of 20 cells; half the year gone (183/365 = 50.1%) → the mark at cell 10.
    expect(out).toContain('█████░░░░░┃░░░░░░░░░');
  });
});

describe('an as-of date the records do not reach', () => {
  it('before the next snapshot says the figures are of the last snapshot; after the last entry, that the records end there', async () => {
    const { runCli } = await import('../helpers.js');
    const snap = await runCli(['budget', 'status', '--as-of', '2021-05-15', '--lang', 'en'], seedRoot);
    expect(snap.code).toBe(0);
    expect(snap.stdout).toContain('Asked as of 2021-05-15: the last execution record on or before it is the snapshot of 2021-04-28, so the executed amounts and the pace are of that day');
    const other = await runCli(['--data', 'test/fixtures/other-office', 'budget', 'status', '--as-of', '2022-08-15'], root);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('집행 기록은 2022-06-28까지임: 그 뒤 2022-08-15까지의 집행은 기록에 없고, 진도는 2022-08-15의 경과율에 견준 것');
    const json = JSON.parse((await runCli(['--data', 'test/fixtures/other-office', 'budget', 'status', '--as-of', '2022-08-15', '--format', 'json'], root)).stdout);
    expect([json.asOf, json.executionDate, json.lastRecord]).toEqual(['2022-08-15', '2022-08-15', '2022-06-28']);
  });
});
