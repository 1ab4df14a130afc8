// Headcount reports as tables: 총계 first, then each track's 소계 and its grades (Korean report
// order), or the report's wide layout with one column per grade (`by: 'grade'`).
import type { Lang } from '../../messages/catalog.js';
import type { HeadcountFiguresJson, HeadcountStatusReport, HeadcountTrendReport } from '../../model/report.js';
import type { Column, HeaderGroup, Row, TableModel } from '../tableModel.js';
import { gap, int, officeDate, text } from '../tableModel.js';

const WORDS = {
  ko: { title: '인력 현황', group: '구분', quota: '정원', current: '현원', gap: '과부족', total: '총계', subtotal: '소계', date: '기준일', trend: '인력 추이', unit: '명' },
  en: { title: 'Headcount', group: 'Group', quota: 'Authorized', current: 'Filled', gap: 'Gap', total: 'Total', subtotal: 'subtotal', date: 'As of', trend: 'Headcount trend', unit: 'persons' },
} as const;

const mark = (f: HeadcountFiguresJson): Row['mark'] => (f.gap > 0 ? 'over' : f.gap < 0 ? 'under' : undefined);

export function headcountTitle(lang: Lang, title: string, asOf: string): string {
  return lang === 'ko' ? `${title} (기준 / 단위 : ${officeDate(asOf)} / 명)` : `${title} (as of ${asOf} / unit: persons)`;
}

export function headcountStatusTable(report: HeadcountStatusReport, lang: Lang, by: 'track' | 'grade' = 'track'): TableModel {
  const w = WORDS[lang];
  const title = headcountTitle(lang, w.title, report.asOf);
  if (by === 'grade') return wideTable(report, lang, title);
  const row = (label: string, f: HeadcountFiguresJson, role: Row['role'], level: number): Row => ({
    role,
    level,
    cells: [text(label), int(f.quota), int(f.current), gap(f.gap)],
    mark: mark(f),
  });
  const rows: Row[] = [row(w.total, report.total, 'total', 0)];
  for (const t of report.tracks) {
    rows.push(row(`${t.track} ${w.subtotal}`, t.subtotal, 'subtotal', 0));
    for (const g of t.grades) rows.push(row(g.grade, g, 'item', 1));
  }
  const columns: Column[] = [
    { header: w.group, align: 'left' },
    { header: w.quota, align: 'right' },
    { header: w.current, align: 'right' },
    { header: w.gap, align: 'right' },
  ];
  return { title, columns, rows, asOf: report.asOf, unit: w.unit };
}

/** The work report's layout: rows 정원, 현원, 과부족; a column per total, subtotal and grade. */
function wideTable(report: HeadcountStatusReport, lang: Lang, title: string): TableModel {
  const w = WORDS[lang];
  const groups: { header: string; grouped?: string; f: HeadcountFiguresJson }[] = [{ header: w.total, f: report.total }];
  // Two header rows where they can be drawn: each track over its 소계 and grades.
  const headerGroups: HeaderGroup[] = [{ label: w.group, span: 1 }, { label: w.total, span: 1 }];
  for (const t of report.tracks) {
    groups.push({ header: `${t.track} ${w.subtotal}`, grouped: w.subtotal, f: t.subtotal });
    for (const g of t.grades) groups.push({ header: g.grade, f: g });
    headerGroups.push({ label: t.track, span: t.grades.length + 1 });
  }
  const columns: Column[] = [{ header: w.group, align: 'left' }, ...groups.map((g) => ({ header: g.header, align: 'right' as const, ...(g.grouped ? { grouped: g.grouped } : {}) }))];
  const rows: Row[] = [
    { role: 'item', level: 0, cells: [text(w.quota), ...groups.map((g) => int(g.f.quota))] },
    { role: 'item', level: 0, cells: [text(w.current), ...groups.map((g) => int(g.f.current))] },
    { role: 'item', level: 0, cells: [text(w.gap), ...groups.map((g) => gap(g.f.gap))] },
  ];
  return { title, columns, rows, headerGroups, asOf: report.asOf, unit: w.unit };
}

export function headcountTrendTable(report: HeadcountTrendReport, lang: Lang): TableModel {
  const w = WORDS[lang];
  const columns: Column[] = [{ header: w.date, align: 'left' }];
  const heads = [w.total, ...report.tracks];
  for (const h of heads) for (const k of [w.quota, w.current, w.gap]) columns.push({ header: `${h} ${k}`, align: 'right' });
  const rows: Row[] = report.snapshots.map((s) => ({
    role: 'item',
    level: 0,
    cells: [
      text(lang === 'ko' ? officeDate(s.asOf) : s.asOf),
      ...[s.total, ...s.tracks].flatMap((f) => (f ? [int(f.quota), int(f.current), gap(f.gap)] : [int(null), int(null), int(null)])),
    ],
  }));
  return { title: lang === 'ko' ? `${w.trend} (단위 : 명)` : `${w.trend} (unit: persons)`, columns, rows };
}
