// Records in, each command's report object out: the whole of what a command decides between
// loading and printing (which year and date, which records, why not), in one place. Pure.
import type { OfficeRecord, TaskRecord } from '../model/records.js';
import type { BudgetStatusReport, CitiesReport, HeadcountStatusReport, HeadcountTrendReport } from '../model/report.js';
import type { IsoDate } from '../model/units.js';
import type { Resolved } from './asOf.js';
import { refuse, resolveAsOf, resolveYearAndDate } from './asOf.js';
import type { RecordsByKind } from './recordsOf.js';
import type { ExpensesRecord } from '../model/records.js';
import { budgetStatus } from './budgetReport.js';
import { firstExecutionDate } from './execution.js';
import { headcountStatus, headcountTrend, pickSnapshot } from './headcountReport.js';
import type { PlanItem, Upcoming } from './plans.js';
import { planItems, planSummary, upcoming } from './plans.js';
import { citiesReport } from './cities.js';
import type { EventsView } from './events.js';
import { eventsView } from './events.js';
import type { CouncilView } from './council.js';
import { councilView } from './council.js';
import type { RefIndex } from './references.js';
import { refIndex, referencedRecords } from './references.js';
import { taskAsOf, walkOutline } from './outline.js';
import type { OfficeWords, Worded } from './officeWords.js';
import { officeWords } from './officeWords.js';

/** The expense files of one fiscal year. */
export function expensesOf(r: { readonly expenses: readonly ExpensesRecord[] }, year: number): ExpensesRecord[] {
  return r.expenses.filter((x) => x.fiscal_year === year);
}

/** 예산 집행현황 of a fiscal year as of a date (see asOf.ts for the defaults). */
export function budgetStatusOf(r: RecordsByKind, asOf: IsoDate | undefined, year: number | undefined): Resolved<BudgetStatusReport> {
  const when = resolveYearAndDate(r, asOf, year);
  if (!when.ok) return when;
  const budget = r.budget.find((b) => b.fiscal_year === when.value.year)!;
  const files = expensesOf(r, when.value.year);
  const first = firstExecutionDate(budget, files);
  if (first === undefined) return refuse({ reason: 'no-records', kind: 'execution' });
  if (when.value.asOf < first) return refuse({ reason: 'before-first', asOf: when.value.asOf, first });
  return { ok: true, value: budgetStatus(budget, files, when.value.asOf) };
}

/** 인력 현황 from the latest snapshot on or before the as-of date. */
export function headcountStatusOf(r: RecordsByKind, asOf: IsoDate | undefined): Resolved<HeadcountStatusReport> {
  const picked = pickSnapshot(r.headcount, resolveAsOf(r, asOf));
  if (!picked.ok) return picked.reason === 'no-data' ? refuse({ reason: 'no-records', kind: 'headcount' }) : refuse({ reason: 'before-first', asOf: asOf!, first: picked.first! });
  return { ok: true, value: headcountStatus(picked.value) };
}

export function headcountTrendOf(r: RecordsByKind): Resolved<HeadcountTrendReport> {
  if (r.headcount.length === 0) return refuse({ reason: 'no-records', kind: 'headcount' });
  return { ok: true, value: headcountTrend(r.headcount) };
}

/** The work items in fiscal-year and number order. */
export function tasksInOrder(r: RecordsByKind): TaskRecord[] {
  return [...r.task].sort((a, b) => a.fiscal_year - b.fiscal_year || a.number - b.number);
}

export interface TasksListReport {
  readonly report: 'tasks';
  readonly tasks: readonly {
    readonly number: number;
    readonly fiscalYear: number;
    readonly title: string;
    readonly plans: readonly ReturnType<typeof planSummary>[];
  }[];
}

export function tasksListOf(r: RecordsByKind): { readonly report: TasksListReport; readonly tasks: readonly TaskRecord[]; readonly plans: readonly PlanItem[] } {
  const tasks = tasksInOrder(r);
  const plans = planItems(tasks, r.events);
  const report: TasksListReport = {
    report: 'tasks',
    tasks: tasks.map((t) => ({
      number: t.number,
      fiscalYear: t.fiscal_year,
      title: t.title,
      plans: plans.filter((p) => p.fiscalYear === t.fiscal_year && p.task === t.number).map(planSummary),
    })),
  };
  return { report, tasks, plans };
}

export type UpcomingReport = { readonly report: 'tasks-upcoming' } & Upcoming;

export function upcomingOf(r: RecordsByKind, asOf: IsoDate | undefined, withinDays: number): Resolved<UpcomingReport> {
  const date = resolveAsOf(r, asOf);
  if (date === undefined) return refuse({ reason: 'no-records', kind: 'data' });
  return { ok: true, value: { report: 'tasks-upcoming', ...upcoming(planItems(tasksInOrder(r).map((t) => taskAsOf(t, date)), r.events), date, withinDays) } };
}

/** The office's words (its council, its partnership types). A data folder holds one office's
 *  records, so a command that does not name an office speaks with the first (as the disclosure
 *  does); the work report speaks with the office its issue names. */
export function officeWordsOf(r: RecordsByKind, office: OfficeRecord | undefined = r.office[0]): OfficeWords {
  return officeWords(office, r.cities[0]);
}

export function refIndexOf(r: RecordsByKind): RefIndex {
  return refIndex({ council: r.council, ordinances: r.ordinances, taskforces: r.taskforces, events: r.events, cities: r.cities, countries: r.countries });
}

export interface TaskReport {
  readonly report: 'task';
  readonly task: TaskRecord;
  readonly references: Record<string, unknown>;
  readonly plans: readonly PlanItem[];
}

/** One work item (of the latest fiscal year that has that number) with what it refers to. */
export function taskOf(r: RecordsByKind, number: string): Resolved<Worded<TaskReport> & { readonly refs: RefIndex }> {
  const tasks = tasksInOrder(r);
  const task = [...tasks].reverse().find((t) => t.number === Number(number));
  if (!task) return refuse({ reason: 'no-task', number, numbers: tasks.map((t) => t.number) });
  const refs = refIndexOf(r);
  const used = [...walkOutline(task)].flatMap((v) => (v.node.ref ? [v.node.ref] : []));
  return { ok: true, value: { refs, words: officeWordsOf(r), report: { report: 'task', task, references: referencedRecords(used, refs), plans: planItems([task], r.events) } } };
}

export function citiesOf(r: RecordsByKind, type: 'sister' | 'friendship' | undefined): Resolved<Worded<CitiesReport>> {
  const record = r.cities[0];
  if (!record) return refuse({ reason: 'no-records', kind: 'cities' });
  return { ok: true, value: { report: citiesReport(record, r.countries, type), words: officeWordsOf(r) } };
}

export function eventsOf(r: RecordsByKind, asOf: IsoDate | undefined): EventsView {
  return eventsView(r.events, r.task, r.countries, resolveAsOf(r, asOf));
}

export function councilOf(r: RecordsByKind): Worded<CouncilView> {
  return { report: councilView(r.council), words: officeWordsOf(r) };
}

