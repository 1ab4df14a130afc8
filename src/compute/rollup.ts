// A roll-up's figures: each office's own report reduced to the part a roll-up shows (`…Part`,
// small enough to keep in a cache), and the parts of many offices summed per group and for all
// (`rollup…`). Pure. Money is summed exactly (addWhole) in one unit, the finest of the offices';
// 집행률 and 과부족 are computed again from the sums, never averaged; a figure that an office
// does not give makes its sums unknown (null), as an office's own 계 does.
import type { BudgetMonthlyReport, BudgetStatusReport, ExpenseListReport, ExpenseSummaryReport, HeadcountFiguresJson, HeadcountStatusReport } from '../model/report.js';
import type {
  BudgetUnit,
  RollupBudgetFigures,
  RollupBudgetMonthlyReport,
  RollupBudgetReport,
  RollupMonthFigures,
  RollupExpenseTotal,
  RollupExpensesReport,
  RollupHeadcountReport,
  RollupLeftOut,
  RollupOffice,
  RollupTasksReport,
  RollupValidationReport,
} from '../model/rollup.js';
import type { IsoDate } from '../model/units.js';
import { addWhole, toUnit, wonPer } from '../model/numbers.js';
import { paceOf } from './budgetReport.js';
import { rateTenths } from './rate.js';
import type { UpcomingReport } from './reports.js';
import { currentPeriod } from './plans.js';

/** An office's part of a report, or nothing when it is left out. */
export interface OfficePart<P> {
  readonly office: RollupOffice;
  readonly part: P;
}

/** Groups in the order they first appear, each with its members in order. */
function byGroup<T extends { readonly office: RollupOffice }>(items: readonly T[]): { group: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = groups.get(it.office.group);
    if (g) g.push(it);
    else groups.set(it.office.group, [it]);
  }
  return [...groups].map(([group, its]) => ({ group, items: its }));
}

const sumOrNull = (values: readonly (number | null)[]): number | null => (values.some((v) => v === null) ? null : values.reduce<number>((s, v) => addWhole(s, v!), 0));
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ── budget status ──────────────────────────────────────────────────────────────────────────

export interface BudgetPart {
  readonly fiscalYear: number;
  readonly asOf: IsoDate;
  readonly unit: BudgetUnit;
  readonly yearElapsed: number;
  readonly total: BudgetStatusReport['total'];
}

export const budgetPart = (r: BudgetStatusReport): BudgetPart => ({ fiscalYear: r.fiscalYear, asOf: r.asOf, unit: r.unit, yearElapsed: r.yearElapsed, total: r.total });

/** The finest of some units (천원 when there are none). */
const finestUnit = (units: readonly BudgetUnit[]): BudgetUnit => units.reduce<BudgetUnit>((u, v) => (wonPer(v) < wonPer(u) ? v : u), units[0] ?? '천원');

/** `v` in `from` written in the finer unit `to`, exactly. */
const inUnit = (v: number | null, from: BudgetUnit, to: BudgetUnit): number | null => (v === null ? null : toUnit(v, from, to));

/** Figures of a sum of offices: rate from the sums; the year's share and pace only when the
 *  offices share one as-of date (equal shares of different dates are not the same day). */
function budgetFigures(parts: readonly BudgetPart[], unit: BudgetUnit): RollupBudgetFigures {
  const budget = sumOrNull(parts.map((p) => inUnit(p.total.budget, p.unit, unit)));
  const current = sumOrNull(parts.map((p) => inUnit(p.total.current, p.unit, unit)));
  const executed = parts.reduce((s, p) => addWhole(s, inUnit(p.total.executed, p.unit, unit)!), 0);
  const balance = current === null ? null : current - executed;
  const tenths = current === null ? null : rateTenths(executed, current);
  const yearElapsed = new Set(parts.map((p) => p.asOf)).size === 1 ? parts[0]!.yearElapsed : null;
  const elapsedTenths = yearElapsed === null ? null : Math.round(yearElapsed * 10);
  return {
    budget,
    current,
    executed,
    balance,
    rate: tenths === null ? null : tenths / 10,
    yearElapsed,
    pace: tenths === null || elapsedTenths === null ? null : paceOf(tenths, elapsedTenths),
    paceGap: tenths === null || elapsedTenths === null ? null : (tenths - elapsedTenths) / 10,
  };
}

/** Most behind first; no gap known last; then by name. */
const behindFirst = <T extends { readonly paceGap: number | null }>(name: (t: T) => string) => (a: T, b: T): number => {
  if (a.paceGap !== b.paceGap) {
    if (a.paceGap === null) return 1;
    if (b.paceGap === null) return -1;
    return a.paceGap - b.paceGap;
  }
  return byCodePoint(name(a), name(b));
};

export function rollupBudget(title: string | null, parts: readonly OfficePart<BudgetPart>[], leftOut: readonly RollupLeftOut[], fiscalYear: number | null): RollupBudgetReport {
  const unit = finestUnit(parts.map((p) => p.part.unit));
  const groups = byGroup(parts).map(({ group, items }) => ({
    group,
    total: { ...budgetFigures(items.map((i) => i.part), unit), offices: items.length },
    offices: items
      .map((i) => ({
        ...i.office,
        fiscalYear: i.part.fiscalYear,
        asOf: i.part.asOf,
        ownUnit: i.part.unit,
        // The office's own figures, in the roll-up's unit; its rate and pace as its own report has
        // them (from its unrounded amounts).
        budget: inUnit(i.part.total.budget, i.part.unit, unit),
        current: inUnit(i.part.total.current, i.part.unit, unit),
        executed: inUnit(i.part.total.executed, i.part.unit, unit)!,
        balance: inUnit(i.part.total.balance, i.part.unit, unit),
        rate: i.part.total.rate,
        yearElapsed: i.part.yearElapsed,
        pace: i.part.total.pace,
        paceGap: i.part.total.paceGap,
      }))
      .sort(behindFirst((o) => o.name)),
  }));
  return {
    report: 'rollup-budget-status',
    title,
    fiscalYear,
    unit,
    total: { ...budgetFigures(parts.map((p) => p.part), unit), offices: parts.length },
    groups: groups.sort((a, b) => behindFirst<RollupBudgetFigures & { readonly group: string }>((g) => g.group)({ ...a.total, group: a.group }, { ...b.total, group: b.group })),
    leftOut,
  };
}

// ── budget monthly ─────────────────────────────────────────────────────────────────────────

export interface MonthlyPart {
  readonly fiscalYear: number;
  readonly unit: BudgetUnit;
  readonly months: readonly { readonly month: string; readonly executed: number | null; readonly current: number | null }[];
}

export const monthlyPart = (r: BudgetMonthlyReport): MonthlyPart => ({
  fiscalYear: r.fiscalYear,
  unit: r.unit,
  months: r.months.map((m) => ({ month: m.month, executed: m.total.executed, current: m.total.current })),
});

export function rollupMonthly(title: string | null, parts: readonly OfficePart<MonthlyPart>[], leftOut: readonly RollupLeftOut[], fiscalYear: number | null): RollupBudgetMonthlyReport {
  const unit = finestUnit(parts.map((p) => p.part.unit));
  const months = [...new Set(parts.flatMap((p) => p.part.months.map((m) => m.month)))].sort(byCodePoint);
  const figures = (items: readonly OfficePart<MonthlyPart>[]): RollupMonthFigures[] =>
    months.map((month) => {
      const of = items.map((i) => ({ unit: i.part.unit, m: i.part.months.find((x) => x.month === month) }));
      const executed = sumOrNull(of.map((o) => (o.m === undefined ? null : inUnit(o.m.executed, o.unit, unit))));
      const current = sumOrNull(of.map((o) => (o.m === undefined ? null : inUnit(o.m.current, o.unit, unit))));
      const tenths = executed === null || current === null ? null : rateTenths(executed, current);
      return { executed, current, rate: tenths === null ? null : tenths / 10 };
    });
  return {
    report: 'rollup-budget-monthly',
    title,
    fiscalYear,
    unit,
    months,
    total: { offices: parts.length, months: figures(parts) },
    groups: byGroup(parts).map(({ group, items }) => ({ group, offices: items.length, months: figures(items) })),
    leftOut,
  };
}

// ── headcount status ───────────────────────────────────────────────────────────────────────

export interface HeadcountPart {
  readonly asOf: IsoDate;
  readonly total: HeadcountFiguresJson;
}

export const headcountPart = (r: HeadcountStatusReport): HeadcountPart => ({ asOf: r.asOf, total: r.total });

/** A figure of every office summed: null when an office does not hold it (a partial table stays
 *  partial); '-' (no such posts) is left out of the sum and stays '-' only where every office
 *  writes '-'. */
function sumHeads(values: readonly (number | '-' | null)[]): number | '-' | null {
  if (values.some((v) => v === null)) return null;
  if (values.length > 0 && values.every((v) => v === '-')) return '-';
  return values.reduce<number>((s, v) => (typeof v === 'number' ? addWhole(s, v) : s), 0);
}

function headcountFigures(parts: readonly HeadcountPart[]): HeadcountFiguresJson {
  const quota = sumHeads(parts.map((p) => p.total.quota));
  const current = sumHeads(parts.map((p) => p.total.current));
  return { quota, current, gap: typeof quota === 'number' && typeof current === 'number' ? current - quota : quota === '-' && current === '-' ? '-' : null };
}

export function rollupHeadcount(title: string | null, parts: readonly OfficePart<HeadcountPart>[], leftOut: readonly RollupLeftOut[]): RollupHeadcountReport {
  return {
    report: 'rollup-headcount-status',
    title,
    unit: '명',
    total: { ...headcountFigures(parts.map((p) => p.part)), offices: parts.length },
    groups: byGroup(parts).map(({ group, items }) => ({
      group,
      total: { ...headcountFigures(items.map((i) => i.part)), offices: items.length },
      offices: items.map((i) => ({ ...i.office, asOf: i.part.asOf, ...i.part.total })),
    })),
    leftOut,
  };
}

// ── expenses ───────────────────────────────────────────────────────────────────────────────

export interface ExpensesPart {
  /** The fiscal year of the entries (null: all years, an office with no expense file). */
  readonly fiscalYear: number | null;
  /** Whether the office has an expense file of that year at all (its total is 0 either way). */
  readonly recorded: boolean;
  readonly total: RollupExpenseTotal;
  readonly months: readonly ({ readonly month: string } & RollupExpenseTotal)[];
  readonly lines: ExpenseSummaryReport['lines'];
  readonly payments: ExpenseSummaryReport['payments'];
}

export const expensesPart = (list: ExpenseListReport, summary: ExpenseSummaryReport, fiscalYear: number | null, recorded: boolean): ExpensesPart => ({
  fiscalYear,
  recorded,
  total: summary.total,
  months: list.months.map((m) => ({ month: m.month, count: m.count, amount: m.amount })),
  lines: summary.lines,
  payments: summary.payments,
});

const addTotal = (a: RollupExpenseTotal, b: RollupExpenseTotal): RollupExpenseTotal => ({ count: a.count + b.count, amount: addWhole(a.amount, b.amount) });
const ZERO: RollupExpenseTotal = { count: 0, amount: 0 };

export function rollupExpenses(title: string | null, parts: readonly OfficePart<ExpensesPart>[], leftOut: readonly RollupLeftOut[], fiscalYear: number | null): RollupExpensesReport {
  const months = [...new Set(parts.flatMap((p) => p.part.months.map((m) => m.month)))].sort(byCodePoint);
  const perMonth = (p: ExpensesPart): RollupExpenseTotal[] => months.map((m) => p.months.find((x) => x.month === m) ?? ZERO).map((t) => ({ count: t.count, amount: t.amount }));
  const sumRows = (rows: readonly { total: RollupExpenseTotal; months: readonly RollupExpenseTotal[] }[]) => ({
    ...rows.reduce((s, r) => addTotal(s, r.total), ZERO),
    months: months.map((_, i) => rows.reduce((s, r) => addTotal(s, r.months[i]!), ZERO)),
  });
  const rows = parts.map((p) => ({ office: p.office, recorded: p.part.recorded, total: p.part.total, months: perMonth(p.part) }));
  const lines = new Map<string, { line: string; name: string } & RollupExpenseTotal>();
  const payments = new Map<string | null, { method: string | null } & RollupExpenseTotal>();
  for (const { part } of parts) {
    for (const l of part.lines) lines.set(l.line, { line: l.line, name: lines.get(l.line)?.name ?? l.name, ...addTotal(lines.get(l.line) ?? ZERO, l) });
    for (const m of part.payments) payments.set(m.method, { method: m.method, ...addTotal(payments.get(m.method) ?? ZERO, m) });
  }
  return {
    report: 'rollup-expenses',
    title,
    fiscalYear,
    unit: '원',
    months,
    total: sumRows(rows),
    groups: byGroup(rows).map(({ group, items }) => ({
      group,
      total: sumRows(items),
      offices: items.map((i) => ({ ...i.office, recorded: i.recorded, ...i.total, months: i.months })),
    })),
    lines: [...lines.values()].sort((a, b) => byCodePoint(a.line, b.line)),
    // Methods in the order the offices' own summaries give them (a fixed order), unwritten last.
    payments: [...payments.values()].sort((a, b) => (a.method === null ? 1 : b.method === null ? -1 : 0)),
    leftOut,
  };
}

// ── tasks due and late ─────────────────────────────────────────────────────────────────────

export interface TasksPart {
  readonly asOf: IsoDate;
  readonly until: IsoDate;
  readonly due: number;
  readonly late: readonly { readonly task: number; readonly text: string; readonly end: IsoDate | null }[];
}

export const tasksPart = (u: UpcomingReport): TasksPart => ({
  asOf: u.asOf,
  until: u.until,
  due: u.due.length,
  late: u.overdue.map((p) => ({ task: p.task, text: p.text, end: currentPeriod(p).end ?? null })),
});

export function rollupTasks(title: string | null, parts: readonly OfficePart<TasksPart>[], leftOut: readonly RollupLeftOut[], asOf: IsoDate | null): RollupTasksReport {
  const sum = (items: readonly OfficePart<TasksPart>[]) => ({ due: items.reduce((s, i) => s + i.part.due, 0), overdue: items.reduce((s, i) => s + i.part.late.length, 0), offices: items.length });
  return {
    report: 'rollup-tasks',
    title,
    asOf,
    total: sum(parts),
    groups: byGroup(parts).map(({ group, items }) => ({
      group,
      total: sum(items),
      offices: items.map((i) => ({ ...i.office, asOf: i.part.asOf, until: i.part.until, due: i.part.due, overdue: i.part.late.length, late: i.part.late })),
    })),
    leftOut,
  };
}

// ── validation status ──────────────────────────────────────────────────────────────────────

export interface ValidationPart {
  readonly errors: number;
  readonly warnings: number;
  readonly files: number;
  readonly rules: readonly { readonly rule: string; readonly severity: 'error' | 'warning'; readonly count: number }[];
}

/** The part of an office's problems a roll-up shows: counts, and counts per rule. */
export function validationPart(problems: readonly { readonly severity: 'error' | 'warning'; readonly rule: string; readonly span: { readonly file: string } }[]): ValidationPart {
  const rules = new Map<string, { rule: string; severity: 'error' | 'warning'; count: number }>();
  for (const p of problems) {
    const key = `${p.severity}\u0000${p.rule}`;
    const r = rules.get(key) ?? { rule: p.rule, severity: p.severity, count: 0 };
    r.count += 1;
    rules.set(key, r);
  }
  const errors = problems.filter((p) => p.severity === 'error');
  return {
    errors: errors.length,
    warnings: problems.length - errors.length,
    files: new Set(problems.map((p) => p.span.file)).size,
    rules: [...rules.values()].sort((a, b) => (a.severity !== b.severity ? (a.severity === 'error' ? -1 : 1) : b.count - a.count || byCodePoint(a.rule, b.rule))),
  };
}

export function rollupValidation(title: string | null, parts: readonly OfficePart<ValidationPart>[], leftOut: readonly RollupLeftOut[]): RollupValidationReport {
  const offices = parts
    .map((p) => ({ ...p.office, ...p.part }))
    .sort((a, b) => (a.errors > 0) !== (b.errors > 0) ? (a.errors > 0 ? -1 : 1) : b.errors - a.errors || b.warnings - a.warnings || byCodePoint(a.name, b.name));
  return {
    report: 'rollup-validation',
    title,
    total: {
      errors: offices.reduce((s, o) => s + o.errors, 0),
      warnings: offices.reduce((s, o) => s + o.warnings, 0),
      offices: offices.length,
      failing: offices.filter((o) => o.errors > 0).length,
    },
    offices,
    leftOut,
  };
}
