// The whole 주요업무보고 as one computed object: cover facts, Ⅰ. 일반 현황 (functions, headcount,
// budget) and Ⅱ. 주요 업무 (work items, their dated plans, and the records they refer to).
// Pure: every figure is computed here from the records; the as-of date is an argument.
import type { BudgetStatusReport, CitiesReport, HeadcountStatusReport } from '../model/report.js';
import type { IsoDate } from '../model/units.js';
import type { OfficeRecord, ReportRecord, TaskRecord } from '../model/records.js';
import type { RecordsByKind } from './recordsOf.js';
import type { Resolved } from './asOf.js';
import { latestIssue, refuse } from './asOf.js';
import { headcountStatus, pickSnapshot } from './headcountReport.js';
import { isDelayed, planItems, type PlanItem } from './plans.js';
import { addDays } from './dates.js';
import { referencedRecords, type RefIndex } from './references.js';
import { citiesReport } from './cities.js';
import { eventsView, type EventsView } from './events.js';
import { councilView, type CouncilView } from './council.js';
import { taskAsOf, walkOutline } from './outline.js';
import { budgetStatusOf, officeWordsOf, refIndexOf } from './reports.js';
import type { OfficeWords } from './officeWords.js';
import { budgetLines } from './expenseVocabulary.js';

export interface WorkReport {
  readonly report: 'work-report';
  readonly title: string;
  /** YYYY-MM, printed "2021. 5." */
  readonly issued: string;
  readonly fiscalYear: number;
  readonly asOf: IsoDate;
  readonly office: { readonly id: string; readonly name: string; readonly nameEn: string | null; readonly functions: OfficeRecord['functions'] };
  readonly headcount: HeadcountStatusReport | null;
  readonly budget: (BudgetStatusReport & { readonly descriptions: Readonly<Record<string, string>> }) | null;
  readonly tasks: readonly TaskRecord[];
  readonly plans: readonly PlanItem[];
  /** 추진실적: what was done since the office's previous issue, and what is late on this one's date. */
  readonly progress: Progress;
  readonly cities: CitiesReport | null;
  readonly events: EventsView;
  readonly council: CouncilView;
}

export interface Progress {
  /** The day after the previous issue's date (of the same office and year), else 1 January. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Plan items marked 완료 on a day from `from` to `to`, in work-item order. */
  readonly completed: readonly PlanItem[];
  /** 지연: unfinished on `to` and their period (the new one if postponed) ended before it. */
  readonly delayed: readonly PlanItem[];
}

/** What an issue reports as done and as late: the plans done since the office's previous issue
 *  (the whole year so far for the first), and those that have run past their period. */
export function progressOf(plans: readonly PlanItem[], reports: readonly ReportRecord[], meta: ReportRecord, asOf: IsoDate): Progress {
  const previous = latestIssue(reports.filter((x) => x.office === meta.office && x.fiscal_year === meta.fiscal_year && x.as_of < asOf));
  const from = previous ? addDays(previous.as_of, 1) : `${meta.fiscal_year}-01-01`;
  return {
    from,
    to: asOf,
    completed: plans.filter((p) => p.status === 'done' && p.doneOn !== undefined && p.doneOn >= from && p.doneOn <= asOf),
    delayed: plans.filter((p) => isDelayed(p, asOf)),
  };
}

export interface WorkReportResult {
  readonly report: WorkReport;
  readonly refs: RefIndex;
  /** The words of the report's office: its council, its partnership types. */
  readonly words: OfficeWords;
  /** What the json format prints: the report with every record its outlines refer to. */
  readonly data: WorkReport & { readonly references: Record<string, unknown> };
}

/** One issue of the report: the one named (by id or by the month it was issued, YYYY-MM), else
 *  the latest issue on or before the as-of date, else the latest. An issue is regenerated as it
 *  was: as of its own date, from a data folder that may since have grown. */
export function pickIssue(reports: readonly ReportRecord[], issue: string | undefined, asOf: IsoDate | undefined): Resolved<ReportRecord> {
  if (reports.length === 0) return refuse({ reason: 'no-records', kind: 'report' });
  if (issue !== undefined) {
    const named = reports.filter((x) => x.id === issue || x.issued === issue);
    const found = latestIssue(named);
    if (!found) return refuse({ reason: 'no-issue', issue, issues: [...reports].sort((a, b) => (a.as_of < b.as_of ? -1 : 1)).map((x) => `${x.issued} (${x.id})`) });
    return { ok: true, value: found };
  }
  return { ok: true, value: (asOf !== undefined ? latestIssue(reports, asOf) : undefined) ?? latestIssue(reports)! };
}

export function workReport(r: RecordsByKind, asOfOption: IsoDate | undefined, issue?: string): Resolved<WorkReportResult> {
  const picked = pickIssue(r.report, issue, asOfOption);
  if (!picked.ok) return picked;
  const meta = picked.value;
  const office = r.office.find((o) => o.id === meta.office);
  if (!office) return refuse({ reason: 'no-office', id: meta.office });
  const asOf = asOfOption ?? meta.as_of;
  const year = meta.fiscal_year;

  // A date the records cannot speak for is refused, never shown as a report with holes.
  if (!asOf.startsWith(`${year}-`)) return refuse({ reason: 'outside-year', asOf, year });
  const snap = pickSnapshot(r.headcount, asOf);
  if (!snap.ok && snap.reason === 'before-first') return refuse({ reason: 'before-first', asOf, first: snap.first! });
  let budget: WorkReport['budget'] = null;
  const status = r.budget.some((b) => b.fiscal_year === year) ? budgetStatusOf(r, asOf, year) : undefined;
  if (status && !status.ok && status.refusal.reason !== 'no-records') return status;
  if (status?.ok) {
    const lines = budgetLines(r.budget.find((b) => b.fiscal_year === year)!);
    budget = { ...status.value, descriptions: Object.fromEntries(lines.map((l) => [l.key, l.description ?? ''])) };
  }
  // Each work item as it stood on the issue's date (a plan done later is not done in it).
  const tasks = r.task
    .filter((t) => t.fiscal_year === year)
    .sort((a, b) => a.number - b.number)
    .map((t) => taskAsOf(t, asOf));
  const refs = refIndexOf(r);
  const plans = planItems(tasks, r.events);
  const report: WorkReport = {
    report: 'work-report',
    title: meta.title,
    issued: meta.issued,
    fiscalYear: year,
    asOf,
    office: { id: office.id, name: office.name, nameEn: office.name_en ?? null, functions: office.functions },
    headcount: snap.ok ? headcountStatus(snap.value) : null,
    budget,
    tasks,
    plans,
    progress: progressOf(plans, r.report, meta, asOf),
    cities: r.cities[0] ? citiesReport(r.cities[0], r.countries) : null,
    events: eventsView(r.events, tasks, r.countries, asOf),
    council: councilView(r.council),
  };
  const used = tasks.flatMap((task) => [...walkOutline(task)].flatMap((v) => (v.node.ref ? [v.node.ref] : [])));
  return { ok: true, value: { report, refs, words: officeWordsOf(r, office), data: { ...report, references: referencedRecords(used, refs) } } };
}
