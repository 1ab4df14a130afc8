// 예산 집행현황 as a table: 계 first, then each budget line; 예산현액 only when some line's differs
// from its 예산액; pace against the share of the year elapsed, with a bar when colour is on.
import type { Lang } from '../../messages/catalog.js';
import type { BudgetLineStatus, BudgetStatusReport } from '../../model/report.js';
import { PACE_BAND_TENTHS } from '../../compute/budgetReport.js';
import { formatTenths, groupThousands } from '../../model/numbers.js';
import type { Column, Row, TableModel } from '../tableModel.js';
import { int, officeDate, percent, text } from '../tableModel.js';
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

/** The money unit as the language writes it. */
export const unitName = (lang: Lang, unit: string): string => (lang === 'ko' ? unit : unit === '천원' ? '1,000 KRW (천원)' : 'KRW (원)');

export function budgetTitle(lang: Lang, asOf: string, unit: string): string {
  return lang === 'ko'
    ? `${WORDS.ko.title} (기준 / 단위 : ${officeDate(asOf)} / ${unit})`
    : `${WORDS.en.title} (as of ${asOf} / unit: ${unitName(lang, unit)})`;
}

function paceText(l: BudgetLineStatus, lang: Lang): string {
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
}

export function budgetStatusTable(report: BudgetStatusReport, options: BudgetTableOptions): TableModel {
  const { lang } = options;
  const w = WORDS[lang];
  const showCurrent = [report.total, ...report.lines].some((l) => l.current !== l.budget);
  const columns: Column[] = [
    { header: w.group, align: 'left' },
    { header: w.budget, align: 'right' },
    ...(showCurrent ? [{ header: w.current, align: 'right' as const }] : []),
    { header: w.executed, align: 'right' },
    { header: w.balance, align: 'right' },
    { header: w.rate, align: 'right' },
    { header: w.pace, align: 'left' },
  ];
  const row = (l: BudgetLineStatus, role: Row['role']): Row => ({
    role,
    level: 0,
    cells: [
      text(role === 'total' ? (lang === 'ko' ? '계' : 'Total') : l.name),
      int(l.budget),
      ...(showCurrent ? [int(l.current)] : []),
      int(l.executed),
      int(l.balance),
      percent(l.rate === null ? null : Math.round(l.rate * 10)),
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
    if (report.rounding) notes.push('원 단위 집행 내역을 천원 단위로 반올림(사사오입)함; 계와 집행률은 반올림 전 금액으로 계산');
  } else {
    notes.push(`Year elapsed ${elapsed}% (days of fiscal year ${report.fiscalYear} gone by the end of ${report.executionDate}); pace is behind or ahead when the rate differs from it by more than ${band} points`);
    notes.push(
      report.source === 'snapshot'
        ? `Executed: totals of the snapshot of ${report.snapshotDate}`
        : report.source === 'entries'
          ? `Executed: sum of the itemized entries up to ${report.asOf}`
          : `Executed: the totals of ${report.snapshotDate} plus the itemized entries after them, up to ${report.asOf}`,
    );
    if (report.rounding) notes.push('Amounts from 원 entries are rounded half-up to 천원; the total and the rates are computed from unrounded amounts');
  }
  return { title: budgetTitle(lang, report.executionDate, report.unit), columns, rows: [row(report.total, 'total'), ...report.lines.map((l) => row(l, 'item'))], notes, asOf: report.executionDate, unit: unitName(lang, report.unit) };
}

/** The work report's own layout: 구분, 예산액, 집행액 with 집행률 in parentheses, 잔액, 비고. */
export function budgetReportTable(report: BudgetStatusReport, descriptions: Readonly<Record<string, string>>, lang: Lang): TableModel {
  const ko = lang === 'ko';
  const exec = (l: BudgetLineStatus): string => `${groupThousands(l.executed)}${l.rate === null ? '' : ` (${formatTenths(Math.round(l.rate * 10))}%)`}`;
  const showCurrent = [report.total, ...report.lines].some((l) => l.current !== l.budget);
  const row = (l: BudgetLineStatus, role: Row['role']): Row => ({
    role,
    level: 0,
    cells: [
      text(role === 'total' ? (ko ? '계' : 'Total') : l.name),
      int(l.budget),
      ...(showCurrent ? [int(l.current)] : []),
      text(exec(l)),
      int(l.balance),
      text(role === 'total' ? '' : (descriptions[l.code] ?? '')),
    ],
  });
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
    rows: [row(report.total, 'total'), ...report.lines.map((l) => row(l, 'item'))],
    asOf: report.executionDate,
    unit: unitName(lang, report.unit),
  };
}

/** budget status as a document: the table, and a chart where a format can draw one. */
export function budgetStatusDoc(report: BudgetStatusReport, options: BudgetTableOptions): Doc {
  const table = budgetStatusTable(report, options);
  return tablesDoc(table.title, report, [table], [{ type: 'chart', chart: { kind: 'budget', report }, caption: REPORT_TEXT[options.lang].budgetChartCaption }]);
}
