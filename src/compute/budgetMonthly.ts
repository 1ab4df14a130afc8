// 월별 집행 추이: a fiscal year's 집행액 per budget line at the end of each month up to the as-of
// month, cumulative, with 집행률 and the share of the year elapsed. Each month is figured by
// the one rule of execution.ts (`executionAt` on the month's last day, or on the as-of date in
// its month), so a month agrees with `budget status` as of that day. A month before any
// execution data is null, never 0. Pure.
import type { BudgetRecord, ExpensesRecord } from '../model/records.js';
import type { BudgetMonthlyReport, MonthFigures } from '../model/report.js';
import type { IsoDate } from '../model/units.js';
import type { Resolved } from './asOf.js';
import { refuse, resolveYearAndDate } from './asOf.js';
import type { RecordsByKind } from './recordsOf.js';
import type { BudgetLineStatus, BudgetStatusReport } from '../model/report.js';
import { budgetStatus, currentBudgets, yearElapsedTenths } from './budgetReport.js';
import { firstExecutionDate } from './execution.js';
import { budgetLines } from './expenseVocabulary.js';
import { monthEnd } from './dates.js';


/** The months of `budget`'s year up to the month of `asOf` (a date within that year). Each
 *  month with execution data is `budget status` of its date, per 편성목 code (summed over the
 *  programs of a budget that has them). */
export function budgetMonthly(budget: BudgetRecord, files: readonly ExpensesRecord[], asOf: IsoDate): BudgetMonthlyReport {
  const year = budget.fiscal_year;
  const first = firstExecutionDate(budget, files);
  const lastMonth = Number(asOf.slice(5, 7));
  // One row per code, in the order each code first appears (as budget status --by line).
  const codes = new Map<string, string>();
  const keysOf = new Map<string, string[]>();
  for (const l of budgetLines(budget)) {
    if (!codes.has(l.code)) codes.set(l.code, l.name);
    keysOf.set(l.code, [...(keysOf.get(l.code) ?? []), l.key]);
  }
  const currentAt = currentBudgets(budget);
  let previous: BudgetStatusReport | undefined;
  const months: BudgetMonthlyReport['months'][number][] = [];
  for (let m = 1; m <= lastMonth; m++) {
    const date = m === lastMonth ? asOf : monthEnd(year, m);
    const status = first !== undefined && date >= first ? budgetStatus(budget, files, date) : undefined;
    // Entries from nothing continue from 0; a snapshot's first month has no month before it.
    const fromZero = previous === undefined && status?.source === 'entries';
    // A month whose figures are an earlier month's snapshot (no entry and no snapshot of its own):
    // nothing is recorded for it, which is not the same as nothing spent.
    const unrecorded = status?.source === 'snapshot' && status.executionDate.slice(0, 7) < monthEnd(year, m).slice(0, 7);
    const byCode = new Map((status?.lines ?? []).map((l) => [l.code, l] as const));
    const before = new Map((previous?.lines ?? []).map((l) => [l.code, l] as const));
    const figures = (code: string, now: BudgetLineStatus | undefined, prev: BudgetLineStatus | undefined, current: number | null): MonthFigures => {
      const executed = status === undefined ? null : (now?.executed ?? 0);
      const prevExecuted = previous !== undefined ? (prev?.executed ?? 0) : fromZero ? 0 : null;
      return {
        code,
        executed,
        inMonth: executed === null || prevExecuted === null || unrecorded ? null : executed - prevExecuted,
        current,
        rate: status === undefined ? null : (now?.rate ?? null),
      };
    };
    const currentOf = (code: string): number | null => {
      const each = keysOf.get(code)!.map((key) => currentAt(key, date));
      return each.some((c) => c === null) ? null : each.reduce<number>((a, c) => a + c!, 0);
    };
    const lines = [...codes.keys()].map((code) => figures(code, byCode.get(code), before.get(code), currentOf(code)));
    const totalCurrent = lines.some((l) => l.current === null) ? null : lines.reduce((a, l) => a + l.current!, 0);
    months.push({
      month: monthEnd(year, m).slice(0, 7),
      date,
      yearElapsed: yearElapsedTenths(date) / 10,
      source: status?.source ?? null,
      recorded: status !== undefined && !unrecorded,
      executionDate: status?.executionDate ?? null,
      total: figures('', status?.total, previous?.total, totalCurrent),
      lines,
    });
    previous = status;
  }
  return { report: 'budget-monthly', fiscalYear: year, asOf, unit: budget.unit, lines: [...codes].map(([code, name]) => ({ code, name })), months };
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
