// 예산 집행현황 as of a date: 예산액, 예산현액, 집행액, 잔액, 집행률 and pace per line and for the
// 계 row. Works in 원 internally, so sums and rates come from unrounded amounts; amounts are
// shown in the budget's unit, rounded half-up once. Pure: the as-of date is an argument.
import type { BudgetRecord, ExpensesRecord } from '../model/records.js';
import type { BudgetLineStatus, BudgetStatusReport, Pace } from '../model/report.js';
import type { IsoDate, Won } from '../model/units.js';
import type { BudgetLineName } from './expenseVocabulary.js';
import { lineCode } from './expenseVocabulary.js';
import { isLeapYear } from './period.js';
import { rateTenths } from './rate.js';

/** Points within which execution counts as on pace with the year. */
export const PACE_BAND_TENTHS = 50;

export type Entry = ExpensesRecord['entries'][number];

export const wonPer = (unit: '원' | '천원'): number => (unit === '천원' ? 1000 : 1);

/** Half-up division of whole numbers (negative values round away from zero at .5). */
export function divideHalfUp(n: number, d: number): number {
  const q = Math.floor((Math.abs(n) * 2 + d) / (2 * d));
  return n < 0 ? -q : q;
}

/** Day of the year (1 January = 1). */
export function dayOfYear(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
}

/** Share of the year elapsed at the end of `iso`, in tenths of a percent, half-up. */
export function yearElapsedTenths(iso: IsoDate): number {
  const y = Number(iso.slice(0, 4));
  return rateTenths(dayOfYear(iso), isLeapYear(y) ? 366 : 365)!;
}

export function paceOf(rate: number | null, elapsed: number): Pace | null {
  if (rate === null) return null;
  if (rate < elapsed - PACE_BAND_TENTHS) return 'behind';
  if (rate > elapsed + PACE_BAND_TENTHS) return 'ahead';
  return 'on-pace';
}

/** Executed per budget line, in 원, from entries dated on or before `asOf`; an entry's 비목 as
 *  written (code, name or short word) is resolved against `lines` first. */
export function entriesByLine(entries: readonly Entry[], asOf: IsoDate, lines: readonly BudgetLineName[] = []): Map<string, Won> {
  const m = new Map<string, Won>();
  for (const e of entries) {
    if (e.date > asOf) continue;
    const code = lineCode(e.line, lines);
    m.set(code, (m.get(code) ?? 0) + e.amount);
  }
  return m;
}

export type BudgetSnapshot = NonNullable<BudgetRecord['snapshots']>[number];

/** The latest snapshot dated on or before `asOf`. */
export function snapshotAt(budget: BudgetRecord, asOf: IsoDate): BudgetSnapshot | undefined {
  let best: BudgetSnapshot | undefined;
  for (const s of budget.snapshots ?? []) if (s.as_of <= asOf && (!best || s.as_of > best.as_of)) best = s;
  return best;
}

/** The first date the execution data knows: the earliest entry, or the earliest snapshot. */
export function firstExecutionDate(budget: BudgetRecord, entries: readonly Entry[]): IsoDate | undefined {
  const dates = entries.length > 0 ? entries.map((e) => e.date) : (budget.snapshots ?? []).map((s) => s.as_of);
  return dates.sort()[0];
}

export function budgetStatus(budget: BudgetRecord, entries: readonly Entry[], asOf: IsoDate): BudgetStatusReport {
  const k = wonPer(budget.unit);
  const useEntries = entries.length > 0;
  const snapshot = useEntries ? undefined : snapshotAt(budget, asOf);
  const executedWon = useEntries
    ? entriesByLine(entries, asOf, budget.lines)
    : new Map((snapshot?.lines ?? []).map((l) => [l.line, l.executed * k] as const));
  // Pace is measured on the day the execution figures are from: the snapshot's date when only
  // a snapshot is known (the as-of date may be later), else the as-of date.
  const executionDate = snapshot?.as_of ?? asOf;
  const elapsed = yearElapsedTenths(executionDate);

  const figures = (code: string, name: string, budgetWon: Won, currentWon: Won, execWon: Won): BudgetLineStatus => {
    const rate = rateTenths(execWon, currentWon);
    const current = divideHalfUp(currentWon, k);
    const executed = divideHalfUp(execWon, k);
    return {
      code,
      name,
      budget: divideHalfUp(budgetWon, k),
      current,
      executed,
      // From the shown figures, so that each row adds up as printed.
      balance: current - executed,
      rate: rate === null ? null : rate / 10,
      pace: paceOf(rate, elapsed),
      paceGap: rate === null ? null : (rate - elapsed) / 10,
    };
  };

  let sumBudget = 0;
  let sumCurrent = 0;
  let sumExec = 0;
  const lines = budget.lines.map((l) => {
    const budgetWon = l.budget * k;
    let currentWon = budgetWon;
    for (const a of budget.adjustments ?? []) if (a.line === l.code && a.date <= asOf) currentWon += a.amount * k;
    const exec = executedWon.get(l.code) ?? 0;
    sumBudget += budgetWon;
    sumCurrent += currentWon;
    sumExec += exec;
    return figures(l.code, l.name, budgetWon, currentWon, exec);
  });
  return {
    report: 'budget-status',
    fiscalYear: budget.fiscal_year,
    asOf,
    unit: budget.unit,
    source: useEntries ? 'entries' : 'snapshot',
    snapshotDate: snapshot?.as_of ?? null,
    rounding: useEntries && k > 1 ? 'half-up' : null,
    executionDate,
    yearElapsed: elapsed / 10,
    // The 계 row from the unrounded sums, never from the rounded lines.
    total: figures('', '계', sumBudget, sumCurrent, sumExec),
    lines,
  };
}
