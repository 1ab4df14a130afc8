// Period phrases → ISO ranges: every form in PERIOD_FORMS, month ends, leap years,
// ranges crossing the year, the fiscal-year default, and phrases that must not parse.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePeriod } from '../../src/compute/period.js';
import { daysInMonth, isLeapYear, isRealDate } from '../../src/compute/dates.js';

const FY = 2022;
const range = (text: string, start: string, end: string, ongoing = false) => ({ text, start, end, ongoing });

// Independent oracle: day 0 of the next month is the last day of this one.
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

describe('isLeapYear', () => {
  it('follows the Gregorian rule (÷4, not ÷100 unless ÷400)', () => {
    expect(isLeapYear(2020)).toBe(true);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2400)).toBe(true);
    expect(isLeapYear(2021)).toBe(false);
    expect(isLeapYear(2022)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('gives 31/30 for the long and short months', () => {
    for (const m of [1, 3, 5, 7, 8, 10, 12]) expect(daysInMonth(2021, m)).toBe(31);
    for (const m of [4, 6, 9, 11]) expect(daysInMonth(2021, m)).toBe(30);
  });

  it('gives February 29 days in leap years and 28 otherwise', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('agrees with the UTC calendar for any year and month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2800 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(lastDay(y, m));
      }),
    );
  });
});

describe('isRealDate', () => {
  it('accepts days that exist', () => {
    expect(isRealDate('2021-05-26')).toBe(true);
    expect(isRealDate('2021-12-31')).toBe(true);
    expect(isRealDate('2020-02-29')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('2021-01-01')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2021-02-30')).toBe(false);
    expect(isRealDate('2021-04-31')).toBe(false);
    expect(isRealDate('2021-13-01')).toBe(false);
    expect(isRealDate('2021-00-10')).toBe(false);
    expect(isRealDate('2021-05-00')).toBe(false);
    expect(isRealDate('2021-05-32')).toBe(false);
  });

  it('rejects strings that are not YYYY-MM-DD', () => {
    expect(isRealDate('2021-5-26')).toBe(false);
    expect(isRealDate('2021. 5. 26.')).toBe(false);
    expect(isRealDate('21-05-26')).toBe(false);
    expect(isRealDate(' 2021-05-26')).toBe(false);
    expect(isRealDate('2021-05-26T00:00')).toBe(false);
    expect(isRealDate('')).toBe(false);
  });

  it('agrees with the UTC calendar on generated dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const real = m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
          expect(isRealDate(`${y}-${pad(m)}-${pad(d)}`)).toBe(real);
        },
      ),
    );
  });
});

describe('parsePeriod: whole year, ongoing', () => {
  it.each(['연중', '연중 계속', '계속'])('%s is the whole fiscal year and ongoing', (t) => {
    expect(parsePeriod(t, FY)).toEqual(range(t, '2022-01-01', '2022-12-31', true));
    expect(parsePeriod(t, 2019)).toEqual(range(t, '2019-01-01', '2019-12-31', true));
  });
});

describe('parsePeriod: halves', () => {
  it.each(['상반기', '상반기 중', '상반기 내'])('%s is January to June of the fiscal year', (t) => {
    expect(parsePeriod(t, FY)).toEqual(range(t, '2022-01-01', '2022-06-30'));
  });

  it('하반기 is July to December of the fiscal year', () => {
    expect(parsePeriod('하반기', FY)).toEqual(range('하반기', '2022-07-01', '2022-12-31'));
  });

  it("'YY년 상반기 / 하반기 use the written year, not the fiscal year", () => {
    expect(parsePeriod("'21년 상반기", FY)).toEqual(range("'21년 상반기", '2021-01-01', '2021-06-30'));
    expect(parsePeriod("'21년 하반기", FY)).toEqual(range("'21년 하반기", '2021-07-01', '2021-12-31'));
  });
});

describe('parsePeriod: quarters', () => {
  it.each([
    ['1분기', '2022-01-01', '2022-03-31'],
    ['2분기', '2022-04-01', '2022-06-30'],
    ['3분기', '2022-07-01', '2022-09-30'],
    ['4분기', '2022-10-01', '2022-12-31'],
  ])('%s → %s..%s', (t, start, end) => {
    expect(parsePeriod(t, FY)).toEqual(range(t, start, end));
  });

  it('a quarter outside 1–4 is not a period', () => {
    expect(parsePeriod('5분기', FY)).toBeNull();
    expect(parsePeriod('0분기', FY)).toBeNull();
  });
});

describe('parsePeriod: months', () => {
  it("'YY. M월 is that whole month", () => {
    expect(parsePeriod("'21. 5월", FY)).toEqual(range("'21. 5월", '2021-05-01', '2021-05-31'));
    expect(parsePeriod("'21. 6월", FY)).toEqual(range("'21. 6월", '2021-06-01', '2021-06-30'));
  });

  it("'YY. M월 중 is the same month", () => {
    expect(parsePeriod("'21. 5월 중", FY)).toEqual(range("'21. 5월 중", '2021-05-01', '2021-05-31'));
  });

  it("'YY. M~N월 (중) runs from the first of M to the last of N", () => {
    expect(parsePeriod("'21. 5~6월 중", FY)).toEqual(range("'21. 5~6월 중", '2021-05-01', '2021-06-30'));
    expect(parsePeriod("'21. 5~6월", FY)).toEqual(range("'21. 5~6월", '2021-05-01', '2021-06-30'));
    expect(parsePeriod("'21. 3~9월", FY)).toEqual(range("'21. 3~9월", '2021-03-01', '2021-09-30'));
  });

  it("'YY년 M월 is that whole month", () => {
    expect(parsePeriod("'21년 6월", FY)).toEqual(range("'21년 6월", '2021-06-01', '2021-06-30'));
  });

  it("'YY.M월 without a space parses", () => {
    expect(parsePeriod("'22.1월", 2020)).toEqual(range("'22.1월", '2022-01-01', '2022-01-31'));
  });

  it('December ends on the 31st', () => {
    expect(parsePeriod("'21. 12월", FY)).toEqual(range("'21. 12월", '2021-12-01', '2021-12-31'));
  });

  it('a month range crossing the year ends in the next year', () => {
    expect(parsePeriod("'21. 11~2월", FY)).toEqual(range("'21. 11~2월", '2021-11-01', '2022-02-28'));
    // The end year 2024 is a leap year, so February ends on the 29th.
    expect(parsePeriod("'23. 12~2월", FY)).toEqual(range("'23. 12~2월", '2023-12-01', '2024-02-29'));
  });

  it('a month without a year takes the fiscal year', () => {
    expect(parsePeriod('6월', 2023)).toEqual(range('6월', '2023-06-01', '2023-06-30'));
    expect(parsePeriod('5~6월', 2023)).toEqual(range('5~6월', '2023-05-01', '2023-06-30'));
    expect(parsePeriod('2월', 2024)).toEqual(range('2월', '2024-02-01', '2024-02-29'));
  });

  it("any written month of any 'YY year ends on its last calendar day (the year: from 79 before the context year to 20 after)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), (yy, m) => {
        const y = 2000 + yy <= FY + 20 ? 2000 + yy : 1900 + yy;
        const t = `'${pad(yy)}. ${m}월`;
        expect(parsePeriod(t, FY)).toEqual(range(t, `${y}-${pad(m)}-01`, `${y}-${pad(m)}-${pad(lastDay(y, m))}`));
      }),
    );
  });
});

describe('parsePeriod: leap years', () => {
  it('February of a leap year ends on the 29th', () => {
    expect(parsePeriod('2020. 2.', FY)).toEqual(range('2020. 2.', '2020-02-01', '2020-02-29'));
    expect(parsePeriod("'20년 2월", FY)).toEqual(range("'20년 2월", '2020-02-01', '2020-02-29'));
    expect(parsePeriod('2000. 2.', FY)).toEqual(range('2000. 2.', '2000-02-01', '2000-02-29'));
    expect(parsePeriod("'00년 2월", FY)).toEqual(range("'00년 2월", '2000-02-01', '2000-02-29'));
  });

  it('February of a common year ends on the 28th', () => {
    expect(parsePeriod("'21년 2월", FY)).toEqual(range("'21년 2월", '2021-02-01', '2021-02-28'));
    expect(parsePeriod('2021. 2.', FY)).toEqual(range('2021. 2.', '2021-02-01', '2021-02-28'));
    expect(parsePeriod('2100. 2.', FY)).toEqual(range('2100. 2.', '2100-02-01', '2100-02-28'));
  });

  it('February 29 exists only in leap years', () => {
    expect(parsePeriod('2020-02-29', FY)).toEqual(range('2020-02-29', '2020-02-29', '2020-02-29'));
    expect(parsePeriod('2000. 2. 29.', FY)).toEqual(range('2000. 2. 29.', '2000-02-29', '2000-02-29'));
    expect(parsePeriod('2021-02-29', FY)).toBeNull();
    expect(parsePeriod('2100-02-29', FY)).toBeNull();
    expect(parsePeriod('2021. 2. 29.', FY)).toBeNull();
  });
});

describe('parsePeriod: single days', () => {
  it('YYYY. M. D. is that one day', () => {
    expect(parsePeriod('2021. 5. 26.', FY)).toEqual(range('2021. 5. 26.', '2021-05-26', '2021-05-26'));
    expect(parsePeriod('2021. 12. 31.', FY)).toEqual(range('2021. 12. 31.', '2021-12-31', '2021-12-31'));
  });

  it('YYYY-MM-DD is that one day', () => {
    expect(parsePeriod('2021-05-26', FY)).toEqual(range('2021-05-26', '2021-05-26', '2021-05-26'));
    expect(parsePeriod('2023-01-01', FY)).toEqual(range('2023-01-01', '2023-01-01', '2023-01-01'));
  });
});

describe('parsePeriod: typographic apostrophe', () => {
  it.each([
    ['’21. 5월', '2021-05-01', '2021-05-31'],
    ['’21. 5~6월 중', '2021-05-01', '2021-06-30'],
    ['’21년 6월', '2021-06-01', '2021-06-30'],
    ['’21년 하반기', '2021-07-01', '2021-12-31'],
    ['’22.1월', '2022-01-01', '2022-01-31'],
  ])('%s parses like the ASCII apostrophe', (t, start, end) => {
    expect(t.includes('\u2019')).toBe(true);
    expect(parsePeriod(t, 2019)).toEqual(range(t, start, end));
  });
});

describe('parsePeriod: text', () => {
  it('keeps the phrase exactly as given', () => {
    for (const t of ['연중 계속', '상반기 중', "'21. 5~6월 중", '’21년 6월', '2021. 5. 26.', '2021-05-26']) {
      expect(parsePeriod(t, FY)?.text).toBe(t);
    }
  });

  it('keeps surrounding and doubled spaces in text while parsing the phrase', () => {
    const t = "  '21.  5~6월 중 ";
    expect(parsePeriod(t, FY)).toEqual(range(t, '2021-05-01', '2021-06-30'));
  });
});

describe('parsePeriod: invalid dates', () => {
  it.each(['2021-02-30', '2021-04-31', '2021-13-01', '2021-00-10', '2021. 13. 1.', '2021. 4. 31.', '2021. 5. 0.'])(
    '%s is null',
    (t) => {
      expect(parsePeriod(t, FY)).toBeNull();
    },
  );

  it.each(["'21. 13월", "'21. 0월", "'21. 5~13월", "'21년 13월", '13월'])('%s is null', (t) => {
    expect(parsePeriod(t, FY)).toBeNull();
  });
});

describe('parsePeriod: phrases that are not periods', () => {
  it.each(['곧', '', ' ', '5.', '조속히', '연중계속 추진', '상반기 이후', '1회', '임기후', '공고일', '심의 후', '분기별검사 결과후'])('%j is null', (t) => {
    expect(parsePeriod(t, FY)).toBeNull();
  });

  it('only 연중 forms are ongoing', () => {
    for (const t of ['상반기', '하반기', '3분기', "'21. 5월", "'21년 6월", '2021. 5. 26.', '2021-05-26']) {
      expect(parsePeriod(t, FY)?.ongoing).toBe(false);
    }
  });
});
