// The 업무추진비 entries as `expenses list` and `expenses disclose` show them: each entry with its
// 비목 resolved to the budget line's code and name, its department (the entry's, else its
// file's) and its payment normalised; totals per month and per line, refunds subtracting. Pure.
import type { BudgetRecord, ExpensesRecord } from '../model/records.js';
import type { ExpenseDisclosureReport, ExpenseListEntry, ExpenseListReport, ExpenseSummaryReport, ExpenseTotal } from '../model/report.js';
import { addWhole } from '../model/numbers.js';
import { PAYMENT_METHODS, budgetLines, paymentMethod, resolveLine, resolveLineRef } from './expenseVocabulary.js';

export interface ExpenseFilters {
  readonly year?: number | undefined;
  /** YYYY-MM. */
  readonly month?: string | undefined;
  /** A budget line as written: code, name or short word, resolved per fiscal year. */
  readonly line?: string | undefined;
  readonly dept?: string | undefined;
  /** A payment method as written (카드, 제로페이 …): entries paid the same way. */
  readonly payment?: string | undefined;
  /** Words that the entry's purpose, place, attendees, payment or reason contain. */
  readonly text?: string | undefined;
}

interface Sources {
  readonly budget: readonly BudgetRecord[];
  readonly expenses: readonly ExpensesRecord[];
}

/** Every entry that passes the filters, sorted by date and time (no time first), then in file order. */
export function expenseEntries(r: Sources, f: ExpenseFilters): ExpenseListEntry[] {
  const out: ExpenseListEntry[] = [];
  const method = f.payment === undefined ? undefined : paymentMethod(f.payment);
  const needle = f.text === undefined ? undefined : folded(f.text);
  for (const file of r.expenses) {
    if (f.year !== undefined && file.fiscal_year !== f.year) continue;
    const budget = r.budget.find((b) => b.fiscal_year === file.fiscal_year);
    const lines = budget ? budgetLines(budget) : [];
    const wanted = f.line === undefined ? undefined : lineOf(f.line, lines);
    if (f.line !== undefined && wanted === undefined) continue;
    for (const e of file.entries) {
      if (f.month !== undefined && !e.date.startsWith(`${f.month}-`)) continue;
      const code = lineOf(e.line, lines);
      if (wanted !== undefined && code !== wanted) continue;
      const dept = e.dept ?? file.dept ?? null;
      if (f.dept !== undefined && dept !== f.dept) continue;
      if (method !== undefined && (e.payment === undefined || paymentMethod(e.payment) !== method)) continue;
      if (needle !== undefined && ![e.purpose, e.place, e.attendees, e.payment, e.reason].some((v) => v !== undefined && folded(v).includes(needle))) continue;
      const ref = resolveLineRef(e.line, e.program, lines);
      const program = ref.kind === 'line' ? (lines.find((l) => l.key === ref.key)?.program ?? null) : null;
      out.push({
        date: e.date,
        time: e.time ?? null,
        dept,
        line: code ?? e.line,
        lineName: lines.find((l) => l.code === code)?.name ?? e.line,
        program: program === null ? null : { code: program.code, name: program.name },
        purpose: e.purpose,
        place: e.place ?? null,
        attendees: e.attendees ?? null,
        payment: e.payment ?? null,
        paymentMethod: e.payment === undefined ? null : paymentMethod(e.payment),
        amount: e.amount,
        type: e.type ?? null,
        reason: e.reason ?? null,
      });
    }
  }
  // A stable sort: entries of the same date and time stay in the order of their files.
  return out.sort((a, b) => (a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date < b.date ? -1 : 1));
}

/** Text compared without regard to case or Unicode form. */
const folded = (s: string): string => s.normalize('NFC').toLowerCase();

function lineOf(written: string, lines: readonly { code: string; name: string }[]): string | undefined {
  const r = resolveLine(written, lines);
  return r.kind === 'line' ? r.code : undefined;
}

/** True when `written` names a line of some fiscal year's budget (for a --line that names none). */
export function namesBudgetLine(written: string, budget: readonly BudgetRecord[]): boolean {
  return budget.some((b) => lineOf(written, budgetLines(b)) !== undefined);
}

const totalOf = (entries: readonly ExpenseListEntry[]): ExpenseTotal => ({ count: entries.length, amount: entries.reduce((s, e) => addWhole(s, e.amount), 0) });

function groupBy<K extends string>(entries: readonly ExpenseListEntry[], key: (e: ExpenseListEntry) => K): Map<K, ExpenseListEntry[]> {
  const m = new Map<K, ExpenseListEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  }
  return new Map([...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

const filtersOf = (f: ExpenseFilters): ExpenseListReport['filters'] => ({
  year: f.year ?? null,
  month: f.month ?? null,
  line: f.line ?? null,
  dept: f.dept ?? null,
  payment: f.payment ?? null,
  text: f.text ?? null,
});
const lineTotals = (entries: readonly ExpenseListEntry[]): ExpenseListReport['lines'] => [...groupBy(entries, (e) => e.line)].map(([line, es]) => ({ line, name: es[0]!.lineName, ...totalOf(es) }));

export function expenseList(r: Sources, f: ExpenseFilters): ExpenseListReport {
  const entries = expenseEntries(r, f);
  return {
    report: 'expenses-list',
    unit: '원',
    filters: filtersOf(f),
    entries,
    total: totalOf(entries),
    months: [...groupBy(entries, (e) => e.date.slice(0, 7))].map(([month, es]) => ({ month, ...totalOf(es) })),
    lines: lineTotals(entries),
  };
}

/** Totals per budget line and per payment method, of the entries that pass the filters. */
export function expenseSummary(r: Sources, f: ExpenseFilters): ExpenseSummaryReport {
  const entries = expenseEntries(r, f);
  const order = (m: string | null): number => (m === null ? PAYMENT_METHODS.length : PAYMENT_METHODS.indexOf(m as (typeof PAYMENT_METHODS)[number]));
  const methods = [...new Set(entries.map((e) => e.paymentMethod))].sort((a, b) => order(a) - order(b));
  return {
    report: 'expenses-summary',
    unit: '원',
    filters: filtersOf(f),
    total: totalOf(entries),
    lines: lineTotals(entries),
    payments: methods.map((method) => ({ method, ...totalOf(entries.filter((e) => e.paymentMethod === method)) })),
  };
}

/** The month's disclosure: its entries sorted by date and time, of one department when asked;
 *  `office` names the disclosure when no department is asked for. */
export function expenseDisclosure(r: Sources, month: string, dept: string | undefined, office: string): ExpenseDisclosureReport {
  const entries = expenseEntries(r, { month, dept });
  const budget = r.budget.find((b) => b.fiscal_year === Number(month.slice(0, 4)));
  const programs = (budget?.programs?.length ?? 0) > 0;
  return { report: 'expenses-disclosure', month, dept: dept ?? office, unit: '원', programs, entries, total: totalOf(entries) };
}
