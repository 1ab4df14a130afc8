// A budget by 세부사업: the same 통계목 under two programs, 백만원 converted exactly, an unknown
// 예산액 that leaves 잔액 and 집행률 unknown (never a balance from nothing), references resolved
// by program.
import { describe, expect, it } from 'vitest';
import type { BudgetRecord, ExpensesRecord } from '../../src/model/records.js';
import { budgetStatus, lineStatusByKey, type Entry } from '../../src/compute/budgetReport.js';
import { budgetLines, lineKey, resolveLineRef } from '../../src/compute/expenseVocabulary.js';

const A = '2024110100010101';
const B = '2024110100020101';
const budget = (over: Partial<BudgetRecord> = {}): BudgetRecord => ({
  kind: 'budget',
  fiscal_year: 2024,
  unit: '백만원',
  programs: [
    { code: A, name: '구정 홍보', lines: [{ code: '203-01', name: '기관운영업무추진비', budget: 10 }] },
    {
      code: B,
      name: '주민 소통',
      lines: [
        { code: '203-01', name: '기관운영업무추진비', budget: 3 },
        { code: '203-04', name: '부서운영업무추진비', budget: 2 },
      ],
    },
  ],
  ...over,
});
const entry = (line: string, amount: number, program?: string): Entry => ({ date: '2024-03-01', line, amount, purpose: '간담회', ...(program ? { program } : {}) });
const files = (entries: readonly Entry[]): ExpensesRecord[] => [{ kind: 'expenses', fiscal_year: 2024, unit: '원', entries }];

describe('budgetStatus with programs', () => {
  it('keeps the same 통계목 of two programs apart, and sums it per line', () => {
    // A/203-01 1,400,000 원; B/203-01 2,600,000 원 (one by program name); 203-04 needs no program.
    const r = budgetStatus(budget(), files([entry('203-01', 1_400_000, A), entry('기관', 2_600_000, '주민 소통'), entry('203-04', 499_999)]), '2024-03-31');
    const byKey = lineStatusByKey(r);
    // 1,400,000 / 10,000,000 = 14.0%; shown 1 (1.4 백만원, half-up); balance 10 − 1 = 9
    expect(byKey.get(lineKey(A, '203-01'))).toMatchObject({ program: A, budget: 10, executed: 1, balance: 9, rate: 14 });
    // 2,600,000 / 3,000,000 = 86.67% → 86.7; shown 3 (2.6 → 3); balance 0
    expect(byKey.get(lineKey(B, '203-01'))).toMatchObject({ program: B, budget: 3, executed: 3, balance: 0, rate: 86.7 });
    // 499,999 원 rounds to 0 백만원, yet the rate comes from 원: 499,999 / 2,000,000 = 25.0%
    expect(byKey.get(lineKey(B, '203-04'))).toMatchObject({ executed: 0, rate: 25 });
    // 소계 B from unrounded sums: 3,099,999 → 3; 3,099,999 / 5,000,000 = 62.0%
    expect(r.programs!.map((p) => [p.code, p.subtotal.budget, p.subtotal.executed, p.subtotal.rate])).toEqual([
      [A, 10, 1, 14],
      [B, 5, 3, 62],
    ]);
    // Per line: 203-01 of both = 4,000,000 / 13,000,000 = 30.8%
    expect(r.lines.map((l) => [l.code, l.budget, l.executed, l.rate])).toEqual([
      ['203-01', 13, 4, 30.8],
      ['203-04', 2, 0, 25],
    ]);
    // 계: 4,499,999 원 → 4; 4,499,999 / 15,000,000 = 30.0%
    expect([r.total.budget, r.total.executed, r.total.rate, r.unit]).toEqual([15, 4, 30, '백만원']);
  });

  it('converts 백만원 exactly, far beyond what floating fractions hold', () => {
    const big = budget({ programs: [{ code: A, name: '대규모 사업', lines: [{ code: '401-01', name: '시설비', budget: 9_000_000 }] }] });
    // 9,000,000 백만원 = 9 × 10^12 원; 4,500,000,000,001 원 executed is 50.0%, shown 4,500,000
    const r = budgetStatus(big, files([entry('401-01', 4_500_000_000_001)]), '2024-03-31');
    expect([r.total.budget, r.total.executed, r.total.balance, r.total.rate]).toEqual([9_000_000, 4_500_000, 4_500_000, 50]);
  });

  it('leaves 예산현액, 잔액 and 집행률 unknown where 예산액 is, and every sum holding it', () => {
    const b = budget();
    const unknown = { ...b, programs: [b.programs![0]!, { ...b.programs![1]!, lines: [{ code: '203-01', name: '기관운영업무추진비' }, b.programs![1]!.lines[1]!] }] };
    const r = budgetStatus({ ...unknown, adjustments: [{ date: '2024-02-01', type: '추경', line: '203-01', program: B, amount: 1 }] }, files([entry('203-01', 5_000_000, B)]), '2024-03-31');
    const line = lineStatusByKey(r).get(lineKey(B, '203-01'))!;
    // 5,000,000 원 executed against an unknown budget: no balance of −5, no 0% — unknown
    expect([line.budget, line.current, line.executed, line.balance, line.rate, line.pace]).toEqual([null, null, 5, null, null, null]);
    expect([r.programs![1]!.subtotal.budget, r.programs![1]!.subtotal.balance, r.total.budget, r.total.balance, r.total.executed]).toEqual([null, null, null, null, 5]);
    // The other program is fully known.
    expect([r.programs![0]!.subtotal.budget, r.programs![0]!.subtotal.balance]).toEqual([10, 10]);
  });

  it('applies an adjustment to the line of its program only', () => {
    const r = budgetStatus(budget({ adjustments: [{ date: '2024-02-01', type: '전용', line: '203-01', program: A, amount: -2 }] }), files([entry('203-04', 1)]), '2024-03-31');
    const byKey = lineStatusByKey(r);
    expect([byKey.get(lineKey(A, '203-01'))!.current, byKey.get(lineKey(B, '203-01'))!.current]).toEqual([8, 3]);
  });

  it('gives a budget without programs its old figures and no program keys', () => {
    const plain: BudgetRecord = { kind: 'budget', fiscal_year: 2024, unit: '천원', lines: [{ code: '203-01', name: '기관운영업무추진비', budget: 100 }] };
    const r = budgetStatus(plain, files([entry('203-01', 25_000)]), '2024-03-31');
    expect(r).not.toHaveProperty('programs');
    expect(Object.keys(r.lines[0]!)).toEqual(['code', 'name', 'budget', 'current', 'executed', 'balance', 'rate', 'pace', 'paceGap']);
  });
});

describe('resolveLineRef', () => {
  const lines = budgetLines(budget());
  it('needs the program where a code is under several, and says which', () => {
    expect(resolveLineRef('203-01', undefined, lines)).toEqual({ kind: 'ambiguous', code: '203-01', programs: [A, B] });
    expect(resolveLineRef('기관운영업무추진비', undefined, lines)).toMatchObject({ kind: 'ambiguous' });
    expect(resolveLineRef('203-01', A, lines)).toEqual({ kind: 'line', key: lineKey(A, '203-01'), code: '203-01' });
    expect(resolveLineRef('203-04', undefined, lines)).toEqual({ kind: 'line', key: lineKey(B, '203-04'), code: '203-04' });
  });
  it('names an unknown program, and a known 업무추진비 code the program lacks', () => {
    expect(resolveLineRef('203-01', '999', lines)).toEqual({ kind: 'unknown-program', program: '999', known: [A, B] });
    expect(resolveLineRef('203-04', A, lines)).toEqual({ kind: 'missing-known', code: '203-04', name: '부서운영업무추진비' });
  });
});
