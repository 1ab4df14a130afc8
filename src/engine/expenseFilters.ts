// The expense filters that `expenses list` and `expenses summary` share (--month, --line, --dept,
// --year, --payment, --text), and a report of the entries that pass them. Apart from the registry
// (reports.ts) so that a report module of src/engine/reports/ can take them too.
import type { Doc } from '../render/document.js';
import type { Lang } from '../messages/catalog.js';
import type { Office } from './office.js';
import type { RecordsByKind } from '../compute/recordsOf.js';
import type { ExpenseFilters } from '../compute/expenseList.js';
import type { Words } from './params.js';
import type { ReportSpec } from './reportSpec.js';
import { ok, report } from './reportSpec.js';
import { BOM, MONTH, NO_BOM, OUT, TABLE_FORMAT, all, monthParam, yearParam } from './params.js';

/** The expense filters of `expenses list` and `expenses summary`. */
export const EXPENSE_FILTERS = [
  MONTH({ ko: '이 달의 집행 건만, YYYY-MM', en: 'only the entries of this month, YYYY-MM' }),
  { flags: '--line <line>', description: { ko: '이 비목만: 코드(203-01), 이름 또는 줄임말(기관)', en: 'only this budget line: its code (203-01), name or short word (기관)' } },
  { flags: '--dept <name>', description: { ko: '이 부서의 집행 건만 (집행 건의 부서, 없으면 그 파일의 부서)', en: "only this department's entries (the entry's department, else its file's)" } },
  { flags: '--year <year>', description: { ko: '이 회계연도만', en: 'only this fiscal year' } },
  { flags: '--payment <method>', description: { ko: '이 결제 방법의 집행 건만 (카드, 제로페이, 계좌이체 …; 법인카드도 카드)', en: 'only the entries paid this way (카드, 제로페이, 계좌이체 …; 법인카드 counts as 카드)' } },
  { flags: '--text <words>', description: { ko: '목적, 장소, 대상 인원, 결제 방법이나 사유에 이 말이 든 집행 건만', en: 'only the entries whose purpose, place, attendees, payment or reason contain these words' } },
] as const;

/** The filters checked, with the line resolved against the office's budgets. */
export async function expenseFilters(
  office: () => Office,
  p: { readonly month?: string | undefined; readonly line?: string | undefined; readonly dept?: string | undefined; readonly year?: string | undefined; readonly payment?: string | undefined; readonly text?: string | undefined },
) {
  const v = all({ month: monthParam(p.month), year: yearParam(p.year) });
  if (!v.ok) return v;
  const { r } = office();
  const [{ namesBudgetLine }, { budgetLines }] = await Promise.all([import('../compute/expenseList.js'), import('../compute/expenseVocabulary.js')]);
  if (p.line !== undefined && !namesBudgetLine(p.line, r.budget)) {
    return { ok: false as const, refusal: { reason: 'unknown-line' as const, line: p.line, known: [...new Set(r.budget.flatMap((b) => budgetLines(b).map((l) => l.code)))].sort() } };
  }
  return { ok: true as const, value: { r, filters: { month: v.value.month, line: p.line, dept: p.dept, year: v.value.year, payment: p.payment, text: p.text } } };
}

/** A report of the expense entries that pass the filters of EXPENSE_FILTERS. */
export function expensesReport<T>(name: string, label: Words, summary: Words, compute: (r: RecordsByKind, f: ExpenseFilters) => Promise<T>, document: (value: T, lang: Lang) => Promise<Doc>): ReportSpec {
  return report({
    name,
    label,
    summary,
    options: [...EXPENSE_FILTERS, TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: ['budget', 'expenses'],
    shows: 'expenses',
    compute: async (office, p) => {
      const f = await expenseFilters(office, p);
      return f.ok ? ok(await compute(f.value.r, f.value.filters)) : f;
    },
    document: (value, _p, view) => document(value, view.lang),
  });
}
