// The whole 주요업무보고 as one computed object: cover facts, Ⅰ. 일반 현황 (functions, headcount,
// budget) and Ⅱ. 주요 업무 (work items, their dated plans, and the records they refer to).
// Pure: every figure is computed here from the records; the as-of date is an argument.
import type { LoadedRecord } from '../model/records.js';
import type { BudgetStatusReport, CitiesReport, HeadcountStatusReport } from '../model/report.js';
import type { IsoDate } from '../model/units.js';
import { recordsOf } from './recordsOf.js';
import { budgetStatus, firstExecutionDate } from './budgetReport.js';
import { headcountStatus, pickSnapshot } from './headcountReport.js';
import { planItems, type PlanItem } from './plans.js';
import { refIndex, type RefIndex } from './references.js';
import { citiesReport } from './cities.js';
import { councilView, eventsView, type CouncilView, type EventsView } from './diplomacy.js';
import type { OfficeRecord, ReportRecord, TaskRecord } from '../model/records.js';

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
  readonly cities: CitiesReport | null;
  readonly events: EventsView;
  readonly council: CouncilView;
}

export type WorkReportResult =
  | { readonly ok: true; readonly report: WorkReport; readonly refs: RefIndex }
  | { readonly ok: false; readonly reason: 'no-report' | 'no-office' | 'outside-year' | 'before-first'; readonly detail?: string; readonly year?: number };

export function workReport(records: readonly LoadedRecord[], asOfOption: IsoDate | undefined): WorkReportResult {
  const r = recordsOf(records);
  const meta: ReportRecord | undefined = [...r.report].sort((a, b) => (a.as_of < b.as_of ? -1 : 1)).pop();
  if (!meta) return { ok: false, reason: 'no-report' };
  const office = r.office.find((o) => o.id === meta.office);
  if (!office) return { ok: false, reason: 'no-office', detail: meta.office };
  const asOf = asOfOption ?? meta.as_of;
  const year = meta.fiscal_year;

  // A date the records cannot speak for is refused, never shown as a report with holes.
  if (!asOf.startsWith(`${year}-`)) return { ok: false, reason: 'outside-year', detail: asOf, year };
  const snap = pickSnapshot(r.headcount, asOf);
  if (!snap.ok && snap.reason === 'before-first') return { ok: false, reason: 'before-first', detail: snap.first };
  const budget = r.budget.find((b) => b.fiscal_year === year);
  const entries = r.expenses.filter((x) => x.fiscal_year === year).flatMap((x) => x.entries);
  const first = budget ? firstExecutionDate(budget, entries) : undefined;
  if (first !== undefined && asOf < first) return { ok: false, reason: 'before-first', detail: first };
  const budgetReport =
    budget && first !== undefined
      ? { ...budgetStatus(budget, entries, asOf), descriptions: Object.fromEntries(budget.lines.map((l) => [l.code, l.description ?? ''])) }
      : null;
  const tasks = r.task.filter((t) => t.fiscal_year === year).sort((a, b) => a.number - b.number);
  return {
    ok: true,
    refs: refIndex({ council: r.council, ordinances: r.ordinances, taskforces: r.taskforces, events: r.events, cities: r.cities, countries: r.countries }),
    report: {
      report: 'work-report',
      title: meta.title,
      issued: meta.issued,
      fiscalYear: year,
      asOf,
      office: { id: office.id, name: office.name, nameEn: office.name_en ?? null, functions: office.functions },
      headcount: snap.ok ? headcountStatus(snap.value) : null,
      budget: budgetReport,
      tasks,
      plans: planItems(tasks, r.events),
      cities: r.cities[0] ? citiesReport(r.cities[0], r.countries) : null,
      events: eventsView(r.events, tasks, r.countries, asOf),
      council: councilView(r.council),
    },
  };
}
