// Headcount figures: 정원, 현원 and 과부족 (현원 − 정원) per grade, per track (소계) and in total.
// Tracks and grades come from the records in their order; nothing here knows their names.
import type { HeadcountRecord } from '../model/records.js';

export interface HeadcountFigures {
  readonly quota: number;
  readonly current: number;
  /** 과부족 = 현원 − 정원; negative when posts are vacant. */
  readonly gap: number;
}

const figures = (quota: number, current: number): HeadcountFigures => ({ quota, current, gap: current - quota });

export interface HeadcountTotals {
  readonly total: HeadcountFigures;
  readonly tracks: readonly {
    readonly track: string;
    readonly subtotal: HeadcountFigures;
    readonly grades: readonly ({ readonly grade: string } & HeadcountFigures)[];
  }[];
}

export function headcountTotals(record: HeadcountRecord): HeadcountTotals {
  const tracks = record.tracks.map((t) => {
    const grades = t.grades.map((g) => ({ grade: g.grade, ...figures(g.quota, g.current) }));
    const subtotal = figures(
      grades.reduce((s, g) => s + g.quota, 0),
      grades.reduce((s, g) => s + g.current, 0),
    );
    return { track: t.track, subtotal, grades };
  });
  const total = figures(
    tracks.reduce((s, t) => s + t.subtotal.quota, 0),
    tracks.reduce((s, t) => s + t.subtotal.current, 0),
  );
  return { total, tracks };
}
