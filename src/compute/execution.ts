// 집행액 on a date, from the two sources an office has: execution snapshots (cumulative totals
// per line as of a date, often the opening figure of a year that was not itemized) and
// itemized expense entries. Entries are complete from a date: the expenses files say so with
// `complete_from`, else it is the day after the latest snapshot dated before the first entry
// (an office that starts itemizing in May continues from its April total), else 1 January.
//
//   D before that date:  the latest snapshot on or before D.
//   D on or after it:    the opening snapshot (the latest dated before that date; none when it
//                        is 1 January) plus the entries after the opening's date, up to D.
//
// Works in 원; a snapshot in 천원 counts as its amount × 1,000, in 백만원 × 1,000,000 (exact:
// amounts are whole numbers). Pure.
import type { BudgetRecord, ExpensesRecord } from '../model/records.js';
import type { IsoDate, Won } from '../model/units.js';
import type { BudgetLineRef } from './expenseVocabulary.js';
import { budgetLines, lineRefKey, lineRefKeys } from './expenseVocabulary.js';
import { addDays } from './dates.js';
import { firstEntryDate } from './entryDates.js';
import { addWhole, exactWhole, timesWhole, wonPer } from '../model/numbers.js';

export type Entry = ExpensesRecord['entries'][number];
export type BudgetSnapshot = NonNullable<BudgetRecord['snapshots']>[number];


/** Executed per budget line, in 원, from entries dated after `after` (exclusive; none: from the
 *  start) up to `upTo` (inclusive). An entry's 비목 as written (code, name or short word) and its
 *  program are resolved against the budget's lines (budgetLines); the map is keyed by the line's
 *  key, which is its code in a budget without programs. */
export function entriesByLine(entries: readonly Entry[], upTo: IsoDate, after?: IsoDate, lines: readonly BudgetLineRef[] = []): Map<string, Won> {
  return addEntriesByLine(new Map<string, Won>(), [entries], upTo, after, lines);
}

/** Numbers (slots) for the line keys entries name, from 0 in the order first met: sums by line
 *  are then kept in lists, not maps by text. A line written without a program finds its slot
 *  by the text as written, worked out once. */
export interface LineSlots {
  /** The key of each slot. */
  readonly keys: readonly string[];
  /** The slot of a line key (a new one when first met). */
  ofKey(key: string): number;
  /** The slot of an entry's line as written and its program. */
  of(line: string, program: string | undefined): number;
}

export function lineSlots(lines: readonly BudgetLineRef[]): LineSlots {
  const keyOf = lineRefKeys(lines);
  const byKey = new Map<string, number>();
  const plain = new Map<string, number>();
  const keys: string[] = [];
  const ofKey = (key: string): number => {
    let slot = byKey.get(key);
    if (slot === undefined) {
      slot = keys.length;
      byKey.set(key, slot);
      keys.push(key);
    }
    return slot;
  };
  return {
    keys,
    ofKey,
    of: (line, program) => {
      if (program !== undefined) return ofKey(keyOf(line, program));
      let slot = plain.get(line);
      if (slot === undefined) plain.set(line, (slot = ofKey(keyOf(line, undefined))));
      return slot;
    },
  };
}

/** entriesByLine of several files' entries, added to `m`, without joining them into one list:
 *  summed by slot, each line from its value in `m`, in entry order (the same exact additions as
 *  adding into the map entry by entry), then set in `m` in the order the lines were first met. */
function addEntriesByLine(m: Map<string, Won>, lists: readonly (readonly Entry[])[], upTo: IsoDate, after: IsoDate | undefined, lines: readonly BudgetLineRef[]): Map<string, Won> {
  const slots = lineSlots(lines);
  const sums: Won[] = [];
  for (const entries of lists) {
    // An index, not for-of (entryDates.ts says why).
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (e.date > upTo || (after !== undefined && e.date <= after)) continue;
      const slot = slots.of(e.line, e.program);
      if (slot === sums.length) sums.push(m.get(slots.keys[slot]!) ?? 0);
      const sum = sums[slot]! + e.amount;
      sums[slot] = Number.isSafeInteger(sum) ? sum : exactWhole(sum);
    }
  }
  slots.keys.forEach((key, slot) => m.set(key, sums[slot]!));
  return m;
}

/** The latest snapshot dated on or before `date` (strictly before when `strict`). */
export function snapshotAt(budget: BudgetRecord, date: IsoDate, strict = false): BudgetSnapshot | undefined {
  let best: BudgetSnapshot | undefined;
  for (const s of budget.snapshots ?? []) if ((strict ? s.as_of < date : s.as_of <= date) && (!best || s.as_of > best.as_of)) best = s;
  return best;
}

/** The earliest of some ISO dates (they compare as text), by one pass. */
function earliest(dates: Iterable<IsoDate>): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const d of dates) if (first === undefined || d < first) first = d;
  return first;
}

/** The earliest entry date of the files. */
function firstEntryDateOf(files: readonly ExpensesRecord[]): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const f of files) {
    const d = firstEntryDate(f);
    if (d !== undefined && (first === undefined || d < first)) first = d;
  }
  return first;
}

const nextDay = (iso: IsoDate): IsoDate => addDays(iso, 1);

export interface EntryBasis {
  /** The first day from which the entries are complete. */
  readonly completeFrom: IsoDate;
  /** The snapshot the entries continue from (dated before completeFrom), if any. */
  readonly opening: BudgetSnapshot | undefined;
}

/** From when the year's entries are complete, and the snapshot they continue from. */
export function entryBasis(budget: BudgetRecord, files: readonly ExpensesRecord[]): EntryBasis | undefined {
  const first = firstEntryDateOf(files);
  if (first === undefined) return undefined;
  const stated = earliest(files.flatMap((f) => (f.complete_from === undefined ? [] : [f.complete_from])));
  let completeFrom: IsoDate;
  if (stated !== undefined) completeFrom = stated;
  else {
    const before = snapshotAt(budget, first, true);
    completeFrom = before ? nextDay(before.as_of) : `${budget.fiscal_year}-01-01`;
  }
  return { completeFrom, opening: snapshotAt(budget, completeFrom, true) };
}

export interface Execution {
  /** 집행액 per line key (see budgetLines), in 원. */
  readonly byLine: ReadonlyMap<string, Won>;
  /** snapshot: a snapshot alone; entries: entries alone; opening+entries: a snapshot and the entries after it. */
  readonly source: 'snapshot' | 'entries' | 'opening+entries';
  /** The snapshot used (alone, or as the opening figure). */
  readonly snapshot: BudgetSnapshot | undefined;
  /** The day the figures are from: the snapshot's date for a snapshot alone, else the date asked. */
  readonly date: IsoDate;
}

/** 집행액 per line on `date`, or undefined when no source speaks for that date. */
export function executionAt(budget: BudgetRecord, files: readonly ExpensesRecord[], date: IsoDate): Execution | undefined {
  const k = wonPer(budget.unit);
  const lines = budgetLines(budget);
  const fromSnapshot = (s: BudgetSnapshot): Map<string, Won> => {
    const m = new Map<string, Won>();
    for (const l of s.lines) {
      const key = lineRefKey(l.line, l.program, lines);
      m.set(key, addWhole(m.get(key) ?? 0, timesWhole(l.executed, k)));
    }
    return m;
  };
  const basis = entryBasis(budget, files);
  if (basis === undefined || date < basis.completeFrom) {
    const s = snapshotAt(budget, date);
    return s ? { byLine: fromSnapshot(s), source: 'snapshot', snapshot: s, date: s.as_of } : undefined;
  }
  const { opening } = basis;
  const added = addEntriesByLine(new Map<string, Won>(), files.map((f) => f.entries), date, opening?.as_of, lines);
  if (!opening) return { byLine: added, source: 'entries', snapshot: undefined, date };
  const byLine = fromSnapshot(opening);
  for (const [line, won] of added) byLine.set(line, addWhole(byLine.get(line) ?? 0, won));
  return { byLine, source: 'opening+entries', snapshot: opening, date };
}

/**
 * 집행액 of one line (by key) on each of some dates, in 원: what `executionAt(…).byLine.get(key)`
 * gives for each, in one pass over the entries instead of one per date. From the day the entries
 * are complete, the figure on a later date is the figure on an earlier one plus the line's
 * entries in between; before it, the snapshot of the date.
 */
export function lineExecutionOn(budget: BudgetRecord, files: readonly ExpensesRecord[], key: string, dates: readonly IsoDate[]): Map<IsoDate, Won | undefined> {
  const out = new Map<IsoDate, Won | undefined>();
  const sorted = [...new Set(dates)].sort();
  const basis = entryBasis(budget, files);
  const lines = budgetLines(budget);
  const mine = files
    .flatMap((f) => f.entries)
    .filter((e) => lineRefKey(e.line, e.program, lines) === key)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let anchor: { date: IsoDate; won: Won } | undefined;
  let next = 0;
  for (const d of sorted) {
    if (basis === undefined || d < basis.completeFrom || anchor === undefined) {
      const at = executionAt(budget, files, d);
      const won = at === undefined ? undefined : (at.byLine.get(key) ?? 0);
      out.set(d, at === undefined ? undefined : won);
      if (basis !== undefined && d >= basis.completeFrom && won !== undefined) {
        anchor = { date: d, won };
        while (next < mine.length && mine[next]!.date <= d) next++;
      }
      continue;
    }
    let won = anchor.won;
    while (next < mine.length && mine[next]!.date <= d) won = addWhole(won, mine[next++]!.amount);
    anchor = { date: d, won };
    out.set(d, won);
  }
  return out;
}

/** The first date the execution data speaks for: the earliest snapshot, or the day entries
 *  start when they start from nothing. */
export function firstExecutionDate(budget: BudgetRecord, files: readonly ExpensesRecord[]): IsoDate | undefined {
  const basis = entryBasis(budget, files);
  const snapshots = (budget.snapshots ?? []).map((s) => s.as_of);
  return earliest(basis && !basis.opening ? [...snapshots, firstEntryDateOf(files)!] : snapshots);
}
