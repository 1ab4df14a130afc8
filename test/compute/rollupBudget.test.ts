// The roll-up of budget status: 경과율 and pace of a sum exist only when its offices share one
// as-of date; equal shares of the year on different dates are not the same day.
import { describe, expect, it } from 'vitest';
import { rollupBudget } from '../../src/compute/rollup.js';
import type { BudgetPart, OfficePart } from '../../src/compute/rollup.js';

const office = (name: string, asOf: string, fiscalYear: number): OfficePart<BudgetPart> => ({
  office: { id: name, name, group: '1국' },
  part: {
    fiscalYear,
    asOf,
    unit: '천원',
    yearElapsed: 49.6,
    total: { budget: 1000, current: 1000, executed: 100, balance: 900, rate: 10, pace: 'behind', paceGap: -39.6 } as never,
  },
});

describe('rollupBudget', () => {
  it('gives the year elapsed and pace of offices of one as-of date', () => {
    const r = rollupBudget(null, [office('가', '2022-06-30', 2022), office('나', '2022-06-30', 2022)], [], 2022);
    expect([r.fiscalYear, r.total.yearElapsed, r.total.pace, r.total.paceGap]).toEqual([2022, 49.6, 'behind', -39.6]);
  });

  it('gives none for offices of different dates, even when their shares of the year are equal', () => {
    const r = rollupBudget(null, [office('가', '2021-06-30', 2021), office('나', '2022-06-30', 2022)], [], null);
    expect([r.total.yearElapsed, r.total.pace, r.total.paceGap]).toEqual([null, null, null]);
    expect(r.groups[0]!.total.yearElapsed).toBeNull();
  });
});
