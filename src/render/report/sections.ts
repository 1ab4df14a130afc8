// The parts of the work report that every document format shares: section titles, the tables
// of section Ⅰ and the outlines of section Ⅱ, made once from the computed report.
import type { Lang } from '../../messages/catalog.js';
import type { WorkReport } from '../../compute/workReport.js';
import type { RefIndex } from '../../compute/references.js';
import type { TableModel } from '../tableModel.js';
import { headcountStatusTable } from '../tables/headcount.js';
import { budgetReportTable } from '../tables/budget.js';
import type { OutlineLine } from '../outline.js';
import { taskOutline } from '../outline.js';

export const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲', '⑳'];

export interface ReportSections {
  readonly title: string;
  readonly issued: string;
  readonly office: string;
  readonly part1: string;
  readonly functionsTitle: string;
  readonly functions: WorkReport['office']['functions'];
  readonly headcountTitle: string | null;
  readonly headcount: TableModel | null;
  readonly budgetTitle: string | null;
  readonly budgetSubtitle: string;
  readonly budget: TableModel | null;
  readonly part2: string;
  readonly taskList: readonly string[];
  readonly tasks: readonly { readonly number: number; readonly heading: string; readonly purpose: string; readonly lines: readonly OutlineLine[] }[];
}

export function reportSections(r: WorkReport, refs: RefIndex, lang: Lang): ReportSections {
  const ko = lang === 'ko';
  const [y, m] = r.issued.split('-');
  let headcount: TableModel | null = null;
  if (r.headcount) {
    const t = headcountStatusTable(r.headcount, lang, 'grade');
    // The report prints 정원 and 현원; 과부족 is for the status command.
    headcount = { ...t, rows: t.rows.slice(0, 2) };
  }
  const budget = r.budget ? budgetReportTable(r.budget, r.budget.descriptions, lang) : null;
  return {
    title: r.title,
    issued: `${y}. ${Number(m)}.`,
    office: r.office.name,
    part1: ko ? 'Ⅰ. 일반 현황' : 'Ⅰ. General',
    functionsTitle: ko ? '1. 주요 기능' : '1. Main functions',
    functions: r.office.functions,
    headcountTitle: headcount ? `2. ${headcount.title}` : null,
    headcount,
    budgetTitle: budget ? `3. ${budget.title}` : null,
    budgetSubtitle: ko ? '● 과목별 집행현황' : '● Execution by budget line',
    budget,
    part2: ko ? 'Ⅱ. 주요 업무' : 'Ⅱ. Main work items',
    taskList: r.tasks.map((t) => `${CIRCLED[t.number - 1] ?? `${t.number}.`} ${t.title}`),
    tasks: r.tasks.map((t) => ({ number: t.number, heading: t.heading ?? t.title, purpose: t.purpose, lines: taskOutline(t, refs, lang) })),
  };
}
