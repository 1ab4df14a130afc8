// The report registry: every report the tool shows, once, with its name, its words, the record
// kinds it computes from, its parameters, how it is computed from an office and the document it
// makes. The cli's command table, --help, the README's reference and shell completion are read
// from here, and so is any other front end (a dashboard page, a roll-up column). Compute and
// document steps load their modules only when the report runs, so a front end that lists the
// reports loads none of them.
//
// The reports below are listed in the order help shows them. A new report is one module of
// src/engine/reports/ that exports `report` (a ReportSpec made with `report()` of reportSpec.ts):
// its value's type, its compute, its document and these words together. It joins the list after
// them (reports/modules.gen.ts, made from the folder at `npm run compile`: no line to add here).
// A record kind's list is not even a module: its schema declares it (`x-list`), and it joins the
// list last (listReport.ts).
import type { RecordKind } from '../model/records.js';
import { SCHEMA_LISTS } from '../model/records.js';
import { listReport } from './listReport.js';
import type { ReportSpec } from './reportSpec.js';
import { lift, ok, report } from './reportSpec.js';
import { expensesReport } from './expenseFilters.js';
import { FOUND_REPORTS } from './reports/modules.gen.js';
export type { Computed, ReportSpec, View } from './reportSpec.js';
import { AS_OF, BOM, NO_BOM, MONTH, OUT, TABLE_FORMAT, YEAR, all, asOfParam, format, monthParam, numberParam, withinParam, withinValue, yearParam } from './params.js';

// What each report computes from (see ReportSpec.needs).
const BUDGET_NEEDS = ['budget', 'expenses', 'report'] as const satisfies readonly RecordKind[];
const TASK_NEEDS = ['task', 'events', 'council', 'ordinances', 'taskforces', 'cities', 'countries'] as const satisfies readonly RecordKind[];
const HEADCOUNT_NEEDS = ['headcount', 'report'] as const satisfies readonly RecordKind[];

const reports = () => import('../compute/reports.js');
const TYPES: Readonly<Record<string, 'sister' | 'friendship'>> = { 친선: 'sister', sister: 'sister', 우호협력: 'friendship', friendship: 'friendship' };

export const REPORTS: readonly ReportSpec[] = [
  report({
    name: 'budget status',
    label: { ko: '예산 집행현황', en: 'Budget status' },
    summary: {
      ko: '기준일의 비목별(또는 세부사업별) 예산액, 예산현액, 집행액, 잔액, 집행률과 진도, 그리고 계를 기록에서 다시 계산',
      en: '예산액, 예산현액, 집행액, 잔액, 집행률 and pace per budget line (or program) and 계, recomputed from the records as of a date',
    },
    options: [
      AS_OF,
      YEAR,
      {
        flags: '--by <group>',
        description: {
          ko: 'line: 계, 그다음 비목별 (여러 세부사업의 같은 비목은 합산); program: 계, 그다음 세부사업별 소계와 그 비목 (기본값: 세부사업이 있는 예산은 program, 아니면 line)',
          en: "line: 계, then each line (the same line under several programs summed); program: 계, then each program's 소계 and its lines (default: program when the budget has programs, else line)",
        },
        choices: ['program', 'line'],
        choiceWords: { program: ['세부사업', '세부사업별'], line: ['비목', '비목별', '과목'] },
      },
      TABLE_FORMAT,
      OUT,
      BOM,
      NO_BOM,
    ],
    needs: BUDGET_NEEDS,
    shows: 'budget',
    compute: async (office, p) => {
      const v = all({ asOf: asOfParam(p.asOf), year: yearParam(p.year) });
      return v.ok ? lift((await reports()).budgetStatusOf(office().r, v.value.asOf, v.value.year)) : v;
    },
    document: async (value, p, view) => (await import('../render/tables/budget.js')).budgetStatusDoc(value, { lang: view.lang, bars: view.color && p.format === 'table', ...(p.by !== undefined ? { by: p.by } : {}) }),
  }),
  report({
    name: 'budget monthly',
    label: { ko: '월별 집행', en: 'Monthly execution' },
    summary: {
      ko: '기준월까지 각 월말의 비목별 누적 집행액, 집행률과 연중 경과율 (html은 그래프도)',
      en: '집행액 per budget line at each month end up to the as-of month, cumulative, with 집행률 and the share of the year elapsed (a chart in html)',
    },
    options: [AS_OF, YEAR, TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: BUDGET_NEEDS,
    shows: 'budget',
    compute: async (office, p) => {
      const v = all({ asOf: asOfParam(p.asOf), year: yearParam(p.year) });
      return v.ok ? lift((await import('../compute/budgetMonthly.js')).budgetMonthlyOf(office().r, v.value.asOf, v.value.year)) : v;
    },
    document: async (value, _p, view) => (await import('../render/tables/monthly.js')).budgetMonthlyDoc(value, view.lang),
  }),
  report({
    name: 'tasks list',
    label: { ko: '주요 업무', en: 'Work items' },
    summary: { ko: '주요 업무를 차례대로: 번호, 제목, 일정', en: 'the 주요 업무 in order, with their number, title and schedule' },
    options: [TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: TASK_NEEDS,
    shows: 'task',
    compute: async (office) => ok((await reports()).tasksListOf(office().r)),
    document: async ({ report, tasks, plans }, _p, view) => {
      const [{ tasksListTable }, { tablesDoc }] = await Promise.all([import('../render/tables/tasks.js'), import('../render/document.js')]);
      const table = tasksListTable(tasks, plans, view.lang);
      return tablesDoc(table.title, report, [table]);
    },
  }),
  report({
    name: 'tasks upcoming',
    label: { ko: '다가오는 일정', en: 'Upcoming plans' },
    summary: {
      ko: '기간 안에 시작하거나 끝나거나 진행 중인 계획; 기한이 지난 것은 표시하고 연중 계획은 따로',
      en: 'plan items that start, end or are under way in a window; overdue items marked; all-year (연중) items apart',
    },
    options: [
      AS_OF,
      {
        flags: '--within <days>',
        description: { ko: '기간의 길이: 30일, 8주 (30d, 8w도 됨)', en: 'length of the window: 30d, 8w … (or 30일, 8주)' },
        default: '30d',
        canonical: { parse: withinValue, expected: { ko: '30일, 8주, 30d, 8w처럼 일이나 주로 쓰세요.', en: 'write it in days or weeks, like 30d, 8w, 30일 or 8주.' } },
      },
      TABLE_FORMAT,
      OUT,
      BOM,
      NO_BOM,
    ],
    needs: TASK_NEEDS,
    shows: 'task',
    compute: async (office, p) => {
      const v = all({ asOf: asOfParam(p.asOf), within: withinParam(p.within) });
      return v.ok ? lift((await reports()).upcomingOf(office().r, v.value.asOf, v.value.within)) : v;
    },
    document: async (value, _p, view) => {
      const [{ upcomingTables }, { tablesDoc }] = await Promise.all([import('../render/tables/tasks.js'), import('../render/document.js')]);
      const tables = upcomingTables(value, view.lang);
      return tablesDoc(tables[0]!.title, value, tables);
    },
  }),
  report({
    name: 'tasks show',
    label: { ko: '업무 한 건', en: 'One work item' },
    args: '<number>',
    summary: { ko: '주요 업무 하나 전체: 목적, 추진방향, 중첩된 개요의 추진내용, 향후계획', en: 'one work item in full: purpose, 추진방향, 추진내용 as a nested outline, 향후계획' },
    options: [TABLE_FORMAT, OUT],
    needs: TASK_NEEDS,
    shows: 'task',
    compute: async (office, _p, args) => {
      const number = numberParam(args[0] ?? '');
      if (!number.ok) return number;
      return lift((await reports()).taskOf(office().r, number.value));
    },
    document: async ({ report, refs, words }, _p, view) => (await import('../render/outline.js')).taskDoc(report, refs, words, view.lang),
  }),
  report({
    name: 'cities',
    label: { ko: '친선·우호도시', en: 'Partner cities' },
    summary: { ko: '친선·우호도시: 밝힌 합계와 목록의 도시를 유형과 국가 또는 권역별로 맞대어 봄', en: 'partner cities: the stated totals against the cities listed, by type and country or region' },
    options: [
      {
        flags: '--type <type>',
        description: { ko: '한 가지 도시 유형만', en: 'only one kind of partnership' },
        choices: ['sister', 'friendship'],
        choiceWords: { sister: ['친선', '친선도시'], friendship: ['우호협력', '우호협력도시'] },
      },
      {
        flags: '--by <group>',
        description: { ko: '목록의 도시를 국가별 또는 권역별로 셈', en: 'count the listed cities by country or by region' },
        default: 'country',
        choices: ['country', 'region'],
        choiceWords: { country: ['국가'], region: ['권역'] },
      },
      TABLE_FORMAT,
      OUT,
      BOM,
      NO_BOM,
    ],
    needs: ['cities', 'countries'],
    shows: 'cities',
    compute: async (office, p) => lift((await reports()).citiesOf(office().r, p.type === undefined ? undefined : TYPES[p.type])),
    document: async ({ report, words }, p, view) => {
      const [{ citiesTables }, { tablesDoc }] = await Promise.all([import('../render/tables/partners.js'), import('../render/document.js')]);
      const tables = citiesTables(report, words, view.lang, p.by);
      return tablesDoc(tables[0]!.title, report, tables);
    },
  }),
  report({
    name: 'events',
    label: { ko: '간담회·MOU', en: 'Roundtables and MOUs' },
    summary: { ko: '대사 간담회와 업무협약(MOU): 국가, 계획 기간, 상태', en: 'embassy roundtables and MOUs with their countries, planned period and status' },
    options: [AS_OF, TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: ['events', 'task', 'countries'],
    shows: 'events',
    compute: async (office, p) => {
      const asOf = asOfParam(p.asOf);
      if (!asOf.ok) return asOf;
      return ok((await reports()).eventsOf(office().r, asOf.value));
    },
    document: async (value, _p, view) => {
      const [{ eventsTable }, { tablesDoc }] = await Promise.all([import('../render/tables/partners.js'), import('../render/document.js')]);
      const table = eventsTable(value, view.lang);
      return tablesDoc(table.title, value, [table]);
    },
  }),
  report({
    name: 'council',
    label: { ko: '의회 협력', en: 'Council' },
    summary: { ko: '의회와 만나는 방식: 회의 종류, 주기, 참석자', en: 'the ways the office meets the council: meeting types, cadence, attendees' },
    options: [TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: ['council'],
    shows: 'council',
    compute: async (office) => ok((await reports()).councilOf(office().r)),
    document: async (value, _p, view) => (await import('../render/tables/council.js')).councilDoc(value, view.lang),
  }),
  report({
    name: 'report',
    label: { ko: '주요업무보고', en: 'Work report' },
    summary: { ko: '주요업무보고 전체를 기록에서 다시 만듦: 모든 수치는 계산하고 베끼지 않음', en: 'the whole 주요업무보고 regenerated from the records: every figure computed, none copied' },
    options: [
      {
        flags: '--issue <issue>',
        description: {
          ko: '보고서의 호: 발행월 YYYY-MM 또는 id (기본값: 가장 최근 호); 지난 호는 그때와 똑같이 다시 만듦',
          en: 'which issue of the report: its month YYYY-MM or its id (default: the latest issue); an issue is made again exactly as it was',
        },
      },
      AS_OF,
      format('md', {
        ko: '출력 형식: md, html (한 파일, A4 인쇄용, 차트 포함), xlsx (--out 필요), json …',
        en: 'output format: md, html (self-contained, print-ready on A4, with charts), xlsx (needs --out), json …',
      }),
      OUT,
    ],
    needs: 'all',
    shows: 'report',
    compute: async (office, p) => {
      const asOf = asOfParam(p.asOf);
      if (!asOf.ok) return asOf;
      return lift((await import('../compute/workReport.js')).workReport(office().r, asOf.value, p.issue));
    },
    document: async ({ report, refs, words, data }, _p, view) => (await import('../render/documents/workReport.js')).workReportDoc(report, refs, words, view.lang, data),
  }),
  report({
    name: 'headcount status',
    label: { ko: '인력 현황', en: 'Headcount' },
    summary: {
      ko: '기준일이나 그 전의 가장 최근 현황으로 직렬·직급별 정원, 현원, 과부족과 총계, 소계',
      en: '정원, 현원 and 과부족 by track and grade, with 총계 and 소계, from the latest snapshot on or before the as-of date',
    },
    options: [
      AS_OF,
      TABLE_FORMAT,
      {
        flags: '--by <layout>',
        description: {
          ko: '직렬: 총계, 다음에 직렬마다 소계와 직급; 직급: 업무보고의 배치, 직급마다 한 열',
          en: "track: 총계, then each track's 소계 and grades; grade: the work report's layout, a column per grade",
        },
        default: 'track',
        choices: ['track', 'grade'],
        choiceWords: { track: ['직렬'], grade: ['직급'] },
      },
      OUT,
      BOM,
      NO_BOM,
    ],
    needs: HEADCOUNT_NEEDS,
    shows: 'headcount',
    compute: async (office, p) => {
      const asOf = asOfParam(p.asOf);
      if (!asOf.ok) return asOf;
      const o = office();
      if (o.r.headcount.length === 0) return { ok: false, refusal: { reason: 'no-headcount', folder: o.label } };
      return lift((await reports()).headcountStatusOf(o.r, asOf.value));
    },
    document: async (value, p, view) => {
      const [{ headcountStatusTable }, { tablesDoc }] = await Promise.all([import('../render/tables/headcount.js'), import('../render/document.js')]);
      const table = headcountStatusTable(value, view.lang, p.by);
      return tablesDoc(table.title, value, [table], [{ type: 'chart', chart: { kind: 'headcount', report: value }, caption: table.title }]);
    },
  }),
  report({
    name: 'headcount trend',
    label: { ko: '인력 추이', en: 'Headcount trend' },
    summary: { ko: '인력 현황 기록들에 걸친 직렬별 정원, 현원, 과부족', en: '정원, 현원 and 과부족 per track across the headcount snapshots' },
    options: [TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: HEADCOUNT_NEEDS,
    shows: 'headcount',
    compute: async (office) => {
      const o = office();
      if (o.r.headcount.length === 0) return { ok: false, refusal: { reason: 'no-headcount', folder: o.label } };
      const trend = (await reports()).headcountTrendOf(o.r);
      return trend.ok ? ok(trend.value, trend.value.snapshots.length === 1 ? [{ reason: 'one-snapshot' }] : undefined) : trend;
    },
    document: async (value, _p, view) => {
      const [{ headcountTrendTable }, { tablesDoc }] = await Promise.all([import('../render/tables/headcount.js'), import('../render/document.js')]);
      const table = headcountTrendTable(value, view.lang);
      return tablesDoc(table.title, value, [table]);
    },
  }),
  expensesReport(
    'expenses list',
    { ko: '업무추진비 집행 내역', en: 'Expense entries' },
    {
      ko: '업무추진비 집행 내역 (비목은 예산 과목으로, 결제 방법은 통일하고, 반납은 음수로)과 월별·비목별 합계',
      en: 'the 업무추진비 entries (비목 resolved to its line, payment normalised, refunds signed) with totals per month and per line',
    },
    async (r, f) => (await import('../compute/expenseList.js')).expenseList(r, f),
    async (value, lang) => (await import('../render/tables/expenses.js')).expenseListDoc(value, lang),
  ),
  expensesReport(
    'expenses summary',
    { ko: '업무추진비 합계', en: 'Expense totals' },
    {
      ko: '업무추진비 합계: 비목별, 결제 수단별 건수와 금액 (반납은 뺌)',
      en: 'the 업무추진비 totals: count and amount per budget line and per payment method (refunds subtract)',
    },
    async (r, f) => (await import('../compute/expenseList.js')).expenseSummary(r, f),
    async (value, lang) => (await import('../render/tables/expenses.js')).expenseSummaryDoc(value, lang),
  ),
  report({
    name: 'expenses disclose',
    label: { ko: '사용 내역 공개', en: 'Disclosure' },
    summary: {
      ko: '한 달의 업무추진비 사용 내역을 부서가 공개하는 모양 그대로 (한국어, expenses import가 다시 읽는 열)',
      en: "a month's 업무추진비 사용 내역 as offices publish it, in Korean, with the columns expenses import reads back",
    },
    options: [
      MONTH({ ko: '공개할 달, YYYY-MM', en: 'the month to disclose, YYYY-MM' }, true),
      {
        flags: '--dept <name>',
        description: { ko: '이 부서의 집행 건만; 공개 자료의 이름이 됨 (기본값: 사무실 이름)', en: "only this department's entries; it names the disclosure (default: the office's name)" },
      },
      format('xlsx', { ko: '출력 형식 (xlsx는 --out 필요)', en: 'output format (xlsx needs --out)' }, ['xlsx', 'csv', 'html', 'md']),
      OUT,
      { flags: '--no-bom', description: { ko: '--format csv일 때: 엑셀이 한글을 보이는 데 필요한 바이트 순서 표시(BOM)를 뺌', en: 'with --format csv: leave out the byte-order mark that Excel needs to show Korean' } },
    ],
    exitCodes: [
      { ko: '0 완료 (집행 건이 없는 달도: 표가 그렇게 말함)', en: '0 done (also for a month without entries: the table says so)' },
      { ko: '1 명령이 쓰는 기록에 오류가 있음 (먼저 출력)', en: '1 records the command uses have errors (printed first)' },
      { ko: '2 사용법, 설정 또는 내부 오류', en: '2 usage, configuration or internal error' },
    ],
    needs: ['budget', 'expenses', 'office'],
    shows: 'expenses',
    compute: async (office, p) => {
      const month = monthParam(p.month);
      if (!month.ok) return month;
      const { r } = office();
      return ok((await import('../compute/expenseList.js')).expenseDisclosure(r, month.value!, p.dept, r.office[0]?.name ?? ''));
    },
    document: async (value) => (await import('../render/tables/expenses.js')).disclosureDoc(value),
  }),
  ...FOUND_REPORTS,
  ...SCHEMA_LISTS.map(listReport),
];

/** A report by name. */
export const reportNamed = (name: string): ReportSpec | undefined => REPORTS.find((r) => r.name === name);
