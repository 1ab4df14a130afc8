// 예산 집행현황 as of a date: 예산액, 예산현액, 집행액, 잔액, 집행률 and pace per line and for the
// 계 row. Works in 원 internally, so sums and rates come from unrounded amounts; amounts are
// shown in the budget's unit, rounded half-up once. Pure: the as-of date is an argument.
import type { BudgetRecord, ExpensesRecord } from '../model/records.js';
import type { BudgetLineStatus, BudgetProgramStatus, BudgetStatusReport, Pace } from '../model/report.js';
import type { IsoDate, Won } from '../model/units.js';
import { dayOfYear, daysInYear } from './dates.js';
import { addWhole, timesWhole } from '../model/numbers.js';
import { executionAt } from './execution.js';
import { wonPer } from '../model/numbers.js';
import { lastEntryDate } from './entryDates.js';
import { rateTenths } from './rate.js';
import type { BudgetLineRef } from './expenseVocabulary.js';
import { budgetLines, lineKey, lineRefKey } from './expenseVocabulary.js';

/** Points within which execution counts as on pace with the year. */
export const PACE_BAND_TENTHS = 50;

export type { Entry } from './execution.js';
export { entriesByLine, firstExecutionDate, snapshotAt } from './execution.js';

/** 예산현액 of a line (by its key, see budgetLines) on a date, in the budget's unit: 예산액 plus
 *  the adjustments up to that date; null for a line the budget does not list with an amount.
 *  The budget's lines and adjustments are resolved once, so asking per entry stays cheap. */
export function currentBudgets(budget: BudgetRecord): (key: string, date: IsoDate) => number | null {
  const lines = budgetLines(budget);
  const amount = new Map(lines.map((l) => [l.key, l.budget] as const));
  const adjustments = new Map<string, { date: IsoDate; amount: number }[]>();
  for (const a of budget.adjustments ?? []) {
    const key = lineRefKey(a.line, a.program, lines);
    adjustments.set(key, [...(adjustments.get(key) ?? []), { date: a.date, amount: a.amount }]);
  }
  return (key, date) => {
    const base = amount.get(key);
    if (base === undefined || base === null) return null;
    let current = base;
    const changes = adjustments.get(key);
    if (changes !== undefined) for (const a of changes) if (a.date <= date) current = addWhole(current, a.amount);
    return current;
  };
}

/** The latest snapshot or entry date of the year on or before `asOf`. */
function lastRecordOn(budget: BudgetRecord, files: readonly ExpensesRecord[], asOf: IsoDate): IsoDate | null {
  let last: IsoDate | null = null;
  for (const s of budget.snapshots ?? []) if (s.as_of <= asOf && (last === null || s.as_of > last)) last = s.as_of;
  for (const f of files) {
    // A file whose latest entry is on or before the date (the usual case: the date is the
    // latest record's) gives that entry's date, kept per file; else its entries are looked at.
    const latest = lastEntryDate(f);
    if (latest === undefined) continue;
    if (latest <= asOf) {
      if (last === null || latest > last) last = latest;
    } else {
      const entries = f.entries;
      for (let i = 0; i < entries.length; i++) {
        const d = entries[i]!.date;
        if (d <= asOf && (last === null || d > last)) last = d;
      }
    }
  }
  return last;
}

/** Half-up division of whole numbers (negative values round away from zero at .5), exact for
 *  every safe integer: 2|n| + d is worked out in BigInt where a double would round it. */
export function divideHalfUp(n: number, d: number): number {
  if (d === 1) return n;
  const a = Math.abs(n) * 2 + d;
  const q = Number.isSafeInteger(a) ? Math.floor(a / (2 * d)) : Number((BigInt(Math.abs(n)) * 2n + BigInt(d)) / (2n * BigInt(d)));
  return n < 0 ? -q : q;
}


/** Share of the year elapsed at the end of `iso`, in tenths of a percent, half-up. */
export function yearElapsedTenths(iso: IsoDate): number {
  const y = Number(iso.slice(0, 4));
  return rateTenths(dayOfYear(iso), daysInYear(y))!;
}

export function paceOf(rate: number | null, elapsed: number): Pace | null {
  if (rate === null) return null;
  if (rate < elapsed - PACE_BAND_TENTHS) return 'behind';
  if (rate > elapsed + PACE_BAND_TENTHS) return 'ahead';
  return 'on-pace';
}

/** Unrounded sums of a set of lines, in 원; budget and current are null when any is unknown. */
interface WonSums {
  budget: Won | null;
  current: Won | null;
  exec: Won;
}
const addTo = (s: WonSums, x: WonSums): void => {
  s.budget = s.budget === null || x.budget === null ? null : addWhole(s.budget, x.budget);
  s.current = s.current === null || x.current === null ? null : addWhole(s.current, x.current);
  s.exec = addWhole(s.exec, x.exec);
};
const zero = (): WonSums => ({ budget: 0, current: 0, exec: 0 });

/** The figures of a fiscal year's budget on `asOf`, from its snapshots and the year's expense
 *  files (see execution.ts for which source speaks for which date). A line whose 예산액 is not
 *  known has no 예산현액, 잔액 or 집행률, nor has any sum it is part of: they are null, never a
 *  balance computed from nothing. A budget with programs gets `programs` (each with its 소계)
 *  and `lines` per 통계목 code summed over them. */
export function budgetStatus(budget: BudgetRecord, files: readonly ExpensesRecord[], asOf: IsoDate): BudgetStatusReport {
  const k = wonPer(budget.unit);
  const execution = executionAt(budget, files, asOf);
  const executedWon = execution?.byLine ?? new Map<string, Won>();
  // Pace is measured on the day the execution figures are from: the snapshot's date when only
  // a snapshot is known (the as-of date may be later), else the as-of date.
  const executionDate = execution?.date ?? asOf;
  const source = execution?.source ?? 'snapshot';
  const elapsed = yearElapsedTenths(executionDate);
  const shown = (won: Won | null): number | null => (won === null ? null : divideHalfUp(won, k));

  const figures = (code: string, name: string, s: WonSums, program?: string): BudgetLineStatus => {
    const rate = s.current === null ? null : rateTenths(s.exec, s.current);
    const current = shown(s.current);
    const executed = divideHalfUp(s.exec, k);
    return {
      code,
      name,
      ...(program !== undefined ? { program } : {}),
      budget: shown(s.budget),
      current,
      executed,
      // From the shown figures, so that each row adds up as printed.
      balance: current === null ? null : current - executed,
      rate: rate === null ? null : rate / 10,
      pace: paceOf(rate, elapsed),
      paceGap: rate === null ? null : (rate - elapsed) / 10,
    };
  };

  const lines = budgetLines(budget);
  const currentAt = currentBudgets(budget);
  const wonOf = (l: BudgetLineRef): WonSums => {
    const current = currentAt(l.key, asOf);
    return { budget: l.budget === null ? null : timesWhole(l.budget, k), current: current === null ? null : timesWhole(current, k), exec: executedWon.get(l.key) ?? 0 };
  };
  const sums = new Map(lines.map((l) => [l.key, wonOf(l)] as const));
  const total = zero();
  for (const s of sums.values()) addTo(total, s);
  const common = {
    report: 'budget-status' as const,
    fiscalYear: budget.fiscal_year,
    asOf,
    unit: budget.unit,
    source,
    snapshotDate: execution?.snapshot?.as_of ?? null,
    rounding: source !== 'snapshot' && k > 1 ? ('half-up' as const) : null,
    executionDate,
    lastRecord: lastRecordOn(budget, files, asOf),
    yearElapsed: elapsed / 10,
    // The 계 row from the unrounded sums, never from the rounded lines.
    total: figures('', '계', total),
  };
  if (budget.programs === undefined) return { ...common, lines: lines.map((l) => figures(l.code, l.name, sums.get(l.key)!)) };

  // Per 통계목 across the programs, in the order each code first appears.
  const byCode = new Map<string, { name: string; sums: WonSums }>();
  for (const l of lines) {
    const c = byCode.get(l.code) ?? { name: l.name, sums: zero() };
    addTo(c.sums, sums.get(l.key)!);
    byCode.set(l.code, c);
  }
  // Lines outside programs, if the file has any, form a group with an empty code.
  const groups = [...(budget.lines?.length ? [{ code: '', name: '', lines: budget.lines }] : []), ...budget.programs];
  const programs: BudgetProgramStatus[] = groups.map((p) => {
    const own = lines.filter((l) => (l.program?.code ?? '') === p.code);
    const sub = zero();
    for (const l of own) addTo(sub, sums.get(l.key)!);
    return { code: p.code, name: p.name, subtotal: figures(p.code, p.name, sub), lines: own.map((l) => figures(l.code, l.name, sums.get(l.key)!, l.program?.code)) };
  });
  return { ...common, lines: [...byCode].map(([code, c]) => figures(code, c.name, c.sums)), programs };
}

/** Each line's figures by its key (see budgetLines): the lines themselves in a budget without
 *  programs, the programs' lines otherwise. */
export function lineStatusByKey(report: BudgetStatusReport): Map<string, BudgetLineStatus> {
  const lines = report.programs ? report.programs.flatMap((p) => p.lines) : report.lines;
  return new Map(lines.map((l) => [lineKey(l.program, l.code), l] as const));
}
