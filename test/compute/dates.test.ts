import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealDate, realDate } from '../../src/compute/dates.js';

describe('month lengths, kept once asked', () => {
  it('answers the same on the first and every later ask, leap years included', () => {
    const cases: [number, number, number][] = [[2024, 2, 29], [2023, 2, 28], [2100, 2, 28], [2000, 2, 29], [2021, 4, 30], [2021, 12, 31], [1, 1, 31]];
    for (let round = 0; round < 3; round++) for (const [y, m, n] of cases) expect(daysInMonth(y, m), `${y}-${m} round ${round}`).toBe(n);
  });

  it('keeps two years apart that share a month (no key of one year reaches another)', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(realDate(2020, 2, 29)).toBe('2020-02-29');
    expect(realDate(2021, 2, 29)).toBeUndefined();
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it('asks dayjs as before for a month out of range', () => {
    // dayjs rolls month 13 into January of the next year; no month of a real date is asked so.
    expect(daysInMonth(2021, 13)).toBe(31);
    expect(realDate(2021, 13, 1)).toBeUndefined();
  });
});
