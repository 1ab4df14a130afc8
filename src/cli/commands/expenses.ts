// mayor-office expenses import: the disclosures an office already publishes (csv, xlsx, the
// open API's JSON) → entries appended to data/expenses/<year>.yaml. Nothing is written when a
// row cannot be read (unless --skip-bad) or when the data folder with the new entries would not
// validate; a second import of the same file adds nothing.
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../model/problem.js';
import type { ExpenseEntry, ExpensesRecord, LoadedRecord } from '../../model/records.js';
import { recordsOf } from '../../compute/recordsOf.js';
import { budgetLines as budgetLinesOf, lineRefKey } from '../../compute/expenseVocabulary.js';
import { loadText } from '../../load/loadData.js';
import { displayPath } from '../../load/findDataFiles.js';
import { validateRecords } from '../../validate/validate.js';
import { PROBLEM_FORMATS } from '../../render/problems/index.js';
import type { TableModel } from '../../render/tableModel.js';
import { int, text } from '../../render/tableModel.js';
import { readTable } from '../../import/readTable.js';
import { tableProblem } from '../../import/importProblem.js';
import type { ImportedEntry } from '../../import/tableEntries.js';
import { tableEntries } from '../../import/tableEntries.js';
import { appendEntries, newExpensesText } from '../../import/appendEntries.js';
import { importSummary } from '../../import/importSummary.js';
import type { FileSummary, ImportSummary } from '../../import/importSummary.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { checkPathsExist } from '../context.js';
import { loadValidated } from '../loadValidated.js';
import { emit } from '../emit.js';
import { tablesDoc } from '../../render/document.js';
import { writeOutput } from '../output.js';
import { EXIT, UsageError } from '../errors.js';
import { parseYear } from '../asOf.js';

export interface ExpensesImportOptions {
  readonly dept?: string;
  readonly year?: string;
  readonly dryRun?: boolean;
  readonly skipBad?: boolean;
  readonly format: string;
}

const ANY_DEPT = '\u0000any';

/** Two entries are the same payment when every field is the same, the 비목 (and 세부사업)
 *  compared resolved: `line` is the budget line's key (compute/expenseVocabulary.ts). */
function entryKey(e: ExpenseEntry, line: string, dept: string | undefined): string {
  return JSON.stringify([e.date, e.time ?? '', line, e.amount, e.purpose, e.place ?? '', e.attendees ?? '', e.payment ?? '', dept ?? '', e.type ?? '', e.reason ?? '']);
}

export async function expensesImportCommand(ctx: RunContext, files: readonly string[], opts: ExpensesImportOptions): Promise<number> {
  const year = parseYear(ctx, opts.year);
  const paths = checkPathsExist(ctx, files);
  const { records, dataDir } = loadValidated(ctx);
  const display = displayPath(ctx.cwd);
  const r = recordsOf(records);
  // Asked for per row: budgetLines is made once per budget, and its resolutions are kept.
  const budgetLines = (year: number) => {
    const b = r.budget.find((x) => x.fiscal_year === year);
    return b && budgetLinesOf(b);
  };

  // Read every file; problems are collected, not thrown.
  const problems: Problem[] = [];
  const fileSummaries: FileSummary[] = [];
  const incoming: ImportedEntry[] = [];
  for (const [i, path] of paths.entries()) {
    const file = files[i]!;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      problems.push(tableProblem(file, 1, 1, 'import-not-table', { reason: 'unreadable' }));
      fileSummaries.push({ file, format: '', encoding: '', family: '', rows: 0, imported: 0, duplicates: 0, bad: 0, skipped: 0 });
      continue;
    }
    const read = await readTable(file, bytes);
    problems.push(...read.problems);
    let rows = 0;
    let bad = 0;
    let skipped = 0;
    let family = '';
    const entries: ImportedEntry[] = [];
    for (const table of read.tables) {
      const got = tableEntries(table, { budgetLines, ...(opts.dept !== undefined ? { dept: opts.dept } : {}), ...(year !== undefined ? { year } : {}) });
      for (const p of got.problems) problems.push(p); // a spread of 100,000 arguments overflows the stack
      rows += got.rowsRead;
      bad += got.bad + (got.family === undefined ? 1 : 0);
      skipped += Object.values(got.skipped).reduce((a, b) => a + b, 0);
      family ||= got.family ?? '';
      for (const e of got.entries) entries.push(e);
    }
    if (read.tables.length === 0) bad++;
    for (const e of entries) incoming.push(e);
    fileSummaries.push({ file, format: read.format ?? '', encoding: read.encoding ?? '', family, rows, imported: entries.length, duplicates: 0, bad, skipped });
  }

  // Exact duplicates: within the files, and against the entries the data holds already.
  const seen = new Set<string>();
  for (const x of r.expenses) {
    const lines = budgetLines(x.fiscal_year) ?? [];
    for (const e of x.entries) {
      const line = lineRefKey(e.line, e.program, lines);
      seen.add(entryKey(e, line, e.dept ?? x.dept));
      seen.add(entryKey(e, line, ANY_DEPT));
    }
  }
  const fresh: ImportedEntry[] = [];
  const summaryOf = new Map(fileSummaries.map((f) => [f.file, f]));
  for (const e of incoming) {
    // A row that names no department is, with --dept, that department's; without, it is the
    // same payment as one of any department.
    const line = lineRefKey(e.entry.line, e.entry.program, budgetLines(Number(e.entry.date.slice(0, 4))) ?? []);
    const key = entryKey(e.entry, line, e.entry.dept ?? opts.dept ?? ANY_DEPT);
    const fs = summaryOf.get(e.file)!;
    if (seen.has(key)) {
      fs.duplicates++;
      fs.imported--;
      continue;
    }
    seen.add(key);
    seen.add(entryKey(e.entry, line, ANY_DEPT));
    fresh.push(e);
  }

  const summary = importSummary(fileSummaries, fresh.map((e) => e.entry), opts.dryRun === true);
  const hasBad = problems.some((p) => p.severity === 'error');
  if (hasBad) printProblems(ctx, files, problems);
  if (hasBad && !opts.skipBad) {
    await emitSummary(ctx, { ...summary, written: [] }, opts, dataDir, false);
    return EXIT.dataErrors;
  }

  // Each fiscal year's new entries go to that year's expenses file (of the department asked for).
  const byYear = new Map<number, ExpenseEntry[]>();
  for (const e of fresh) {
    const y = Number(e.entry.date.slice(0, 4));
    const list = byYear.get(y) ?? [];
    list.push(e.entry);
    byYear.set(y, list);
  }
  const writes: { path: string; file: string; text: string }[] = [];
  let nextRecords: LoadedRecord[] = [...records];
  const loadProblems: Problem[] = [];
  for (const [y, entries] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const target = targetFile(records, y, opts.dept);
    const fileDept = target ? (target.record as ExpensesRecord).dept : opts.dept;
    // An entry names its department unless it is the file's (with --dept, a row naming none is that department's).
    const shaped = entries.map((e) => {
      const dept = e.dept ?? opts.dept;
      return dept === undefined || dept === fileDept ? withoutDept(e) : { ...e, dept };
    });
    let path: string;
    let textOut: string;
    if (target) {
      path = resolve(ctx.cwd, target.file);
      textOut = appendEntries(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), shaped);
      if (readFileSync(path)[0] === 0xef) textOut = `\uFEFF${textOut}`;
    } else {
      // A department's own file beside the office's when <year>.yaml is another's.
      path = join(dataDir, 'expenses', `${y}.yaml`);
      if (existsSync(path) && opts.dept !== undefined) path = join(dataDir, 'expenses', `${y}-${opts.dept.replace(/[\\/:*?"<>|\s]+/g, '_')}.yaml`);
      if (existsSync(path)) throw new UsageError(CLI_TEXT[ctx.lang].expensesImport.taken(display(path)));
      textOut = newExpensesText({ schemaPath: schemaPathFor(dataDir, dirname(path)), fiscalYear: y, dept: opts.dept }, shaped);
    }
    const file = display(path);
    const loaded = loadText(file, textOut.replace(/^\uFEFF/, ''));
    loadProblems.push(...loaded.problems);
    nextRecords = [...nextRecords.filter((x) => x.file !== file), ...(loaded.record ? [loaded.record] : [])];
    writes.push({ path, file, text: textOut });
  }

  // The data folder with the new entries must validate before anything is written.
  if (writes.length > 0) {
    const { problems: after } = validateRecords(nextRecords, loadProblems);
    const errors = after.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      printProblems(ctx, writes.map((w) => w.file), errors);
      await emitSummary(ctx, { ...summary, written: [] }, opts, dataDir, false);
      return EXIT.dataErrors;
    }
  }
  if (!opts.dryRun) {
    for (const w of writes) {
      mkdirSync(dirname(w.path), { recursive: true });
      writeOutput(ctx, w.text, w.path, undefined);
    }
  }
  await emitSummary(ctx, { ...summary, written: writes.map((w) => w.file) }, opts, dataDir, true);
  return hasBad ? EXIT.dataErrors : EXIT.ok;
}

function withoutDept(e: ExpenseEntry): ExpenseEntry {
  const { dept: _dept, ...rest } = e;
  return rest;
}

/** The expenses file of a fiscal year that new entries go to: the one of the department asked
 *  for, else the one without a department. */
function targetFile(records: readonly LoadedRecord[], year: number, dept: string | undefined): LoadedRecord | undefined {
  const files = records.filter((x): x is LoadedRecord<ExpensesRecord> => x.record.kind === 'expenses' && x.record.fiscal_year === year);
  return files.find((x) => x.record.dept === dept) ?? (dept === undefined ? undefined : files.find((x) => x.record.dept === undefined && x.record.entries.every((e) => e.dept === undefined || e.dept === dept)));
}

/** The schema modeline's path, as the data folder's other files write it, else the tool's own. */
function schemaPathFor(dataDir: string, folder: string): string {
  for (const sub of ['budget', '']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const m = /^# yaml-language-server: \$schema=(\S+)\/[a-z]+\.schema\.json/.exec(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
      if (m) return relative(folder, resolve(dir, m[1]!, 'expenses.schema.json')).split(sep).join('/');
    }
  }
  const own = fileURLToPath(new URL('../../../schemas/expenses.schema.json', import.meta.url));
  return relative(folder, own).split(sep).join('/');
}

function printProblems(ctx: RunContext, files: readonly string[], problems: readonly Problem[]): void {
  const out = PROBLEM_FORMATS['text']!.render({ files, problems, strict: false }, { lang: ctx.lang, color: ctx.colorErr });
  ctx.io.stderr.write(out);
}

async function emitSummary(ctx: RunContext, summary: ImportSummary, opts: ExpensesImportOptions, dataDir: string, done: boolean): Promise<void> {
  const w = CLI_TEXT[ctx.lang].expensesImport;
  const files: TableModel = {
    title: done ? (summary.dryRun ? w.titleDry : w.title) : w.titleNothing,
    columns: [w.file, w.format, w.rows, w.imported, w.duplicates, w.bad, w.skipped].map((header, i) => ({ header, align: i < 2 ? ('left' as const) : ('right' as const) })),
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), text(''), int(summary.rows), int(summary.imported), int(summary.duplicates), int(summary.bad), int(summary.skipped)] },
      ...summary.files.map((f) => ({
        role: 'item' as const,
        level: 1,
        cells: [text(f.file), text([f.format, f.encoding, f.family].filter((x) => x !== '').join(' ')), int(f.rows), int(f.imported), int(f.duplicates), int(f.bad), int(f.skipped)],
      })),
    ],
    notes: summary.written.length > 0 ? [w.written(summary.written, summary.dryRun)] : [],
  };
  const totals: TableModel = {
    title: w.totalsTitle,
    columns: [w.month, w.line, w.count, w.amount].map((header, i) => ({ header, align: i < 2 ? ('left' as const) : ('right' as const) })),
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), text(''), int(summary.imported), int(summary.amount)] },
      ...summary.totals.map((x) => ({ role: 'item' as const, level: 1, cells: [text(x.month), text(x.line), int(x.count), int(x.amount)] })),
    ],
  };
  await emit(ctx, tablesDoc(files.title, summary, summary.totals.length > 0 ? [files, totals] : [files]), { format: opts.format }, dataDir);
}

