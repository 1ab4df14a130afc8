// Headcount figures: 정원, 현원 and 과부족 (현원 − 정원) per grade, per group (소계) and in total;
// or 인원, where the office's table counts heads without saying 정원 or 현원. Groups (tracks,
// departments or grades) and grades come from the records in their order; nothing here knows
// their names. A record holds the figures its table did: a figure the record does not hold is
// null, never 0, and 과부족 exists only where both 정원 and 현원 do. A cell the table writes as
// '-' (no such posts) stays '-': it is not 0, and sums leave it out ('-' only where every part is
// '-'). Sums are of the figures present (validation makes a held figure present in every row).
import type { HeadcountCell, HeadcountRecord, HeadcountSplit } from '../model/records.js';

export type HeadcountFigure = 'quota' | 'current';
export type HeadcountGrouping = 'track' | 'dept' | 'grade';
/** A figure: a number, '-' (not applicable) or null (not in the record). */
export type HeadcountValue = number | '-' | null;

export interface HeadcountFigures {
  /** 정원; null where the record does not give it. */
  readonly quota: HeadcountValue;
  /** 현원; null where the record does not give it. */
  readonly current: HeadcountValue;
  /** 과부족 = 현원 − 정원; negative when posts are vacant; null unless both are numbers ('-' when both are '-'). */
  readonly gap: HeadcountValue;
  /** 인원, only in a record that counts heads without saying 정원 or 현원. */
  readonly count?: HeadcountValue;
}

export const figures = (quota: HeadcountValue, current: HeadcountValue, count?: HeadcountValue): HeadcountFigures => ({
  quota,
  current,
  gap: typeof quota === 'number' && typeof current === 'number' ? current - quota : quota === '-' && current === '-' ? '-' : null,
  ...(count !== undefined ? { count } : {}),
});

/** The sum of the values present; null when none is. */
export function sumPresent(values: readonly (number | null | undefined)[]): number | null {
  let sum: number | null = null;
  for (const v of values) if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
  return sum;
}

/** The sum of the numbers among cells; '-' when every cell present is '-'; null when none is. */
export function sumCells(values: readonly (HeadcountCell | null | undefined)[]): HeadcountValue {
  const sum = sumPresent(values.map((v) => (typeof v === 'number' ? v : null)));
  return sum !== null ? sum : values.some((v) => v === '-') ? '-' : null;
}

export interface HeadcountTotals {
  /** What the groups are: tracks (직종·직렬), departments or grades. */
  readonly by: HeadcountGrouping;
  /** The figures the record holds (some row gives them). */
  readonly holds: { readonly quota: boolean; readonly current: boolean; readonly count: boolean };
  /** Some cell of the record is '-'. */
  readonly notApplicable: boolean;
  /** A cross table's columns (what they are, their names); the rows it splits carry `split`. */
  readonly splitBy?: { readonly name: string; readonly columns: readonly string[] };
  readonly total: HeadcountFigures;
  readonly tracks: readonly {
    readonly track: string;
    readonly subtotal: HeadcountFigures;
    /** Empty for a group counted as a whole (no grades in the table). */
    readonly grades: readonly ({ readonly grade: string; readonly split?: HeadcountSplit } & HeadcountFigures)[];
    /** The split of a group counted as a whole, as the table gives it. */
    readonly split?: HeadcountSplit;
  }[];
}

export function headcountTotals(record: HeadcountRecord): HeadcountTotals {
  type Cells = { readonly quota?: HeadcountCell; readonly current?: HeadcountCell; readonly count?: HeadcountCell };
  const rows: readonly Cells[] = record.tracks.flatMap((t): readonly Cells[] => t.grades ?? [t]);
  const counts = rows.some((r) => r.count !== undefined);
  const cell = (v: HeadcountCell | undefined): HeadcountValue => v ?? null;
  const of = (r: Cells) => figures(cell(r.quota), cell(r.current), counts ? cell(r.count) : undefined);
  const sum = (parts: readonly HeadcountFigures[]): HeadcountFigures => {
    const total = (f: 'quota' | 'current' | 'count') => sumCells(parts.map((p) => p[f] ?? null));
    return figures(total('quota'), total('current'), counts ? total('count') : undefined);
  };
  // A cross table's split is the row's as written: it is never summed into subtotals or the total
  // (the table gives some rows as 계 only, so a column's sum would not be the column's).
  const split = (r: { readonly split?: HeadcountSplit }) => (record.split_by && r.split ? { split: r.split } : {});
  const tracks = record.tracks.map((t) => {
    // A group with grades is their sum; its own figures belong only to a group without grades.
    const grades = (t.grades ?? []).map((g) => ({ grade: g.grade, ...of(g), ...split(g) }));
    return { track: t.track, subtotal: t.grades ? sum(grades) : of(t), grades, ...(t.grades ? {} : split(t)) };
  });
  const total = sum(tracks.map((t) => t.subtotal));
  const notApplicable = rows.some((r) => r.quota === '-' || r.current === '-' || r.count === '-');
  const splitBy = record.split_by ? { splitBy: { name: record.split_by.name, columns: record.split_by.columns } } : {};
  return { by: record.by ?? 'track', holds: { quota: total.quota !== null, current: total.current !== null, count: counts }, notApplicable, ...splitBy, total, tracks };
}

/** The figures a record does not hold, in the order 정원, 현원. */
export function missingFigures(holds: HeadcountTotals['holds']): HeadcountFigure[] {
  return (['quota', 'current'] as const).filter((f) => !holds[f]);
}
