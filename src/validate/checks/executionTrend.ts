// Execution figures that are possible but unlikely, as warnings to look at: a cumulative 집행액
// that goes down from one snapshot to the next, a snapshot that leaves out a line the one before
// it had, and 집행액 above the line's 예산현액 on some date (as a snapshot states it, or as the
// entries take it there). None of these stops a report: a refund or an over-run can be real.
import type { Problem } from '../../model/problem.js';
import type { BudgetRecord, ExpensesRecord, LoadedRecord } from '../../model/records.js';
import type { Entry } from '../../compute/execution.js';
import { currentBudgets } from '../../compute/budgetReport.js';
import { entryBasis, lineSlots } from '../../compute/execution.js';
import { wonPer } from '../../model/numbers.js';
import { budgetLines, lineRefKey } from '../../compute/expenseVocabulary.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

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
  // Each line key gets a slot (a number): the running totals, the warned lines and a day's
  // 예산현액 are then lists by slot, not maps by text. A year has 100,000 entries and a few lines.
  const slotsOf = lineSlots(refs);
  const slotKeys = slotsOf.keys;
  const opening = (basis.opening?.lines ?? []).map((l) => ({ slot: slotsOf.ofKey(lineRefKey(l.line, l.program, refs)), won: l.executed * k }));
  // The entries after the opening, in file order, as parallel lists (no object per entry).
  const es: Entry[] = [];
  const slots: number[] = [];
  const fileAt: number[] = [];
  const indexAt: number[] = [];
  for (let fi = 0; fi < files.length; fi++) {
    const entries = files[fi]!.record.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (after !== undefined && e.date <= after) continue;
      es.push(e);
      slots.push(slotsOf.of(e.line, e.program));
      fileAt.push(fi);
      indexAt.push(i);
    }
  }
  const running = new Float64Array(slotKeys.length);
  for (const o of opening) running[o.slot] = o.won;
  // By date: a stable sort, so in file order within a day (entries are mostly written in date
  // order, and then the order is the file order as it is).
  let sorted = true;
  for (let n = 1; n < es.length && sorted; n++) sorted = es[n - 1]!.date <= es[n]!.date;
  let order: ArrayLike<number>;
  if (sorted) {
    const same = new Uint32Array(es.length);
    for (let n = 0; n < same.length; n++) same[n] = n;
    order = same;
  } else order = byDate(es);
  const warned = new Uint8Array(slotKeys.length);
  const problems: Problem[] = [];
  // All entries of one day count before the day's total is compared, so a line is compared once
  // a day, at the day's end, and warned of at its first entry of that day; the lines in the
  // order the day's entries first name them. A line already warned of is not compared again.
  const dayOf = new Uint32Array(slotKeys.length);
  const firstAt = new Uint32Array(slotKeys.length);
  const touched: number[] = [];
  let day = 0;
  let date: string | undefined;
  const endOfDay = (): void => {
    for (const slot of touched) {
      if (warned[slot] === 1) continue;
      const key = slotKeys[slot]!;
      const limit = currentAt(key, date!);
      const executed = running[slot]!;
      if (limit === null || executed <= limit * k) continue;
      warned[slot] = 1;
      const at = firstAt[slot]!;
      const code = refs.find((l) => l.key === key)?.code ?? es[at]!.line;
      problems.push(problemAt(files[fileAt[at]!]!, ['entries', indexAt[at]!, 'amount'], 'executed-over-current', { line: code, date: date!, executed, current: limit * k, unit: '원' }, warning));
    }
    touched.length = 0;
  };
  for (let n = 0; n < order.length; n++) {
    const at = order[n]!;
    const e = es[at]!;
    if (e.date !== date) {
      if (date !== undefined) endOfDay();
      date = e.date;
      day++;
    }
    const slot = slots[at]!;
    running[slot] = running[slot]! + e.amount;
    if (dayOf[slot] !== day) {
      dayOf[slot] = day;
      firstAt[slot] = at;
      touched.push(slot);
    }
  }
  if (date !== undefined) endOfDay();
  return problems;
}

/** The indices of `es` by date, in file order within a day: what a stable sort by date gives, made
 *  by grouping the entries by date and sorting the dates (a year has a few hundred), not by
 *  comparing 100,000 entries' dates (an import appends a year of entries after a file's own). */
function byDate(es: readonly Entry[]): Uint32Array {
  const byDay = new Map<string, number[]>();
  for (let n = 0; n < es.length; n++) {
    const list = byDay.get(es[n]!.date);
    if (list === undefined) byDay.set(es[n]!.date, [n]);
    else list.push(n);
  }
  const order = new Uint32Array(es.length);
  let at = 0;
  for (const day of [...byDay.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) for (const n of byDay.get(day)!) order[at++] = n;
  return order;
}
