// 월별 집행 추이: a fiscal year's 집행액 per budget line at the end of each month up to the as-of
// month, cumulative, with 집행률 and the share of the year elapsed. Each month is figured by
// the one rule of execution.ts (`executionAt` on the month's last day, or on the as-of date in
// its month), so a month agrees with `budget status` as of that day. A month before any
// execution data is null, never 0. Pure.
import type { BudgetRecord, ExpensesRecord } from '../model/records.js';
import type { BudgetMonthlyReport, MonthFigures } from '../model/report.js';
import type { IsoDate, Won } from '../model/units.js';
import type { Resolved } from './asOf.js';
import { refuse, resolveYearAndDate } from './asOf.js';
import type { RecordsByKind } from './recordsOf.js';
import { divideHalfUp, yearElapsedTenths } from './budgetReport.js';
import { executionAt, firstExecutionDate, wonPer } from './execution.js';
import { rateTenths } from './rate.js';
import { isLeapYear } from './period.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The last day of a month (month 1–12). */
export function monthEnd(year: number, month: number): IsoDate {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return `${year}-${pad(month)}-${pad(days)}`;
}

/** 예산현액 of a line on a date, in the budget's unit: 예산액 plus the adjustments up to that
 *  date; null for a line the budget does not list with an amount. */
export function currentBudgetAt(budget: BudgetRecord, code: string, date: IsoDate): number | null {
  const line = budget.lines.find((l) => l.code === code);
  if (line === undefined || typeof line.budget !== 'number') return null;
  let current: number = line.budget;
  for (const a of budget.adjustments ?? []) if (a.line === code && a.date <= date) current += a.amount;
  return current;
}

const currentWon = (budget: BudgetRecord, code: string, date: IsoDate): Won | null => {
  const current = currentBudgetAt(budget, code, date);
  return current === null ? null : current * wonPer(budget.unit);
};

/** The months of `budget`'s year up to the month of `asOf` (a date within that year). */
export function budgetMonthly(budget: BudgetRecord, files: readonly ExpensesRecord[], asOf: IsoDate): BudgetMonthlyReport {
  const year = budget.fiscal_year;
  const k = wonPer(budget.unit);
  const first = firstExecutionDate(budget, files);
  const lastMonth = Number(asOf.slice(5, 7));
  let previous: { readonly won: ReadonlyMap<string, Won>; readonly total: Won } | undefined;
  const months: BudgetMonthlyReport['months'][number][] = [];
  for (let m = 1; m <= lastMonth; m++) {
    const date = m === lastMonth ? asOf : monthEnd(year, m);
    const execution = first !== undefined && date >= first ? executionAt(budget, files, date) : undefined;
    // Entries from nothing continue from 0; a snapshot's first month has no month before it.
    const before = previous ?? (execution?.source === 'entries' ? { won: new Map<string, Won>(), total: 0 } : undefined);
    const figures = (code: string, execWon: Won | null, prevWon: Won | null, curWon: Won | null): MonthFigures => {
      const rate = execWon === null || curWon === null ? null : rateTenths(execWon, curWon);
      const executed = execWon === null ? null : divideHalfUp(execWon, k);
      return {
        code,
        executed,
        inMonth: executed === null || prevWon === null ? null : executed - divideHalfUp(prevWon, k),
        current: curWon === null ? null : divideHalfUp(curWon, k),
        rate: rate === null ? null : rate / 10,
      };
    };
    const lineWon = (code: string): Won | null => (execution === undefined ? null : (execution.byLine.get(code) ?? 0));
    const lines = budget.lines.map((l) => figures(l.code, lineWon(l.code), before === undefined ? null : (before.won.get(l.code) ?? 0), currentWon(budget, l.code, date)));
    const currents = budget.lines.map((l) => currentWon(budget, l.code, date));
    const totalCurrent = currents.some((c) => c === null) ? null : currents.reduce<number>((a, c) => a + c!, 0);
    const totalWon = execution === undefined ? null : budget.lines.reduce((a, l) => a + (execution.byLine.get(l.code) ?? 0), 0);
    months.push({
      month: `${year}-${pad(m)}`,
      date,
      yearElapsed: yearElapsedTenths(date) / 10,
      source: execution?.source ?? null,
      executionDate: execution?.date ?? null,
      total: figures('', totalWon, before?.total ?? null, totalCurrent),
      lines,
    });
    previous = execution === undefined ? undefined : { won: execution.byLine, total: totalWon! };
  }
  return { report: 'budget-monthly', fiscalYear: year, asOf, unit: budget.unit, lines: budget.lines.map((l) => ({ code: l.code, name: l.name })), months };
}

/** budget monthly of a fiscal year up to a date, by the one as-of rule (asOf.ts). */
export function budgetMonthlyOf(r: RecordsByKind, asOf: IsoDate | undefined, year: number | undefined): Resolved<BudgetMonthlyReport> {
  const when = resolveYearAndDate(r, asOf, year);
  if (!when.ok) return when;
  const budget = r.budget.find((b) => b.fiscal_year === when.value.year)!;
  const files = r.expenses.filter((x) => x.fiscal_year === when.value.year);
  if (firstExecutionDate(budget, files) === undefined) return refuse({ reason: 'no-records', kind: 'execution' });
  return { ok: true, value: budgetMonthly(budget, files, when.value.asOf) };
}
