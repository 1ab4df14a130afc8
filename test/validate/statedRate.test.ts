// A stated rate is compared at the precision it was printed with (issue: 25.85 passed against
// 25.9): 71,882 / 277,200 = 25.931…%.
import { describe, expect, it } from 'vitest';
import { BUDGET, validateJson } from '../helpers.js';
import { printedDecimals, rateAt } from '../../src/validate/checks/statedFigures.js';

const withRate = (rate: string): string => BUDGET.replace('executed: 71882', `executed: 71882\n        stated: { rate: ${rate} }`);

describe('stated rates at their printed precision', () => {
  it('25.85 stated against 25.93 computed is a mismatch, shown at two decimals', async () => {
    const r = await validateJson({ 'budget/2021.yaml': withRate('25.85') });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.rule, p.line, p.message])).toEqual([['stated-mismatch', 13, expect.stringMatching(/25\.85.*25\.93/)]]);
  });

  it('25.9 (and 25.93, 25.931) match; 25.94 and 26 do not', async () => {
    for (const ok of ['25.9', '25.93', '25.931']) expect((await validateJson({ 'budget/2021.yaml': withRate(ok) })).problems, ok).toEqual([]);
    for (const bad of ['25.94', '26', '25.8']) expect((await validateJson({ 'budget/2021.yaml': withRate(bad) })).code, bad).toBe(1);
  });

  it('rounds half-up exactly, from whole numbers', () => {
    expect(rateAt(71882, 277200, 1)).toBe('25.9');
    expect(rateAt(71882, 277200, 2)).toBe('25.93');
    expect(rateAt(1, 8, 1)).toBe('12.5');
    expect(rateAt(1, 800, 1)).toBe('0.1'); // 0.125 → 0.1; 0.125 at 2 decimals → 0.13
    expect(rateAt(1, 800, 2)).toBe('0.13');
    expect(rateAt(-1, 8, 1)).toBe('-12.5');
    expect(printedDecimals(25.85)).toBe(2);
    expect(printedDecimals(26)).toBe(1);
    expect(printedDecimals(1e-7)).toBe(1);
  });
});
