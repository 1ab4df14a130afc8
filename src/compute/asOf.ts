// One rule for the date a command's figures are as of, for every command: the date asked for
// (--as-of), else the latest date the records speak for (a budget snapshot, an expense entry,
// a headcount snapshot or a report issue), never today. A fiscal year whose end has passed by
// the as-of date is closed: its figures are final, shown as of 12-31. Why a date cannot be
// served is a value (a Refusal), worded by messages/, never an exception.
import type { ReportRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import type { Refusal } from '../model/refusal.js';
import type { RecordsByKind } from './recordsOf.js';
import { lastEntryDate } from './entryDates.js';

export type Resolved<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };

export const refuse = (refusal: Refusal): { readonly ok: false; readonly refusal: Refusal } => ({ ok: false, refusal });

/** The dates each kind of record speaks for. */
export function recordDates(r: RecordsByKind, year?: number): IsoDate[] {
  const inYear = (fy: number): boolean => year === undefined || fy === year;
  return [
    ...r.budget.filter((b) => inYear(b.fiscal_year)).flatMap((b) => (b.snapshots ?? []).map((s) => s.as_of)),
    ...r.expenses.filter((x) => inYear(x.fiscal_year)).flatMap((x) => x.entries.map((e) => e.date)),
    ...r.headcount.map((h) => h.as_of).filter((d) => year === undefined || d.startsWith(`${year}-`)),
    ...r.report.filter((x) => inYear(x.fiscal_year)).map((x) => x.as_of),
  ];
}

/** The latest date the records speak for (of one fiscal year when given): the latest of
 *  recordDates, without listing every entry's date. */
export function latestRecordDate(r: RecordsByKind, year?: number): IsoDate | undefined {
  let latest: IsoDate | undefined;
  const see = (d: IsoDate | undefined): void => {
    if (d !== undefined && (latest === undefined || d > latest)) latest = d;
  };
  const inYear = (fy: number): boolean => year === undefined || fy === year;
  for (const b of r.budget) if (inYear(b.fiscal_year)) for (const s of b.snapshots ?? []) see(s.as_of);
  for (const x of r.expenses) if (inYear(x.fiscal_year)) see(lastEntryDate(x));
  for (const h of r.headcount) if (year === undefined || h.as_of.startsWith(`${year}-`)) see(h.as_of);
  for (const x of r.report) if (inYear(x.fiscal_year)) see(x.as_of);
  return latest;
}

/** The as-of date of a command that is not tied to a fiscal year. */
export function resolveAsOf(r: RecordsByKind, asOf: IsoDate | undefined): IsoDate | undefined {
  return asOf ?? latestRecordDate(r);
}

export interface YearAndDate {
  readonly year: number;
  /** The date the figures are as of: 12-31 for a closed year asked about later. */
  readonly asOf: IsoDate;
}

/** The fiscal year and date of a budget figure. --year alone: that year as of its latest data
 *  (12-31 once the records speak of a later date); --as-of alone: the year of that date. */
export function resolveYearAndDate(r: RecordsByKind, asOf: IsoDate | undefined, year: number | undefined): Resolved<YearAndDate> {
  const years = [...new Set(r.budget.map((b) => b.fiscal_year))].sort((a, b) => a - b);
  if (years.length === 0) return refuse({ reason: 'no-records', kind: 'budget' });
  const latest = latestRecordDate(r);
  const fy = year ?? (asOf !== undefined ? Number(asOf.slice(0, 4)) : latest !== undefined && years.includes(Number(latest.slice(0, 4))) ? Number(latest.slice(0, 4)) : years[years.length - 1]!);
  if (!years.includes(fy)) return refuse({ reason: 'no-budget', year: fy, years });
  const yearEnd = `${fy}-12-31`;
  let date = asOf ?? (latest !== undefined && latest > yearEnd ? yearEnd : latestRecordDate(r, fy));
  if (date === undefined) return refuse({ reason: 'no-records', kind: 'execution' });
  if (date < `${fy}-01-01`) return refuse({ reason: 'outside-year', asOf: date, year: fy });
  // After the year's end its figures are final.
  if (date > yearEnd) date = yearEnd;
  return { ok: true, value: { year: fy, asOf: date } };
}

/** The latest report issue on or before a date (the latest of all without one). */
export function latestIssue(reports: readonly ReportRecord[], asOf?: IsoDate): ReportRecord | undefined {
  let best: ReportRecord | undefined;
  for (const x of reports) if ((asOf === undefined || x.as_of <= asOf) && (best === undefined || x.as_of > best.as_of || (x.as_of === best.as_of && x.id > best.id))) best = x;
  return best;
}
