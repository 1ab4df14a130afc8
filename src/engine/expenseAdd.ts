// Recording one 업무추진비 payment (`expenses add`, a dashboard form): the entry as given, into the
// fiscal year's expenses file, through the one write path. The amount and the date are read as
// `expenses import` reads them (850,500원, ₩850,500, △12,000; 2021.5.3), and a 비목 may be named
// by its code, its name or its short word. The entry may not take its line over its 예산현액
// unless asked.
import { dirname, join, resolve } from 'node:path';
import type { ExpenseEntry } from '../model/records.js';
import { budgetStatus, currentBudgets, lineStatusByKey } from '../compute/budgetReport.js';
import { budgetLines, lineRefKey, resolveLine } from '../compute/expenseVocabulary.js';
import { executionAt, lineExecutionOn } from '../compute/execution.js';
import { wonPer } from '../model/numbers.js';
import { expensesOf } from '../compute/reports.js';
import type { RecordsByKind } from '../compute/recordsOf.js';
import { readAmount, readDateTime } from '../import/readValues.js';
import type { EditOutcome, EditTarget } from './applyEdit.js';
import { applyEdit } from './applyEdit.js';
import { schemaPathFor } from './schemaPath.js';
import { appendEntriesText, newExpensesText } from './entriesText.js';

export interface NewExpense {
  readonly date: string;
  readonly line: string;
  readonly amount: string;
  readonly purpose: string;
  readonly time?: string | undefined;
  readonly place?: string | undefined;
  readonly attendees?: string | undefined;
  readonly payment?: string | undefined;
  readonly dept?: string | undefined;
}

export interface OverBudget {
  readonly line: string;
  readonly name: string;
  readonly date: string;
  /** In 원. */
  readonly executed: number;
  readonly current: number;
}

export interface Added {
  readonly entry: ExpenseEntry;
  /** The file (absolute) and the 1-based line the entry starts on. */
  readonly path: string;
  readonly line: number;
}

export type AddStop = { readonly reason: 'bad-date'; readonly date: string } | { readonly reason: 'over-budget'; readonly over: OverBudget; readonly added: Added };


export function addExpense(target: EditTarget & { readonly allowOver?: boolean | undefined }, given: NewExpense): Promise<EditOutcome<Added, AddStop>> {
  return applyEdit<Added, AddStop>(
    target,
    (office, textOf) => {
      // Read as import reads a date (2021-6-3, 2021.06.03); one that does not exist (2021-06-31)
      // is the option's error, not a problem at a line of a file not yet written.
      const date = readDateTime(given.date)?.date;
      const year = date?.slice(0, 4);
      if (date === undefined || year === undefined) return { ok: false, stop: { reason: 'bad-date', date: given.date } };
      const fiscalYear = Number(year);
      // The file that holds the year's entries, else data/expenses/<year>.yaml.
      const held = office.records.find((r) => r.record.kind === 'expenses' && r.record.fiscal_year === fiscalYear);
      const path = held ? resolve(target.cwd, held.file) : join(target.dataDir, 'expenses', `${year}.yaml`);
      const budget = office.r.budget.find((b) => b.fiscal_year === fiscalYear);
      const entry = entryOf({ ...given, date }, budget && budgetLines(budget));
      const original = held ? textOf(path) : undefined;
      const formed =
        original === undefined ? newExpensesText({ schemaPath: schemaPathFor(target.dataDir, dirname(path)), fiscalYear }, [entry]) : appendEntriesText(original, [entry]);
      return { ok: true, changes: [{ path, text: formed.text }], result: { entry, path, line: formed.line } };
    },
    (after, added) => {
      if (target.allowOver === true) return undefined;
      const over = overBudget(after.r, added.entry);
      return over ? { reason: 'over-budget', over, added } : undefined;
    },
  );
}

/** The entry as given: fields in the order the files use, only those given. A value that cannot
 *  be read as its field (an amount of words) is kept as written, for the schema to say where. */
function entryOf(given: NewExpense, lines: readonly { code: string; name: string }[] | undefined): ExpenseEntry {
  const resolved = lines ? resolveLine(given.line, lines) : undefined;
  const line = resolved?.kind === 'line' ? resolved.code : given.line;
  const amount = readAmount(given.amount) ?? (given.amount as unknown as number);
  const entry: Record<string, string | number> = { date: given.date };
  if (given.time !== undefined) entry['time'] = given.time;
  Object.assign(entry, { line, amount, purpose: given.purpose });
  for (const key of ['place', 'attendees', 'payment', 'dept'] as const) if (given[key] !== undefined) entry[key] = given[key]!;
  return entry as unknown as ExpenseEntry;
}

/** The first date, from the new entry's on, at which its line's 집행액 passes its 예산현액. */
export function overBudget(r: RecordsByKind, entry: Pick<ExpenseEntry, 'date' | 'line'>): OverBudget | undefined {
  const fiscalYear = Number(entry.date.slice(0, 4));
  const budget = r.budget.find((b) => b.fiscal_year === fiscalYear);
  if (!budget) return undefined;
  const k = wonPer(budget.unit);
  const files = expensesOf(r, fiscalYear);
  const code = entry.line;
  const date = entry.date;
  const dates = [...new Set([date, ...files.flatMap((x) => x.entries).filter((e) => e.line === code && e.date > date).map((e) => e.date)])].sort();
  const key = lineRefKey(code, undefined, budgetLines(budget));
  const currentAt = currentBudgets(budget);
  const executedOn = lineExecutionOn(budget, files, key, dates);
  for (const d of dates) {
    // An unknown 예산액 (or a line the budget does not list) has no ceiling to pass.
    const currentInUnit = currentAt(key, d);
    if (currentInUnit === null) return undefined;
    const executed = executedOn.get(d) ?? 0;
    const current = currentInUnit * k;
    if (executed > current) return { line: code, name: lineStatusByKey(budgetStatus(budget, files, d)).get(key)?.name ?? code, date: d, executed, current };
  }
  return undefined;
}

export interface LineChoice {
  readonly code: string;
  readonly name: string;
  /** What is left of its 예산현액 once every entry of the year is counted, in 원 (null: its
   *  예산액 is unknown, so there is no ceiling). */
  readonly left: number | null;
}

/** The lines an entry of a fiscal year may name, each once, with what is left of it: a form's
 *  choices and its live over-budget warning (the write path checks it again, on every date). */
export function lineChoices(r: RecordsByKind, fiscalYear: number): LineChoice[] {
  const budget = r.budget.find((b) => b.fiscal_year === fiscalYear);
  if (!budget) return [];
  const k = wonPer(budget.unit);
  const files = expensesOf(r, fiscalYear);
  const end = `${fiscalYear}-12-31`;
  const status = lineStatusByKey(budgetStatus(budget, files, end));
  const executed = executionAt(budget, files, end)?.byLine;
  const out = new Map<string, LineChoice>();
  for (const l of budgetLines(budget)) {
    if (out.has(l.code)) continue;
    const s = status.get(l.key);
    out.set(l.code, { code: l.code, name: l.name, left: s === undefined || s.current === null ? null : s.current * k - (executed?.get(l.key) ?? 0) });
  }
  return [...out.values()];
}
