// Rates in tenths of a percent, rounded half-up from integers; formatting of tenths.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rateTenths } from '../../src/compute/rate.js';
import { formatTenths } from '../../src/model/numbers.js';

// Reference: quotient and remainder of part×1000 ÷ whole; round up when 2·remainder ≥ whole.
const reference = (part: number, whole: number): number => {
  const n = BigInt(part) * 1000n;
  const w = BigInt(whole);
  const q = n / w;
  const r = n % w;
  return Number(2n * r >= w ? q + 1n : q);
};

const MAX = 1_000_000_000_000;

describe('rateTenths', () => {
  it('computes the report figures', () => {
    expect(rateTenths(71882, 277200)).toBe(259); // 25.93…%
    expect(rateTenths(2203, 60000)).toBe(37); // 3.671…%
    expect(rateTenths(74085, 337200)).toBe(220); // 21.97…%
  });

  it('is null when the whole is 0', () => {
    expect(rateTenths(0, 0)).toBeNull();
    expect(rateTenths(5, 0)).toBeNull();
  });

  it('is 0 for a zero part and 1000 for the whole', () => {
    expect(rateTenths(0, 5)).toBe(0);
    expect(rateTenths(7, 7)).toBe(1000);
    expect(rateTenths(3, 2)).toBe(1500);
  });

  it('keeps exact tenths as they are', () => {
    expect(rateTenths(1, 8)).toBe(125); // 12.5%
    expect(rateTenths(5, 1000)).toBe(5); // 0.5%
    expect(rateTenths(1, 4)).toBe(250);
  });

  it('rounds an exact half tenth up', () => {
    expect(rateTenths(1, 16)).toBe(63); // 6.25%
    expect(rateTenths(3, 16)).toBe(188); // 18.75%
    expect(rateTenths(1, 80)).toBe(13); // 1.25%
    expect(rateTenths(517, 2000)).toBe(259); // 25.85%
    expect(rateTenths(2585, 10000)).toBe(259); // 25.85%
    expect(rateTenths(1, 2000)).toBe(1); // 0.05%
    expect(rateTenths(5, 10000)).toBe(1); // 0.05%
  });

  it('rounds just below a half down and just above up', () => {
    expect(rateTenths(1, 2001)).toBe(0); // 0.0499…%
    expect(rateTenths(4999, 10_000_000)).toBe(0); // 0.04999%
    expect(rateTenths(1, 1999)).toBe(1); // 0.0500…%
    expect(rateTenths(1, 3)).toBe(333); // 33.33…%
    expect(rateTenths(2, 3)).toBe(667); // 66.66…%
    expect(rateTenths(1, 6)).toBe(167); // 16.66…%
    expect(rateTenths(1, 7)).toBe(143); // 14.28…%
  });

  it('stays exact at 10^12', () => {
    expect(rateTenths(MAX - 1, MAX)).toBe(1000); // 99.9999999999%
    expect(rateTenths(1, MAX)).toBe(0);
    expect(rateTenths(MAX / 2000, MAX)).toBe(1); // exactly 0.05%
    expect(rateTenths(MAX / 2000 - 1, MAX)).toBe(0);
  });

  it('matches the BigInt reference for non-negative integers up to 10^12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 1, max: MAX }), (part, whole) => {
        expect(rateTenths(part, whole)).toBe(reference(part, whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('matches the reference when part is at most whole and near half-tenth boundaries', () => {
    // part = whole·k/2000 exactly, then ±1: the rounding boundary and its neighbours.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500_000_000 }), fc.integer({ min: 0, max: 1999 }), fc.integer({ min: -1, max: 1 }), (w, k, d) => {
        const whole = w * 2000;
        const part = Math.max(0, w * k + d);
        expect(rateTenths(part, whole)).toBe(reference(part, whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotonic in part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX }),
        fc.integer({ min: 0, max: MAX }),
        fc.integer({ min: 1, max: MAX }),
        (a, b, whole) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(rateTenths(lo, whole)!).toBeLessThanOrEqual(rateTenths(hi, whole)!);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is monotonic across consecutive parts for a small whole', () => {
    for (const whole of [1, 7, 16, 2000, 2001]) {
      let prev = rateTenths(0, whole)!;
      for (let part = 1; part <= 2 * whole; part++) {
        const r = rateTenths(part, whole)!;
        expect(r).toBeGreaterThanOrEqual(prev);
        prev = r;
      }
    }
  });
});

describe('formatTenths', () => {
  it.each([
    [220, '22.0'],
    [259, '25.9'],
    [5, '0.5'],
    [0, '0.0'],
    [10, '1.0'],
    [1000, '100.0'],
    [1234, '123.4'],
  ])('%i → %s', (t, s) => {
    expect(formatTenths(t)).toBe(s);
  });

  it('writes back the tenths it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (t) => {
        const s = formatTenths(t);
        expect(s).toMatch(/^\d+\.\d$/);
        expect(Math.round(Number(s) * 10)).toBe(t);
      }),
    );
  });
});
