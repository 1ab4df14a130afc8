// Budget figures: 예산현액, 집행액, 잔액, 집행률 per line and for the 계 row, from the records.
// Pure: the as-of date is an argument; nothing is read from the clock or the disk.
import type { BudgetRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import { rateTenths } from './rate.js';

export interface LineFigures {
  readonly code: string;
  readonly name: string;
  /** 예산액 */
  readonly budget: number;
  /** 예산현액: 예산액 plus adjustments dated on or before the as-of date. */
  readonly current: number;
  /** 집행액 */
  readonly executed: number;
  /** 잔액 = 예산현액 − 집행액 */
  readonly balance: number;
  /** 집행률 in tenths of a percent, half-up; null when 예산현액 is 0. */
  readonly rateTenths: number | null;
}

export function currentBudget(budget: BudgetRecord, code: string, asOf: IsoDate): number {
  const line = budget.lines.find((l) => l.code === code);
  let total = line?.budget ?? 0;
  for (const a of budget.adjustments ?? []) if (a.line === code && a.date <= asOf) total += a.amount;
  return total;
}

export function lineFigures(code: string, name: string, budget: number, current: number, executed: number): LineFigures {
  return { code, name, budget, current, executed, balance: current - executed, rateTenths: rateTenths(executed, current) };
}

/** The 계 row: sums of the lines, its rate computed from the sums (never averaged). */
export function totalFigures(lines: readonly LineFigures[]): LineFigures {
  const sum = (f: (l: LineFigures) => number): number => lines.reduce((s, l) => s + f(l), 0);
  return lineFigures('', '계', sum((l) => l.budget), sum((l) => l.current), sum((l) => l.executed));
}

/** Figures of one execution snapshot of a budget record. */
export function snapshotFigures(budget: BudgetRecord, snapshotIndex: number): { lines: LineFigures[]; total: LineFigures } {
  const snap = budget.snapshots?.[snapshotIndex];
  const executedBy = new Map<string, number>();
  for (const l of snap?.lines ?? []) executedBy.set(l.line, (executedBy.get(l.line) ?? 0) + l.executed);
  const asOf = snap?.as_of ?? `${budget.fiscal_year}-12-31`;
  const lines = budget.lines.map((l) => lineFigures(l.code, l.name, l.budget, currentBudget(budget, l.code, asOf), executedBy.get(l.code) ?? 0));
  return { lines, total: totalFigures(lines) };
}
