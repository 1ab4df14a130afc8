// The over-budget check of expenses add and import finds the first date, from a new entry's on,
// at which its line's 집행액 passes its 예산현액. It walks the line's entries once; the reference
// below is the rule as first written (a whole budget status and execution per date), and the two
// must agree on any office: snapshots in 천원, adjustments, refunds, complete_from.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overBudget } from '../../src/engine/expenseAdd.js';
import { budgetStatus, lineStatusByKey } from '../../src/compute/budgetReport.js';
import { budgetLines, lineRefKey } from '../../src/compute/expenseVocabulary.js';
import { executionAt } from '../../src/compute/execution.js';
import { wonPer } from '../../src/model/numbers.js';
import { expensesOf } from '../../src/compute/reports.js';
import type { RecordsByKind } from '../../src/compute/recordsOf.js';
import type { BudgetRecord, ExpensesRecord } from '../../src/model/records.js';

function reference(r: RecordsByKind, entry: { date: string; line: string }) {
  const fiscalYear = Number(entry.date.slice(0, 4));
  const budget = r.budget.find((b) => b.fiscal_year === fiscalYear);
  if (!budget) return undefined;
  const k = wonPer(budget.unit);
  const files = expensesOf(r, fiscalYear);
  const entries = files.flatMap((x) => x.entries);
  const dates = [...new Set([entry.date, ...entries.filter((e) => e.line === entry.line && e.date > entry.date).map((e) => e.date)])].sort();
  const key = lineRefKey(entry.line, undefined, budgetLines(budget));
  for (const d of dates) {
    const line = lineStatusByKey(budgetStatus(budget, files, d)).get(key);
    if (!line || line.current === null) return undefined;
    const executed = executionAt(budget, files, d)?.byLine.get(key) ?? 0;
    const current = line.current * k;
    if (executed > current) return { line: entry.line, name: line.name, date: d, executed, current };
  }
  return undefined;
}

const day = fc.integer({ min: 1, max: 360 }).map((n) => {
  const d = new Date(Date.UTC(2021, 0, n));
  return d.toISOString().slice(0, 10);
});
const code = fc.constantFrom('203-01', '203-02', '203-03');

const office = fc
  .record({
    unit: fc.constantFrom('원' as const, '천원' as const),
    budgets: fc.tuple(fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), fc.integer({ min: 0, max: 400 })),
    adjustments: fc.array(fc.record({ date: day, line: code, amount: fc.integer({ min: -100, max: 100 }) }), { maxLength: 3 }),
    snapshots: fc.array(fc.record({ as_of: day, lines: fc.array(fc.record({ line: code, executed: fc.integer({ min: 0, max: 300 }) }), { maxLength: 2 }) }), { maxLength: 2 }),
    entries: fc.array(fc.record({ date: day, line: code, amount: fc.integer({ min: -50, max: 200 }) }), { maxLength: 25 }),
    completeFrom: fc.option(day, { nil: undefined }),
    added: fc.record({ date: day, line: code }),
  })
  .map((o) => {
    const scale = o.unit === '천원' ? 1 : 1000;
    const budget = {
      kind: 'budget',
      fiscal_year: 2021,
      unit: o.unit,
      lines: [
        { code: '203-01', name: '기관운영업무추진비', budget: o.budgets[0] === null ? null : o.budgets[0] * scale },
        { code: '203-02', name: '시책추진업무추진비', budget: o.budgets[1] * scale },
      ],
      adjustments: o.adjustments.map((a) => ({ ...a, amount: a.amount * scale })),
      snapshots: [...new Map(o.snapshots.map((s) => [s.as_of, s])).values()].map((s) => ({ as_of: s.as_of, lines: [...new Map(s.lines.map((l) => [l.line, l])).values()].map((l) => ({ ...l, executed: l.executed * scale })) })),
    } as unknown as BudgetRecord;
    const expenses = {
      kind: 'expenses',
      fiscal_year: 2021,
      unit: '원',
      ...(o.completeFrom ? { complete_from: o.completeFrom } : {}),
      entries: o.entries.map((e) => ({ ...e, amount: e.amount * 1000, purpose: '간담회' })),
    } as unknown as ExpensesRecord;
    return { r: { budget: [budget], expenses: [expenses] } as unknown as RecordsByKind, added: o.added };
  });

describe('overBudget', () => {
  it('agrees with the rule as first written, on any office', () => {
    fc.assert(
      fc.property(office, ({ r, added }) => {
        expect(overBudget(r, added)).toEqual(reference(r, added));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a line passed on a later date, not only on the new entry’s', () => {
    const budget = { kind: 'budget', fiscal_year: 2021, unit: '천원', lines: [{ code: '203-01', name: '기관운영업무추진비', budget: 100 }] } as unknown as BudgetRecord;
    const expenses = {
      kind: 'expenses',
      fiscal_year: 2021,
      unit: '원',
      entries: [
        { date: '2021-03-01', line: '203-01', amount: 60_000, purpose: 'a' },
        { date: '2021-05-01', line: '203-01', amount: 30_000, purpose: 'b' },
      ],
    } as unknown as ExpensesRecord;
    const r = { budget: [budget], expenses: [expenses] } as unknown as RecordsByKind;
    // a new 20,000원 on 4/1 is within the line then (80,000), but 5/1 makes it 110,000
    const withNew = { ...r, expenses: [{ ...expenses, entries: [...expenses.entries, { date: '2021-04-01', line: '203-01', amount: 20_000, purpose: 'c' }] }] } as unknown as RecordsByKind;
    expect(overBudget(withNew, { date: '2021-04-01', line: '203-01' })).toEqual({ line: '203-01', name: '기관운영업무추진비', date: '2021-05-01', executed: 110_000, current: 100_000 });
    expect(overBudget(r, { date: '2021-04-01', line: '203-01' })).toBeUndefined();
  });
});
