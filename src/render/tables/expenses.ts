// The 업무추진비 entries as documents: `expenses list` (entries, then totals per month and per
// line) and `expenses disclose` (the monthly 업무추진비 사용 내역 as offices publish it, with the
// Korean headers `expenses import` reads back, in every language).
import type { Lang } from '../../messages/catalog.js';
import type { ExpenseDisclosureReport, ExpenseListEntry, ExpenseListReport, ExpenseSummaryReport } from '../../model/report.js';
import type { Cell, Row, TableModel } from '../tableModel.js';
import { int, text } from '../tableModel.js';
import type { Doc } from '../document.js';
import { tablesDoc } from '../document.js';

const W = {
  ko: {
    entries: '업무추진비 집행 내역 (단위 : 원)',
    byMonth: '월별 합계 (단위 : 원)',
    byLine: '비목별 합계 (단위 : 원)',
    byMethod: '결제 수단별 합계 (단위 : 원)',
    noMethod: '(적지 않음)',
    date: '일자',
    time: '시간',
    dept: '부서',
    line: '비목',
    lineName: '과목명',
    purpose: '사용목적',
    place: '사용장소',
    attendees: '대상인원',
    payment: '결제방법',
    method: '결제수단',
    amount: '금액',
    note: '비고',
    month: '월',
    count: '건수',
    total: '계',
    none: '조건에 맞는 집행 건이 없습니다.',
    filters: (f: ExpenseListReport['filters']) =>
      [f.year === null ? '' : `${f.year}회계연도`, f.month === null ? '' : `${f.month}`, f.line === null ? '' : `비목 ${f.line}`, f.dept === null ? '' : `부서 ${f.dept}`, f.payment === null ? '' : `결제 ${f.payment}`, f.text === null ? '' : `'${f.text}' 포함`].filter((x) => x !== '').join(', '),
    refunds: '반납·정정은 음수 금액으로 합계에서 뺍니다.',
  },
  en: {
    entries: 'Expense entries (unit: 원)',
    byMonth: 'Totals by month (unit: 원)',
    byLine: 'Totals by budget line (unit: 원)',
    byMethod: 'Totals by payment method (unit: 원)',
    noMethod: '(not written)',
    date: 'Date',
    time: 'Time',
    dept: 'Department',
    line: 'Line',
    lineName: 'Line name',
    purpose: 'Purpose',
    place: 'Place',
    attendees: 'Attendees',
    payment: 'Payment',
    method: 'Method',
    amount: 'Amount',
    note: 'Note',
    month: 'Month',
    count: 'Count',
    total: 'Total',
    none: 'No expense entries match.',
    filters: (f: ExpenseListReport['filters']) =>
      [f.year === null ? '' : `fiscal year ${f.year}`, f.month === null ? '' : `${f.month}`, f.line === null ? '' : `line ${f.line}`, f.dept === null ? '' : `department ${f.dept}`, f.payment === null ? '' : `paid by ${f.payment}`, f.text === null ? '' : `containing '${f.text}'`].filter((x) => x !== '').join(', '),
    refunds: 'Refunds and corrections are negative amounts and subtract from the totals.',
  },
} as const;

/** A refund's or correction's note: "반납: 간담회 취소로 결제 취소". */
const noteOf = (e: ExpenseListEntry): string => (e.type === null ? '' : `${e.type}: ${e.reason ?? ''}`);

const left = (header: string) => ({ header, align: 'left' as const });
const right = (header: string) => ({ header, align: 'right' as const });

export function expenseListDoc(report: ExpenseListReport, lang: Lang): Doc {
  const w = W[lang];
  // "203-01 기관운영업무추진비" made once per line, not once per entry.
  const lineTexts = new Map<string, { name: string; cell: Cell }>();
  const lineCell = (e: ExpenseListEntry): Cell => {
    const known = lineTexts.get(e.line);
    if (known !== undefined && known.name === e.lineName) return known.cell;
    const cell = text(`${e.line} ${e.lineName}`);
    lineTexts.set(e.line, { name: e.lineName, cell });
    return cell;
  };
  const filters = w.filters(report.filters);
  const empty = report.entries.length === 0;
  const entries: TableModel = {
    title: filters === '' ? w.entries : `${w.entries} — ${filters}`,
    columns: [left(w.date), left(w.time), left(w.dept), left(w.line), left(w.purpose), left(w.place), left(w.attendees), left(w.payment), left(w.method), right(w.amount), left(w.note)],
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), text(''), text(''), text(''), text(''), text(''), text(''), text(''), text(''), int(report.total.amount), text('')] },
      ...report.entries.map(
        (e): Row => ({
          role: 'item',
          level: 1,
          cells: [text(e.date), text(e.time ?? ''), text(e.dept ?? ''), lineCell(e), text(e.purpose), text(e.place ?? ''), text(e.attendees ?? ''), text(e.payment ?? ''), text(e.paymentMethod ?? ''), int(e.amount), text(noteOf(e))],
        }),
      ),
    ],
    notes: empty ? [w.none] : report.entries.some((e) => e.type !== null) ? [w.refunds] : [],
  };
  if (empty) return tablesDoc(entries.title, report, [entries]);
  const byMonth: TableModel = {
    title: w.byMonth,
    columns: [left(w.month), right(w.count), right(w.amount)],
    rows: [totalRow(w.total, [report.total.count, report.total.amount]), ...report.months.map((m): Row => ({ role: 'item', level: 1, cells: [text(m.month), int(m.count), int(m.amount)] }))],
  };
  return tablesDoc(entries.title, report, [entries, byMonth, lineTotalsTable(report, w)]);
}

const totalRow = (label: string, cells: number[]): Row => ({ role: 'total', level: 0, cells: [text(label), ...cells.map(int)] });

/** 비목별 합계: 계, then each line with its count and amount. */
function lineTotalsTable(report: ExpenseListReport | ExpenseSummaryReport, w: (typeof W)[Lang]): TableModel {
  return {
    title: w.byLine,
    columns: [left(w.line), left(w.lineName), right(w.count), right(w.amount)],
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), text(''), int(report.total.count), int(report.total.amount)] },
      ...report.lines.map((l): Row => ({ role: 'item', level: 1, cells: [text(l.line), text(l.name), int(l.count), int(l.amount)] })),
    ],
  };
}

/** `expenses summary`: the totals per line, then per payment method. */
export function expenseSummaryDoc(report: ExpenseSummaryReport, lang: Lang): Doc {
  const w = W[lang];
  const filters = w.filters(report.filters);
  const lines = lineTotalsTable(report, w);
  const titled = { ...lines, title: filters === '' ? w.byLine : `${w.byLine} — ${filters}`, ...(report.total.count === 0 ? { notes: [w.none] } : {}) };
  const methods: TableModel = {
    title: w.byMethod,
    columns: [left(w.method), right(w.count), right(w.amount)],
    rows: [totalRow(w.total, [report.total.count, report.total.amount]), ...report.payments.map((m): Row => ({ role: 'item', level: 1, cells: [text(m.method ?? w.noMethod), int(m.count), int(m.amount)] }))],
  };
  return tablesDoc(titled.title, report, [titled, methods]);
}

/** The disclosure's columns: the Korean headers of the tables offices publish, each one a name
 *  `expenses import` maps back to its field (docs/import.md); 비고 carries a refund's type and
 *  reason for readers. */
export const DISCLOSURE_COLUMNS = ['부서', '사용일자', '사용시간', '사용장소', '사용목적', '대상인원', '결제방법', '비목', '사용금액', '비고'] as const;
/** The column a disclosure of a budget with programs has before 비목: the entry's 세부사업 name. */
export const PROGRAM_COLUMN = '세부사업';

/** "2022년 5월 업무추진비 사용 내역". */
export const disclosureTitle = (month: string): string => `${month.slice(0, 4)}년 ${Number(month.slice(5, 7))}월 업무추진비 사용 내역`;

/** The disclosure is a public document in Korean: its words do not follow --lang. */
export function disclosureDoc(report: ExpenseDisclosureReport): Doc {
  const title = disclosureTitle(report.month);
  // A budget with programs: the 세부사업 before 비목, so that import finds the same line again.
  const headers = report.programs ? DISCLOSURE_COLUMNS.flatMap((h) => (h === '비목' ? [PROGRAM_COLUMN, h] : [h])) : [...DISCLOSURE_COLUMNS];
  const program = (name: string): Cell[] => (report.programs ? [text(name)] : []);
  const table: TableModel = {
    title,
    columns: headers.map((h) => (h === '사용금액' ? right(h) : left(h))),
    rows: [
      ...report.entries.map(
        (e): Row => ({
          role: 'item',
          level: 0,
          cells: [text(e.dept ?? ''), text(e.date), text(e.time ?? ''), text(e.place ?? ''), text(e.purpose), text(e.attendees ?? ''), text(e.payment ?? ''), ...program(e.program?.name ?? ''), text(e.lineName), int(e.amount), text(noteOf(e))],
        }),
      ),
      { role: 'total', level: 0, cells: [text('합계'), text(''), text(''), text(''), text(`${report.total.count}건`), text(''), text(''), ...program(''), text(''), int(report.total.amount), text('')] },
    ],
    notes: report.entries.length === 0 ? [`${report.month}에는 집행 건이 없습니다.`] : [],
  };
  return {
    title,
    data: report,
    blocks: [
      { type: 'heading', level: 2, text: title },
      { type: 'paragraph', text: `부서 : ${report.dept} / 단위 : 원`, subtitle: true },
      { type: 'table', table, titled: false },
      ...(report.entries.length === 0 ? [{ type: 'paragraph' as const, text: table.notes![0]! }] : []),
    ],
  };
}
