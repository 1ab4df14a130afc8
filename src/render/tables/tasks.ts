// 주요 업무 as tables: the list with each item's schedule, and the plan items due in a window.
import type { Lang } from '../../messages/catalog.js';
import type { PlanItem, Upcoming } from '../../compute/plans.js';
import type { TaskRecord } from '../../model/records.js';
import type { Row, TableModel } from '../tableModel.js';
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
    overdue: '기한 지남',
    ongoing: '연중 추진',
    states: { starts: '시작', ends: '종료', 'under-way': '진행 중', within: '기간 내', overdue: '기한 지남', ongoing: '연중' },
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
    overdue: 'Overdue',
    ongoing: 'All year',
    states: { starts: 'starts', ends: 'ends', 'under-way': 'under way', within: 'within', overdue: 'overdue', ongoing: 'all year' },
    none: 'none',
  },
} as const;

export function tasksListTable(tasks: readonly TaskRecord[], plans: readonly PlanItem[], lang: Lang): TableModel {
  const w = W[lang];
  const rows: Row[] = tasks.map((t) => {
    const periods = [...new Set(plans.filter((p) => p.fiscalYear === t.fiscal_year && p.task === t.number).map((p) => p.period.text))];
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
  const row = (p: PlanItem, state: keyof (typeof w)['states'], mark?: Row['mark']): Row => ({
    role: 'item',
    level: 0,
    mark,
    cells: [int(p.task), text(p.text), text(p.period.text), text(p.period.start), text(p.period.end), text(w.states[state])],
  });
  const tables: TableModel[] = [
    { title: w.due(u.asOf, u.until), columns, rows: u.due.map((p) => row(p, p.state)), notes: u.due.length ? [] : [w.none] },
  ];
  if (u.overdue.length) tables.push({ title: w.overdue, columns, rows: u.overdue.map((p) => row(p, 'overdue', 'under')) });
  tables.push({ title: w.ongoing, columns, rows: u.ongoing.map((p) => row(p, 'ongoing')), notes: u.ongoing.length ? [] : [w.none] });
  return tables;
}
