// Headcount figures and reports from small records: 정원 only, 현원 only or both; groups by
// track, department or grade, with grades or counted as a whole.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HeadcountRecord } from '../../src/model/records.js';
import { headcountTotals, sumPresent } from '../../src/compute/headcount.js';
import { headcountStatus, headcountTrend } from '../../src/compute/headcountReport.js';

type Group = HeadcountRecord['tracks'][number];
type Grade = NonNullable<Group['grades']>[number];

const grade = (name: string, quota?: number, current?: number): Grade => ({ grade: name, ...(quota === undefined ? {} : { quota }), ...(current === undefined ? {} : { current }) });
const group = (name: string, grades: readonly Grade[]): Group => ({ track: name, grades });
const whole = (name: string, quota?: number, current?: number): Group => ({ track: name, ...(quota === undefined ? {} : { quota }), ...(current === undefined ? {} : { current }) });
const record = (as_of: string, tracks: readonly Group[], by?: HeadcountRecord['by']): HeadcountRecord => ({ kind: 'headcount', as_of, unit: '명', tracks, ...(by ? { by } : {}) });

describe('headcountTotals', () => {
  it('a cross table: a row keeps its split as written, and no 소계 or 총계 is split', () => {
    const r: HeadcountRecord = {
      ...record('2025-07-04', [
        { track: '일반직', grades: [{ grade: '4급', quota: 270, split: { 본청: 165, 사업소: 105 } }, { grade: '5급 이하', quota: 900 }] },
        { track: '공무직', quota: 5, split: { 본청: 5 } },
      ]),
      split_by: { name: '관리기관', columns: ['본청', '사업소'] },
    };
    const t = headcountTotals(r);
    expect(t.splitBy).toEqual({ name: '관리기관', columns: ['본청', '사업소'] });
    expect(t.tracks[0]!.grades).toEqual([
      { grade: '4급', quota: 270, current: null, gap: null, split: { 본청: 165, 사업소: 105 } },
      { grade: '5급 이하', quota: 900, current: null, gap: null },
    ]);
    expect(t.tracks[0]!.subtotal).toEqual({ quota: 1170, current: null, gap: null });
    expect(t.tracks[1]).toEqual({ track: '공무직', subtotal: { quota: 5, current: null, gap: null }, grades: [], split: { 본청: 5 } });
    expect(t.total).toEqual({ quota: 1175, current: null, gap: null });
    expect(headcountStatus(r).splitBy).toEqual(t.splitBy);
    // Without split_by a split names no columns (validate says so): the report carries none.
    const { split_by: _, ...plain } = r;
    expect(headcountTotals(plain).tracks[0]!.grades[0]).toEqual({ grade: '4급', quota: 270, current: null, gap: null });
    expect(headcountStatus(plain)).not.toHaveProperty('splitBy');
  });

  it('sums both figures and gives 과부족 per grade, group and total', () => {
    const t = headcountTotals(record('2022-01-01', [group('일반직', [grade('4급', 1, 1), grade('5급', 3, 2)]), group('별정직', [grade('5급상당', 2, 3)])]));
    expect(t.total).toEqual({ quota: 6, current: 6, gap: 0 });
    expect(t.tracks.map((x) => x.subtotal)).toEqual([
      { quota: 4, current: 3, gap: -1 },
      { quota: 2, current: 3, gap: 1 },
    ]);
    expect(t.holds).toEqual({ quota: true, current: true, count: false });
    expect(t.by).toBe('track');
  });

  it('정원 only: 현원 and 과부족 are null, never 0', () => {
    const t = headcountTotals(record('2022-03-31', [group('일반직', [grade('2급', 1), grade('연구관', 2)]), whole('공무직', 4)]));
    expect(t.total).toEqual({ quota: 7, current: null, gap: null });
    expect(t.tracks[0]!.grades[1]).toEqual({ grade: '연구관', quota: 2, current: null, gap: null });
    expect(t.tracks[1]).toEqual({ track: '공무직', subtotal: { quota: 4, current: null, gap: null }, grades: [] });
    expect(t.holds).toEqual({ quota: true, current: false, count: false });
  });

  it('현원 only by department, with a department counted by grade', () => {
    const t = headcountTotals(record('2022-04-30', [whole('기획예산과', undefined, 9), group('총무과', [grade('5급', undefined, 1), grade('임기제', undefined, 2)])], 'dept'));
    expect(t.by).toBe('dept');
    expect(t.total).toEqual({ quota: null, current: 12, gap: null });
    expect(t.tracks.map((x) => x.subtotal.current)).toEqual([9, 3]);
    expect(t.holds).toEqual({ quota: false, current: true, count: false });
  });

  it('a group with grades is their sum; its own figures are not added again', () => {
    const t = headcountTotals(record('2022-01-01', [{ track: '일반직', quota: 99, grades: [grade('4급', 1, 1)] }]));
    expect(t.total).toEqual({ quota: 1, current: 1, gap: 0 });
  });

  it('a zero is a figure, not a missing one', () => {
    const t = headcountTotals(record('2022-01-01', [whole('공무직', 0)]));
    expect(t.total).toEqual({ quota: 0, current: null, gap: null });
    expect(t.holds).toEqual({ quota: true, current: false, count: false });
  });

  // Any mix of present and absent figures, in groups with grades or counted whole.
  const figure = fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined });
  const anyGroup = fc.oneof(
    fc.record({ kind: fc.constant('whole' as const), quota: figure, current: figure }),
    fc.record({ kind: fc.constant('graded' as const), grades: fc.array(fc.record({ quota: figure, current: figure }), { minLength: 1, maxLength: 5 }) }),
  );
  const build = (groups: readonly fc.GeneratorValue<typeof anyGroup>[]): HeadcountRecord =>
    record(
      '2022-01-01',
      groups.map((g, i) => (g.kind === 'whole' ? whole(`g${i}`, g.quota, g.current) : group(`g${i}`, g.grades.map((x, j) => grade(`r${j}`, x.quota, x.current))))),
    );

  it('totals and 소계 are the sums of the parts present, null where no part has the figure (property)', () => {
    fc.assert(
      fc.property(fc.array(anyGroup, { minLength: 1, maxLength: 6 }), (groups) => {
        const t = headcountTotals(build(groups));
        const leaves = groups.flatMap((g) => (g.kind === 'whole' ? [g] : g.grades));
        for (const f of ['quota', 'current'] as const) {
          const present = leaves.map((l) => l[f]).filter((v): v is number => v !== undefined);
          expect(t.total[f]).toBe(present.length ? present.reduce((s, v) => s + v, 0) : null);
          expect(t.holds[f]).toBe(present.length > 0);
          // The total is the sum of the 소계 present, each 소계 the sum of its grades present.
          expect(t.total[f]).toBe(sumPresent(t.tracks.map((x) => x.subtotal[f])));
          for (const x of t.tracks) if (x.grades.length) expect(x.subtotal[f]).toBe(sumPresent(x.grades.map((g) => g[f])));
        }
        // 과부족 exists exactly where both figures do, and is 현원 − 정원 there.
        for (const f of [t.total, ...t.tracks.map((x) => x.subtotal), ...t.tracks.flatMap((x) => x.grades)]) {
          expect(f.gap).toBe(f.quota === null || f.current === null ? null : f.current - f.quota);
        }
      }),
    );
  });
});

describe('headcount reports', () => {
  it('a full snapshot by track keeps the original shape: no by, no missing', () => {
    const r = headcountStatus(record('2022-01-01', [group('일반직', [grade('4급', 1, 1)])]));
    expect(Object.keys(r)).toEqual(['report', 'asOf', 'unit', 'total', 'tracks']);
  });

  it('a partial snapshot says which figures it lacks and what its groups are', () => {
    const r = headcountStatus(record('2022-04-30', [whole('기획예산과', undefined, 9)], 'dept'));
    expect([r.by, r.missing]).toEqual(['dept', ['quota']]);
    expect(r.total).toEqual({ quota: null, current: 9, gap: null });
  });

  it('the trend marks each partial snapshot and lines groups up by name', () => {
    const t = headcountTrend([
      record('2022-04-30', [whole('기획예산과', undefined, 9)], 'dept'),
      record('2022-01-01', [group('일반직', [grade('4급', 2, 1)])]),
      record('2022-03-31', [group('일반직', [grade('4급', 2)]), whole('공무직', 3)]),
    ]);
    expect(t.tracks).toEqual(['일반직', '공무직', '기획예산과']);
    expect(t.snapshots.map((s) => [s.asOf, s.by ?? 'track', s.missing ?? [], s.total])).toEqual([
      ['2022-01-01', 'track', [], { quota: 2, current: 1, gap: -1 }],
      ['2022-03-31', 'track', ['current'], { quota: 5, current: null, gap: null }],
      ['2022-04-30', 'dept', ['quota'], { quota: null, current: 9, gap: null }],
    ]);
    expect(t.snapshots[1]!.tracks).toEqual([{ quota: 2, current: null, gap: null }, { quota: 3, current: null, gap: null }, null]);
  });
});

describe("'-' cells (not applicable) and 인원 (neither 정원 nor 현원)", () => {
  type Cell = number | '-';
  const cells = (name: string, c: { quota?: Cell; current?: Cell; count?: Cell }): Grade => ({ grade: name, ...c });

  it("a '-' cell stays '-', is left out of the sums, and a sum of '-' only is '-'", () => {
    const t = headcountTotals(
      record('2023-03-31', [group('경력직', [cells('일반직', { current: 1143 }), cells('특정직', { current: '-' })]), group('별정', [cells('특정', { current: '-' })])]),
    );
    expect(t.tracks.map((x) => [x.subtotal.current, x.grades.map((g) => g.current)])).toEqual([
      [1143, [1143, '-']],
      ['-', ['-']],
    ]);
    expect(t.total.current).toBe(1143);
    expect([t.notApplicable, t.holds]).toEqual([true, { quota: false, current: true, count: false }]);
  });

  it("과부족 is '-' where both figures are '-', and none where one is", () => {
    const t = headcountTotals(record('2023-01-01', [group('A', [cells('a', { quota: '-', current: '-' }), cells('b', { quota: 2, current: '-' }), cells('c', { quota: 3, current: 4 })])]));
    expect(t.tracks[0]!.grades.map((g) => g.gap)).toEqual(['-', null, 1]);
    expect(t.total).toEqual({ quota: 5, current: 4, gap: -1 });
  });

  it('any mix of numbers and dashes: the sum is of the numbers, never counts a dash as 0 or as anything', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constant('-' as const)), { minLength: 1, maxLength: 12 }), (values) => {
        const t = headcountTotals(record('2023-01-01', [group('A', values.map((v, i) => cells(`g${i}`, { current: v })))]));
        const numbers = values.filter((v): v is number => typeof v === 'number');
        expect(t.total.current).toEqual(numbers.length ? numbers.reduce((a, b) => a + b, 0) : '-');
      }),
    );
  });

  it('인원: a count the table does not call 정원 or 현원 is its own figure, with the report saying so', () => {
    const r = headcountStatus(record('2026-01-01', [group('긴급구호', [cells('남도사랑봉사단', { count: 30 }), cells('밥차', { count: 10 })]), whole('교통', undefined, undefined)]));
    expect(r.total).toEqual({ quota: null, current: null, gap: null, count: 40 });
    expect(r.tracks[0]!.subtotal.count).toBe(40);
    // A snapshot without 인원 keeps the original shape: no count key.
    expect(Object.keys(headcountStatus(record('2022-01-01', [group('일반직', [grade('4급', 1, 1)])])).total)).toEqual(['quota', 'current', 'gap']);
  });
});
