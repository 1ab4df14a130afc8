// What an import did, as the summary prints it: per file the rows read, imported, duplicates,
// bad and skipped, and the imported amounts per month and budget line. Pure.
import type { ExpenseEntry } from '../model/records.js';
import { addWhole } from '../model/numbers.js';

export interface FileSummary {
  readonly file: string;
  /** csv, xlsx or json. */
  readonly format: string;
  /** utf-8, utf-8-bom or cp949 (text files). */
  readonly encoding: string;
  /** open-data, open-api or korean: which header family the table has. */
  readonly family: string;
  /** Header names of the file the import did not read. */
  unused: readonly string[];
  /** Rows of other departments left out (with --dept), per department name. */
  otherDepts: Readonly<Record<string, number>>;
  rows: number;
  imported: number;
  duplicates: number;
  /** Rows held back: the same date and amount as a recorded entry, with other text. */
  near: number;
  bad: number;
  skipped: number;
}

export interface ImportSummary {
  readonly files: readonly FileSummary[];
  readonly rows: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly near: number;
  readonly bad: number;
  readonly skipped: number;
  /** 원, of the imported entries. */
  readonly amount: number;
  readonly totals: readonly { readonly month: string; readonly line: string; readonly count: number; readonly amount: number }[];
  readonly dryRun: boolean;
  /** The data files written (or that would be, with --dry-run). */
  readonly written: readonly string[];
}

/** `imported`: the entries imported, in one list per table. */
export function importSummary(files: readonly FileSummary[], imported: readonly (readonly ExpenseEntry[])[], dryRun: boolean): ImportSummary {
  const sum = (k: 'rows' | 'imported' | 'duplicates' | 'near' | 'bad' | 'skipped'): number => files.reduce((a, f) => a + f[k], 0);
  type Total = { month: string; line: string; count: number; amount: number };
  // A month's totals by line, found through the entry's date: the entries of a day share their
  // date's string (and its hash), so no month and no key is made per entry.
  const byMonth = new Map<string, Map<string, Total>>();
  const byDate = new Map<string, Map<string, Total>>();
  const totals: Total[] = [];
  let count = 0;
  let amount = 0;
  for (const table of imported) for (const e of table) {
    count++;
    amount = addWhole(amount, e.amount);
    let lines = byDate.get(e.date);
    if (lines === undefined) {
      const month = e.date.slice(0, 7);
      lines = byMonth.get(month);
      if (lines === undefined) byMonth.set(month, (lines = new Map()));
      byDate.set(e.date, lines);
    }
    let t = lines.get(e.line);
    if (t === undefined) {
      lines.set(e.line, (t = { month: e.date.slice(0, 7), line: e.line, count: 0, amount: 0 }));
      totals.push(t);
    }
    t.count++;
    t.amount = addWhole(t.amount, e.amount);
  }
  return {
    files,
    rows: sum('rows'),
    imported: count,
    duplicates: sum('duplicates'),
    near: sum('near'),
    bad: sum('bad'),
    skipped: sum('skipped'),
    amount,
    totals: totals.sort((a, b) => a.month.localeCompare(b.month) || a.line.localeCompare(b.line)),
    dryRun,
    written: [],
  };
}
