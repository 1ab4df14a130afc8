// Headcount reports from the headcount snapshots: status as of a date, and the trend across
// snapshots. Pure: the as-of date is an argument. A snapshot that holds both figures and groups
// by track keeps the report's original shape; `by` and `missing` appear only where it differs.
import type { HeadcountRecord } from '../model/records.js';
import type { HeadcountStatusReport, HeadcountTrendReport } from '../model/report.js';
import type { IsoDate } from '../model/units.js';
import type { HeadcountTotals } from './headcount.js';
import { headcountTotals, missingFigures } from './headcount.js';

export type Picked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: 'no-data' | 'before-first'; readonly first?: IsoDate };

/** The latest snapshot dated on or before `asOf` (the latest of all when `asOf` is undefined). */
export function pickSnapshot<T extends { readonly as_of: IsoDate }>(snapshots: readonly T[], asOf: IsoDate | undefined): Picked<T> {
  if (snapshots.length === 0) return { ok: false, reason: 'no-data' };
  const sorted = [...snapshots].sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
  const eligible = asOf === undefined ? sorted : sorted.filter((s) => s.as_of <= asOf);
  const chosen = eligible[eligible.length - 1];
  return chosen ? { ok: true, value: chosen } : { ok: false, reason: 'before-first', first: sorted[0]!.as_of };
}

/** `by` when the groups are not tracks, `missing` when a figure is not held: absent otherwise. */
function shape(t: HeadcountTotals): Pick<HeadcountStatusReport, 'by' | 'missing'> {
  const missing = missingFigures(t.holds);
  return { ...(t.by !== 'track' ? { by: t.by } : {}), ...(missing.length ? { missing } : {}) };
}

export function headcountStatus(record: HeadcountRecord): HeadcountStatusReport {
  const t = headcountTotals(record);
  return { report: 'headcount-status', asOf: record.as_of, unit: '명', ...shape(t), ...(t.splitBy ? { splitBy: t.splitBy } : {}), total: t.total, tracks: t.tracks };
}

export function headcountTrend(records: readonly HeadcountRecord[]): HeadcountTrendReport {
  const sorted = [...records].sort((a, b) => (a.as_of < b.as_of ? -1 : 1));
  const tracks: string[] = [];
  for (const r of sorted) for (const t of r.tracks) if (!tracks.includes(t.track)) tracks.push(t.track);
  return {
    report: 'headcount-trend',
    unit: '명',
    tracks,
    snapshots: sorted.map((r) => {
      const t = headcountTotals(r);
      return { asOf: r.as_of, ...shape(t), total: t.total, tracks: tracks.map((name) => t.tracks.find((x) => x.track === name)?.subtotal ?? null) };
    }),
  };
}
