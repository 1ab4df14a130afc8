// 예산 집행현황 as a table: 계 first, then each budget line, or each program (세부사업) with its
// 소계 and its lines under it; 예산현액 only when some line's differs from its 예산액; pace
// against the share of the year elapsed, with a bar when colour is on. An unknown 예산액 shows
// its 예산액, 잔액 and 집행률 as "–", with a note.
import type { Lang } from '../../messages/catalog.js';
import type { BudgetLineStatus, BudgetStatusReport } from '../../model/report.js';
import { PACE_BAND_TENTHS } from '../../compute/budgetReport.js';
import { lineKey } from '../../compute/expenseVocabulary.js';
import { formatTenths, groupThousands } from '../../model/numbers.js';
import type { Cell, Column, Row, TableModel } from '../tableModel.js';
import { gap, int, officeDate, percent, text } from '../tableModel.js';
import type { Doc } from '../document.js';
import { tablesDoc } from '../document.js';
import { REPORT_TEXT } from '../../messages/reportText.js';

const WORDS = {
  ko: {
    title: '예산 집행현황',
    group: '구분',
    budget: '예산액',
    current: '예산현액',
    executed: '집행액',
    balance: '잔액',
    rate: '집행률',
    pace: '진도',
    paces: { behind: '부진', 'on-pace': '적정', ahead: '빠름' },
  },
  en: {
    title: 'Budget execution',
    group: 'Line',
    budget: 'Budget',
    current: 'Current budget',
    executed: 'Executed',
    balance: 'Balance',
    rate: 'Rate',
    pace: 'Pace',
    paces: { behind: 'behind', 'on-pace': 'on pace', ahead: 'ahead' },
  },
} as const;

/** A budget unit as an English reader reads it. */
export const unitInEnglish = (unit: string): string => (unit === '천원' ? '1,000 KRW (천원)' : unit === '백만원' ? '1,000,000 KRW (백만원)' : 'KRW (원)');
/** The money unit as the language writes it. */
export const unitName = (lang: Lang, unit: string): string => (lang === 'ko' ? unit : unitInEnglish(unit));

export function budgetTitle(lang: Lang, asOf: string, unit: string): string {
  return lang === 'ko'
    ? `${WORDS.ko.title} (기준 / 단위 : ${officeDate(asOf)} / ${unit})`
    : `${WORDS.en.title} (as of ${asOf} / unit: ${unitName(lang, unit)})`;
}

/** How the status is broken down: per line, or per program with its lines. */
export type BudgetBy = 'line' | 'program';

/** A figure the records do not give. */
const UNKNOWN = '–';
const amount = (v: number | null): Cell => (v === null ? text(UNKNOWN) : int(v));
/** 잔액: negative (over budget) written with △ in Korean, as the pace column and 과부족 are. */
const balanceCell = (v: number | null): Cell => (v === null ? text(UNKNOWN) : gap(v));
const rateCell = (l: BudgetLineStatus): Cell => (l.rate === null && l.current === null ? text(UNKNOWN) : percent(l.rate === null ? null : Math.round(l.rate * 10)));

interface Shown {
  readonly line: BudgetLineStatus;
  readonly role: Row['role'];
  readonly level: number;
  /** The label in the first column. */
  readonly label: string;
}

/** The rows in order: 계, then the lines (by line) or each program's 소계 and lines (by program). */
function shownRows(report: BudgetStatusReport, by: BudgetBy, lang: Lang): Shown[] {
  const total: Shown = { line: report.total, role: 'total', level: 0, label: lang === 'ko' ? '계' : 'Total' };
  if (by === 'line' || report.programs === undefined) return [total, ...report.lines.map((l) => ({ line: l, role: 'item' as const, level: 0, label: l.name }))];
  return [
    total,
    ...report.programs.flatMap((p): Shown[] => [
      { line: p.subtotal, role: 'subtotal', level: 0, label: p.code === '' ? (lang === 'ko' ? '세부사업 외 소계' : 'Outside programs, subtotal') : lang === 'ko' ? `${p.name} 소계` : `${p.name}, subtotal` },
      ...p.lines.map((l) => ({ line: l, role: 'item' as const, level: 1, label: l.name })),
    ]),
  ];
}

/** The entries end in a month before the as-of date's: the figures stop there while the pace is
 *  measured against the as-of date (entries ending a few days before the month's end are the
 *  usual month, and earn no note). */
const recordsEndEarlier = (r: BudgetStatusReport): boolean => r.source !== 'snapshot' && r.lastRecord !== null && r.lastRecord.slice(0, 7) < r.asOf.slice(0, 7);

/** Notes on what the figures of a budget with programs or unknown amounts mean. */
function budgetNotes(report: BudgetStatusReport, by: BudgetBy, lang: Lang): string[] {
  const notes: string[] = [];
  const ko = lang === 'ko';
  if (report.programs !== undefined && by === 'line') notes.push(ko ? '과목별: 같은 통계목은 세부사업을 합산함' : 'By line: the same line under several programs is summed');
  if (report.programs === undefined && by === 'program') notes.push(ko ? '이 예산에는 세부사업이 없어 과목별로 보임' : 'This budget has no programs: shown by line');
  const lines = report.programs ? report.programs.flatMap((p) => p.lines) : report.lines;
  if (lines.some((l) => l.budget === null)) {
    notes.push(
      ko
        ? `${UNKNOWN}: 예산액이 기록에 없어(예: 업무추진비 공개 자료) 예산액·잔액·집행률을 알 수 없음; 그 과목이 든 소계와 계도 같음`
        : `${UNKNOWN}: the budget amount is not in the records (e.g. from an expense disclosure), so budget, balance and rate are not known; nor are they for the subtotals and total it is part of`,
    );
  }
  return notes;
}

/** The pace column: 부진 △28.8%p, behind (-28.8 pts); of a line, or of a roll-up's sum. */
export function paceText(l: Pick<BudgetLineStatus, 'current' | 'pace' | 'paceGap'>, lang: Lang): string {
  if (l.current === null) return UNKNOWN;
  if (l.pace === null || l.paceGap === null) return '-';
  const gapTenths = Math.round(l.paceGap * 10);
  const word = WORDS[lang].paces[l.pace];
  if (l.pace === 'on-pace') return word;
  if (lang === 'ko') return `${word} ${gapTenths < 0 ? '△' : '+'}${formatTenths(Math.abs(gapTenths))}%p`;
  return `${word} (${gapTenths < 0 ? '-' : '+'}${formatTenths(Math.abs(gapTenths))} pts)`;
}

/** Execution against the year: ■ executed, ▏ where the year stands, 20 cells wide. */
export function paceBar(rate: number | null, yearElapsed: number): string {
  const width = 20;
  const filled = rate === null ? 0 : Math.min(width, Math.round((rate / 100) * width));
  const mark = Math.min(width - 1, Math.floor((yearElapsed / 100) * width));
  let bar = '';
  for (let i = 0; i < width; i++) bar += i === mark ? '┃' : i < filled ? '█' : '░';
  return bar;
}

export interface BudgetTableOptions {
  readonly lang: Lang;
  /** Draw the bars (the table format, when colour is on). */
  readonly bars: boolean;
  /** Per line (default for a budget without programs) or per program (default with programs). */
  readonly by?: BudgetBy;
}

/** The breakdown a budget is shown in when none is asked for. */
export const defaultBy = (report: BudgetStatusReport): BudgetBy => (report.programs === undefined ? 'line' : 'program');

export function budgetStatusTable(report: BudgetStatusReport, options: BudgetTableOptions): TableModel {
  const { lang } = options;
  const by = options.by ?? defaultBy(report);
  const w = WORDS[lang];
  const shown = shownRows(report, by, lang);
  const showCurrent = shown.some((r) => r.line.current !== r.line.budget);
  const columns: Column[] = [
    { header: w.group, align: 'left' },
    { header: w.budget, align: 'right' },
    ...(showCurrent ? [{ header: w.current, align: 'right' as const }] : []),
    { header: w.executed, align: 'right' },
    { header: w.balance, align: 'right' },
    { header: w.rate, align: 'right' },
    { header: w.pace, align: 'left' },
  ];
  const row = ({ line: l, role, level, label }: Shown): Row => ({
    role,
    level,
    cells: [
      text(label),
      amount(l.budget),
      ...(showCurrent ? [amount(l.current)] : []),
      int(l.executed),
      balanceCell(l.balance),
      rateCell(l),
      text(paceText(l, lang)),
    ],
    mark: l.pace === 'behind' ? 'under' : l.pace === 'ahead' ? 'over' : undefined,
    trailer: options.bars ? paceBar(l.rate, report.yearElapsed) : undefined,
  });
  const elapsed = formatTenths(Math.round(report.yearElapsed * 10));
  const band = formatTenths(PACE_BAND_TENTHS).replace(/\.0$/, '');
  const notes: string[] = [];
  if (lang === 'ko') {
    notes.push(`연중 경과율 ${elapsed}% (${report.executionDate}까지 ${report.fiscalYear}회계연도 중 경과한 날의 비율); 진도는 집행률과 경과율의 차이가 ${band}%p를 넘으면 부진·빠름`);
    notes.push(
      report.source === 'snapshot'
        ? `집행액: ${report.snapshotDate} 기준 집행 합계`
        : report.source === 'entries'
          ? `집행액: ${report.asOf}까지의 건별 집행 내역 합계`
          : `집행액: ${report.snapshotDate} 기준 집행 합계에 ${report.asOf}까지의 건별 집행 내역을 더함`,
    );
    if (report.rounding) notes.push(`원 단위 집행 내역을 ${report.unit} 단위로 반올림(사사오입)함; 계와 집행률은 반올림 전 금액으로 계산`);
    if (report.source === 'snapshot' && report.asOf > report.executionDate) notes.push(`기준일 ${report.asOf}에 대한 집행 기록은 ${report.executionDate}의 스냅숏이 마지막이라, 집행액과 진도는 ${report.executionDate} 기준임`);
    else if (recordsEndEarlier(report)) notes.push(`집행 기록은 ${report.lastRecord}까지임: 그 뒤 ${report.asOf}까지의 집행은 기록에 없고, 진도는 ${report.asOf}의 경과율에 견준 것`);
  } else {
    notes.push(`Year elapsed ${elapsed}% (days of fiscal year ${report.fiscalYear} gone by the end of ${report.executionDate}); pace is behind or ahead when the rate differs from it by more than ${band} points`);
    notes.push(
      report.source === 'snapshot'
        ? `Executed: totals of the snapshot of ${report.snapshotDate}`
        : report.source === 'entries'
          ? `Executed: sum of the itemized entries up to ${report.asOf}`
          : `Executed: the totals of ${report.snapshotDate} plus the itemized entries after them, up to ${report.asOf}`,
    );
    if (report.rounding) notes.push(`Amounts from 원 entries are rounded half-up to ${report.unit}; the total and the rates are computed from unrounded amounts`);
    if (report.source === 'snapshot' && report.asOf > report.executionDate) notes.push(`Asked as of ${report.asOf}: the last execution record on or before it is the snapshot of ${report.executionDate}, so the executed amounts and the pace are of that day`);
    else if (recordsEndEarlier(report)) notes.push(`The records end on ${report.lastRecord}: nothing spent after it up to ${report.asOf} is recorded, and the pace is measured against the year elapsed on ${report.asOf}`);
  }
  notes.push(...budgetNotes(report, by, lang));
  return { title: budgetTitle(lang, report.executionDate, report.unit), columns, rows: shown.map(row), notes, asOf: report.executionDate, unit: unitName(lang, report.unit) };
}

/** The work report's own layout: 구分, 예산액, 집행액 with 집행률 in parentheses, 잔액, 비고; a
 *  budget with programs by program, each with its 소계. `descriptions` are keyed by line key. */
export function budgetReportTable(report: BudgetStatusReport, descriptions: Readonly<Record<string, string>>, lang: Lang): TableModel {
  const ko = lang === 'ko';
  const by = defaultBy(report);
  const exec = (l: BudgetLineStatus): string => `${groupThousands(l.executed)}${l.rate === null ? '' : ` (${formatTenths(Math.round(l.rate * 10))}%)`}`;
  const shown = shownRows(report, by, lang);
  const showCurrent = shown.some((r) => r.line.current !== r.line.budget);
  const row = ({ line: l, role, level, label }: Shown): Row => ({
    role,
    level,
    cells: [
      text(label),
      amount(l.budget),
      ...(showCurrent ? [amount(l.current)] : []),
      text(exec(l)),
      balanceCell(l.balance),
      text(role === 'item' ? (descriptions[lineKey(l.program, l.code)] ?? '') : ''),
    ],
  });
  const notes = budgetNotes(report, by, lang);
  return {
    title: budgetTitle(lang, report.executionDate, report.unit),
    columns: [
      { header: ko ? '구분' : 'Line', align: 'left' },
      { header: ko ? '예산액' : 'Budget', align: 'right' },
      ...(showCurrent ? [{ header: ko ? '예산현액' : 'Current budget', align: 'right' as const }] : []),
      { header: ko ? '집행액' : 'Executed (rate)', align: 'right' },
      { header: ko ? '잔액' : 'Balance', align: 'right' },
      { header: ko ? '비고' : 'Note', align: 'left' },
    ],
    rows: shown.map(row),
    ...(notes.length > 0 ? { notes } : {}),
    asOf: report.executionDate,
    unit: unitName(lang, report.unit),
  };
}

/** budget status as a document: the table, and a chart where a format can draw one. */
export function budgetStatusDoc(report: BudgetStatusReport, options: BudgetTableOptions): Doc {
  const table = budgetStatusTable(report, options);
  return tablesDoc(table.title, report, [table], [{ type: 'chart', chart: { kind: 'budget', report }, caption: REPORT_TEXT[options.lang].budgetChartCaption }]);
}
