// Headcount reports as tables: 총계 first, then each group's 소계 and its grades (Korean report
// order), or the report's wide layout with one column per grade (`by: 'grade'`). Only the
// figures the snapshot holds get a column (or a row in the wide layout); 과부족 only where both
// 정원 and 현원 exist; 인원 where the table counts heads without saying which. A left-out figure
// is said in a note under the table, and so is a '-' cell (no such posts, left out of sums).
import type { Lang } from '../../messages/catalog.js';
import type { HeadcountFigureJson, HeadcountFiguresJson, HeadcountGroupingJson, HeadcountSplitJson, HeadcountStatusReport, HeadcountTrendReport } from '../../model/report.js';
import type { Cell, Column, HeaderGroup, Row, TableModel } from '../tableModel.js';
import { heads, headsGap, officeDate, text } from '../tableModel.js';

const WORDS = {
  ko: {
    title: '인력 현황',
    unit: '명',
    group: '구분',
    groupBy: { dept: '부서', grade: '직급' },
    quota: '정원',
    current: '현원',
    count: '인원',
    gap: '과부족',
    total: '총계',
    subtotal: '소계',
    date: '기준일',
    trend: '인력 추이',
    missing: { quota: '정원 기록 없음: 정원과 과부족은 싣지 않음', current: '현원 기록 없음: 현원과 과부족은 싣지 않음' },
    counted: '인원: 표가 정원인지 현원인지 적지 않은 수치를 표에 적힌 그대로 실음',
    notApplicable: "'-': 해당 없음(표에 '-'로 적힌 칸, 0이 아님): 소계·총계에 넣지 않음",
    split: (name: string, columns: readonly string[]): string =>
      `${columns.join('·')}: ${name}별로 나눈 칸, 표에 적힌 그대로(빈칸: 표가 그 행을 나누지 않았거나 그 ${name}에 자리가 없음); 소계·총계는 나누지 않음`,
    splitNotShown: (name: string): string => `이 배치에는 ${name}별로 나눈 칸을 싣지 않음 (--by 없이 보면 실음)`,
    snapshotNote: (date: string, by: HeadcountGroupingJson | undefined, missing: readonly HeadcountFigureJson[], counted: readonly string[] = []): string =>
      `${officeDate(date)}: ${[...(by ? [by === 'dept' ? '부서별' : '직급별'] : []), ...missing.map((f) => `${f === 'quota' ? '정원' : '현원'} 기록 없음`), ...counted.map((c) => `${c}(정원·현원 구분 없음)`)].join(', ')}`,
  },
  en: {
    title: 'Headcount',
    unit: 'persons',
    group: 'Group',
    groupBy: { dept: 'Department', grade: 'Grade' },
    quota: 'Authorized',
    current: 'Filled',
    count: 'Count',
    gap: 'Gap',
    total: 'Total',
    subtotal: 'subtotal',
    date: 'As of',
    trend: 'Headcount trend',
    missing: {
      quota: 'No authorized posts (정원) on record: Authorized and Gap are left out',
      current: 'No filled posts (현원) on record: Filled and Gap are left out',
    },
    counted: 'Count (인원): the table does not say whether it counts authorized or filled posts; its figures are shown as written',
    notApplicable: "'-': not applicable (written '-' in the table, not 0): left out of subtotals and totals",
    split: (name: string, columns: readonly string[]): string =>
      `${columns.join(', ')}: the cells of the rows the table splits by ${name}, as written (blank: the table does not split that row, or has no such posts there); subtotals and the total are not split`,
    splitNotShown: (name: string): string => `the cells split by ${name} are not in this layout (they are without --by)`,
    snapshotNote: (date: string, by: HeadcountGroupingJson | undefined, missing: readonly HeadcountFigureJson[], counted: readonly string[] = []): string =>
      `${date}: ${[...(by ? [`by ${by === 'dept' ? 'department' : 'grade'}`] : []), ...missing.map((f) => `no ${f === 'quota' ? 'authorized' : 'filled'} posts on record`), ...counted.map((c) => `${c.toLowerCase()} (neither authorized nor filled)`)].join('; ')}`,
  },
} as const;

const mark = (f: HeadcountFiguresJson): Row['mark'] => (typeof f.gap !== 'number' ? undefined : f.gap > 0 ? 'over' : f.gap < 0 ? 'under' : undefined);

/** The figures a status report holds, in column order: 정원, 현원, 과부족 when both, 인원. */
export function shown(report: { readonly missing?: readonly HeadcountFigureJson[]; readonly total: HeadcountFiguresJson }): {
  quota: boolean;
  current: boolean;
  gap: boolean;
  count: boolean;
} {
  const quota = !report.missing?.includes('quota');
  const current = !report.missing?.includes('current');
  return { quota, current, gap: quota && current, count: report.total.count !== undefined };
}

/** Every figure of a status report: its total, subtotals and grades. */
const allFigures = (report: HeadcountStatusReport): HeadcountFiguresJson[] => [report.total, ...report.tracks.flatMap((t) => [t.subtotal, ...t.grades])];

/** The notes under the table: figures the snapshot does not hold (said once as 인원 when it counts
 *  heads without saying 정원 or 현원), and what a '-' cell means where there is one. */
export function headcountNotes(report: HeadcountStatusReport, lang: Lang): string[] {
  const w = WORDS[lang];
  const held = shown(report).count ? [w.counted] : (report.missing ?? []).map((f) => w.missing[f]);
  const dash = allFigures(report).some((f) => f.quota === '-' || f.current === '-' || f.count === '-') || splitCells(report).some((v) => v === '-');
  return [...held, ...(dash ? [w.notApplicable] : [])];
}

/** Every cell of a cross table's splits. */
const splitCells = (report: HeadcountStatusReport): (number | '-')[] =>
  report.tracks.flatMap((t) => [t.split, ...t.grades.map((g) => g.split)]).flatMap((sp) => (sp ? Object.values(sp) : []));

export function headcountTitle(lang: Lang, title: string, asOf: string): string {
  return lang === 'ko' ? `${title} (기준 / 단위 : ${officeDate(asOf)} / 명)` : `${title} (as of ${asOf} / unit: persons)`;
}

export function headcountStatusTable(report: HeadcountStatusReport, lang: Lang, by: 'track' | 'grade' = 'track'): TableModel {
  const w = WORDS[lang];
  const title = headcountTitle(lang, w.title, report.asOf);
  if (by === 'grade') return wideTable(report, lang, title);
  const s = shown(report);
  const cells = (f: HeadcountFiguresJson): Cell[] => [
    ...(s.quota ? [heads(f.quota)] : []),
    ...(s.current ? [heads(f.current)] : []),
    ...(s.gap ? [headsGap(f.gap)] : []),
    ...(s.count ? [heads(f.count ?? null)] : []),
  ];
  // A cross table's columns follow the figures: a split row's cells as written, blank elsewhere
  // (a row the table does not split, a column it leaves blank, and every 소계 and 총계).
  const splitColumns = report.splitBy?.columns ?? [];
  const splitOf = (sp: HeadcountSplitJson | undefined): Cell[] => splitColumns.map((c) => (sp && Object.hasOwn(sp, c) ? heads(sp[c]!) : text('')));
  const row = (label: string, f: HeadcountFiguresJson, role: Row['role'], level: number, sp?: HeadcountSplitJson): Row => ({ role, level, cells: [text(label), ...cells(f), ...splitOf(sp)], mark: mark(f) });
  const rows: Row[] = [row(w.total, report.total, 'total', 0)];
  for (const t of report.tracks) {
    // A group counted as a whole (no grades) is one row of its own, not a 소계.
    if (t.grades.length === 0) {
      rows.push(row(t.track, t.subtotal, 'item', 0, t.split));
      continue;
    }
    rows.push(row(`${t.track} ${w.subtotal}`, t.subtotal, 'subtotal', 0));
    for (const g of t.grades) rows.push(row(g.grade, g, 'item', 1, g.split));
  }
  const columns: Column[] = [
    { header: report.by ? w.groupBy[report.by] : w.group, align: 'left' },
    ...(s.quota ? [{ header: w.quota, align: 'right' as const }] : []),
    ...(s.current ? [{ header: w.current, align: 'right' as const }] : []),
    ...(s.gap ? [{ header: w.gap, align: 'right' as const }] : []),
    ...(s.count ? [{ header: w.count, align: 'right' as const }] : []),
    ...splitColumns.map((c) => ({ header: c, align: 'right' as const })),
  ];
  const notes = [...headcountNotes(report, lang), ...(report.splitBy ? [w.split(report.splitBy.name, report.splitBy.columns)] : [])];
  return { title, columns, rows, ...(notes.length ? { notes } : {}), asOf: report.asOf, unit: w.unit };
}

/** The work report's layout: rows 정원, 현원, 과부족 (those held); a column per total, subtotal and grade. */
function wideTable(report: HeadcountStatusReport, lang: Lang, title: string): TableModel {
  const w = WORDS[lang];
  const s = shown(report);
  const groups: { header: string; grouped?: string; f: HeadcountFiguresJson }[] = [{ header: w.total, f: report.total }];
  // Two header rows where they can be drawn: each track over its 소계 and grades (a track
  // without grades is one column, named over both rows).
  const headerGroups: HeaderGroup[] = [{ label: w.group, span: 1 }, { label: w.total, span: 1 }];
  for (const t of report.tracks) {
    groups.push(t.grades.length ? { header: `${t.track} ${w.subtotal}`, grouped: w.subtotal, f: t.subtotal } : { header: t.track, f: t.subtotal });
    for (const g of t.grades) groups.push({ header: g.grade, f: g });
    headerGroups.push({ label: t.track, span: t.grades.length + 1 });
  }
  const columns: Column[] = [{ header: w.group, align: 'left' }, ...groups.map((g) => ({ header: g.header, align: 'right' as const, ...(g.grouped ? { grouped: g.grouped } : {}) }))];
  const line = (label: string, cell: (f: HeadcountFiguresJson) => Cell): Row => ({ role: 'item', level: 0, cells: [text(label), ...groups.map((g) => cell(g.f))] });
  const rows: Row[] = [
    ...(s.quota ? [line(w.quota, (f) => heads(f.quota))] : []),
    ...(s.current ? [line(w.current, (f) => heads(f.current))] : []),
    ...(s.gap ? [line(w.gap, (f) => headsGap(f.gap))] : []),
    ...(s.count ? [line(w.count, (f) => heads(f.count ?? null))] : []),
  ];
  const notes = [...headcountNotes(report, lang), ...(report.splitBy ? [w.splitNotShown(report.splitBy.name)] : [])];
  return { title, columns, rows, ...(notes.length ? { notes } : {}), headerGroups, asOf: report.asOf, unit: w.unit };
}

export function headcountTrendTable(report: HeadcountTrendReport, lang: Lang): TableModel {
  const w = WORDS[lang];
  const columns: Column[] = [{ header: w.date, align: 'left' }];
  const names = [w.total, ...report.tracks];
  const series = (i: number): readonly (HeadcountFiguresJson | null)[] => report.snapshots.map((s) => (i === 0 ? s.total : s.tracks[i - 1]!));
  // A column for each figure some snapshot gives for that head; 과부족 where some gives both.
  const kept = names.map((_h, i) => {
    const fs = series(i);
    return { quota: fs.some((f) => f?.quota != null), current: fs.some((f) => f?.current != null), gap: fs.some((f) => f?.gap != null), count: fs.some((f) => f?.count != null) };
  });
  names.forEach((h, i) => {
    const k = kept[i]!;
    if (k.quota) columns.push({ header: `${h} ${w.quota}`, align: 'right' });
    if (k.current) columns.push({ header: `${h} ${w.current}`, align: 'right' });
    if (k.gap) columns.push({ header: `${h} ${w.gap}`, align: 'right' });
    if (k.count) columns.push({ header: `${h} ${w.count}`, align: 'right' });
  });
  const rows: Row[] = report.snapshots.map((s) => ({
    role: 'item',
    level: 0,
    cells: [
      text(lang === 'ko' ? officeDate(s.asOf) : s.asOf),
      ...[s.total, ...s.tracks].flatMap((f, i) => {
        const k = kept[i]!;
        return [
          ...(k.quota ? [heads(f?.quota ?? null)] : []),
          ...(k.current ? [heads(f?.current ?? null)] : []),
          ...(k.gap ? [headsGap(f?.gap ?? null)] : []),
          ...(k.count ? [heads(f?.count ?? null)] : []),
        ];
      }),
    ],
  }));
  // A snapshot that counts 인원 holds neither 정원 nor 현원 by design: its note says 인원, not what is missing.
  const notes = report.snapshots.flatMap((s) => {
    const missing = s.total.count !== undefined ? [] : (s.missing ?? []);
    const counted = s.total.count !== undefined ? [w.count] : [];
    return s.by || missing.length || counted.length ? [w.snapshotNote(s.asOf, s.by, missing, counted)] : [];
  });
  return { title: lang === 'ko' ? `${w.trend} (단위 : 명)` : `${w.trend} (unit: persons)`, columns, rows, ...(notes.length ? { notes } : {}) };
}
