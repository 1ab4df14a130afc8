// Execution figures that are possible but unlikely, as warnings to look at: a cumulative 집행액
// that goes down from one snapshot to the next, a snapshot that leaves out a line the one before
// it had, and 집행액 above the line's 예산현액 on some date (as a snapshot states it, or as the
// entries take it there). None of these stops a report: a refund or an over-run can be real.
import type { Problem } from '../../model/problem.js';
import type { BudgetRecord, ExpensesRecord, LoadedRecord } from '../../model/records.js';
import type { Won } from '../../model/units.js';
import type { Entry } from '../../compute/execution.js';
import { currentBudgets } from '../../compute/budgetReport.js';
import { entryBasis, wonPer } from '../../compute/execution.js';
import { budgetLines, lineRefKey, lineRefKeys } from '../../compute/expenseVocabulary.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

const warning = { severity: 'warning' } as const;

export const executionTrend: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const b of byKind.budget) {
    problems.push(...snapshotTrend(b));
    const files = byKind.expenses.filter((x) => x.record.fiscal_year === b.record.fiscal_year);
    problems.push(...entriesOverCurrent(b, files));
  }
  return problems;
};

/** Each snapshot against the one before it (by date), and against 예산현액. */
function snapshotTrend(b: LoadedRecord<BudgetRecord>): Problem[] {
  const problems: Problem[] = [];
  const budget = b.record;
  const refs = budgetLines(budget);
  const currentAt = currentBudgets(budget);
  const order = (budget.snapshots ?? []).map((s, si) => ({ s, si })).sort((x, y) => (x.s.as_of < y.s.as_of ? -1 : x.s.as_of > y.s.as_of ? 1 : x.si - y.si));
  order.forEach(({ s, si }, k) => {
    const previous = k > 0 ? order[k - 1]!.s : undefined;
    s.lines.forEach((l, li) => {
      const before = previous?.lines.find((p) => p.line === l.line && p.program === l.program);
      if (before !== undefined && l.executed < before.executed) {
        problems.push(problemAt(b, ['snapshots', si, 'lines', li, 'executed'], 'executed-decreased', { line: l.line, date: s.as_of, executed: l.executed, previousDate: previous!.as_of, previous: before.executed, unit: budget.unit }, warning));
      }
      const current = currentAt(lineRefKey(l.line, l.program, refs), s.as_of);
      if (current !== null && l.executed > current) {
        problems.push(problemAt(b, ['snapshots', si, 'lines', li, 'executed'], 'executed-over-current', { line: l.line, date: s.as_of, executed: l.executed, current, unit: budget.unit }, warning));
      }
    });
    for (const p of previous?.lines ?? []) {
      if (!s.lines.some((l) => l.line === p.line && l.program === p.program)) problems.push(problemAt(b, ['snapshots', si, 'lines'], 'snapshot-line-dropped', { line: p.line, date: s.as_of, previousDate: previous!.as_of }, { ...warning, onKey: true }));
    }
  });
  return problems;
}

/** The entry that first takes a line's 집행액 (the opening snapshot plus the entries after it,
 *  as compute/execution.ts counts them) over that line's 예산현액 on its date; once per line. */
function entriesOverCurrent(b: LoadedRecord<BudgetRecord>, files: readonly LoadedRecord<ExpensesRecord>[]): Problem[] {
  const budget = b.record;
  const basis = entryBasis(budget, files.map((f) => f.record));
  if (basis === undefined) return [];
  const k = wonPer(budget.unit);
  const after = basis.opening?.as_of;
  const refs = budgetLines(budget);
  const currentAt = currentBudgets(budget);
  const running = new Map<string, Won>((basis.opening?.lines ?? []).map((l) => [lineRefKey(l.line, l.program, refs), l.executed * k]));
  // The entries after the opening, by date (a stable sort, so in file order within a day),
  // held as three parallel lists rather than an object per entry: a year has 100,000.
  const es: Entry[] = [];
  const fileAt: number[] = [];
  const indexAt: number[] = [];
  files.forEach((f, fi) =>
    f.record.entries.forEach((e, i) => {
      if (after !== undefined && e.date <= after) return;
      es.push(e);
      fileAt.push(fi);
      indexAt.push(i);
    }),
  );
  const order = Array.from(es.keys());
  let sorted = true;
  for (let n = 1; n < es.length && sorted; n++) sorted = es[n - 1]!.date <= es[n]!.date;
  if (!sorted) order.sort((x, y) => (es[x]!.date < es[y]!.date ? -1 : es[x]!.date > es[y]!.date ? 1 : 0));
  const warned = new Set<string>();
  const problems: Problem[] = [];
  const keyOf = lineRefKeys(refs);
  // All entries of one day count before the day's total is compared.
  for (let start = 0; start < order.length; ) {
    const date = es[order[start]!]!.date;
    let end = start;
    while (end < order.length && es[order[end]!]!.date === date) end++;
    for (let n = start; n < end; n++) {
      const e = es[order[n]!]!;
      const key = keyOf(e.line, e.program);
      running.set(key, (running.get(key) ?? 0) + e.amount);
    }
    for (let n = start; n < end; n++) {
      const e = es[order[n]!]!;
      const key = keyOf(e.line, e.program);
      const current = currentAt(key, e.date);
      const executed = running.get(key)!;
      if (current === null || warned.has(key) || executed <= current * k) continue;
      warned.add(key);
      const code = refs.find((l) => l.key === key)?.code ?? e.line;
      problems.push(problemAt(files[fileAt[order[n]!]!]!, ['entries', indexAt[order[n]!]!, 'amount'], 'executed-over-current', { line: code, date: e.date, executed, current: current * k, unit: '원' }, warning));
    }
    start = end;
  }
  return problems;
}
