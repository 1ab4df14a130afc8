// The roll-up's reports as tables: 계 first, then each group's 소계 and its offices (Korean report
// order); the offices left out of the totals in a table of their own, with their problem counts
// and a note under the main table that says so.
import type { Lang } from '../../messages/catalog.js';
import type {
  RollupBudgetFigures,
  RollupBudgetMonthlyReport,
  RollupBudgetReport,
  RollupExpensesReport,
  RollupHeadcountReport,
  RollupLeftOut,
  RollupTasksReport,
  RollupValidationReport,
} from '../../model/rollup.js';
import type { Doc } from '../document.js';
import { tablesDoc } from '../document.js';
import { paceText } from './budget.js';
import type { Cell, Column, Row, TableModel } from '../tableModel.js';
import { date, heads, headsGap, int, percent, text } from '../tableModel.js';

const W = {
  ko: {
    rollup: '취합',
    budget: '예산 집행 현황 취합',
    headcount: '인력 현황 취합',
    monthlyRate: '월별 누적 집행률 취합',
    monthlyExecuted: '월별 누적 집행액 취합',
    monthlyUnknown: '그 달의 수치가 없는 사무실(기준일 뒤이거나 자료 전)이 있는 합계는 모릅니다 (-).',
    expenses: '업무추진비 집행 취합',
    byLine: '업무추진비 비목별 합계',
    byPayment: '업무추진비 결제 수단별 합계',
    tasks: '향후계획 일정 취합',
    late: '기한이 지난 계획',
    validation: '기록 검사 취합',
    leftOutTitle: '합계에서 뺀 사무실',
    unit: (u: string) => `단위 : ${u}`,
    name: '구분',
    group: '소속',
    office: '사무실',
    asOf: '기준일',
    budgetCol: '예산액',
    current: '예산현액',
    executed: '집행액',
    balance: '잔액',
    rate: '집행률',
    elapsed: '경과율',
    pace: '진도',
    quota: '정원',
    currentPeople: '현원',
    gapCol: '과부족',
    count: '건수',
    amount: '금액',
    line: '비목',
    lineName: '과목명',
    method: '결제 수단',
    unwritten: '(기록 없음)',
    until: '기간 끝',
    due: '다가오는 계획',
    overdue: '지연',
    task: '업무',
    plan: '계획',
    end: '끝난 날',
    errors: '오류',
    warnings: '경고',
    files: '파일',
    rules: '주된 문제',
    reason: '사유',
    recordErrors: '쓰는 기록에 오류',
    total: '계',
    subtotal: '소계',
    offices: (n: number) => `${n}곳`,
    ofYear: (year: number, what: string) => `${year}회계연도 ${what}`,
    leftOutNote: (n: number) => `사무실 ${n}곳은 합계에 넣지 않았습니다: '합계에서 뺀 사무실' 표를 보세요.`,
    mixedElapsed: '기준일이 다른 사무실을 더한 합계는 경과율과 진도를 내지 않습니다.',
    unknownSum: '금액을 밝히지 않은 사무실이 있는 합계는 예산액(예산현액)과 잔액, 집행률을 모릅니다 (-).',
    ownRate: "사무실 행의 집행률과 진도는 그 사무실 보고서의 것(반올림 전 금액으로 계산); 소계와 계의 집행률은 합한 금액으로 다시 계산.",
    partial: '정원이나 현원만 있는 표를 더한 합계는 그 수를 모릅니다 (-).',
    mixedDates: (from: string, to: string) => `사무실마다 인력 기록의 기준일이 다릅니다(${from}~${to}): 각 사무실의 가장 최근 기록을 더했습니다.`,
    noLate: '기한이 지난 계획이 없습니다.',
    ofDate: (date: string, what: string) => `${what} (기준일 ${date})`,
    unrecorded: (names: string) => `그 해의 업무추진비 기록이 없는 사무실(0으로 표시): ${names}.`,
  },
  en: {
    rollup: 'Roll-up',
    budget: 'Budget execution, rolled up',
    headcount: 'Headcount, rolled up',
    monthlyRate: 'Cumulative 집행률 by month, rolled up',
    monthlyExecuted: 'Cumulative 집행액 by month, rolled up',
    monthlyUnknown: 'A total over an office without a figure for the month (after its as-of date, or before its data) is not known (-).',
    expenses: '업무추진비, rolled up',
    byLine: '업무추진비 per budget line',
    byPayment: '업무추진비 per payment method',
    tasks: 'Plan schedule, rolled up',
    late: 'Plan items past their end',
    validation: 'Validation, rolled up',
    leftOutTitle: 'Offices left out',
    unit: (u: string) => `unit: ${u}`,
    name: 'Office',
    group: 'Group',
    office: 'Office',
    asOf: 'As of',
    budgetCol: 'Budget',
    current: 'Current',
    executed: 'Executed',
    balance: 'Balance',
    rate: 'Rate',
    elapsed: 'Year elapsed',
    pace: 'Pace',
    quota: 'Authorized',
    currentPeople: 'Filled',
    gapCol: 'Gap',
    count: 'Count',
    amount: 'Amount',
    line: 'Line',
    lineName: 'Name',
    method: 'Payment',
    unwritten: '(not written)',
    until: 'Window ends',
    due: 'Due',
    overdue: 'Late',
    task: 'Item',
    plan: 'Plan',
    end: 'Ended',
    errors: 'Errors',
    warnings: 'Warnings',
    files: 'Files',
    rules: 'Most frequent',
    reason: 'Why',
    recordErrors: 'errors in the records it needs',
    total: 'Total',
    subtotal: 'subtotal',
    offices: (n: number) => `${n} office${n === 1 ? '' : 's'}`,
    ofYear: (year: number, what: string) => `${what}, fiscal year ${year}`,
    leftOutNote: (n: number) => `${n} office${n === 1 ? ' is' : 's are'} not in the totals: see the table "Offices left out".`,
    mixedElapsed: 'A total over offices of different dates has no year elapsed and no pace.',
    unknownSum: 'A total over an office that does not give its budget has no budget, balance or rate (-).',
    ownRate: "An office's rate and pace are its own report's (from unrounded amounts); a subtotal's and the total's rate are computed again from the sums.",
    partial: 'A total over a table with only 정원 or only 현원 does not know that figure (-).',
    mixedDates: (from: string, to: string) => `The offices' headcount records are of different dates (${from} to ${to}): each office's latest is summed.`,
    noLate: 'No plan item is late.',
    ofDate: (date: string, what: string) => `${what}, as of ${date}`,
    unrecorded: (names: string) => `Offices without an expense file of the year (shown as 0): ${names}.`,
  },
} as const;

type Words = (typeof W)[Lang];
const tenths = (v: number | null): number | null => (v === null ? null : Math.round(v * 10));
const titled = (title: string | null, what: string): string => (title === null ? what : `${title}: ${what}`);
/** A report of one fiscal year says which in its title (every office was computed for it). */
const ofYear = (year: number | null, what: string, w: Words): string => (year === null ? what : w.ofYear(year, what));
const left = (header: string): Column => ({ header, align: 'left' });
const right = (header: string): Column => ({ header, align: 'right' });

function leftOutTable(leftOut: readonly RollupLeftOut[], w: Words): TableModel {
  return {
    title: w.leftOutTitle,
    columns: [left(w.group), left(w.office), right(w.errors), right(w.warnings), left(w.reason)],
    rows: leftOut.map((o): Row => ({ role: 'item', level: 0, cells: [text(o.group), text(o.name), int(o.errors), int(o.warnings), text(o.refusal ?? whyErrors(o, w))] })),
  };
}

/** 쓰는 기록에 오류 (budget/2021.yaml:13:13 date-invalid …). */
const whyErrors = (o: RollupLeftOut, w: Words): string =>
  o.firstError === undefined ? w.recordErrors : `${w.recordErrors} (${o.firstError.file}:${o.firstError.line}:${o.firstError.column} ${o.firstError.rule}${o.errors > 1 ? ' …' : ''})`;

/** The document: the main tables, then the offices left out when there are any. */
function rollupDoc(title: string, data: unknown, main: readonly TableModel[], leftOut: readonly RollupLeftOut[], w: Words): Doc {
  if (leftOut.length === 0) return tablesDoc(title, data, main);
  const [first, ...rest] = main;
  const noted: TableModel = { ...first!, notes: [...(first!.notes ?? []), w.leftOutNote(leftOut.length)] };
  return tablesDoc(title, data, [noted, ...rest, leftOutTable(leftOut, w)]);
}

// ── budget ─────────────────────────────────────────────────────────────────────────────────

export function rollupBudgetDoc(r: RollupBudgetReport, lang: Lang): Doc {
  const w = W[lang];
  const figures = (f: RollupBudgetFigures): Cell[] => [
    int(f.budget),
    int(f.current),
    int(f.executed),
    int(f.balance),
    percent(tenths(f.rate)),
    percent(tenths(f.yearElapsed)),
    text(paceText(f, lang)),
  ];
  const mark = (f: RollupBudgetFigures): Row['mark'] => (f.pace === 'behind' ? 'under' : f.pace === 'ahead' ? 'over' : undefined);
  const rows: Row[] = [{ role: 'total', level: 0, cells: [text(`${w.total} (${w.offices(r.total.offices)})`), date(null), ...figures(r.total)], mark: mark(r.total) }];
  for (const g of r.groups) {
    rows.push({ role: 'subtotal', level: 0, cells: [text(`${g.group} ${w.subtotal}`), date(null), ...figures(g.total)], mark: mark(g.total) });
    for (const o of g.offices) rows.push({ role: 'item', level: 1, cells: [text(o.name), date(o.asOf), ...figures(o)], mark: mark(o) });
  }
  const all = [r.total, ...r.groups.map((g) => g.total)];
  const notes = [
    w.ownRate,
    ...(all.some((f) => f.yearElapsed === null) ? [w.mixedElapsed] : []),
    ...(all.some((f) => f.current === null) ? [w.unknownSum] : []),
  ];
  const table: TableModel = {
    title: `${titled(r.title, ofYear(r.fiscalYear, w.budget, w))} (${w.unit(r.unit)})`,
    columns: [left(w.name), left(w.asOf), right(w.budgetCol), right(w.current), right(w.executed), right(w.balance), right(w.rate), right(w.elapsed), left(w.pace)],
    rows,
    notes,
    unit: r.unit,
  };
  return rollupDoc(table.title, r, [table], r.leftOut, w);
}

// ── budget monthly ─────────────────────────────────────────────────────────────────────────

export function rollupMonthlyDoc(r: RollupBudgetMonthlyReport, lang: Lang): Doc {
  const w = W[lang];
  const rowsOf = (cell: (f: RollupBudgetMonthlyReport['total']['months'][number]) => Cell): Row[] => [
    { role: 'total', level: 0, cells: [text(`${w.total} (${w.offices(r.total.offices)})`), ...r.total.months.map(cell)] },
    ...r.groups.map((g): Row => ({ role: 'subtotal', level: 0, cells: [text(`${g.group} (${w.offices(g.offices)})`), ...g.months.map(cell)] })),
  ];
  const unknown = [r.total, ...r.groups].some((g) => g.months.some((m) => m.executed === null));
  const columns = [left(w.name), ...r.months.map(right)];
  const rate: TableModel = { title: titled(r.title, ofYear(r.fiscalYear, w.monthlyRate, w)), columns, rows: rowsOf((m) => percent(tenths(m.rate))), ...(unknown ? { notes: [w.monthlyUnknown] } : {}) };
  const executed: TableModel = { title: `${titled(r.title, ofYear(r.fiscalYear, w.monthlyExecuted, w))} (${w.unit(r.unit)})`, columns, rows: rowsOf((m) => int(m.executed)), unit: r.unit };
  return rollupDoc(rate.title, r, [rate, executed], r.leftOut, w);
}

// ── headcount ──────────────────────────────────────────────────────────────────────────────

export function rollupHeadcountDoc(r: RollupHeadcountReport, lang: Lang): Doc {
  const w = W[lang];
  const figures = (f: { quota: number | '-' | null; current: number | '-' | null; gap: number | '-' | null }): Cell[] => [heads(f.quota), heads(f.current), headsGap(f.gap)];
  const rows: Row[] = [{ role: 'total', level: 0, cells: [text(`${w.total} (${w.offices(r.total.offices)})`), date(null), ...figures(r.total)] }];
  for (const g of r.groups) {
    rows.push({ role: 'subtotal', level: 0, cells: [text(`${g.group} ${w.subtotal}`), date(null), ...figures(g.total)] });
    for (const o of g.offices) rows.push({ role: 'item', level: 1, cells: [text(o.name), date(o.asOf), ...figures(o)] });
  }
  const partial = [r.total, ...r.groups.map((g) => g.total)].some((f) => f.quota === null || f.current === null);
  // Headcount records are kept on each office's own dates: the sum is of each one's latest, and
  // says so when they differ.
  const dates = [...new Set(r.groups.flatMap((g) => g.offices.map((o) => o.asOf)))].sort();
  const notes = [...(partial ? [w.partial] : []), ...(dates.length > 1 ? [w.mixedDates(dates[0]!, dates[dates.length - 1]!)] : [])];
  const table: TableModel = {
    title: `${titled(r.title, w.headcount)} (${w.unit(lang === 'ko' ? '명' : 'persons')})`,
    columns: [left(w.name), left(w.asOf), right(w.quota), right(w.currentPeople), right(w.gapCol)],
    rows,
    ...(notes.length > 0 ? { notes } : {}),
    unit: '명',
  };
  return rollupDoc(table.title, r, [table], r.leftOut, w);
}

// ── expenses ───────────────────────────────────────────────────────────────────────────────

export function rollupExpensesDoc(r: RollupExpensesReport, lang: Lang): Doc {
  const w = W[lang];
  const cells = (t: { count: number; amount: number; months: readonly { amount: number }[] }): Cell[] => [int(t.count), int(t.amount), ...t.months.map((m) => int(m.amount))];
  const rows: Row[] = [{ role: 'total', level: 0, cells: [text(`${w.total} (${w.offices(r.groups.reduce((s, g) => s + g.offices.length, 0))})`), ...cells(r.total)] }];
  for (const g of r.groups) {
    rows.push({ role: 'subtotal', level: 0, cells: [text(`${g.group} ${w.subtotal}`), ...cells(g.total)] });
    for (const o of g.offices) rows.push({ role: 'item', level: 1, cells: [text(o.name), ...cells(o)] });
  }
  const unit = lang === 'ko' ? '원' : 'won';
  const unrecorded = r.groups.flatMap((g) => g.offices.filter((o) => !o.recorded).map((o) => o.name));
  const main: TableModel = {
    title: `${titled(r.title, ofYear(r.fiscalYear, w.expenses, w))} (${w.unit(unit)})`,
    columns: [left(w.name), right(w.count), right(w.amount), ...r.months.map(right)],
    rows,
    ...(unrecorded.length > 0 ? { notes: [w.unrecorded(unrecorded.join(', '))] } : {}),
    unit: '원',
  };
  const lines: TableModel = {
    title: `${w.byLine} (${w.unit(unit)})`,
    columns: [left(w.line), left(w.lineName), right(w.count), right(w.amount)],
    rows: r.lines.map((l): Row => ({ role: 'item', level: 0, cells: [text(l.line), text(l.name), int(l.count), int(l.amount)] })),
    unit: '원',
  };
  const payments: TableModel = {
    title: `${w.byPayment} (${w.unit(unit)})`,
    columns: [left(w.method), right(w.count), right(w.amount)],
    rows: r.payments.map((p): Row => ({ role: 'item', level: 0, cells: [text(p.method ?? w.unwritten), int(p.count), int(p.amount)] })),
    unit: '원',
  };
  return rollupDoc(main.title, r, [main, lines, payments], r.leftOut, w);
}

// ── tasks ──────────────────────────────────────────────────────────────────────────────────

export function rollupTasksDoc(r: RollupTasksReport, lang: Lang): Doc {
  const w = W[lang];
  const rows: Row[] = [{ role: 'total', level: 0, cells: [text(`${w.total} (${w.offices(r.total.offices)})`), date(null), date(null), int(r.total.due), int(r.total.overdue)] }];
  for (const g of r.groups) {
    rows.push({ role: 'subtotal', level: 0, cells: [text(`${g.group} ${w.subtotal}`), date(null), date(null), int(g.total.due), int(g.total.overdue)] });
    for (const o of g.offices) rows.push({ role: 'item', level: 1, cells: [text(o.name), date(o.asOf), date(o.until), int(o.due), int(o.overdue)], mark: o.overdue > 0 ? 'under' : undefined });
  }
  const main: TableModel = { title: titled(r.title, r.asOf === null ? w.tasks : w.ofDate(r.asOf, w.tasks)), columns: [left(w.name), left(w.asOf), left(w.until), right(w.due), right(w.overdue)], rows };
  const lateRows = r.groups.flatMap((g) => g.offices.flatMap((o) => o.late.map((l): Row => ({ role: 'item', level: 0, cells: [text(o.name), int(l.task), text(l.text), date(l.end)] }))));
  const late: TableModel = {
    title: w.late,
    columns: [left(w.office), right(w.task), left(w.plan), left(w.end)],
    rows: lateRows,
    ...(lateRows.length === 0 ? { notes: [w.noLate] } : {}),
  };
  return rollupDoc(main.title, r, [main, late], r.leftOut, w);
}

// ── validation ─────────────────────────────────────────────────────────────────────────────

export function rollupValidationDoc(r: RollupValidationReport, lang: Lang): Doc {
  const w = W[lang];
  const rules = (o: RollupValidationReport['offices'][number]): string =>
    o.rules
      .slice(0, 3)
      .map((x) => `${x.rule} ×${x.count}`)
      .join(', ');
  const rows: Row[] = [
    { role: 'total', level: 0, cells: [text(`${w.total} (${w.offices(r.total.offices)})`), text(''), int(r.total.errors), int(r.total.warnings), text(''), text('')] },
    ...r.offices.map((o): Row => ({
      role: 'item',
      level: 0,
      cells: [text(o.name), text(o.group), int(o.errors), int(o.warnings), int(o.files), text(rules(o))],
      mark: o.errors > 0 ? 'under' : undefined,
    })),
  ];
  const table: TableModel = { title: titled(r.title, w.validation), columns: [left(w.office), left(w.group), right(w.errors), right(w.warnings), right(w.files), left(w.rules)], rows };
  return rollupDoc(table.title, r, [table], r.leftOut, w);
}
