// 월별 집행 추이 as a table: one row per month up to the as-of month; the 계 row's 당월 and
// cumulative 집행액, 집행률 and the year elapsed, then each line's cumulative 집행액 and 집행률.
// A month before any execution data shows '-', never 0. In html, a chart of the cumulative
// 집행률 against the year elapsed follows.
import type { Lang } from '../../messages/catalog.js';
import type { BudgetMonthlyReport } from '../../model/report.js';
import type { Column, Row, TableModel } from '../tableModel.js';
import { int, monthName, officeDate, percent, text } from '../tableModel.js';
import type { Doc } from '../document.js';
import { tablesDoc } from '../document.js';
import { unitInEnglish } from './budget.js';

const WORDS = {
  ko: {
    title: (r: BudgetMonthlyReport) => `월별 예산 집행 추이 (${r.fiscalYear}회계연도, 기준 / 단위 : ${officeDate(r.asOf)} / ${r.unit})`,
    month: '월',
    inMonth: '당월 집행액',
    executed: '누적 집행액',
    rate: '집행률',
    elapsed: '경과율',
    lineExecuted: (code: string) => `${code} 누적`,
    lineRate: (code: string) => `${code} 집행률`,
    lines: (r: BudgetMonthlyReport) => `과목: ${r.lines.map((l) => `${l.code} ${l.name}`).join(', ')}`,
    cumulative: '누적 집행액·집행률은 각 월말(기준월은 기준일) 현재; 경과율은 그날까지 회계연도 중 경과한 날의 비율',
    none: "'-': 집행 자료가 없는 달",
    unrecorded: '미기록',
    unrecordedNote: "당월 '미기록': 그달의 집행 건도 집행 스냅숏도 없는 달 (0원이 아니라 기록이 없음; 누적은 그 전의 마지막 기록)",
    unknown: "'-' (집행률): 예산액이 기록에 없는 과목(예: 업무추진비 공개 자료)과 그 과목이 든 계",
    from: (month: number, date: string) => `${monthName('ko', month)}: ${date} 기준 집행 합계 (그 뒤 자료 없음)`,
    caption: '월별 누적 집행률과 연중 경과율',
  },
  en: {
    title: (r: BudgetMonthlyReport) => `Budget execution by month (fiscal year ${r.fiscalYear}, as of ${r.asOf} / unit: ${unitInEnglish(r.unit)})`,
    month: 'Month',
    inMonth: 'In month',
    executed: 'Executed',
    rate: 'Rate',
    elapsed: 'Elapsed',
    lineExecuted: (code: string) => `${code} executed`,
    lineRate: (code: string) => `${code} rate`,
    lines: (r: BudgetMonthlyReport) => `Lines: ${r.lines.map((l) => `${l.code} ${l.name}`).join(', ')}`,
    cumulative: 'Executed amounts and rates are cumulative at each month end (the as-of date in its month); elapsed is the share of the fiscal year gone by that day',
    none: "'-': a month without execution data",
    unrecorded: 'not recorded',
    unrecordedNote: "In month 'not recorded': a month with neither entries nor a snapshot of its own (not 0 spent: nothing is recorded; the cumulative figures are the last record before it)",
    unknown: "'-' (rate): a line whose budget amount is not in the records (e.g. from an expense disclosure), and the total it is part of",
    from: (month: number, date: string) => `${monthName('en', month)}: the totals of ${date} (no later data)`,
    caption: 'Cumulative execution rate by month against the year elapsed',
  },
} as const;

const tenths = (v: number | null): number | null => (v === null ? null : Math.round(v * 10));

export function budgetMonthlyTable(report: BudgetMonthlyReport, lang: Lang): TableModel {
  const w = WORDS[lang];
  const columns: Column[] = [
    { header: w.month, align: 'left' },
    { header: w.inMonth, align: 'right' },
    { header: w.executed, align: 'right' },
    { header: w.rate, align: 'right' },
    { header: w.elapsed, align: 'right' },
    ...report.lines.flatMap((l): Column[] => [
      { header: w.lineExecuted(l.code), align: 'right' },
      { header: w.lineRate(l.code), align: 'right' },
    ]),
  ];
  const rows: Row[] = report.months.map((m) => ({
    role: 'item',
    level: 0,
    cells: [
      text(monthName(lang, Number(m.month.slice(5)))),
      m.source !== null && !m.recorded ? text(w.unrecorded) : int(m.total.inMonth),
      int(m.total.executed),
      percent(tenths(m.total.rate)),
      percent(tenths(m.yearElapsed)),
      ...m.lines.flatMap((l) => [int(l.executed), percent(tenths(l.rate))]),
    ],
  }));
  const notes: string[] = [w.lines(report), w.cumulative];
  if (report.months.some((m) => m.source === null)) notes.push(w.none);
  if (report.months.some((m) => m.source !== null && !m.recorded)) notes.push(w.unrecordedNote);
  if (report.months.some((m) => m.total.current === null)) notes.push(w.unknown);
  for (const m of report.months) {
    if (m.source === 'snapshot' && m.executionDate !== null && m.executionDate < m.date && m.executionDate.slice(0, 7) !== m.month) notes.push(w.from(Number(m.month.slice(5)), m.executionDate));
  }
  return { title: w.title(report), columns, rows, notes };
}

/** budget monthly as a document: the table, and the chart where a format can draw one. */
export function budgetMonthlyDoc(report: BudgetMonthlyReport, lang: Lang): Doc {
  const table = budgetMonthlyTable(report, lang);
  return tablesDoc(table.title, report, [table], [{ type: 'chart', chart: { kind: 'budget-monthly', report }, caption: WORDS[lang].caption }]);
}
