// The period grammar on real plans and on generated variants of every form. The corpus is real
// phrases from public plan pages, labelled by hand (test/fixtures/real-periods/SOURCES.md); the
// generated phrases vary spacing, tildes, apostrophes, full stops and 년/월, and no variant may be
// read as a different range. Expected dates come from the UTC calendar, not from dayjs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullYear, occurrences, periodKind, readPeriod } from '../../src/compute/period.js';

const root = join(import.meta.dirname, '..', '..');
const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const first = (y: number, m: number): string => `${y}-${pad(m)}-01`;
const last = (y: number, m: number): string => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** kind, start, end of a reading; undated when the phrase is not read. */
function reading(text: string, context: number): [string, string, string] {
  const r = readPeriod(text, context);
  return r.ok ? [periodKind(r.period), r.period.start ?? '-', r.period.end ?? '-'] : ['undated', '-', '-'];
}

// ── The corpus ────────────────────────────────────────────────────────────────────────────────

const table = (name: string) =>
  readFileSync(join(root, 'test', 'fixtures', 'real-periods', name), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [phrase, year, kind, start, end, source] = line.split('\t') as [string, string, string, string, string, string];
      return { phrase, year: Number(year), kind, start, end, source };
    });
const corpus = table('phrases.tsv');
/** Phrases gathered after the grammar was written, to measure it on plans it was not fitted to. */
const holdout = table('holdout.tsv');
/** A second hold-out, of other offices' application periods (정부24), gathered after the first. */
const holdout2 = table('holdout2.tsv');
const doc = readFileSync(join(root, 'docs', 'periods.md'), 'utf8');

describe('real period phrases (test/fixtures/real-periods)', () => {
  const results = corpus.map((row) => ({ row, got: reading(row.phrase, row.year) }));
  const asLabelled = results.filter(({ row, got }) => got.join() === [row.kind, row.start, row.end].join());
  // Wrong: dates the phrase does not name. A phrase left undated (a warning) is not wrong.
  const wrong = results.filter(({ row, got }) => got[0] !== 'undated' && got.join() !== [row.kind, row.start, row.end].join());

  it('are at least 300, each with a year, a label and a source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const r of corpus) {
      expect(r.year, r.phrase).toBeGreaterThan(1990);
      expect(['range', 'open-ended', 'several', 'recurring', 'as-needed', 'undated'], r.phrase).toContain(r.kind);
      expect(r.source, r.phrase).toMatch(/^([\w.-]+\/[\w.-]+@[0-9a-f]{8}:\S+|index-file:\d+)$/);
    }
    expect(new Set(corpus.map((r) => `${r.source}\t${r.phrase}`)).size).toBe(corpus.length);
  });

  it('none is read as a wrong range', () => {
    expect(wrong.map(({ row, got }) => `${row.phrase} (${row.year}): ${got.join(' ')} ≠ ${row.kind} ${row.start} ${row.end}`)).toEqual([]);
  });

  it('at least 95 % are read as labelled, and docs/periods.md states the figure', () => {
    expect(asLabelled.length / corpus.length).toBeGreaterThanOrEqual(0.95);
    expect(doc).toContain(`**${asLabelled.length} of ${corpus.length}** are read as labelled`);
  });

  it('held-out phrases: none is read as a wrong range, and docs/periods.md states how many are read', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(30);
    const got = holdout.map((row) => ({ row, got: reading(row.phrase, row.year) }));
    const right = got.filter(({ row, got }) => got.join() === [row.kind, row.start, row.end].join());
    expect(got.filter(({ row, got }) => got[0] !== 'undated' && got.join() !== [row.kind, row.start, row.end].join()).map(({ row }) => row.phrase)).toEqual([]);
    expect(doc).toContain(`**${right.length} of ${holdout.length}** held-out phrases are read as labelled`);
  });

  it('the second hold-out: none is read as a wrong range, and docs/periods.md states how many are read', () => {
    expect(holdout2.length).toBeGreaterThanOrEqual(30);
    const got = holdout2.map((row) => ({ row, got: reading(row.phrase, row.year) }));
    const right = got.filter(({ row, got }) => got.join() === [row.kind, row.start, row.end].join());
    expect(got.filter(({ row, got }) => got[0] !== 'undated' && got.join() !== [row.kind, row.start, row.end].join()).map(({ row }) => row.phrase)).toEqual([]);
    expect(doc).toContain(`now **${right.length} of ${holdout2.length}** of them are read as labelled`);
  });
});

// ── Generated variants ────────────────────────────────────────────────────────────────────────

const year = fc.integer({ min: 2000, max: 2090 });
const month = fc.integer({ min: 1, max: 12 });
const months = fc.tuple(month, month).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as const);
const space = fc.constantFrom('', ' ', '  ');
const tilde = fc.constantFrom('~', '∼', '～', '〜', ' ~ ', ' ∼ ');
const apostrophe = fc.constantFrom("'", '’', '‘', '`');
const runs = { numRuns: 80 };

/** Every variant must read as `expected`; a variant read as anything else is a wrong reading. */
function allRead(variants: readonly string[], context: number, expected: [string, string, string]): void {
  for (const v of variants) expect([v, ...reading(v, context)]).toEqual([v, ...expected]);
}

describe('a range of months, written any way', () => {
  it('YYYY. M월 ~ N월: with or without 년, 월, full stops and spaces, any tilde', () => {
    fc.assert(
      fc.property(year, months, space, tilde, fc.integer({ min: 2000, max: 2099 }), (y, [a, b], sp, t, c) => {
        allRead(
          [
            `${y}.${sp}${a}월${t}${b}월`,
            `${y}년${sp}${a}월${t}${b}월`,
            `${y}년.${sp}${a}월${t}${b}월`,
            `${y}.${sp}${a}.${t}${b}.`,
            `${y}.${sp}${a}${t}${b}월`,
            `${y}.${pad(a)}${t}${y}.${pad(b)}`,
            `${y}년 ${a}월${t}${y}년 ${b}월`,
          ],
          c,
          ['range', first(y, a), last(y, b)],
        );
      }),
      runs,
    );
  });

  it("'YY.M월 ~ N월 with any apostrophe, and YY.M~N where YY cannot be a month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2013, max: 2090 }), months, apostrophe, tilde, fc.integer({ min: 0, max: 20 }), (y, [a, b], ap, t, after) => {
        const c = y + after;
        allRead([`${ap}${pad(y % 100)}.${a}월${t}${b}월`, `${ap}${pad(y % 100)}. ${a}.${t}${b}.`, `${pad(y % 100)}.${a}${t}${b}`], c, ['range', first(y, a), last(y, b)]);
      }),
      runs,
    );
  });

  it('a trailing note does not move the dates: (N회), (예정), 까지, 예정, 완료', () => {
    fc.assert(
      fc.property(year, months, fc.integer({ min: 1, max: 60 }), (y, [a, b], n) => {
        const base = `${y}. ${a}. ~ ${b}.`;
        allRead([base, `${base} (${n}회)`, `${base}(예정)`, `${base}까지`, `${base} 완료`], y, ['range', first(y, a), last(y, b)]);
      }),
      runs,
    );
  });

  it('a weekday after a day and an hour after it are notes: YYYY.M.D.(요일) ~ M.D.(요일), YYYY. M. D. H시', () => {
    const date = fc.tuple(year, month, fc.integer({ min: 1, max: 28 }), fc.constantFrom('월', '화', '수', '목', '금', '토', '일'));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 23 }), ([y, m, d, w], h) => {
        allRead([`${y}.${m}.${d}.(${w})`, `${y}. ${m}. ${d}. ${h}시`, `${y}. ${m}. ${d}.`], y, ['range', ymd(y, m, d), ymd(y, m, d)]);
        allRead([`${y}.${m}.${d}.(${w})~12.31.(${w})`], y, ['range', ymd(y, m, d), ymd(y, 12, 31)]);
      }),
      runs,
    );
  });
});

describe('years', () => {
  it('a two-digit year is the one from 79 years before the document year to 20 after, never decades after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1950, max: 2099 }), apostrophe, (yy, c, ap) => {
        const y = fullYear(yy, c);
        expect(y % 100).toBe(yy);
        expect(y).toBeGreaterThanOrEqual(c - 79);
        expect(y).toBeLessThanOrEqual(c + 20);
        allRead([`${ap}${pad(yy)}년`, `${ap}${pad(yy)}`, `${ap}${pad(yy)}.`], c, ['range', first(y, 1), last(y, 12)]);
      }),
      runs,
    );
  });

  it("a program since the 1990s in a 2020s plan: '9Y. M월 ~ 계속 starts in 199Y", () => {
    fc.assert(
      fc.property(fc.integer({ min: 90, max: 99 }), month, fc.integer({ min: 2015, max: 2030 }), (yy, m, c) => {
        allRead([`'${yy}. ${m}월 ~ 계속`, `’${yy}.${m}월~`], c, ['open-ended', first(1900 + yy, m), '-']);
      }),
      runs,
    );
  });

  it('a range whose end comes before its start stays an error at its place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2001, max: 2090 }), fc.integer({ min: 1, max: 9 }), (y, dy) => {
        const r = readPeriod(`'${pad((y + dy) % 100)} ~ '${pad(y % 100)}년`, y);
        expect(r.ok === false && r.reason).toBe('reversed');
      }),
      runs,
    );
  });

  it('a year alone (2019, 2019.), a year with 연중, 익년/내년 and 금년/올해', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 2000, max: 2099 }), month, (y, c, m) => {
        allRead([`${y}`, `${y}.`, `${y}. 예정`], c, ['range', first(y, 1), last(y, 12)]);
        allRead([`${y}년 연중`], c, ['range', first(y, 1), last(y, 12)]);
        allRead([`익년도 ${m}월`, `내년 ${m}월`], c, ['range', first(c + 1, m), last(c + 1, m)]);
        allRead([`금년 ${m}월`, `올해 ${m}월`], c, ['range', first(c, m), last(c, m)]);
      }),
      runs,
    );
  });
});

describe('recurring phrases', () => {
  const c = fc.integer({ min: 2000, max: 2099 });
  const activity = fc.constantFrom('', ' 점검', ' 실시', ' 개최', '점검 실시', ' 회의');

  it('매년 M월~N월: the recurring word with a range; each year the months named', () => {
    fc.assert(
      fc.property(c, months, space, tilde, (y, [a, b], sp, t) => {
        for (const v of [`매년${sp}${a}월${t}${b}월`, `매년 ${a}${t}${b}월`]) {
          const r = readPeriod(v, y);
          if (!r.ok) throw new Error(v);
          expect([v, periodKind(r.period), r.period.start, r.period.end]).toEqual([v, 'recurring', first(y, 1), last(y, 12)]);
          expect(occurrences(r.period)).toEqual([{ start: first(y, a), end: last(y, b) }]);
        }
      }),
      runs,
    );
  });

  it('매 분기 말(까지), 매분기 초, 매월 말까지, 월초: the recurring word with an end or a start', () => {
    fc.assert(
      fc.property(c, space, (y, sp) => {
        const times = (t: string) => {
          const r = readPeriod(t, y);
          if (!r.ok || periodKind(r.period) !== 'recurring') throw new Error(t);
          return occurrences(r.period);
        };
        const quarterEnds = [3, 6, 9, 12].map((m) => ({ start: ymd(y, m, 21), end: last(y, m) }));
        expect(times(`매${sp}분기${sp}말까지`)).toEqual(quarterEnds);
        expect(times(`분기${sp}말`)).toEqual(quarterEnds);
        expect(times(`매분기${sp}초`)).toEqual([1, 4, 7, 10].map((m) => ({ start: ymd(y, m, 1), end: ymd(y, m, 10) })));
        const monthEnds = Array.from({ length: 12 }, (_, i) => ({ start: ymd(y, i + 1, 21), end: last(y, i + 1) }));
        expect(times(`매월${sp}말까지`)).toEqual(monthEnds);
        expect(times(`매달${sp}말`)).toEqual(monthEnds);
        expect(times('월초')).toEqual(Array.from({ length: 12 }, (_, i) => ({ start: ymd(y, i + 1, 1), end: ymd(y, i + 1, 10) })));
      }),
      { numRuns: 20 },
    );
  });

  it('a count and an activity: 월 N회 점검, 매월 실시, 분기별 1회 회의, 연 N회 개최 (연 M회)', () => {
    fc.assert(
      fc.property(c, fc.integer({ min: 1, max: 4 }), activity, space, (y, n, act, sp) => {
        const every = (t: string) => {
          const r = readPeriod(t, y);
          if (!r.ok || r.period.kind !== 'recurring') throw new Error(t);
          expect([r.period.start, r.period.end]).toEqual([first(y, 1), last(y, 12)]);
          return r.period.everyMonths;
        };
        expect(every(`월${sp}${n}회${act}`)).toBe(1);
        expect(every(`매월${act}`)).toBe(1);
        expect(every(`월${sp}${n}회${act}(연 ${12 * n}회)`)).toBe(1);
        expect(every(`분기별${sp}${n}회${act}`)).toBe(3);
        expect(every(`격월${act}`)).toBe(2);
        expect(every(`연${sp}${[1, 2, 3, 4, 6, 12][n]}회${act}`)).toBe(12 / [1, 2, 3, 4, 6, 12][n]!);
        expect(every(`연간 ${n * 3}회`)).toBe(12 % (n * 3) === 0 ? 12 / (n * 3) : null);
        expect(every(`2회(상·하반기 각 1회)`)).toBe(6);
        // Weekly and daily: recurring, times within a month not listed.
        expect(every(`매주${act}`)).toBeNull();
        expect(every(`주${sp}${n}회${act}`)).toBeNull();
        expect(every('매주 금요일')).toBeNull();
      }),
      { numRuns: 30 },
    );
  });

  it('a range with a bracketed frequency recurs within the range: 2016. 8. ~ 12. (월 1회), (격월), (분기별)', () => {
    fc.assert(
      fc.property(year, months, fc.constantFrom(['월 1회', 1], ['매월 1회', 1], ['월간', 1], ['격월', 2], ['분기별', 3], ['월 1~2회', 1]), space, (y, [a, b], [freq, step], sp) => {
        const t = `${y}. ${a}. ~ ${b}.${sp}(${freq})`;
        const r = readPeriod(t, y);
        if (!r.ok) throw new Error(t);
        expect([periodKind(r.period), r.period.start, r.period.end]).toEqual(['recurring', first(y, a), last(y, b)]);
        const times = occurrences(r.period);
        expect(times.map((o) => o.start)).toEqual(Array.from({ length: Math.floor((b - a) / (step as number)) + 1 }, (_, i) => first(y, a + i * (step as number))));
        for (const o of times) expect(o.start >= first(y, a) && o.end <= last(y, b) && o.start <= o.end).toBe(true);
      }),
      runs,
    );
  });

  it('whenever something happens: 재난발생 시, 변동시, 비정기, 연중(재난발생 시)', () => {
    for (const t of ['재난발생 시', '변동시', '비정기', '연중(재난발생 시)', '연중 수시', '수시']) expect(reading(t, 2022)).toEqual(['as-needed', '-', '-']);
  });

  it('a time relative to an event, a count alone or a season is not guessed', () => {
    for (const t of ['1회', '임기후', '계획수립일로부터1월 이내', '분기별검사 결과후', '2021년 봄철', '연초, 수시', '심의 후', '분기', '반기', '월', '매월 29일'])
      expect(readPeriod(t, 2022)).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('부터 after a range is not read: the end it names would be dropped', () => {
  it('a range of months or days, then 부터 or 이후부터, is undated, while its first point alone reads from there on', () => {
    const day = fc.tuple(month, fc.integer({ min: 1, max: 28 }));
    fc.assert(
      fc.property(year, months, day, day, space, tilde, fc.constantFrom('부터', '이후부터'), (y, [a, b], d1, d2, sp, t, word) => {
        const [[m1, x1], [m2, x2]] = ymd(y, ...d1) <= ymd(y, ...d2) ? [d1, d2] : [d2, d1];
        for (const range of [`${y}. ${a}.${t}${y}. ${b}.`, `${y}. ${a}.${t}${b}.`, `${y}년 ${a}월${t}${b}월`, `${y}.${m1}.${x1}.${t}${y}.${m2}.${x2}.`, `${y}. ${m1}. ${x1}.${t}${m2}. ${x2}.`, `${y}년 상반기${t}하반기`])
          expect([range, readPeriod(`${range}${sp}${word}`, y)]).toEqual([range, { ok: false, reason: 'unreadable' }]);
        expect(reading(`${y}. ${a}.${sp}${word}`, y)).toEqual(['open-ended', first(y, a), '-']);
        expect(reading(`${y}.${m1}.${x1}.${sp}${word}`, y)).toEqual(['open-ended', ymd(y, m1, x1), '-']);
      }),
      runs,
    );
  });

  it('the phrases of the review stay unreadable', () => {
    for (const t of ['2026. 3. ~ 2026. 5.부터', '2026.3.1.~2026.6.30.부터', '2026. 3. ~ 5. 이후부터']) expect([t, readPeriod(t, 2026)]).toEqual([t, { ok: false, reason: 'unreadable' }]);
  });
});

describe('상시: at all times only with an activity word, never with a word that says it is not done', () => {
  const activity = fc.constantFrom('접수', '신청', '모집', '운영', '실시', '지원', '점검', '개최', '추진');
  const negation = fc.constantFrom('불가', '없음', '아님', '마감', '종료', '중단', '제외', '미실시');
  const lead = fc.constantFrom('상시', '연중 상시', '연중상시');

  it('상시 alone or with one or two activity words (and 가능) reads as all of the context year, ongoing', () => {
    fc.assert(
      fc.property(year, lead, activity, activity, space, space, fc.constantFrom('', ' 가능'), (y, l, a, b, sp1, sp2, can) => {
        for (const t of [l, `${l}${sp1}${a}`, `${l}${sp1}${a}${sp2}${b}`, `${l}${sp1}${a}${can}`]) {
          const r = readPeriod(t, y);
          expect([t, r.ok && [periodKind(r.period), r.period.start, r.period.end, r.period.ongoing]]).toEqual([t, ['range', first(y, 1), last(y, 12), true]]);
        }
      }),
      runs,
    );
  });

  it('상시 with a negation or closing word, before or after an activity word, is not read', () => {
    fc.assert(
      fc.property(year, lead, activity, negation, space, space, (y, l, a, no, sp1, sp2) => {
        for (const t of [`${l}${sp1}${no}`, `${l}${sp1}${a}${sp2}${no}`, `${l}${sp1}${a}${no}`, `${l} ${a} ${a} ${no}`])
          expect([t, readPeriod(t, y)]).toEqual([t, { ok: false, reason: 'unreadable' }]);
      }),
      runs,
    );
  });

  it('the phrases of the review are not read, nor is 상시 with a word that is not an activity', () => {
    for (const t of ['상시 모집 없음', '상시 불가', '상시아님', '상시접수 불가', '상시 모집 마감', '상시 교류', '상시 아무말'])
      expect([t, readPeriod(t, 2026)]).toEqual([t, { ok: false, reason: 'unreadable' }]);
  });

  it('a condition that ends it early stays a note: 상시신청이나 예산 조기소진시 지원 불가', () => {
    for (const t of ['상시신청이나 예산 조기소진시 지원 불가', '상시 접수, 예산 소진시 마감', '상시신청(예산소진시 지원 마감)']) expect([t, reading(t, 2026)]).toEqual([t, ['range', first(2026, 1), last(2026, 12)]]);
  });

  it('a recurring phrase with a negation is not read either: 매월 점검 중단, 분기별 1회 개최 없음', () => {
    for (const t of ['매월 점검 중단', '분기별 1회 개최 없음', '매년 3월 모집 마감', '월 2회 실시 불가']) expect([t, readPeriod(t, 2026)]).toEqual([t, { ok: false, reason: 'unreadable' }]);
    expect(reading('매월 점검', 2026)[0]).toBe('recurring');
  });
});

describe('any phrase', () => {
  const tokens = fc.constantFrom(
    '2019', '2019.', "'19", '’95', '19', '5', '12', '31', '.', '. ', '~', '∼', '-', '–', ',', '·', '(', ')', ' ', '년', '월', '일', '분기', '반기',
    '상', '하', '초', '말', '중', '매', '매월', '매년', '연', '회', '주', '격월', '수시', '연중', '계속', '현재', '까지', '예정', '금', '시', '후',
  );
  const phrase = fc.array(tokens, { maxLength: 12 }).map((ts) => ts.join(''));

  it('never throws; what is read has start ≤ end and real days', () => {
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ maxLength: 30 })), fc.integer({ min: 1950, max: 2099 }), (t, c) => {
        const r = readPeriod(t, c);
        if (!r.ok) return;
        const p = r.period;
        if (p.start !== null && p.end !== null) expect(p.start <= p.end, t).toBe(true);
        for (const o of occurrences(p)) expect(o.start <= o.end && o.start >= (p.start ?? '') && o.end <= (p.end ?? '9999'), t).toBe(true);
        for (const d of [p.start, p.end]) if (d) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10), t).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('printing a range and reading it again gives the same range', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 1950, max: 2099 }), (t, c) => {
        const r = readPeriod(t, c);
        if (!r.ok || periodKind(r.period) !== 'range') return;
        const [s, e] = [r.period.start!, r.period.end!];
        const printed = `${s.slice(0, 4)}. ${Number(s.slice(5, 7))}. ${Number(s.slice(8))}. ~ ${e.slice(0, 4)}. ${Number(e.slice(5, 7))}. ${Number(e.slice(8))}.`;
        expect([t, reading(printed, c)]).toEqual([t, ['range', s, e]]);
        expect([t, reading(`${s}~${e}`, c)]).toEqual([t, ['range', s, e]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('any well-formed range of days reads with start ≤ end, and a reversed one is an error', () => {
    const date = fc.tuple(fc.integer({ min: 1990, max: 2090 }), month, fc.integer({ min: 1, max: 31 })).filter(([y, m, d]) => d <= lastDay(y, m));
    fc.assert(
      fc.property(date, date, tilde, (a, b, t) => {
        const [x, y] = ymd(...a) <= ymd(...b) ? [a, b] : [b, a];
        expect(reading(`${x[0]}. ${x[1]}. ${x[2]}.${t}${y[0]}. ${y[1]}. ${y[2]}.`, x[0])).toEqual(['range', ymd(...x), ymd(...y)]);
        if (ymd(...x) < ymd(...y)) {
          const r = readPeriod(`${y[0]}. ${y[1]}. ${y[2]}.${t}${x[0]}. ${x[1]}. ${x[2]}.`, x[0]);
          expect(r.ok === false && r.reason).toBe('reversed');
        }
      }),
      runs,
    );
  });
});

describe('from a date on: 부터, 이후부터, and 이후 after a day', () => {
  const date = fc.tuple(fc.integer({ min: 1990, max: 2090 }), month, fc.integer({ min: 1, max: 31 })).filter(([y, m, d]) => d <= lastDay(y, m));

  it('Y. M. D. 이후 (일, spaces, full stops or not) is open-ended from that day', () => {
    fc.assert(
      fc.property(date, space, fc.constantFrom('이후', '부터', '이후부터'), fc.boolean(), ([y, m, d], sp, word, il) => {
        const day = il ? `${y}. ${m}. ${d}일` : `${y}.${sp}${m}.${sp}${d}.`;
        expect(reading(`${day}${sp}${word}`, y)).toEqual(['open-ended', ymd(y, m, d), '-']);
      }),
      runs,
    );
  });

  it('부터 after a year or month is open-ended from its start; 이후 after more than a day is not read', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), month, space, (y, m, sp) => {
        expect(reading(`${y}년${sp}부터`, y)).toEqual(['open-ended', first(y, 1), '-']);
        expect(reading(`${y}. ${m}.${sp}이후부터`, y)).toEqual(['open-ended', first(y, m), '-']);
        expect(reading(`${y}. ${m}.${sp}이후`, y)).toEqual(['undated', '-', '-']);
        expect(reading(`${y}년${sp}이후`, y)).toEqual(['undated', '-', '-']);
      }),
      runs,
    );
  });
});
