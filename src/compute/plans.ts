// The 향후계획 of the work items as dated plan items with their status, and which of them are
// due: starting, ending or under way in a window (a recurring item at its next time), delayed,
// ongoing all year, or without dates (수시, 기간 미상). Pure: dates are arguments.
import type { EventsRecord, OutlineNode, TaskRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import { statusFields, walkOutline } from './outline.js';
import type { DateSpan, Period } from './period.js';
import { occurrences, periodOf } from './period.js';
import { addDays } from './dates.js';


/** A plan item's status; written in Korean or English in the records (예정 = planned …). */
export type PlanStatus = 'planned' | 'in-progress' | 'done' | 'postponed' | 'cancelled';

const STATUS: Readonly<Record<NonNullable<OutlineNode['status']>, PlanStatus>> = {
  예정: 'planned',
  planned: 'planned',
  진행: 'in-progress',
  'in-progress': 'in-progress',
  완료: 'done',
  done: 'done',
  연기: 'postponed',
  postponed: 'postponed',
  취소: 'cancelled',
  cancelled: 'cancelled',
};

export interface PlanItem {
  readonly fiscalYear: number;
  readonly task: number;
  readonly taskTitle: string;
  readonly id: string | null;
  readonly text: string;
  /** The period as first written (기간 미상 when it cannot be read). */
  readonly period: Period;
  /** Events scheduled by this plan line (their `plan` names its id). */
  readonly events: readonly { readonly id: string; readonly status: string }[];
  /** Only where the record writes one; no status means 예정 (planned). */
  readonly status?: PlanStatus;
  /** 완료: the day it was done. */
  readonly doneOn?: IsoDate;
  /** 연기: the new period. */
  readonly postponedTo?: Period;
}

/** Plan items of the tasks in work-item order, every item with a period phrase: one the tool
 *  cannot read is kept as 기간 미상 (validation warns about it). */
export function planItems(tasks: readonly TaskRecord[], events: readonly EventsRecord[] = []): PlanItem[] {
  const allEvents = events.flatMap((e) => e.events);
  const out: PlanItem[] = [];
  for (const t of [...tasks].sort((a, b) => a.fiscal_year - b.fiscal_year || a.number - b.number)) {
    for (const v of walkOutline(t)) {
      const n = v.node;
      if (v.role !== 'plans' || n.period === undefined || n.text === undefined) continue;
      const id = n.id ?? null;
      const s = statusFields(n);
      out.push({
        fiscalYear: t.fiscal_year,
        task: t.number,
        taskTitle: t.title,
        id,
        text: n.text,
        period: periodOf(n.period, t.fiscal_year),
        events: id ? allEvents.filter((e) => e.plan === id).map((e) => ({ id: e.id, status: e.status })) : [],
        ...(s.status !== undefined ? { status: STATUS[s.status] } : {}),
        ...(s.done_on !== undefined ? { doneOn: s.done_on } : {}),
        ...(s.postponed_to !== undefined ? { postponedTo: periodOf(s.postponed_to, t.fiscal_year) } : {}),
      });
    }
  }
  return out;
}

/** The status in force: as written, else 예정. */
export const planStatus = (p: PlanItem): PlanStatus => p.status ?? 'planned';

/** The period the item is now planned for: the new one of a postponed item. */
export const currentPeriod = (p: PlanItem): Period => (p.status === 'postponed' && p.postponedTo ? p.postponedTo : p.period);

/** Done or cancelled; without a status, a plan with events is finished when none is still planned. */
export function isFinished(p: PlanItem): boolean {
  if (p.status === 'done' || p.status === 'cancelled') return true;
  if (p.status !== undefined) return false;
  return p.events.length > 0 && p.events.every((e) => e.status !== 'planned');
}

/** The last day of a period with an end (a range, several ranges); null for the others, which
 *  cannot run late (recurring, ongoing, open-ended, 수시, 기간 미상). */
function deadline(period: Period): IsoDate | null {
  if (period.kind === undefined) return period.ongoing ? null : period.end;
  return period.kind === 'several' ? period.end : null;
}

/** Unfinished, and its period (the new one if postponed) ended before the as-of date. */
export function isDelayed(p: PlanItem, asOf: IsoDate): boolean {
  const end = deadline(currentPeriod(p));
  return !isFinished(p) && end !== null && end < asOf;
}

export type DueState = 'starts' | 'ends' | 'under-way' | 'within';

export interface DueItem extends PlanItem {
  /** starts: begins in the window; ends: ends in it; within: begins and ends in it; under-way: spans it. */
  readonly state: DueState;
  /** A recurring or several item: the time in the window this row is about. */
  readonly occurrence?: DateSpan;
}

export interface Upcoming {
  readonly asOf: IsoDate;
  readonly until: IsoDate;
  readonly due: readonly DueItem[];
  /** 지연: ended before the as-of date and not finished (see isFinished). */
  readonly overdue: readonly PlanItem[];
  /** 연중 / 계속, and open-ended items begun before the window: not deadlines. */
  readonly ongoing: readonly PlanItem[];
  /** 수시 and recurring items without fixed times; present only when there are some. */
  readonly asNeeded?: readonly PlanItem[];
  /** Period phrases the tool cannot read (기간 미상); present only when there are some. */
  readonly undated?: readonly PlanItem[];
}

const stateOf = (s: DateSpan, asOf: IsoDate, until: IsoDate): DueState => {
  const startsIn = s.start >= asOf;
  const endsIn = s.end <= until;
  return startsIn && endsIn ? 'within' : startsIn ? 'starts' : endsIn ? 'ends' : 'under-way';
};

/** The plan items due within `withinDays` days of `asOf`. Finished items are left out. */
export function upcoming(items: readonly PlanItem[], asOf: IsoDate, withinDays: number): Upcoming {
  const until = addDays(asOf, withinDays);
  const due: DueItem[] = [];
  const overdue: PlanItem[] = [];
  const ongoing: PlanItem[] = [];
  const asNeeded: PlanItem[] = [];
  const undated: PlanItem[] = [];
  for (const p of items) {
    if (isFinished(p)) continue;
    const period = currentPeriod(p);
    switch (period.kind) {
      case 'undated':
        undated.push(p);
        continue;
      case 'as-needed':
        asNeeded.push(p);
        continue;
      case 'open-ended':
        if (period.start > until) continue;
        if (period.start >= asOf) due.push({ ...p, state: 'starts' });
        else ongoing.push(p);
        continue;
      case 'recurring':
      case 'several': {
        if (period.kind === 'recurring' && period.everyMonths === null) {
          if (period.start <= until && period.end >= asOf) asNeeded.push(p);
          continue;
        }
        if (isDelayed(p, asOf)) {
          overdue.push(p);
          continue;
        }
        // The next time: the first that has not ended before the window and begins in it.
        const next = occurrences(period).find((o) => o.end >= asOf && o.start <= until);
        if (next) due.push({ ...p, state: stateOf(next, asOf, until), occurrence: next });
        continue;
      }
      case undefined: {
        if (period.ongoing) {
          if (period.start <= until && period.end >= asOf) ongoing.push(p);
          continue;
        }
        if (period.end < asOf) {
          overdue.push(p);
          continue;
        }
        if (period.start > until) continue;
        due.push({ ...p, state: stateOf(period, asOf, until) });
      }
    }
  }
  return { asOf, until, due, overdue, ongoing, ...(asNeeded.length ? { asNeeded } : {}), ...(undated.length ? { undated } : {}) };
}

/** A plan item as `tasks list` prints it: id, text, period, and the status where one is written. */
export function planSummary(p: PlanItem): Pick<PlanItem, 'id' | 'text' | 'period' | 'status' | 'doneOn' | 'postponedTo'> {
  const { id, text, period, status, doneOn, postponedTo } = p;
  return { id, text, period, ...(status !== undefined ? { status } : {}), ...(doneOn !== undefined ? { doneOn } : {}), ...(postponedTo !== undefined ? { postponedTo } : {}) };
}
