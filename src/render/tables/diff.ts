// How the figures change between two revisions, as tables: one per section (budget per fiscal
// year, headcount, work items, plan items, partner cities), only the rows that changed, each
// changed figure written "before → after". The md document is a pull-request comment: a heading,
// then the tables, or "변경 없음" when nothing changed.
import type { Lang } from '../../messages/catalog.js';
import type { Doc } from '../document.js';
import type { BudgetDiff, Change, ChangeKind, DiffReport, DiffSide, HeadcountDiff } from '../../compute/diff.js';
import type { Cell, Column, Row, TableModel } from '../tableModel.js';
import { heads, headsGap, humanCell, int, officeDate, percent, text } from '../tableModel.js';
import { planStatusLabel } from './tasks.js';

const W = {
  ko: {
    heading: (base: string, head: string) => `기록 변경에 따른 수치 변화: ${base} → ${head}`,
    workingTree: '작업 트리',
    mergeBase: (branch: string, rev: string) => `${branch} 분기점 ${rev}`,
    none: '변경 없음',
    changes: { added: '추가', removed: '삭제', changed: '변경' } as Record<ChangeKind, string>,
    budget: (d: BudgetDiff) => `예산 집행현황 ${d.fiscalYear}회계연도 (단위 : ${d.unit}, 기준 : ${dates(d.baseAsOf, d.headAsOf, 'ko')})`,
    headcount: (d: HeadcountDiff) => `인력 현황 (단위 : 명, 기준 : ${dates(d.baseAsOf, d.headAsOf, 'ko')})`,
    tasks: '주요 업무',
    plans: '향후계획',
    cities: '친선·우호도시',
    group: '구분',
    current: '예산현액',
    executed: '집행액',
    balance: '잔액',
    rate: '집행률',
    total: '계',
    grandTotal: '총계',
    subtotal: '소계',
    quota: '정원',
    currentStaff: '현원',
    gap: '과부족',
    change: '변경',
    no: '번호',
    title: '주요 업무',
    plan: '향후계획',
    period: '기간',
    status: '상태',
    events: '행사 상태',
    city: '도시',
    country: '국가',
    type: '구분',
    statuses: { planned: '예정', done: '완료', cancelled: '취소' } as Record<string, string>,
    types: { sister: '친선', friendship: '우호협력' } as Record<string, string>,
  },
  en: {
    heading: (base: string, head: string) => `How the figures change: ${base} → ${head}`,
    workingTree: 'working tree',
    mergeBase: (branch: string, rev: string) => `${rev} (merge base with ${branch})`,
    none: 'No changes',
    changes: { added: 'added', removed: 'removed', changed: 'changed' } as Record<ChangeKind, string>,
    budget: (d: BudgetDiff) => `Budget execution, fiscal year ${d.fiscalYear} (unit: ${d.unit === '천원' ? '1,000 KRW (천원)' : 'KRW (원)'}, as of ${dates(d.baseAsOf, d.headAsOf, 'en')})`,
    headcount: (d: HeadcountDiff) => `Headcount (persons, as of ${dates(d.baseAsOf, d.headAsOf, 'en')})`,
    tasks: 'Work items',
    plans: 'Plans',
    cities: 'Partner cities',
    group: 'Line',
    current: 'Current budget',
    executed: 'Executed',
    balance: 'Balance',
    rate: 'Rate',
    total: 'Total',
    grandTotal: 'Total',
    subtotal: 'Subtotal',
    quota: 'Quota',
    currentStaff: 'Current',
    gap: 'Gap',
    change: 'Change',
    no: 'No.',
    title: 'Work item',
    plan: 'Plan',
    period: 'Period',
    status: 'Status',
    events: 'Events',
    city: 'City',
    country: 'Country',
    type: 'Type',
    statuses: { planned: 'planned', done: 'done', cancelled: 'cancelled' } as Record<string, string>,
    types: { sister: 'sister', friendship: 'friendship' } as Record<string, string>,
  },
} as const;

function dates(base: string | null, head: string | null, lang: Lang): string {
  const d = (iso: string | null): string => (iso === null ? '-' : lang === 'ko' ? officeDate(iso) : iso);
  return base === head ? d(head) : `${d(base)} → ${d(head)}`;
}

/** A side as people name it: the revision asked for, its commit when it was not named, or the
 *  working tree. */
export function sideLabel(side: DiffSide, lang: Lang): string {
  if (side.rev === null) return W[lang].workingTree;
  if (side.mergeBaseWith !== undefined) return W[lang].mergeBase(side.mergeBaseWith, side.rev);
  return side.rev;
}

const cols = (...list: readonly (readonly [string, Column['align']])[]): Column[] => list.map(([header, align]) => ({ header, align }));

const own = (words: Record<string, string>, key: string): string => (Object.hasOwn(words, key) ? words[key]! : key);

/** "71,882 → 81,882", or the one value when both sides agree or only one side has the row
 *  (the row says it was added or removed). */
function moved<T>(c: Change<T>, pick: (v: T) => Cell, lang: Lang): Cell {
  if (c.base === null || c.head === null) return text(humanCell(pick((c.head ?? c.base)!), lang));
  const b = humanCell(pick(c.base), lang);
  const h = humanCell(pick(c.head), lang);
  return text(b === h ? h : `${b} → ${h}`);
}

function budgetTable(d: BudgetDiff, lang: Lang): TableModel {
  const w = W[lang];
  type F = NonNullable<BudgetDiff['lines'][number]['base']>;
  const cells = (c: Change<F>): Cell[] => [
    moved(c, (f) => int(f.current), lang),
    moved(c, (f) => int(f.executed), lang),
    moved(c, (f) => int(f.balance), lang),
    moved(c, (f) => percent(f.rate === null ? null : Math.round(f.rate * 10)), lang),
  ];
  const rows: Row[] = [];
  if (d.total) rows.push({ role: 'total', level: 0, cells: [text(w.total), ...cells(d.total)] });
  for (const l of d.lines) {
    const name = `${l.code} ${l.name}`;
    rows.push({ role: 'item', level: 0, cells: [text(l.change === 'changed' ? name : `${name} (${w.changes[l.change]})`), ...cells(l)] });
  }
  return {
    title: w.budget(d),
    columns: cols([w.group, 'left'], [w.current, 'right'], [w.executed, 'right'], [w.balance, 'right'], [w.rate, 'right']),
    rows,
  };
}

function headcountTable(d: HeadcountDiff, lang: Lang): TableModel {
  const w = W[lang];
  const rows: Row[] = d.rows.map((r) => {
    const name = r.track === null ? w.grandTotal : r.grade !== null ? r.grade : r.whole ? r.track : `${r.track} ${w.subtotal}`;
    const label = r.change === 'changed' ? name : `${name} (${w.changes[r.change]})`;
    return {
      role: r.track === null ? 'total' : r.grade === null ? 'subtotal' : 'item',
      level: r.grade === null ? 0 : 1,
      cells: [text(label), moved(r, (f) => heads(f.quota), lang), moved(r, (f) => heads(f.current), lang), moved(r, (f) => headsGap(f.gap), lang)],
    };
  });
  return {
    title: w.headcount(d),
    columns: cols([w.group, 'left'], [w.quota, 'right'], [w.currentStaff, 'right'], [w.gap, 'right']),
    rows,
  };
}

export function diffTables(report: DiffReport, lang: Lang): TableModel[] {
  const w = W[lang];
  const tables: TableModel[] = report.budget.map((d) => budgetTable(d, lang));
  if (report.headcount) tables.push(headcountTable(report.headcount, lang));
  const item = (cells: Cell[]): Row => ({ role: 'item', level: 0, cells });
  if (report.tasks.length > 0) {
    tables.push({
      title: w.tasks,
      columns: cols([w.change, 'left'], [w.no, 'right'], [w.title, 'left']),
      rows: report.tasks.map((t) => item([text(w.changes[t.change]), int(t.number), moved(t, (v) => text(v.title), lang)])),
    });
  }
  if (report.plans.length > 0) {
    const events = (s: string | null): Cell => text(s === null ? '-' : s.split(', ').map((x) => own(w.statuses, x)).join(', '));
    // The events' column only where a changed plan schedules events.
    const withEvents = report.plans.some((p) => (p.base?.events ?? p.head?.events ?? null) !== null);
    tables.push({
      title: w.plans,
      columns: cols([w.change, 'left'], [w.no, 'right'], [w.plan, 'left'], [w.period, 'left'], [w.status, 'left'], ...(withEvents ? [[w.events, 'left'] as const] : [])),
      rows: report.plans.map((p) =>
        item([
          text(w.changes[p.change]),
          int(p.task),
          moved(p, (v) => text(v.text), lang),
          moved(p, (v) => text(v.period), lang),
          moved(p, (v) => text(planStatusLabel(v.status, v.doneOn, v.postponedTo, lang)), lang),
          ...(withEvents ? [moved(p, (v) => events(v.events), lang)] : []),
        ]),
      ),
    });
  }
  if (report.cities.length > 0) {
    tables.push({
      title: w.cities,
      columns: cols([w.change, 'left'], [w.city, 'left'], [w.country, 'left'], [w.type, 'left']),
      rows: report.cities.map((c) => item([text(w.changes[c.change]), text(lang === 'ko' ? c.name : c.nameEn), text(c.country), moved(c, (v) => text(own(w.types, v.type)), lang)])),
    });
  }
  return tables;
}

/** The whole diff as a document: a heading, then a table per section that changed, or "변경 없음". */
export function diffDocument(report: DiffReport, lang: Lang): Doc {
  const w = W[lang];
  const heading = w.heading(sideLabel(report.base, lang), sideLabel(report.head, lang));
  const tables = diffTables(report, lang);
  return {
    title: heading,
    data: report,
    blocks: [{ type: 'heading', level: 2, text: heading }, ...(tables.length === 0 ? [{ type: 'paragraph', text: w.none } as const] : tables.map((table) => ({ type: 'table', table, titled: true }) as const))],
  };
}
