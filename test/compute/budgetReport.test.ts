// Budget figures from records built in the test: as-of filtering, 예산현액 from adjustments,
// 원 → 천원 rounding with the 계 row from unrounded sums, pace.
import { describe, expect, it } from 'vitest';
import type { BudgetRecord, ExpensesRecord } from '../../src/model/records.js';
import { budgetStatus, divideHalfUp, yearElapsedTenths, type Entry } from '../../src/compute/budgetReport.js';
import { dayOfYear } from '../../src/compute/dates.js';

const budget = (over: Partial<BudgetRecord> = {}): BudgetRecord => ({
  kind: 'budget',
  fiscal_year: 2022,
  unit: '천원',
  lines: [
    { code: '203-01', name: '기관운영업무추진비', budget: 24000 },
    { code: '203-03', name: '시책추진업무추진비', budget: 12000 },
  ],
  ...over,
});
const entry = (date: string, line: string, amount: number): Entry => ({ date, line, amount, purpose: '간담회' });
const files = (entries: readonly Entry[], completeFrom?: string): ExpensesRecord[] =>
  entries.length ? [{ kind: 'expenses', fiscal_year: 2022, unit: '원', entries, ...(completeFrom ? { complete_from: completeFrom } : {}) }] : [];
const status = (b: BudgetRecord, entries: readonly Entry[], asOf: string) => budgetStatus(b, files(entries), asOf);

describe('budgetStatus', () => {
  it('sums only entries dated on or before the as-of date', () => {
    const entries = [entry('2022-01-10', '203-01', 1_000_000), entry('2022-03-31', '203-01', 500_000), entry('2022-04-01', '203-01', 7_000_000)];
    const r = status(budget(), entries, '2022-03-31');
    expect(r.lines[0]!.executed).toBe(1500);
    expect(r.source).toBe('entries');
    expect(status(budget(), entries, '2022-04-01').lines[0]!.executed).toBe(8500);
  });

  it('예산현액 adds the adjustments dated up to the as-of date (추경 +, 전용 −)', () => {
    const b = budget({
      adjustments: [
        { date: '2022-04-01', type: '전용', line: '203-03', amount: -500 },
        { date: '2022-05-15', type: '추경', line: '203-01', amount: 3000 },
      ],
    });
    const before = status(b, [entry('2022-01-01', '203-01', 1000)], '2022-03-31');
    expect(before.lines.map((l) => [l.budget, l.current])).toEqual([[24000, 24000], [12000, 12000]]);
    const after = status(b, [entry('2022-01-01', '203-01', 1000)], '2022-06-30');
    expect(after.lines.map((l) => [l.budget, l.current])).toEqual([[24000, 27000], [12000, 11500]]);
    expect([after.total.budget, after.total.current]).toEqual([36000, 38500]);
  });

  it('rounds 원 to 천원 half-up once, and makes the 계 row from the unrounded sums', () => {
    // 5,589,449원 → 5,589 and 2,420,450원 → 2,420 (sum of shown lines 8,009); the total
    // 8,009,899원 → 8,010.
    const r = status(budget(), [entry('2022-02-01', '203-01', 5_589_449), entry('2022-02-01', '203-03', 2_420_450)], '2022-06-30');
    expect(r.lines.map((l) => l.executed)).toEqual([5589, 2420]);
    expect(r.total.executed).toBe(8010);
    expect(r.rounding).toBe('half-up');
    // 집행률 from 원: 5,589,449 / 24,000,000 = 23.289…% → 23.3
    expect(r.lines[0]!.rate).toBe(23.3);
  });

  it('pace compares the rate with the share of the year gone', () => {
    expect(dayOfYear('2021-04-28')).toBe(118);
    expect(yearElapsedTenths('2021-04-28')).toBe(323); // 118 / 365
    expect(yearElapsedTenths('2024-12-31')).toBe(1000); // leap year, last day
    expect(yearElapsedTenths('2024-02-29')).toBe(164); // 60 / 366 = 16.39%
    const r = status(budget(), [entry('2022-01-05', '203-01', 12_000_000), entry('2022-01-05', '203-03', 6_500_000)], '2022-12-31');
    // 50.0% and 54.2% of the budget with the whole year gone: both behind.
    expect(r.lines.map((l) => [l.rate, l.pace, l.paceGap])).toEqual([
      [50, 'behind', -50],
      [54.2, 'behind', -45.8],
    ]);
    // 31 of 365 days gone (8.5%): 50.0% is ahead, 10.0% on pace, 0.0% behind.
    const early = status(budget(), [entry('2022-01-05', '203-01', 12_000_000), entry('2022-01-05', '203-03', 1_200_000)], '2022-01-31');
    expect([early.yearElapsed, early.lines[0]!.pace, early.lines[1]!.pace]).toEqual([8.5, 'ahead', 'on-pace']);
    expect(status(budget(), [entry('2022-01-05', '203-01', 12_000_000)], '2022-01-31').lines[1]!.pace).toBe('behind');
  });

  it('uses the latest snapshot on or before the date when there are no entries', () => {
    const b = budget({
      snapshots: [
        { as_of: '2022-03-31', lines: [{ line: '203-01', executed: 100 }] },
        { as_of: '2022-06-30', lines: [{ line: '203-01', executed: 900 }] },
      ],
    });
    expect(status(b, [], '2022-05-01').lines[0]!.executed).toBe(100);
    expect(status(b, [], '2022-05-01').snapshotDate).toBe('2022-03-31');
    expect(status(b, [], '2022-07-01').lines[0]!.executed).toBe(900);
    expect(status(b, [], '2022-07-01').rounding).toBeNull();
  });

  it('has no rate where the current budget is 0', () => {
    const r = status(budget({ lines: [{ code: '203-01', name: 'x', budget: 0 }] }), [], '2022-01-01');
    expect([r.lines[0]!.rate, r.lines[0]!.pace]).toEqual([null, null]);
  });
});

describe('divideHalfUp', () => {
  it('rounds .5 away from zero', () => {
    expect([divideHalfUp(1499, 1000), divideHalfUp(1500, 1000), divideHalfUp(-1500, 1000), divideHalfUp(-1499, 1000)]).toEqual([1, 2, -2, -1]);
  });
});

describe('a snapshot as the opening figure that entries continue from', () => {
  const withSnapshot = budget({ snapshots: [{ as_of: '2022-04-28', lines: [{ line: '203-01', executed: 7188 }, { line: '203-03', executed: 220 }] }] });

  it('entries after the latest snapshot before the first entry add to it', () => {
    const r = status(withSnapshot, [entry('2022-05-03', '203-01', 350_000)], '2022-05-31');
    expect([r.source, r.snapshotDate, r.lines[0]!.executed, r.lines[1]!.executed, r.total.executed]).toEqual(['opening+entries', '2022-04-28', 7538, 220, 7758]);
    expect(r.executionDate).toBe('2022-05-31');
  });

  it('on the opening date the snapshot alone speaks; from the next day the entries count too', () => {
    const on = status(withSnapshot, [entry('2022-05-03', '203-01', 350_000)], '2022-04-28');
    expect([on.source, on.lines[0]!.executed, on.executionDate]).toEqual(['snapshot', 7188, '2022-04-28']);
    const next = status(withSnapshot, [entry('2022-05-03', '203-01', 350_000)], '2022-04-30');
    expect([next.source, next.lines[0]!.executed, next.executionDate]).toEqual(['opening+entries', 7188, '2022-04-30']);
  });

  it('an entry dated on or before the opening snapshot is already in it', () => {
    const r = budgetStatus(withSnapshot, files([entry('2022-04-20', '203-01', 1_000), entry('2022-05-03', '203-01', 350_000)], '2022-04-29'), '2022-05-31');
    expect(r.lines[0]!.executed).toBe(7538);
  });

  it('entries that start in January are the whole story, to the 원', () => {
    const r = status(withSnapshot, [entry('2022-01-10', '203-01', 7_188_400), entry('2022-05-03', '203-01', 350_000)], '2022-05-31');
    expect([r.source, r.lines[0]!.executed]).toEqual(['entries', 7538]);
  });
});
