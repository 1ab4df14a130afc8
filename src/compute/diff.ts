// How the figures change between two sets of records (a pull request's base and head): 예산현액,
// 집행액, 잔액 and 집행률 per budget line and 계, 정원/현원/과부족 per grade, work items and plan
// items added, removed or changed, partner cities added or removed. Only what changed is kept.
// Pure: both sides' records are arguments; each side is computed at its own latest date.
import type { BudgetRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import type { RecordsByKind } from './recordsOf.js';

import { budgetStatusOf } from './reports.js';
import { wonPer } from '../model/numbers.js';
import type { HeadcountFigures } from './headcount.js';
import { headcountTotals } from './headcount.js';
import { pickSnapshot } from './headcountReport.js';
import { planItems, planStatus, type PlanStatus } from './plans.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One thing on both sides; null where a side does not have it. */
export interface Change<T> {
  readonly change: ChangeKind;
  readonly base: T | null;
  readonly head: T | null;
}

export interface BudgetFigures {
  /** 예산현액, 집행액, 잔액 in the section's unit; 집행률 in percent with one decimal. */
  readonly current: number | null;
  readonly executed: number;
  readonly balance: number | null;
  readonly rate: number | null;
}

export interface BudgetDiff {
  readonly fiscalYear: number;
  readonly unit: '원' | '천원' | '백만원';
  /** The date each side's figures are computed at (null: that side has no such budget). */
  readonly baseAsOf: IsoDate | null;
  readonly headAsOf: IsoDate | null;
  /** The 계 row, when it changed. */
  readonly total: (Change<BudgetFigures> & { readonly name: string }) | null;
  readonly lines: readonly (Change<BudgetFigures> & { readonly code: string; readonly name: string })[];
}

export interface HeadcountDiff {
  readonly baseAsOf: IsoDate | null;
  readonly headAsOf: IsoDate | null;
  /** 총계 when it changed, then per track its 소계 (grade null) and grades that changed. `whole`:
   *  a track without grades, whose 소계 is the track itself (공무직). */
  readonly rows: readonly (Change<HeadcountFigures> & { readonly track: string | null; readonly grade: string | null; readonly whole: boolean })[];
}

export interface TaskDiff extends Change<{ readonly title: string }> {
  readonly fiscalYear: number;
  readonly number: number;
}

export interface PlanState {
  readonly text: string;
  readonly period: string;
  /** The plan's own status in force (its latest dated change; 예정 where none is written). */
  readonly status: PlanStatus;
  /** 완료: the day it was done. */
  readonly doneOn: IsoDate | null;
  /** 연기: the new period phrase. */
  readonly postponedTo: string | null;
  /** The statuses of the events the plan line schedules (planned, done, cancelled), if any. */
  readonly events: string | null;
}

export interface PlanDiff extends Change<PlanState> {
  readonly fiscalYear: number;
  readonly task: number;
  readonly id: string | null;
}

export interface CityDiff extends Change<{ readonly type: string; readonly since: IsoDate | null }> {
  readonly name: string;
  readonly nameEn: string;
  readonly country: string;
}

export interface DiffSide {
  /** The revision as asked for (`HEAD~1`, `main`), or null for the working tree. */
  readonly rev: string | null;
  /** The commit it names; null for the working tree. */
  readonly commit: string | null;
  /** When the side was not named: the branch whose merge base it is (main, master, origin/HEAD). */
  readonly mergeBaseWith?: string;
}

export interface DiffReport {
  readonly report: 'diff';
  readonly base: DiffSide;
  readonly head: DiffSide;
  /** False when no figure and no item changed. */
  readonly changed: boolean;
  readonly budget: readonly BudgetDiff[];
  readonly headcount: HeadcountDiff | null;
  readonly tasks: readonly TaskDiff[];
  readonly plans: readonly PlanDiff[];
  readonly cities: readonly CityDiff[];
}

/** A change, or null when both sides are alike. */
function compare<T>(base: T | undefined, head: T | undefined): Change<T> | null {
  if (base === undefined && head === undefined) return null;
  if (base === undefined) return { change: 'added', base: null, head: head! };
  if (head === undefined) return { change: 'removed', base, head: null };
  return JSON.stringify(base) === JSON.stringify(head) ? null : { change: 'changed', base, head };
}

/** Keys of both sides, the head's order first, then those only the base has. */
function keysOf<K>(base: ReadonlyMap<K, unknown>, head: ReadonlyMap<K, unknown>): K[] {
  return [...head.keys(), ...[...base.keys()].filter((k) => !head.has(k))];
}

function changes<K, T, R>(base: ReadonlyMap<K, T>, head: ReadonlyMap<K, T>, make: (key: K, c: Change<T>) => R): R[] {
  const out: R[] = [];
  for (const k of keysOf(base, head)) {
    const c = compare(base.get(k), head.get(k));
    if (c) out.push(make(k, c));
  }
  return out;
}

type LineFigures = { readonly name: string; readonly figures: BudgetFigures };

function budgetSide(records: RecordsByKind, budget: BudgetRecord | undefined, factor: number): { asOf: IsoDate | null; total?: LineFigures; lines: Map<string, LineFigures> } {
  const lines = new Map<string, LineFigures>();
  // As `budget status` shows the year: at the latest date its records speak for.
  const resolved = budget && budgetStatusOf(records, undefined, budget.fiscal_year);
  if (!resolved?.ok) return { asOf: null, lines };
  const status = resolved.value;
  const asOf = status.asOf;
  const figures = (l: (typeof status.lines)[number]): LineFigures => ({
    name: l.name,
    figures: { current: l.current === null ? null : l.current * factor, executed: l.executed * factor, balance: l.balance === null ? null : l.balance * factor, rate: l.rate },
  });
  for (const l of status.lines) lines.set(l.code, figures(l));
  return { asOf, total: figures(status.total), lines };
}

function budgetDiffs(base: RecordsByKind, head: RecordsByKind): BudgetDiff[] {
  const years = [...new Set([...head.budget, ...base.budget].map((b) => b.fiscal_year))].sort();
  const out: BudgetDiff[] = [];
  for (const year of years) {
    const b = base.budget.find((x) => x.fiscal_year === year);
    const h = head.budget.find((x) => x.fiscal_year === year);
    // Both sides in one unit: the budget's own, or 원 when the sides differ.
    const unit = b && h && b.unit !== h.unit ? '원' : (h ?? b)!.unit;
    const factor = (r: BudgetRecord | undefined): number => (r && unit === '원' ? wonPer(r.unit) : 1);
    const bs = budgetSide(base, b, factor(b));
    const hs = budgetSide(head, h, factor(h));
    const total = compare(bs.total?.figures, hs.total?.figures);
    const lines = changes(
      new Map([...bs.lines].map(([k, v]) => [k, v.figures])),
      new Map([...hs.lines].map(([k, v]) => [k, v.figures])),
      (code, c) => ({ code, name: (hs.lines.get(code) ?? bs.lines.get(code))!.name, ...c }),
    );
    if (total || lines.length > 0) out.push({ fiscalYear: year, unit, baseAsOf: bs.asOf, headAsOf: hs.asOf, total: total && { name: '계', ...total }, lines });
  }
  return out;
}

interface HeadcountRow {
  readonly track: string | null;
  readonly grade: string | null;
  readonly whole: boolean;
  readonly figures: HeadcountFigures;
}

function headcountSide(records: RecordsByKind): { asOf: IsoDate | null; rows: Map<string, HeadcountRow> } {
  const rows = new Map<string, HeadcountRow>();
  const picked = pickSnapshot(records.headcount, undefined);
  if (!picked.ok) return { asOf: null, rows };
  const t = headcountTotals(picked.value);
  rows.set('', { track: null, grade: null, whole: false, figures: t.total });
  for (const track of t.tracks) {
    rows.set(`${track.track}\u0000`, { track: track.track, grade: null, whole: track.grades.length === 0, figures: track.subtotal });
    for (const g of track.grades) rows.set(`${track.track}\u0000${g.grade}`, { track: track.track, grade: g.grade, whole: false, figures: { quota: g.quota, current: g.current, gap: g.gap } });
  }
  return { asOf: picked.value.as_of, rows };
}

function headcountDiff(base: RecordsByKind, head: RecordsByKind): HeadcountDiff | null {
  const b = headcountSide(base);
  const h = headcountSide(head);
  const rows = changes(
    new Map([...b.rows].map(([k, v]) => [k, v.figures])),
    new Map([...h.rows].map(([k, v]) => [k, v.figures])),
    (key, c) => {
      const where = (h.rows.get(key) ?? b.rows.get(key))!;
      return { track: where.track, grade: where.grade, whole: where.whole, ...c };
    },
  );
  return rows.length > 0 ? { baseAsOf: b.asOf, headAsOf: h.asOf, rows } : null;
}

function taskDiffs(base: RecordsByKind, head: RecordsByKind): TaskDiff[] {
  const side = (r: RecordsByKind) => new Map(r.task.map((t) => [`${t.fiscal_year}/${t.number}`, t]));
  const b = side(base);
  const h = side(head);
  // A work item changed when anything in its record did; its title is what the table shows.
  return changes(b, h, (_key, c) => {
    const t = (c.head ?? c.base)!;
    return { fiscalYear: t.fiscal_year, number: t.number, change: c.change, base: c.base && { title: c.base.title }, head: c.head && { title: c.head.title } };
  });
}

function planDiffs(base: RecordsByKind, head: RecordsByKind): PlanDiff[] {
  const side = (r: RecordsByKind) =>
    new Map(
      planItems(r.task, r.events).map((p) => {
        const statuses = [...new Set(p.events.map((e) => e.status))];
        const state: PlanState & { fiscalYear: number; task: number; id: string | null } = {
          fiscalYear: p.fiscalYear,
          task: p.task,
          id: p.id,
          text: p.text,
          period: p.period.text,
          status: planStatus(p),
          doneOn: p.doneOn ?? null,
          postponedTo: p.postponedTo?.text ?? null,
          events: statuses.length > 0 ? statuses.join(', ') : null,
        };
        return [`${p.fiscalYear}/${p.id ?? `${p.task}/${p.text}`}`, state] as const;
      }),
    );
  return changes(side(base), side(head), (_k, c) => {
    const p = (c.head ?? c.base)!;
    const strip = (s: typeof c.base): PlanState | null => s && { text: s.text, period: s.period, status: s.status, doneOn: s.doneOn, postponedTo: s.postponedTo, events: s.events };
    return { fiscalYear: p.fiscalYear, task: p.task, id: p.id, change: c.change, base: strip(c.base), head: strip(c.head) };
  });
}

function cityDiffs(base: RecordsByKind, head: RecordsByKind): CityDiff[] {
  const side = (r: RecordsByKind) => new Map(r.cities.flatMap((x) => x.cities).map((c) => [`${c.country}/${c.name}`, c]));
  const b = side(base);
  const h = side(head);
  return changes(
    new Map([...b].map(([k, c]) => [k, { type: c.type as string, since: c.since ?? null }])),
    new Map([...h].map(([k, c]) => [k, { type: c.type as string, since: c.since ?? null }])),
    (key, c) => {
      const city = (h.get(key) ?? b.get(key))!;
      return { name: city.name, nameEn: city.name_en, country: city.country, ...c };
    },
  );
}

export function diffReport(base: RecordsByKind, head: RecordsByKind, sides: { readonly base: DiffSide; readonly head: DiffSide }): DiffReport {
  const budget = budgetDiffs(base, head);
  const headcount = headcountDiff(base, head);
  const tasks = taskDiffs(base, head);
  const plans = planDiffs(base, head);
  const cities = cityDiffs(base, head);
  const changed = budget.length + tasks.length + plans.length + cities.length > 0 || headcount !== null;
  return { report: 'diff', base: sides.base, head: sides.head, changed, budget, headcount, tasks, plans, cities };
}
