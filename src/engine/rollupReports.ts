// The roll-up's reports (engine/rollup.ts runs them): for each, the office report of the registry it
// is made of, the part of its value a roll-up keeps (compute/rollup.ts), how the parts are summed
// and its document. Apart from the running, so that what reads an office (rollupOffice.ts) and
// what runs the whole (rollup.ts) both stand on it without importing each other.
import type { RecordKind } from '../model/records.js';
import type { RollupLeftOut } from '../model/rollup.js';
import type { Resolved } from '../compute/asOf.js';
import type { BudgetPart, ExpensesPart, HeadcountPart, MonthlyPart, OfficePart, TasksPart, ValidationPart } from '../compute/rollup.js';
import type { Doc } from '../render/document.js';
import type { Lang } from '../messages/catalog.js';
import type { Office } from './office.js';
import type { Words } from './params.js';
import { all, asOfParam, monthParam, withinParam, yearParam } from './params.js';
import { reportNamed } from './reports.js';
import type { RollupReportName } from './rollupNames.js';

/** The parameters every roll-up report takes (each passes its own on to the offices' reports). */
export interface RollupParams {
  readonly asOf?: string | undefined;
  readonly year?: string | undefined;
  readonly month?: string | undefined;
  readonly within?: string | undefined;
}

/** Checks the parameters before any office is read: a bad one is the run's refusal. */
export function checkRollupParams(p: RollupParams): Resolved<RollupParams> {
  const v = all({ asOf: asOfParam(p.asOf), year: yearParam(p.year), month: monthParam(p.month), within: withinParam(p.within ?? '30d') });
  return v.ok ? { ok: true, value: p } : v;
}

// ── the reports ────────────────────────────────────────────────────────────────────────────

export interface RollupSpec<P = unknown> {
  /** `rollup budget` … */
  readonly name: RollupReportName;
  readonly summary: Words;
  /** The record kinds its office reports compute from ('all': none may have errors). */
  readonly needs: readonly RecordKind[] | 'all';
  /** The office's part, from its own reports of the registry (or its problems). */
  readonly part: (office: () => Office, p: RollupParams) => Promise<Resolved<P>>;
  /** A report of one fiscal year or one date for every office, so that no total adds up two
   *  years or two days: what a part is of (undefined: nothing), the parameter that asks an office
   *  for another (`year`, `asOf`), and what the run's own parameters fix it to. */
  readonly basis?: Basis<P>;
  /** The parts of the offices that gave one, summed; the offices left out beside them; the one
   *  basis (a year, a date) every part is of, where the report has one. */
  readonly combine: (title: string | null, parts: readonly OfficePart<P>[], leftOut: readonly RollupLeftOut[], basis: string | null) => Promise<unknown>;
  readonly document: (value: never, lang: Lang) => Promise<Doc>;
}

export interface Basis<P> {
  readonly of: (part: P) => string | undefined;
  readonly param: 'year' | 'asOf';
  readonly given: (p: RollupParams) => string | undefined;
}

/** A report of one fiscal year: --year, else the year of the parameter its offices' reports
 *  take the year from (--as-of for the budget, --month for expenses), else the latest. */
const fiscalYear = (from: 'asOf' | 'month'): Basis<{ readonly fiscalYear: number | null }> => ({
  of: (part) => (part.fiscalYear === null ? undefined : String(part.fiscalYear)),
  param: 'year',
  given: (p) => p.year ?? p[from]?.slice(0, 4),
});
const yearOf = (basis: string | null): number | null => (basis === null ? null : Number(basis));

const rollupSpec = <P>(spec: RollupSpec<P>): RollupSpec => spec as unknown as RollupSpec;
export const compute = () => import('../compute/rollup.js');
const tables = () => import('../render/tables/rollup.js');

/** An office's report of the registry, computed as the cli would (same parameters, same rules). */
async function officeReport<T>(name: string, office: () => Office, params: Readonly<Record<string, unknown>>): Promise<Resolved<T>> {
  const spec = reportNamed(name)!;
  const r = await spec.compute(office, params as never, []);
  return r.ok ? { ok: true, value: r.value.value as T } : r;
}

const BUDGET_NEEDS = reportNamed('budget status')!.needs;

export const ROLLUP_REPORTS: readonly RollupSpec[] = [
  rollupSpec<BudgetPart>({
    name: 'budget',
    summary: {
      ko: '사무실별, 실·국별, 전체의 예산액, 예산현액, 집행액, 잔액, 집행률, 경과율, 진도: 가장 뒤처진 곳부터',
      en: '예산액, 예산현액, 집행액, 잔액, 집행률, the year elapsed and pace per office, per group and for all, most behind first',
    },
    needs: BUDGET_NEEDS,
    part: async (office, p) => {
      const r = await officeReport<import('../model/report.js').BudgetStatusReport>('budget status', office, { asOf: p.asOf, year: p.year });
      return r.ok ? { ok: true, value: (await compute()).budgetPart(r.value) } : r;
    },
    basis: fiscalYear('asOf'),
    combine: async (title, parts, leftOut, year) => (await compute()).rollupBudget(title, parts, leftOut, yearOf(year)),
    document: async (value, lang) => (await tables()).rollupBudgetDoc(value, lang),
  }),
  rollupSpec<MonthlyPart>({
    name: 'monthly',
    summary: { ko: '실·국별, 전체의 월말 누적 집행액, 예산현액, 집행률', en: 'cumulative 집행액, 예산현액 and 집행률 at each month end, per group and for all' },
    needs: reportNamed('budget monthly')!.needs,
    part: async (office, p) => {
      const r = await officeReport<import('../model/report.js').BudgetMonthlyReport>('budget monthly', office, { asOf: p.asOf, year: p.year });
      return r.ok ? { ok: true, value: (await compute()).monthlyPart(r.value) } : r;
    },
    basis: fiscalYear('asOf'),
    combine: async (title, parts, leftOut, year) => (await compute()).rollupMonthly(title, parts, leftOut, yearOf(year)),
    document: async (value, lang) => (await tables()).rollupMonthlyDoc(value, lang),
  }),
  rollupSpec<HeadcountPart>({
    name: 'headcount',
    summary: { ko: '사무실별, 실·국별, 전체의 정원, 현원, 과부족 (한쪽만 있는 표는 그대로)', en: '정원, 현원 and 과부족 per office, per group and for all (a table with one figure stays so)' },
    needs: reportNamed('headcount status')!.needs,
    part: async (office, p) => {
      const r = await officeReport<import('../model/report.js').HeadcountStatusReport>('headcount status', office, { asOf: p.asOf });
      return r.ok ? { ok: true, value: (await compute()).headcountPart(r.value) } : r;
    },
    combine: async (title, parts, leftOut) => (await compute()).rollupHeadcount(title, parts, leftOut),
    document: async (value, lang) => (await tables()).rollupHeadcountDoc(value, lang),
  }),
  rollupSpec<ExpensesPart>({
    name: 'expenses',
    summary: { ko: '업무추진비: 사무실별 월별 합계, 비목별, 결제 수단별 합계', en: 'the 업무추진비 totals per office and month, per budget line and per payment method' },
    needs: reportNamed('expenses list')!.needs,
    part: async (office, p) => {
      // One fiscal year, as budget: --year, the year of --month, else the office's latest (its
      // expense files' latest fiscal_year); the run then asks every office for the latest of all.
      const latest = Math.max(...office().r.expenses.map((x) => x.fiscal_year));
      const year = p.year ?? (p.month !== undefined || !Number.isFinite(latest) ? undefined : String(latest));
      const filters = { month: p.month, year };
      const list = await officeReport<import('../model/report.js').ExpenseListReport>('expenses list', office, filters);
      if (!list.ok) return list;
      const summary = await officeReport<import('../model/report.js').ExpenseSummaryReport>('expenses summary', office, filters);
      const fiscalYear = year ?? p.month?.slice(0, 4);
      const of = fiscalYear === undefined ? null : Number(fiscalYear);
      // No expense file of the year is not the same as a file without entries: the table says which.
      const recorded = office().r.expenses.some((x) => of === null || x.fiscal_year === of);
      return summary.ok ? { ok: true, value: (await compute()).expensesPart(list.value, summary.value, of, recorded) } : summary;
    },
    basis: fiscalYear('month'),
    combine: async (title, parts, leftOut, year) => (await compute()).rollupExpenses(title, parts, leftOut, yearOf(year)),
    document: async (value, lang) => (await tables()).rollupExpensesDoc(value, lang),
  }),
  rollupSpec<TasksPart>({
    name: 'tasks',
    summary: { ko: '사무실별로 기간 안에 다가오는 계획과 기한이 지난 계획의 수, 지연된 계획', en: 'plan items due within the window and items late, per office, with the late ones' },
    needs: reportNamed('tasks upcoming')!.needs,
    part: async (office, p) => {
      const r = await officeReport<import('../compute/reports.js').UpcomingReport>('tasks upcoming', office, { asOf: p.asOf, within: p.within ?? '30d' });
      return r.ok ? { ok: true, value: (await compute()).tasksPart(r.value) } : r;
    },
    // One date for every office (its "today"): --as-of, else the latest of the offices' own.
    basis: { of: (part) => part.asOf, param: 'asOf', given: (p) => p.asOf },
    combine: async (title, parts, leftOut, asOf) => (await compute()).rollupTasks(title, parts, leftOut, asOf),
    document: async (value, lang) => (await tables()).rollupTasksDoc(value, lang),
  }),
  rollupSpec<ValidationPart>({
    name: 'validation',
    summary: { ko: '사무실별 검사 결과: 오류가 있는 곳부터, 규칙별 문제 수', en: "each office's validation: offices with errors first, problems counted per rule" },
    needs: [],
    part: async (office) => ({ ok: true, value: (await compute()).validationPart(office().problems) }),
    combine: async (title, parts, leftOut) => (await compute()).rollupValidation(title, parts, leftOut),
    document: async (value, lang) => (await tables()).rollupValidationDoc(value, lang),
  }),
];
