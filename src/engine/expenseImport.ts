// Importing disclosure files (`expenses import`, a dashboard upload): the tables read from their
// bytes, each row made an entry, rows the records hold already left out, and the new entries
// appended to each fiscal year's expenses file, all through the one write path (under the lock,
// validated with the new texts overlaid, every file written or none). Nothing is written when a
// row cannot be read (unless skipBad) or when the records already have errors.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { ExpenseEntry, ExpensesRecord, LoadedRecord } from '../model/records.js';
import { budgetLines as budgetLinesOf, lineRefKeys } from '../compute/expenseVocabulary.js';
import type { BudgetLineRef } from '../compute/expenseVocabulary.js';
import { namesBudgetLine } from '../compute/expenseList.js';
import { IMPORT_LIMITS, readTable } from '../import/readTable.js';

export { IMPORT_LIMITS };
import { tableProblem } from '../import/importProblem.js';
import { tableEntries } from '../import/tableEntries.js';
import { csvEntriesInPieces } from '../import/csvEntriesInPieces.js';
import type { ImportOptions as TableOptions } from '../import/tableEntries.js';
import type { ColumnMap } from '../import/headerColumns.js';
import { importSummary } from '../import/importSummary.js';
import type { FileSummary, ImportSummary } from '../import/importSummary.js';

export type { ImportSummary };
export type { Field } from '../import/headerColumns.js';
export { fieldNamed, normalizeHeader } from '../import/headerColumns.js';
import type { EditOutcome, EditTarget, FileChange } from './applyEdit.js';
import { applyEdit } from './applyEdit.js';
import { gate } from './office.js';
import type { OverBudget } from './expenseAdd.js';
import { overBudget } from './expenseAdd.js';
import { appendEntriesText, newExpensesText } from './entriesText.js';
import { schemaPathFor } from './schemaPath.js';
import { PaymentIndex } from '../import/paymentIdentity.js';
import type { Lang } from '../messages/catalog.js';
import { CLI_TEXT } from '../messages/cliText.js';
import type { Doc } from '../render/document.js';
import { tablesDoc } from '../render/document.js';
import type { TableModel } from '../render/tableModel.js';
import { int, text } from '../render/tableModel.js';

/** A disclosure file to import: its name as the user gave it, and its bytes (undefined: unreadable). */
export interface ImportInput {
  readonly file: string;
  readonly bytes: Uint8Array | undefined;
  /** The file's size, when it was not read for being past IMPORT_LIMITS.bytes. */
  readonly size?: number | undefined;
}

export interface ImportOptions {
  readonly dept?: string | undefined;
  readonly year?: number | undefined;
  readonly skipBad?: boolean | undefined;
  /** Columns the user mapped (`--map 열=필드`): the header name as matched → field. */
  readonly map?: ColumnMap | undefined;
  /** The 비목 of rows that name none: a code, name or short word of the budget. */
  readonly line?: string | undefined;
  /** Import even when the new entries take a line over its 예산현액 (as expenses add --allow-over). */
  readonly allowOver?: boolean | undefined;
}

export interface Imported {
  readonly summary: ImportSummary;
  /** The rows that could not be read, located in the input files. */
  readonly problems: readonly Problem[];
  /** The rows imported, per table, with their places in the input files. */
  readonly fresh: readonly TableEntries[];
}

/** A table's entries, with the file and the row each was read from, in lists side by side (an
 *  import of 100,000 rows holds 100,000 entries, not as many objects more that wrap them). */
export interface TableEntries {
  readonly file: string;
  readonly entries: readonly ExpenseEntry[];
  readonly rows: readonly number[];
}

export type ImportStop =
  /** The records have errors already: fix them first. */
  | { readonly reason: 'data-errors'; readonly problems: readonly Problem[]; readonly files: readonly string[] }
  /** Some rows cannot be read (and skipBad was not asked): nothing written. */
  | { readonly reason: 'bad-rows'; readonly imported: Imported }
  /** Where a department's new file would go, another file is. */
  | { readonly reason: 'taken'; readonly path: string }
  /** --line names no line of any budget. */
  | { readonly reason: 'unknown-line'; readonly line: string; readonly known: readonly string[] }
  /** The new entries take a line's 집행액 over its 예산현액 (without allowOver): `row` is the input
   *  row of the earliest new entry of that line. */
  | { readonly reason: 'over-budget'; readonly over: OverBudget; readonly file: string; readonly row: number };

export function importExpenses(target: EditTarget, inputs: readonly ImportInput[], opts: ImportOptions): Promise<EditOutcome<Imported, ImportStop>> {
  return applyEdit<Imported, ImportStop>(target, async (office, textOf) => {
    const blocked = gate(office, 'all').blocking;
    if (blocked.length > 0) return { ok: false, stop: { reason: 'data-errors', problems: blocked, files: office.files } };
    const r = office.r;
    if (opts.line !== undefined && !namesBudgetLine(opts.line, r.budget)) {
      return { ok: false, stop: { reason: 'unknown-line', line: opts.line, known: [...new Set(r.budget.flatMap((b) => budgetLinesOf(b).map((l) => l.code)))].sort() } };
    }
    // Asked for per row: budgetLines is made once per budget, and its resolutions are kept.
    const budgetLines = (year: number) => {
      const b = r.budget.find((x) => x.fiscal_year === year);
      return b && budgetLinesOf(b);
    };

    // The office's names (its name and other_names): with --dept naming one of them, a row under
    // any of them is the office's.
    const fold = (x: string): string => x.normalize('NFC').replace(/\s+/g, ' ').trim();
    const officeNames = r.office.flatMap((o) => [o.name, ...(o.other_names ?? [])]);
    const deptNames = opts.dept !== undefined && officeNames.some((n) => fold(n) === fold(opts.dept!)) ? officeNames : [];

    const tableOptions: TableOptions = { budgetLines, ...(opts.dept !== undefined ? { dept: opts.dept, deptNames } : {}), ...(opts.year !== undefined ? { year: opts.year } : {}), ...(opts.map ? { map: opts.map } : {}), ...(opts.line !== undefined ? { line: opts.line } : {}) };
    // Read every file; problems are collected, not thrown.
    const problems: Problem[] = [];
    const fileSummaries: FileSummary[] = [];
    // Each table's entries as read (not copied into one list of 100,000).
    const incoming: { readonly file: string; readonly entries: ExpenseEntry[]; readonly rows: number[] }[] = [];
    for (const { file, bytes, size } of inputs) {
      if (bytes === undefined) {
        problems.push(tableProblem(file, 1, 1, 'import-not-table', { reason: size !== undefined && size > IMPORT_LIMITS.bytes ? 'too-large' : 'unreadable' }));
        fileSummaries.push({ file, format: '', encoding: '', family: '', unused: [], otherDepts: {}, rows: 0, imported: 0, duplicates: 0, near: 0, bad: 0, skipped: 0 });
        continue;
      }
      // In a function of its own, so that the table read (its text and rows) is not held by this
      // one until the edit is formed: only the entries made of it are kept.
      fileSummaries.push(await readFileEntries(file, bytes, tableOptions, problems, incoming));
    }

    // The same payment twice (the rule of import/paymentIdentity.ts): a row that is an entry the
    // records hold already, or a row read before in these files, is not added; a row of the same
    // date and amount as a recorded entry but other text is held back, with a warning at the row.
    const recorded = new PaymentIndex<() => string>();
    for (const x of office.records) {
      if (x.record.kind !== 'expenses') continue;
      const file = x.record as ExpensesRecord;
      const lines = budgetLines(file.fiscal_year) ?? [];
      const keyOf = lineRefKeys(lines);
      file.entries.forEach((e, i) => recorded.add({ entry: e, line: keyOf(e.line, e.program), where: () => `${x.file}:${x.locate.value(['entries', i]).line}` }));
    }
    const read = new PaymentIndex<undefined>();
    const summaryOf = new Map(fileSummaries.map((f) => [f.file, f]));
    // The key finder of a date's fiscal year, asked for once per date (rows share their dates).
    const keysOn = new Map<string, ReturnType<typeof lineRefKeys>>();
    // Each table's rows taken are moved up over those left out, in its own lists (no list of
    // the rows taken is made beside them).
    for (const { file, entries, rows } of incoming) {
      const fs = summaryOf.get(file)!;
      let taken = 0;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        let keyOf = keysOn.get(e.date);
        if (keyOf === undefined) keysOn.set(e.date, (keyOf = lineRefKeys(budgetLines(Number(e.date.slice(0, 4))) ?? NO_LINES)));
        const line = keyOf(e.line, e.program);
        const known = recorded.match(e, line);
        if (known.kind === 'same' || read.match(e, line).kind === 'same') {
          fs.duplicates++;
          fs.imported--;
          continue;
        }
        if (known.kind === 'near') {
          fs.near++;
          fs.imported--;
          problems.push(tableProblem(file, rows[i]!, 1, 'import-near-match', { date: e.date, amount: e.amount, existing: known.with.where() }, undefined, 'warning'));
          continue;
        }
        read.add({ entry: e, line, where: undefined });
        entries[taken] = e;
        rows[taken++] = rows[i]!;
      }
      entries.length = taken;
      rows.length = taken;
    }
    const fresh: readonly TableEntries[] = incoming;

    const summary = importSummary(
      fileSummaries,
      fresh.map((t) => t.entries),
      target.dryRun === true,
    );
    const hasBad = problems.some((p) => p.severity === 'error');
    if (hasBad && opts.skipBad !== true) return { ok: false, stop: { reason: 'bad-rows', imported: { summary, problems, fresh } } };

    // Each fiscal year's new entries go to that year's expenses file (of the department asked for),
    // each shaped for it as it is put in the year's list.
    type YearFile = { readonly held: LoadedRecord | undefined; readonly fileDept: string | undefined; shaped: readonly ExpenseEntry[] };
    const byYear = new Map<number, YearFile>();
    const yearFile = (y: number): YearFile => {
      let year = byYear.get(y);
      if (year === undefined) {
        const held = targetFile(office.records, y, opts.dept);
        byYear.set(y, (year = { held, fileDept: held ? (held.record as ExpensesRecord).dept : opts.dept, shaped: [] }));
      }
      return year;
    };
    // An entry names its department unless it is the file's (with --dept, a row naming none is that department's).
    const shape = (e: ExpenseEntry, year: YearFile): ExpenseEntry => {
      const dept = e.dept ?? opts.dept;
      return dept === undefined || dept === year.fileDept ? withoutDept(e) : { ...e, dept };
    };
    const yearOf = (e: ExpenseEntry): number => Number(e.date.slice(0, 4));
    // One table of one year whose entries go in as they are (most imports): its list is the year's
    // list, not a copy of it.
    const only = fresh.length === 1 ? fresh[0]!.entries : [];
    const y0 = only.length > 0 ? yearOf(only[0]!) : undefined;
    const year0 = y0 === undefined ? undefined : yearFile(y0);
    if (year0 !== undefined && only.every((e) => yearOf(e) === y0 && shape(e, year0) === e)) year0.shaped = only;
    else {
      byYear.clear();
      for (const t of fresh) for (const e of t.entries) {
        const year = yearFile(yearOf(e));
        (year.shaped as ExpenseEntry[]).push(shape(e, year));
      }
    }
    const changes: FileChange[] = [];
    for (const [y, { held, shaped }] of [...byYear].sort((a, b) => a[0] - b[0])) {
      if (held) {
        const path = resolve(target.cwd, held.file);
        // The text the write path read under the lock (the file as loaded), not a second read.
        changes.push({ path, text: appendEntriesText(textOf(path) ?? readFileSync(path, 'utf8'), shaped).text });
      } else {
        // A department's own file beside the office's when <year>.yaml is another's.
        let path = join(target.dataDir, 'expenses', `${y}.yaml`);
        if (existsSync(path) && opts.dept !== undefined) path = join(target.dataDir, 'expenses', `${y}-${opts.dept.replace(/[\\/:*?"<>|\s]+/g, '_')}.yaml`);
        if (existsSync(path)) return { ok: false, stop: { reason: 'taken', path } };
        changes.push({ path, text: newExpensesText({ schemaPath: schemaPathFor(target.dataDir, dirname(path)), fiscalYear: y, dept: opts.dept }, shaped).text });
      }
    }
    return { ok: true, changes, result: { summary, problems, fresh } };
  }, (after, { fresh }) => {
    if (opts.allowOver === true) return undefined;
    // The same rule as expenses add: the earliest new entry of each line, checked on the office
    // as it would be, from its date on.
    // The table and place in it of the earliest new entry of each line.
    const first = new Map<string, { readonly t: TableEntries; readonly i: number }>();
    for (const t of fresh) {
      for (let i = 0; i < t.entries.length; i++) {
        const e = t.entries[i]!;
        const key = `${e.date.slice(0, 4)} ${e.line}`;
        const had = first.get(key);
        if (had === undefined || e.date < had.t.entries[had.i]!.date) first.set(key, { t, i });
      }
    }
    for (const { t, i } of first.values()) {
      const over = overBudget(after.r, t.entries[i]!);
      if (over) return { reason: 'over-budget', over, file: t.file, row: t.rows[i]! };
    }
    return undefined;
  });
}

/** One file's tables read into entries (onto `incoming`) and problems (onto `problems`): its line of the summary. */
async function readFileEntries(file: string, bytes: Uint8Array, options: TableOptions, problems: Problem[], incoming: { readonly file: string; readonly entries: ExpenseEntry[]; readonly rows: number[] }[]): Promise<FileSummary> {
  // A CSV file in UTF-8 is read a piece at a time straight into entries; any other, or one that
  // reading is not sure of, is read whole and then into entries.
  const inPieces = csvEntriesInPieces(file, bytes, options);
  const read = inPieces === undefined ? await readTable(file, bytes) : { format: 'csv' as const, encoding: inPieces.encoding, problems: [], tables: [] };
  const tables = inPieces === undefined ? read.tables.map((t) => tableEntries(t, options)) : [inPieces.got];
  problems.push(...read.problems);
  let rows = 0;
  let bad = 0;
  let skipped = 0;
  let family = '';
  let imported = 0;
  const unused: string[] = [];
  const otherDepts: Record<string, number> = {};
  for (const got of tables) {
    for (const u of got.unused) if (!unused.includes(u)) unused.push(u);
    for (const [d, n] of Object.entries(got.otherDepts)) otherDepts[d] = (otherDepts[d] ?? 0) + n;
    for (const p of got.problems) problems.push(p); // a spread of 100,000 arguments overflows the stack
    rows += got.rowsRead;
    bad += got.bad + (got.family === undefined ? 1 : 0);
    skipped += Object.values(got.skipped).reduce((a, b) => a + b, 0);
    family ||= got.family ?? '';
    incoming.push({ file, entries: got.entries, rows: got.rows });
    imported += got.entries.length;
  }
  if (tables.length === 0) bad++;
  return { file, format: read.format ?? '', encoding: read.encoding ?? '', family, unused, otherDepts, rows, imported, duplicates: 0, near: 0, bad, skipped };
}

/** The lines of a year without a budget: one list, so that its keys are found once. */
const NO_LINES: readonly BudgetLineRef[] = [];

function withoutDept(e: ExpenseEntry): ExpenseEntry {
  // Most rows name no department: the entry itself, not a copy of it per row.
  if (!Object.hasOwn(e, 'dept')) return e;
  const { dept: _dept, ...rest } = e;
  return rest;
}

/** The expenses file of a fiscal year that new entries go to: the one of the department asked
 *  for, else the one without a department. */
function targetFile(records: readonly LoadedRecord[], year: number, dept: string | undefined): LoadedRecord | undefined {
  const files = records.filter((x): x is LoadedRecord<ExpensesRecord> => x.record.kind === 'expenses' && x.record.fiscal_year === year);
  return (
    files.find((x) => x.record.dept === dept) ??
    // Without --dept, the year's only file, whatever department it is of (its rows that name another keep their dept).
    (dept === undefined ? (files.length === 1 ? files[0] : undefined) : files.find((x) => x.record.dept === undefined && x.record.entries.every((e) => e.dept === undefined || e.dept === dept)))
  );
}

/** The summary of an import as a document (what was read, imported, matched, skipped, and the
 *  totals per month and line): the cli writes it in its --format, a dashboard shows it. `done`:
 *  the import went through (or would, on a dry run). */
export function importSummaryDoc(summary: ImportSummary, lang: Lang, done: boolean): Doc {
  const w = CLI_TEXT[lang].expensesImport;
  const files: TableModel = {
    title: done ? (summary.dryRun ? w.titleDry : w.title) : w.titleNothing,
    columns: [w.file, w.format, w.rows, w.imported, w.duplicates, w.near, w.bad, w.skipped].map((header, i) => ({ header, align: i < 2 ? ('left' as const) : ('right' as const) })),
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), text(''), int(summary.rows), int(summary.imported), int(summary.duplicates), int(summary.near), int(summary.bad), int(summary.skipped)] },
      ...summary.files.map((f) => ({
        role: 'item' as const,
        level: 1,
        cells: [text(f.file), text([f.format, f.encoding, f.family].filter((x) => x !== '').join(' ')), int(f.rows), int(f.imported), int(f.duplicates), int(f.near), int(f.bad), int(f.skipped)],
      })),
    ],
    notes: [
      ...summary.files.flatMap((f) => (f.unused.length > 0 ? [w.unused(f.file, f.unused)] : [])),
      ...summary.files.flatMap((f) => (Object.keys(f.otherDepts).length > 0 ? [w.otherDepts(f.file, Object.entries(f.otherDepts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))] : [])), ...(summary.written.length > 0 ? [w.written(summary.written, summary.dryRun)] : [])],
  };
  const totals: TableModel = {
    title: w.totalsTitle,
    columns: [w.month, w.line, w.count, w.amount].map((header, i) => ({ header, align: i < 2 ? ('left' as const) : ('right' as const) })),
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), text(''), int(summary.imported), int(summary.amount)] },
      ...summary.totals.map((x) => ({ role: 'item' as const, level: 1, cells: [text(x.month), text(x.line), int(x.count), int(x.amount)] })),
    ],
  };
  return tablesDoc(files.title, summary, summary.totals.length > 0 ? [files, totals] : [files]);
}
