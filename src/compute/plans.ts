// The 향후계획 of the work items as dated plan items, and which of them are due: starting,
// ending or under way in a window, overdue, or ongoing all year. Pure: dates are arguments.
import type { EventsRecord, TaskRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import { walkOutline } from './outline.js';
import type { Period } from './period.js';
import { parsePeriod } from './period.js';

export interface PlanItem {
  readonly fiscalYear: number;
  readonly task: number;
  readonly taskTitle: string;
  readonly id: string | null;
  readonly text: string;
  readonly period: Period;
  /** Events scheduled by this plan line (their `plan` names its id). */
  readonly events: readonly { readonly id: string; readonly status: string }[];
}

/** Plan items of the tasks in work-item order; items whose period does not parse are left out
 *  (validation reports them). */
export function planItems(tasks: readonly TaskRecord[], events: readonly EventsRecord[] = []): PlanItem[] {
  const allEvents = events.flatMap((e) => e.events);
  const out: PlanItem[] = [];
  for (const t of [...tasks].sort((a, b) => a.fiscal_year - b.fiscal_year || a.number - b.number)) {
    for (const v of walkOutline(t)) {
      if (v.role !== 'plans' || v.node.period === undefined || v.node.text === undefined) continue;
      const period = parsePeriod(v.node.period, t.fiscal_year);
      if (!period) continue;
      const id = v.node.id ?? null;
      out.push({
        fiscalYear: t.fiscal_year,
        task: t.number,
        taskTitle: t.title,
        id,
        text: v.node.text,
        period,
        events: id ? allEvents.filter((e) => e.plan === id).map((e) => ({ id: e.id, status: e.status })) : [],
      });
    }
  }
  return out;
}

export type DueState = 'starts' | 'ends' | 'under-way' | 'within';

export interface DueItem extends PlanItem {
  /** starts: begins in the window; ends: ends in it; within: begins and ends in it; under-way: spans it. */
  readonly state: DueState;
}

export interface Upcoming {
  readonly asOf: IsoDate;
  readonly until: IsoDate;
  readonly due: readonly DueItem[];
  /** Ended before the as-of date and not done (a plan with events is done when they all are). */
  readonly overdue: readonly PlanItem[];
  /** 연중 / 계속: the whole year, not a deadline. */
  readonly ongoing: readonly PlanItem[];
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const done = (p: PlanItem): boolean => p.events.length > 0 && p.events.every((e) => e.status !== 'planned');

export function upcoming(items: readonly PlanItem[], asOf: IsoDate, withinDays: number): Upcoming {
  const until = addDays(asOf, withinDays);
  const due: DueItem[] = [];
  const overdue: PlanItem[] = [];
  const ongoing: PlanItem[] = [];
  for (const p of items) {
    const { start, end } = p.period;
    if (p.period.ongoing) {
      if (start <= until && end >= asOf) ongoing.push(p);
      continue;
    }
    if (end < asOf) {
      if (!done(p)) overdue.push(p);
      continue;
    }
    if (start > until) continue;
    const startsIn = start >= asOf;
    const endsIn = end <= until;
    due.push({ ...p, state: startsIn && endsIn ? 'within' : startsIn ? 'starts' : endsIn ? 'ends' : 'under-way' });
  }
  return { asOf, until, due, overdue, ongoing };
}
