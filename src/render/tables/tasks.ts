// 주요 업무 as tables: the list with each item's schedule and status, and the plan items due in
// a window (delayed, ongoing, as-needed and undated items apart).
import type { Lang } from '../../messages/catalog.js';
import type { DueItem, PlanItem, PlanStatus, Upcoming } from '../../compute/plans.js';
import { currentPeriod } from '../../compute/plans.js';
import type { TaskRecord } from '../../model/records.js';
import type { Cell, Row, TableModel } from '../tableModel.js';
import { int, officeDate, text } from '../tableModel.js';

const W = {
  ko: {
    list: '주요 업무',
    no: '번호',
    title: '주요 업무',
    schedule: '일정 (향후계획)',
    plan: '향후계획',
    period: '기간',
    from: '시작',
    to: '끝',
    state: '상태',
    due: (a: string, b: string) => `다가오는 일정 (${officeDate(a)} ~ ${officeDate(b)})`,
    overdue: '지연',
    ongoing: '연중 추진',
    apart: '수시 · 기간 미상',
    states: { starts: '시작 예정', ends: '마감 예정', 'under-way': '진행 중', within: '기간 내', overdue: '지연', ongoing: '연중', continuing: '계속', 'as-needed': '수시', recurring: '반복', undated: '기간 미상' },
    status: { planned: '예정', 'in-progress': '진행', done: '완료', postponed: '연기', cancelled: '취소' } as Record<PlanStatus, string>,
    doneOn: (d: string) => `완료 ${officeDate(d)}`,
    postponedTo: (p: string) => `연기 → ${p}`,
    none: '해당 없음',
  },
  en: {
    list: 'Work items',
    no: 'No.',
    title: 'Work item',
    schedule: 'Schedule (plans)',
    plan: 'Plan',
    period: 'Period',
    from: 'From',
    to: 'To',
    state: 'State',
    due: (a: string, b: string) => `Coming up (${a} to ${b})`,
    overdue: 'Delayed',
    ongoing: 'All year',
    apart: 'As needed · undated',
    states: { starts: 'starts', ends: 'ends', 'under-way': 'under way', within: 'within', overdue: 'delayed', ongoing: 'all year', continuing: 'continuing', 'as-needed': 'as needed', recurring: 'recurring', undated: 'undated' },
    status: { planned: 'planned', 'in-progress': 'in progress', done: 'done', postponed: 'postponed', cancelled: 'cancelled' } as Record<PlanStatus, string>,
    doneOn: (d: string) => `done ${d}`,
    postponedTo: (p: string) => `postponed to ${p}`,
    none: 'none',
  },
} as const;

type Words = (typeof W)[Lang];

/** A plan's status as people read it: 예정, 진행, 완료 '22. 5. 20., 연기 → 10월. */
export function planStatusLabel(status: PlanStatus, doneOn: string | null | undefined, postponedTo: string | null | undefined, lang: Lang): string {
  const w = W[lang];
  if (status === 'done' && doneOn) return w.doneOn(doneOn);
  if (status === 'postponed' && postponedTo) return w.postponedTo(postponedTo);
  return w.status[status];
}

/** The status as the list writes it, where the record writes one. */
function statusText(p: PlanItem, lang: Lang): string | null {
  return p.status === undefined ? null : planStatusLabel(p.status, p.doneOn, p.postponedTo?.text, lang);
}

/** A plan's schedule in the list: its period as written, then what the tool knows more. */
function scheduleText(p: PlanItem, lang: Lang): string {
  const notes = [p.period.kind === 'undated' ? W[lang].states.undated : null, statusText(p, lang)].filter((x): x is string => x !== null);
  return notes.length ? `${p.period.text} (${notes.join(', ')})` : p.period.text;
}

export function tasksListTable(tasks: readonly TaskRecord[], plans: readonly PlanItem[], lang: Lang): TableModel {
  const w = W[lang];
  const rows: Row[] = tasks.map((t) => {
    const periods = [...new Set(plans.filter((p) => p.fiscalYear === t.fiscal_year && p.task === t.number).map((p) => scheduleText(p, lang)))];
    return { role: 'item', level: 0, cells: [int(t.number), text(t.title), text(periods.join(', '))] };
  });
  return {
    title: w.list,
    columns: [
      { header: w.no, align: 'right' },
      { header: w.title, align: 'left' },
      { header: w.schedule, align: 'left' },
    ],
    rows,
  };
}

const date = (d: string | null): Cell => ({ value: d, kind: 'text' });

export function upcomingTables(u: Upcoming, lang: Lang): TableModel[] {
  const w = W[lang];
  const columns = [
    { header: w.no, align: 'right' as const },
    { header: w.plan, align: 'left' as const },
    { header: w.period, align: 'left' as const },
    { header: w.from, align: 'left' as const },
    { header: w.to, align: 'left' as const },
    { header: w.state, align: 'left' as const },
  ];
  // A row shows the period in force (the new one of a postponed item), a recurring item's time in
  // the window, and the written status after the state.
  const row = (p: PlanItem | DueItem, state: keyof Words['states'], mark?: Row['mark']): Row => {
    const period = currentPeriod(p);
    const span = ('occurrence' in p && p.occurrence) || period;
    const status = p.status !== undefined && p.status !== 'planned' ? ` · ${w.status[p.status]}` : '';
    return {
      role: 'item',
      level: 0,
      mark,
      cells: [int(p.task), text(p.text), text(period.text), date(span.start), date(span.end), text(w.states[state] + status)],
    };
  };
  const tables: TableModel[] = [
    { title: w.due(u.asOf, u.until), columns, rows: u.due.map((p) => row(p, p.state)), notes: u.due.length ? [] : [w.none] },
  ];
  if (u.overdue.length) tables.push({ title: w.overdue, columns, rows: u.overdue.map((p) => row(p, 'overdue', 'under')) });
  tables.push({ title: w.ongoing, columns, rows: u.ongoing.map((p) => row(p, currentPeriod(p).kind === 'open-ended' ? 'continuing' : 'ongoing')), notes: u.ongoing.length ? [] : [w.none] });
  const apart = [...(u.asNeeded ?? []), ...(u.undated ?? [])];
  if (apart.length) {
    const kind = (p: PlanItem): keyof Words['states'] => {
      const k = currentPeriod(p).kind;
      return k === 'undated' ? 'undated' : k === 'recurring' ? 'recurring' : 'as-needed';
    };
    tables.push({ title: w.apart, columns, rows: apart.map((p) => row(p, kind(p))) });
  }
  return tables;
}
