// Property tests: every documented notation round-trips. Dates and ranges are generated, written
// in each notation of docs/periods.md, and must read back as the same start, end and kind. The
// expected dates come from an independent oracle (the UTC calendar), not from dayjs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occurrences, periodKind, readPeriod } from '../../src/compute/period.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const first = (y: number, m: number): string => `${y}-${pad(m)}-01`;
const last = (y: number, m: number): string => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

const year = fc.integer({ min: 2000, max: 2099 });
const month = fc.integer({ min: 1, max: 12 });
const CONTEXT = fc.integer({ min: 2000, max: 2099 });
/** Two months in order, m1 <= m2. */
const months = fc.tuple(month, month).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as const);

function reads(text: string, context: number, start: string | null, end: string | null, kind: string): void {
  const r = readPeriod(text, context);
  if (!r.ok) throw new Error(`${text} is not read (${r.reason})`);
  expect([r.period.text, r.period.start, r.period.end, periodKind(r.period)]).toEqual([text, start, end, kind]);
}

const runs = { numRuns: 60 };

/** A two-digit year is read in the document's (context) year: from 79 years before it to 20 after. */
const near = (y: number, c: number): boolean => c - 79 <= y && y <= c + 20;

describe('a range of months of one year', () => {
  const notations: [string, (y: number, a: number, b: number) => string][] = [
    ['YYYY.MM~YYYY.MM', (y, a, b) => `${y}.${pad(a)}~${y}.${pad(b)}`],
    ['YYYY.MM-YYYY.MM', (y, a, b) => `${y}.${pad(a)}-${y}.${pad(b)}`],
    ['YYYY. M월 ~ N월', (y, a, b) => `${y}. ${a}월 ~ ${b}월`],
    ["'YY.M월~N월", (y, a, b) => `'${pad(y % 100)}.${a}월~${b}월`],
    ['YYYY. M. ~ N.', (y, a, b) => `${y}. ${a}. ~ ${b}.`],
    ["'YY. M~N월 중", (y, a, b) => `'${pad(y % 100)}. ${a}~${b}월 중`],
    ['YYYY.M ∼ YYYY.N', (y, a, b) => `${y}.${a} ∼ ${y}.${b}`],
    ['YYYY. M월 – N월', (y, a, b) => `${y}. ${a}월 – ${b}월`],
    ['YYYY년 M월 ~ YYYY년 N월', (y, a, b) => `${y}년 ${a}월 ~ ${y}년 ${b}월`],
  ];
  for (const [name, write] of notations) {
    it(name, () =>
      fc.assert(
        fc.property(year, CONTEXT, months, (y, c, [a, b]) => {
          fc.pre(near(y, c));
          reads(write(y, a, b), c, first(y, a), last(y, b), 'range');
        }),
        runs,
      ));
  }

  it('M월~N월 and M.~N월 take the context year', () => {
    fc.assert(
      fc.property(CONTEXT, months, (c, [a, b]) => {
        reads(`${a}월~${b}월`, c, first(c, a), last(c, b), 'range');
        reads(`${a}.~${b}월`, c, first(c, a), last(c, b), 'range');
      }),
      runs,
    );
  });
});

describe('a range across years', () => {
  it("'YY.M월 ~ 'ZZ.N월 with ZZ after YY", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2090 }), fc.integer({ min: 1, max: 9 }), month, month, CONTEXT, (y, dy, a, b, c) => {
        fc.pre(near(y, c) && near(y + dy, c));
        reads(`'${pad(y % 100)}.${a}월 ~ '${pad((y + dy) % 100)}.${b}월`, c, first(y, a), last(y + dy, b), 'range');
      }),
      runs,
    );
  });

  it('an end month before the start month, without a year, is in the next year', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 2, max: 12 }), CONTEXT, (y, a, c) => {
        fc.pre(near(y, c));
        const b = a - 1;
        reads(`'${pad(y % 100)}. ${a}~${b}월`, c, first(y, a), last(y + 1, b), 'range');
      }),
      runs,
    );
  });

  it('an end before the start, both with years, is reversed: an error, not a range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2099 }), fc.integer({ min: 1, max: 5 }), month, month, CONTEXT, (y, dy, a, b, c) => {
        const r = readPeriod(`${y}.${pad(a)}~${y - dy}.${pad(b)}`, c);
        expect(r).toEqual({ ok: false, reason: 'reversed', start: first(y, a), end: last(y - dy, b) });
      }),
      runs,
    );
  });
});

describe('one month', () => {
  const notations: [string, (y: number, m: number) => string][] = [
    ['YYYY.MM', (y, m) => `${y}.${pad(m)}`],
    ['YYYY. M.', (y, m) => `${y}. ${m}.`],
    ['’YY. M', (y, m) => `’${pad(y % 100)}. ${m}`],
    ["'YY. M월", (y, m) => `'${pad(y % 100)}. ${m}월`],
    ['YYYY년 M월 중', (y, m) => `${y}년 ${m}월 중`],
  ];
  for (const [name, write] of notations) {
    it(name, () =>
      fc.assert(
        fc.property(year, CONTEXT, month, (y, c, m) => {
          fc.pre(near(y, c));
          reads(write(y, m), c, first(y, m), last(y, m), 'range');
        }),
        runs,
      ));
  }
  it('M월 takes the context year', () => fc.assert(fc.property(CONTEXT, month, (c, m) => reads(`${m}월`, c, first(c, m), last(c, m), 'range')), runs));
});

describe('parts of a month', () => {
  const parts: [string, number, number | null][] = [
    ['초', 1, 10],
    ['초순', 1, 10],
    ['상순', 1, 10],
    ['중순', 11, 20],
    ['하순', 21, null],
    ['말', 21, null],
  ];
  for (const [part, from, to] of parts) {
    it(`'YY.M월${part} and M월 ${part}`, () => {
      fc.assert(
        fc.property(year, CONTEXT, month, (y, c, m) => {
          fc.pre(near(y, c));
          reads(`'${pad(y % 100)}.${m}월${part}`, c, ymd(y, m, from), ymd(y, m, to ?? lastDay(y, m)), 'range');
          reads(`${m}월 ${part}`, c, ymd(c, m, from), ymd(c, m, to ?? lastDay(c, m)), 'range');
        }),
        runs,
      );
    });
  }
});

describe('quarters, halves, years', () => {
  const quarter = fc.integer({ min: 1, max: 4 });
  it("'YY. Q분기, YYYY년 Q분기, Q/4분기", () => {
    fc.assert(
      fc.property(year, CONTEXT, quarter, (y, c, q) => {
        fc.pre(near(y, c));
        reads(`'${pad(y % 100)}. ${q}분기`, c, first(y, q * 3 - 2), last(y, q * 3), 'range');
        reads(`${y}년 ${q}분기`, c, first(y, q * 3 - 2), last(y, q * 3), 'range');
        reads(`${q}/4분기`, c, first(c, q * 3 - 2), last(c, q * 3), 'range');
      }),
      runs,
    );
  });
  it('YYYY년 상반기 / 하반기 (중)', () => {
    fc.assert(
      fc.property(year, CONTEXT, (y, c) => {
        reads(`${y}년 상반기`, c, first(y, 1), last(y, 6), 'range');
        reads(`${y}년 하반기 중`, c, first(y, 7), last(y, 12), 'range');
      }),
      runs,
    );
  });
  it('YYYY년 중, 연중 (ongoing)', () => {
    fc.assert(
      fc.property(year, CONTEXT, (y, c) => {
        reads(`${y}년 중`, c, first(y, 1), last(y, 12), 'range');
        const r = readPeriod('연중', c);
        expect(r.ok && [r.period.start, r.period.end, r.period.ongoing]).toEqual([first(c, 1), last(c, 12), true]);
      }),
      runs,
    );
  });
});

describe('days', () => {
  const date = fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).filter(([y, m, d]) => d <= lastDay(y, m));
  it('YYYY. M. D., YYYY-MM-DD and M월 D일', () => {
    fc.assert(
      fc.property(date, CONTEXT, ([y, m, d], c) => {
        reads(`${y}. ${m}. ${d}.`, c, ymd(y, m, d), ymd(y, m, d), 'range');
        reads(ymd(y, m, d), c, ymd(y, m, d), ymd(y, m, d), 'range');
        if (d <= lastDay(c, m)) reads(`${m}월 ${d}일`, c, ymd(c, m, d), ymd(c, m, d), 'range');
      }),
      runs,
    );
  });
  it('a day that does not exist is not read', () => {
    fc.assert(
      fc.property(year, month, CONTEXT, (y, m, c) => {
        expect(readPeriod(`${y}. ${m}. ${lastDay(y, m) + 1}.`, c)).toEqual({ ok: false, reason: 'unreadable' });
      }),
      runs,
    );
  });
});

describe('open-ended, several, recurring, as-needed', () => {
  it('YYYY.MM~ is open-ended from the first of that month', () => {
    fc.assert(fc.property(year, month, CONTEXT, (y, m, c) => reads(`${y}.${pad(m)}~`, c, first(y, m), null, 'open-ended')), runs);
  });

  it('YYYY. A~B월, C월 is several: both parts, in the written year', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 10 }), CONTEXT, (y, a, c) => {
        const text = `${y}. ${a}~${a + 1}월, ${a + 2}월`;
        reads(text, c, first(y, a), last(y, a + 2), 'several');
        const r = readPeriod(text, c);
        if (!r.ok) throw new Error(text);
        expect(occurrences(r.period)).toEqual([
          { start: first(y, a), end: last(y, a + 1) },
          { start: first(y, a + 2), end: last(y, a + 2) },
        ]);
      }),
      runs,
    );
  });

  it('연N회(months) is several: the months named, in the context year', () => {
    fc.assert(
      fc.property(fc.uniqueArray(month, { minLength: 2, maxLength: 5 }), CONTEXT, (ms, c) => {
        const sorted = [...ms].sort((a, b) => a - b);
        const text = `연${ms.length}회(${ms.map((m) => `${m}월`).join(', ')})`;
        const r = readPeriod(text, c);
        if (!r.ok) throw new Error(text);
        expect(periodKind(r.period)).toBe('several');
        expect(occurrences(r.period)).toEqual(sorted.map((m) => ({ start: first(c, m), end: last(c, m) })));
      }),
      runs,
    );
  });

  it('매년 M월 recurs once in the context year, at that month', () => {
    fc.assert(
      fc.property(month, CONTEXT, (m, c) => {
        const r = readPeriod(`매년 ${m}월`, c);
        if (!r.ok) throw new Error(String(m));
        expect([periodKind(r.period), r.period.start, r.period.end]).toEqual(['recurring', first(c, 1), last(c, 12)]);
        expect(occurrences(r.period)).toEqual([{ start: first(c, m), end: last(c, m) }]);
      }),
      runs,
    );
  });

  it('매월, 매월말, 매분기, 분기별 1회, 반기별, 연 N회: the times within the year', () => {
    fc.assert(
      fc.property(CONTEXT, (c) => {
        const times = (t: string) => {
          const r = readPeriod(t, c);
          if (!r.ok) throw new Error(t);
          expect(periodKind(r.period)).toBe('recurring');
          return occurrences(r.period);
        };
        const monthly = Array.from({ length: 12 }, (_, i) => ({ start: first(c, i + 1), end: last(c, i + 1) }));
        expect(times('매월')).toEqual(monthly);
        expect(times('연 12회')).toEqual(monthly);
        expect(times('매월말')).toEqual(monthly.map((o, i) => ({ start: ymd(c, i + 1, 21), end: o.end })));
        const quarterly = [1, 2, 3, 4].map((q) => ({ start: first(c, q * 3 - 2), end: last(c, q * 3) }));
        expect(times('매분기')).toEqual(quarterly);
        expect(times('분기별 1회')).toEqual(quarterly);
        expect(times('연 4회')).toEqual(quarterly);
        expect(times('반기별')).toEqual([{ start: first(c, 1), end: last(c, 6) }, { start: first(c, 7), end: last(c, 12) }]);
        expect(times('연 5회')).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it('수시 has no dates', () => {
    for (const t of ['수시', '연중 수시', '필요시']) expect(readPeriod(t, 2022)).toEqual({ ok: true, period: { text: t, kind: 'as-needed', start: null, end: null, ongoing: false } });
  });
});

describe('more documented forms', () => {
  const date = fc.tuple(year, month, fc.integer({ min: 1, max: 28 }));
  it('day ranges: YYYY. M. D. ~ N. E., YYYY. M. D. ~ E., ISO~ISO, M월 D일 ~ N월 E일 (into the next year when N < M)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 27 }), CONTEXT, ([y, m, d], dm, dd, c) => {
        const m2 = Math.min(12, m + dm);
        const d2 = m2 === m ? Math.min(28, d + dd) : 1 + dd;
        reads(`${y}. ${m}. ${d}. ~ ${m2}. ${d2}.`, c, ymd(y, m, d), ymd(y, m2, d2), 'range');
        reads(`${ymd(y, m, d)}~${ymd(y, m2, d2)}`, c, ymd(y, m, d), ymd(y, m2, d2), 'range');
        reads(`${y}. ${m}. ${d}. ~ ${Math.min(28, d + dd)}.`, c, ymd(y, m, d), ymd(y, m, Math.min(28, d + dd)), 'range');
        if (m2 > m) reads(`${m2}월 ${d2}일 ~ ${m}월 ${d}일`, c, ymd(c, m2, d2), ymd(c + 1, m, d), 'range');
      }),
      runs,
    );
  });

  it('parts of two months: M월 중순 ~ N월 초', () => {
    fc.assert(fc.property(CONTEXT, fc.integer({ min: 1, max: 11 }), (c, m) => reads(`${m}월 중순 ~ ${m + 1}월 초`, c, ymd(c, m, 11), ymd(c, m + 1, 10), 'range')), runs);
  });

  it("years: 'YY년, YYYY년 말, 연내, 연초, 연말", () => {
    fc.assert(
      fc.property(year, CONTEXT, (y, c) => {
        fc.pre(near(y, c));
        reads(`'${pad(y % 100)}년`, c, first(y, 1), last(y, 12), 'range');
        reads(`${y}년 말`, c, first(y, 12), last(y, 12), 'range');
        reads('연내', c, first(c, 1), last(c, 12), 'range');
        reads('연초', c, first(c, 1), last(c, 1), 'range');
        reads('연말', c, first(c, 12), last(c, 12), 'range');
      }),
      runs,
    );
  });

  it("open-ended: 'YY. M월 ~ 계속", () => {
    fc.assert(
      fc.property(year, month, CONTEXT, (y, m, c) => {
        fc.pre(near(y, c));
        reads(`'${pad(y % 100)}. ${m}월 ~ 계속`, c, first(y, m), null, 'open-ended');
      }),
      runs,
    );
  });

  it('several: A, B, C월 and M월 초, N월 말', () => {
    fc.assert(
      fc.property(fc.uniqueArray(month, { minLength: 2, maxLength: 4 }), CONTEXT, (ms, c) => {
        const sorted = [...ms].sort((a, b) => a - b);
        const text = `${sorted.slice(0, -1).join(', ')}, ${sorted.at(-1)}월`;
        const r = readPeriod(text, c);
        if (!r.ok) throw new Error(text);
        expect([periodKind(r.period), occurrences(r.period)]).toEqual(['several', sorted.map((m) => ({ start: first(c, m), end: last(c, m) }))]);
        const [a, b] = [sorted[0]!, sorted[1]!];
        reads(`${a}월 초, ${b}월 말`, c, ymd(c, a, 1), last(c, b), 'several');
      }),
      runs,
    );
  });

  it('매월 D일 and 월 1회 recur every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), CONTEXT, (d, c) => {
        const r = readPeriod(`매월 ${d}일`, c);
        if (!r.ok) throw new Error(String(d));
        expect(occurrences(r.period)).toEqual(Array.from({ length: 12 }, (_, i) => ({ start: ymd(c, i + 1, d), end: ymd(c, i + 1, d) })));
        const once = readPeriod('월 1회', c);
        expect(once.ok && occurrences(once.period).length).toBe(12);
      }),
      { numRuns: 20 },
    );
  });
});
