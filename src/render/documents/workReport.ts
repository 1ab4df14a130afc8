// The whole 주요업무보고 as a document: cover, Ⅰ. 일반 현황 (functions, the headcount and budget
// tables with their charts) and Ⅱ. 주요 업무 (the list, then each work item's outline); and its
// workbook of data sheets. Every format writes this one document.
import type { Lang } from '../../messages/catalog.js';
import { REPORT_TEXT } from '../../messages/reportText.js';
import type { WorkReport } from '../../compute/workReport.js';
import type { RefIndex } from '../../compute/references.js';
import type { OfficeWords } from '../../compute/officeWords.js';
import type { Block, Doc, Sheet } from '../document.js';
import type { Cell, Row, TableModel } from '../tableModel.js';
import { date, heads, headsGap, humanCell, int, percent, text } from '../tableModel.js';
import { currentPeriod, planStatus } from '../../compute/plans.js';
import { headcountNotes, headcountStatusTable, shown } from '../tables/headcount.js';
import { budgetReportTable, unitName } from '../tables/budget.js';
import { taskOutline } from '../outline.js';
import { planStatusLabel } from '../tables/tasks.js';

export const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲', '⑳'];

export function workReportDoc(r: WorkReport, refs: RefIndex, words: OfficeWords, lang: Lang, data: unknown): Doc {
  const w = REPORT_TEXT[lang];
  const [y, m] = r.issued.split('-');
  const issued = `${y}. ${Number(m)}.`;
  // Sections are numbered in order, so an office without 인력 records reads 1., 2., not 1., 3.
  let n = 1;
  const general: Block[] = [
    { type: 'heading', level: 2, text: w.part1 },
    { type: 'heading', level: 3, text: w.functions },
    { type: 'list', items: r.office.functions.map((f) => ({ title: f.title, points: f.items })) },
  ];
  if (r.headcount) {
    const h = r.headcount;
    const t = headcountStatusTable(h, lang, 'grade');
    const s = shown(h);
    const held = s.count ? 'count' : s.gap ? 'both' : s.quota ? 'quota' : 'current';
    // The report prints 정원 and 현원 (those the records hold); 과부족, the third row when both
    // exist, is for the status command.
    const table = { ...t, rows: s.gap ? t.rows.slice(0, 2) : t.rows };
    // The table is untitled here, so the note on a figure left out is a paragraph of its own.
    const notes = t.notes ?? [];
    general.push(
      { type: 'heading', level: 3, text: `${++n}. ${table.title}` },
      { type: 'table', table, id: 'table-headcount', titled: false },
      ...notes.map((text): Block => ({ type: 'paragraph', text: `※ ${text}` })),
      { type: 'chart', chart: { kind: 'headcount', report: h }, caption: held === 'both' && !h.by ? w.headcountCaption : w.headcountCaptionOf(h.by === 'dept', held) },
    );
  }
  if (r.budget) {
    const table = budgetReportTable(r.budget, r.budget.descriptions, lang);
    general.push(
      { type: 'heading', level: 3, text: `${++n}. ${table.title}` },
      { type: 'paragraph', text: w.budgetSubtitle, subtitle: true },
      { type: 'table', table, id: 'table-budget', titled: false },
      // What a "–" or a 소계 means, under the table (the heading holds its title).
      ...(table.notes ?? []).map((text): Block => ({ type: 'paragraph', text })),
      { type: 'chart', chart: { kind: 'budget', report: r.budget }, caption: w.budgetCaption },
    );
  }
  const work: Block[] = [
    { type: 'heading', level: 2, text: w.part2 },
    { type: 'lines', lines: r.tasks.map((t) => `${CIRCLED[t.number - 1] ?? `${t.number}.`} ${t.title}`) },
    ...r.tasks.map(
      (t): Block => ({
        type: 'section',
        role: 'item',
        id: `task-${t.number}`,
        blocks: [
          { type: 'heading', level: 3, text: `${t.number}. ${t.heading ?? t.title}` },
          { type: 'paragraph', text: t.purpose, boxed: true },
          { type: 'outline', lines: taskOutline(t, refs, words, lang) },
        ],
      }),
    ),
    ...progressBlocks(r, lang),
  ];
  return {
    title: `${r.title} — ${r.office.name} (${issued})`,
    asOf: r.asOf,
    data,
    blocks: [
      { type: 'cover', title: r.title, issued, office: r.office.name },
      { type: 'section', role: 'part', id: 'general', blocks: general },
      // An office without work items has no part Ⅱ.
      ...(r.tasks.length ? [{ type: 'section', role: 'part', id: 'work', blocks: work } as const] : []),
    ],
    sheets: reportSheets(r, words, lang),
  };
}

/** 추진실적: the plans done since the previous issue and those running late, where there are any
 *  (an issue with neither prints nothing more than the document it reproduces). */
function progressBlocks(r: WorkReport, lang: Lang): Block[] {
  const { completed, delayed, from, to } = r.progress;
  if (completed.length === 0 && delayed.length === 0) return [];
  const w = REPORT_TEXT[lang];
  const sw = w.schedule;
  const pw = w.progress;
  const day = (iso: string): string => humanCell(date(iso), lang);
  const tables: Block[] = [];
  if (completed.length) {
    const t = table(
      pw.completed(day(from), day(to)),
      [[sw.no, 'right'], [sw.plan, 'left'], [sw.period, 'left'], [pw.doneOn, 'left']],
      completed.map((p) => row([int(p.task), text(p.text), text(p.period.text), date(p.doneOn ?? null)])),
    );
    tables.push({ type: 'table', table: t, id: 'table-completed', titled: true });
  }
  if (delayed.length) {
    const t = table(
      pw.delayed(day(to)),
      [[sw.no, 'right'], [sw.plan, 'left'], [sw.period, 'left'], [sw.status, 'left']],
      delayed.map((p) => row([int(p.task), text(p.text), text(currentPeriod(p).text), text(planStatusLabel(planStatus(p), null, null, lang))])),
    );
    tables.push({ type: 'table', table: t, id: 'table-delayed', titled: true });
  }
  return [{ type: 'section', role: 'item', id: 'progress', blocks: [{ type: 'heading', level: 3, text: pw.heading }, ...tables] }];
}

const row = (cells: readonly Cell[], role: Row['role'] = 'item'): Row => ({ role, level: 0, cells });
const table = (title: string, headers: readonly [string, 'left' | 'right'][], rows: readonly Row[], notes?: readonly string[]): TableModel => ({
  title,
  columns: headers.map(([header, align]) => ({ header, align })),
  rows,
  ...(notes ? { notes } : {}),
});

/** The report's workbook: the figures as data, with codes and one row per grade or plan. */
function reportSheets(r: WorkReport, words: OfficeWords, lang: Lang): Sheet[] {
  const w = REPORT_TEXT[lang];
  const sheets: Sheet[] = [];
  if (r.headcount) {
    const h = r.headcount;
    const hw = w.headcount;
    // Only the figures the snapshot holds get a column; 과부족 only where both exist.
    const { quota: q, current: c, count: n } = shown(h);
    const figs = (f: typeof h.total): Cell[] => [
      ...(q ? [heads(f.quota)] : []),
      ...(c ? [heads(f.current)] : []),
      ...(q && c ? [headsGap(f.gap)] : []),
      ...(n ? [heads(f.count ?? null)] : []),
    ];
    const rows: Row[] = [row([text(w.total), text(''), ...figs(h.total)], 'total')];
    for (const t of h.tracks) {
      if (t.grades.length === 0) {
        rows.push(row([text(t.track), text(''), ...figs(t.subtotal)]));
        continue;
      }
      rows.push(row([text(t.track), text(w.subtotal), ...figs(t.subtotal)], 'subtotal'));
      for (const g of t.grades) rows.push(row([text(t.track), text(g.grade), ...figs(g)]));
    }
    const headers: [string, 'left' | 'right'][] = [
      [h.by === 'dept' ? w.headcount.dept : hw.track, 'left'],
      [hw.grade, 'left'],
      ...(q ? [[hw.quota, 'right'] as [string, 'right']] : []),
      ...(c ? [[hw.current, 'right'] as [string, 'right']] : []),
      ...(q && c ? [[hw.gap, 'right'] as [string, 'right']] : []),
      ...(n ? [[hw.count, 'right'] as [string, 'right']] : []),
    ];
    const notes = headcountNotes(h, lang);
    sheets.push({ name: w.sheets.headcount, table: table(w.sheets.headcount, headers, rows, notes.length ? notes : undefined), widths: [12, 14, ...headers.slice(2).map(() => 10)], asOf: h.asOf, unit: hw.unit });
  }
  if (r.budget) {
    const b = r.budget;
    const bw = w.budget;
    const line = (code: string, name: string, l: typeof b.total, role: Row['role']): Row =>
      row([text(code), text(name), int(l.budget), int(l.current), int(l.executed), int(l.balance), percent(l.rate === null ? null : Math.round(l.rate * 10)), text(b.descriptions[code] ?? '')], role);
    const headers: [string, 'left' | 'right'][] = [
      [bw.code, 'left'],
      [bw.line, 'left'],
      [`${bw.budget} (${b.unit})`, 'right'],
      [`${bw.current} (${b.unit})`, 'right'],
      [`${bw.executed} (${b.unit})`, 'right'],
      [`${bw.balance} (${b.unit})`, 'right'],
      [bw.rate, 'right'],
      [bw.note, 'left'],
    ];
    const rows = [line('', w.sum, b.total, 'total'), ...b.lines.map((l) => line(l.code, l.name, l, 'item'))];
    sheets.push({ name: w.sheets.budget, table: table(w.sheets.budget, headers, rows), widths: [10, 22, 14, 14, 14, 14, 10, 48], asOf: b.executionDate, unit: unitName(lang, b.unit) });
  }
  const sw = w.schedule;
  sheets.push({
    name: w.sheets.schedule,
    table: table(
      w.sheets.schedule,
      [[sw.no, 'right'], [sw.task, 'left'], [sw.plan, 'left'], [sw.period, 'left'], [sw.from, 'left'], [sw.to, 'left'], [sw.status, 'left'], [sw.doneOn, 'left']],
      // The status as of the issue's date (예정 where none is written), and the day a done one was done.
      r.plans.map((p) => row([int(p.task), text(p.taskTitle), text(p.text), text(p.period.text), date(p.period.start), date(p.period.end), text(planStatusLabel(planStatus(p), null, null, lang)), date(p.doneOn ?? null)])),
    ),
    widths: [6, 40, 52, 14, 14, 14, 8, 14],
    asOf: r.asOf,
  });
  if (r.cities) {
    const c = r.cities;
    const cw = w.cities;
    const name = w.sheets.cities(words.partners);
    sheets.push({
      name,
      table: table(
        name,
        [[cw.city, 'left'], [cw.english, 'left'], [cw.country, 'left'], [cw.type, 'left'], [cw.council(words.council), 'left']],
        c.cities.map((x) => row([text(x.name), text(x.nameEn), text(lang === 'ko' ? x.countryName : x.countryNameEn), text(x.typeName), text(x.councilResolution ? cw.yes : cw.no)])),
        [w.citiesStated(c.stated.cities, c.stated.countries, c.listed.cities)],
      ),
      widths: [14, 20, 12, 14, 12],
      asOf: r.asOf,
    });
  }
  return sheets;
}
