// Figures in every format are written with all their digits: never exponent notation, never
// Infinity or NaN (a figure that is not finite stops the run as an internal error).
import { describe, expect, it } from 'vitest';
import { date, gap, humanCell, int, percent, plainCell } from '../../src/render/tableModel.js';

describe('cells never print exponent notation, Infinity or NaN', () => {
  it('writes big integers with every digit', () => {
    expect(humanCell(int(1e21), 'ko')).toBe('1,000,000,000,000,000,000,000');
    expect(plainCell(int(1e21))).toBe('1000000000000000000000');
    expect(plainCell(int(-(2 ** 70)))).toBe('-1180591620717411303424');
    expect(humanCell(gap(-1e22), 'ko')).toBe('△10,000,000,000,000,000,000,000');
    expect(humanCell(gap(-1e22), 'en')).toBe('-10,000,000,000,000,000,000,000');
    expect(humanCell(percent(1e21), 'en')).toBe('100000000000000000000.0%');
  });

  it('keeps the usual figures as they were', () => {
    expect(humanCell(int(337200), 'ko')).toBe('337,200');
    expect(humanCell(gap(-3), 'ko')).toBe('△3');
    expect(humanCell(percent(259), 'ko')).toBe('25.9%');
    expect(humanCell(percent(-5), 'en')).toBe('-0.5%');
    expect(plainCell(percent(0))).toBe('0.0');
    expect(plainCell(gap(-3))).toBe('-3');
  });

  it('refuses a figure that is not a finite number instead of printing it', () => {
    expect(() => humanCell(int(Infinity), 'ko')).toThrow(/not a finite number/);
    expect(() => plainCell(percent(NaN))).toThrow(/not a finite number/);
  });
});

describe('one way of writing numbers for every layer', () => {
  it('groupThousands and formatTenths (model/numbers.ts) write what the cells write', async () => {
    const { formatTenths, groupThousands } = await import('../../src/model/numbers.js');
    for (const v of [0, 7, 337200, -263115, 1e21]) expect(groupThousands(v)).toBe(humanCell(int(v), 'en'));
    for (const t of [0, 5, -5, 259, 2200]) expect(`${formatTenths(t)}%`).toBe(humanCell(percent(t), 'en'));
    expect(() => groupThousands(NaN)).toThrow(/not a finite number/);
  });

  it('a date cell is written as its ISO date for machines and as the office writes it for people', () => {
    expect(plainCell(date('2021-04-28'))).toBe('2021-04-28');
    expect(humanCell(date('2021-04-28'), 'ko')).toBe("'21. 4. 28.");
  });
});
