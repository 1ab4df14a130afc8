// Headcount figures: 정원, 현원 and 과부족 (현원 − 정원) per grade, per group (소계) and in total.
// Groups (tracks, departments or grades) and grades come from the records in their order;
// nothing here knows their names. A record holds 정원, 현원 or both, as the office's table
// did: a figure the record does not hold is null, never 0, and 과부족 exists only where both
// figures do. Sums are of the figures present (validation makes a held figure present in every row).
import type { HeadcountRecord } from '../model/records.js';

export type HeadcountFigure = 'quota' | 'current';
export type HeadcountGrouping = 'track' | 'dept' | 'grade';

export interface HeadcountFigures {
  /** 정원; null where the record does not give it. */
  readonly quota: number | null;
  /** 현원; null where the record does not give it. */
  readonly current: number | null;
  /** 과부족 = 현원 − 정원; negative when posts are vacant; null unless both exist. */
  readonly gap: number | null;
}

export const figures = (quota: number | null, current: number | null): HeadcountFigures => ({
  quota,
  current,
  gap: quota === null || current === null ? null : current - quota,
});

/** The sum of the values present; null when none is. */
export function sumPresent(values: readonly (number | null | undefined)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}

const sumFigures = (parts: readonly HeadcountFigures[]): HeadcountFigures =>
  figures(
    sumPresent(parts.map((p) => p.quota)),
    sumPresent(parts.map((p) => p.current)),
  );

export interface HeadcountTotals {
  /** What the groups are: tracks (직종·직렬), departments or grades. */
  readonly by: HeadcountGrouping;
  /** The figures the record holds (some row gives them). */
  readonly holds: { readonly quota: boolean; readonly current: boolean };
  readonly total: HeadcountFigures;
  readonly tracks: readonly {
    readonly track: string;
    readonly subtotal: HeadcountFigures;
    /** Empty for a group counted as a whole (no grades in the table). */
    readonly grades: readonly ({ readonly grade: string } & HeadcountFigures)[];
  }[];
}

export function headcountTotals(record: HeadcountRecord): HeadcountTotals {
  const tracks = record.tracks.map((t) => {
    // A group with grades is their sum; its own figures belong only to a group without grades.
    const grades = (t.grades ?? []).map((g) => ({ grade: g.grade, ...figures(g.quota ?? null, g.current ?? null) }));
    const subtotal = t.grades ? sumFigures(grades) : figures(t.quota ?? null, t.current ?? null);
    return { track: t.track, subtotal, grades };
  });
  const total = sumFigures(tracks.map((t) => t.subtotal));
  return { by: record.by ?? 'track', holds: { quota: total.quota !== null, current: total.current !== null }, total, tracks };
}

/** The figures a record does not hold, in the order 정원, 현원. */
export function missingFigures(holds: HeadcountTotals['holds']): HeadcountFigure[] {
  return (['quota', 'current'] as const).filter((f) => !holds[f]);
}
