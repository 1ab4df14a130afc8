// The expense list and the monthly disclosure from records built in the test: 비목 resolved per
// fiscal year, the department of an entry or of its file, sorting by date and time, refunds
// subtracting from the totals.
import { describe, expect, it } from 'vitest';
import type { BudgetRecord, ExpenseEntry, ExpensesRecord } from '../../src/model/records.js';
import { expenseDisclosure, expenseList, namesBudgetLine } from '../../src/compute/expenseList.js';

const budget = (year: number): BudgetRecord => ({
  kind: 'budget',
  fiscal_year: year,
  unit: '천원',
  lines: [
    { code: '203-01', name: '기관운영업무추진비', budget: 24000 },
    { code: '203-03', name: '시책추진업무추진비', budget: 12000 },
  ],
});
const entry = (date: string, line: string, amount: number, over: Partial<ExpenseEntry> = {}): ExpenseEntry => ({ date, line, amount, purpose: '간담회', ...over });
const file = (year: number, entries: ExpenseEntry[], dept?: string): ExpensesRecord => ({ kind: 'expenses', fiscal_year: year, unit: '원', entries, ...(dept ? { dept } : {}) });

const records = {
  budget: [budget(2022), budget(2023)],
  expenses: [
    file(2022, [entry('2022-05-20', '기관', 100_000), entry('2022-05-03', '203-03', 30_000, { time: '15:00', payment: '법인카드' }), entry('2022-05-03', '시책추진업무추진비', 20_000, { time: '09:10' })], '디지털정책과'),
    file(2022, [entry('2022-05-03', '203-01', 50_000, { dept: '정보화과' }), entry('2022-05-09', '기관', -50_000, { dept: '정보화과', type: '반납', reason: '취소' })]),
    file(2023, [entry('2023-01-02', '기관', 7_000)]),
  ],
};

describe('expenseList', () => {
  it('keeps the entries paid a way (법인카드 is 카드) and those whose words contain a text', () => {
    const paid = expenseList(records, { payment: '카드' });
    expect(paid.entries.map((e) => [e.date, e.time, e.payment])).toEqual([['2022-05-03', '15:00', '법인카드']]);
    expect(paid.filters).toEqual({ year: null, month: null, line: null, dept: null, payment: '카드', text: null });
    expect(expenseList(records, { payment: '제로페이' }).entries).toEqual([]);
    // The text is looked for in the purpose, place, attendees, payment and reason.
    expect(expenseList(records, { text: '취소' }).entries.map((e) => e.amount)).toEqual([-50_000]);
    expect(expenseList(records, { text: '간담' }).total.count).toBe(6);
    expect(expenseList(records, { text: '법인' }).entries.map((e) => e.amount)).toEqual([30_000]);
  });

  it('resolves each 비목 to its code and name, sorts by date and time (none first), and totals with refunds subtracted', () => {
    const r = expenseList(records, { year: 2022 });
    expect(r.entries.map((e) => [e.date, e.time, e.line, e.lineName, e.dept, e.amount])).toEqual([
      ['2022-05-03', null, '203-01', '기관운영업무추진비', '정보화과', 50_000],
      ['2022-05-03', '09:10', '203-03', '시책추진업무추진비', '디지털정책과', 20_000],
      ['2022-05-03', '15:00', '203-03', '시책추진업무추진비', '디지털정책과', 30_000],
      ['2022-05-09', null, '203-01', '기관운영업무추진비', '정보화과', -50_000],
      ['2022-05-20', null, '203-01', '기관운영업무추진비', '디지털정책과', 100_000],
    ]);
    expect(r.entries[2]!.paymentMethod).toBe('카드');
    expect([r.total, r.months, r.lines]).toEqual([
      { count: 5, amount: 150_000 },
      [{ month: '2022-05', count: 5, amount: 150_000 }],
      [
        { line: '203-01', name: '기관운영업무추진비', count: 3, amount: 100_000 },
        { line: '203-03', name: '시책추진업무추진비', count: 2, amount: 50_000 },
      ],
    ]);
  });

  it('filters by line as written, month and department (the entry’s, else its file’s)', () => {
    expect(expenseList(records, { line: '기관' }).total).toEqual({ count: 4, amount: 107_000 });
    expect(expenseList(records, { month: '2023-01' }).total).toEqual({ count: 1, amount: 7_000 });
    expect(expenseList(records, { dept: '정보화과' }).total).toEqual({ count: 2, amount: 0 });
    expect(expenseList(records, { dept: '디지털정책과', line: '203-03' }).total).toEqual({ count: 2, amount: 50_000 });
    expect(namesBudgetLine('시책', records.budget)).toBe(true);
    expect(namesBudgetLine('203-04', records.budget)).toBe(false);
  });
});

describe('expenseDisclosure', () => {
  it("is the month's entries of a department, named by it, else by the office", () => {
    const d = expenseDisclosure(records, '2022-05', '디지털정책과', '본청');
    expect([d.dept, d.total, d.entries.map((e) => e.amount)]).toEqual(['디지털정책과', { count: 3, amount: 150_000 }, [20_000, 30_000, 100_000]]);
    const all = expenseDisclosure(records, '2022-05', undefined, '본청');
    expect([all.dept, all.total.count]).toEqual(['본청', 5]);
    expect(expenseDisclosure(records, '2022-07', undefined, '본청').entries).toEqual([]);
  });
});
