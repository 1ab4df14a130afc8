// A table read from a disclosure → expense entries. Finds the header row by its names, skips
// title, 합계 and repeated header rows, reads each row's date, time, amount and 비목, and says of
// every row it cannot read which column and value stopped it. Pure.
import type { Problem } from '../model/problem.js';
import type { ExpenseEntry } from '../model/records.js';
import type { BudgetLineRef, LineRefResolution } from '../compute/expenseVocabulary.js';
import { resolveLineRef } from '../compute/expenseVocabulary.js';
import type { ColumnMap, Field, HeaderMap } from './headerColumns.js';
import { FIELD_LABEL, REQUIRED_FIELDS, headerScore, isHeader, mapHeader, needsCutting, normalizeHeader } from './headerColumns.js';
import type { DateTime } from './readValues.js';
import { readAmount, readDateTime, readTime } from './readValues.js';
import { tableProblem } from './importProblem.js';
import { nfc } from '../model/nfc.js';
import { plainObjects } from '../model/plainObject.js';

export interface TableRow {
  /** The row as the file counts it (1-based). */
  readonly line: number;
  readonly fields: readonly string[];
}

/** A table's rows, asked for by their place: a table of 100,000 rows is then not 100,000
 *  objects kept while it is read (the CSV reader keeps each field's place in its text, and makes
 *  a row's fields when they are asked for). */
export interface TableRows {
  readonly length: number;
  /** The row as the file counts it (1-based). */
  line(row: number): number;
  /** The row's fields: a new list at each call. */
  fields(row: number): readonly string[];
}

export interface Table {
  readonly file: string;
  readonly rows: TableRows;
}

/** Rows held as objects (a workbook's, a JSON list's) as a table's rows. */
export function rowList(rows: readonly TableRow[]): TableRows {
  return { length: rows.length, line: (r) => rows[r]!.line, fields: (r) => rows[r]!.fields };
}

export interface ImportOptions {
  /** The budget lines of a fiscal year (compute/expenseVocabulary.ts budgetLines), or undefined
   *  when there is no budget for it. */
  readonly budgetLines: (year: number) => readonly BudgetLineRef[] | undefined;
  /** Only the rows of this department (any level of the department names). */
  readonly dept?: string;
  /** Other names of the same department (the office's other_names when --dept is the office's):
   *  a row under any of them is the department's. */
  readonly deptNames?: readonly string[];
  /** Only the rows of this fiscal year. */
  readonly year?: number;
  /** Columns the user mapped (`--map 열=필드`). */
  readonly map?: ColumnMap;
  /** The 비목 of rows that name none (`--line`), as written: a code, a name or a short word. */
  readonly line?: string;
}

export type SkipReason = 'total' | 'header' | 'blank' | 'note' | 'other-dept' | 'other-year';

export interface TableImport {
  readonly family: HeaderMap['family'] | undefined;
  /** Header names the import did not read (named in the summary). */
  readonly unused: readonly string[];
  /** The entries read, in the order of their rows: lists made for the caller, which may leave
   *  out of them the rows it does not take. */
  readonly entries: ExpenseEntry[];
  /** The row of each entry (as the file counts it), at the entry's place in `entries`: a number
   *  in a list, not an object per row that holds the entry with its file and row. */
  readonly rows: number[];
  readonly problems: readonly Problem[];
  /** Data rows read (after the header), including skipped and bad ones. */
  readonly rowsRead: number;
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** Rows that could not be read (each has at least one problem). */
  readonly bad: number;
  /** The rows of other departments left out, per department name as the file writes it. */
  readonly otherDepts: Readonly<Record<string, number>>;
}

/** The rows the header is looked for in. */
export const HEADER_SEARCH_ROWS = 30;
const TOTAL_WORDS = new Set(['합계', '총계', '계', '소계', '누계', '총합계', '합', 'total']);
/** What every word of TOTAL_WORDS has, so that most cells are passed over without normalizing: a
 *  cell that normalizeHeader only lower-cases (needsCutting false) has it as written. */
const TOTAL_HINT = /[계합]|total/i;
/** Whether a cell can normalize to a header's name: a cell that starts with a digit (a date) keeps
 *  that digit first, so it cannot be a name that does not. */
const mayBeName = (cell: string, name: string): boolean => !startsWithDigit(cell) || startsWithDigit(name);
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}
/** The entries made: plain objects with room for their fields in themselves (an entry has up to
 *  eleven, most eight). */
const ImportedEntryObject = plainObjects<{ -readonly [K in keyof ExpenseEntry]: ExpenseEntry[K] }>();
/** Refunds written as a negative amount come in as 반납 with this reason. */
export const NEGATIVE_REASON = '원자료에 음수 금액으로 공개됨';

export function tableEntries(table: Table, options: ImportOptions): TableImport {
  const reader = tableReader(table.file, table.rows, table.rows.length, options);
  if (!('row' in reader)) return reader;
  const { rows } = table;
  for (let r = reader.next; r < rows.length; r++) reader.row(rows.line(r), rows.fields(r));
  return reader.end();
}

/** A table read into entries a row at a time, after its header: rows may be given as they are
 *  read, without the whole table at hand. */
export interface TableReader {
  /** The place of the first row after the header (among the rows the reader was made with). */
  readonly next: number;
  row(line: number, cells: readonly string[]): void;
  /** What the rows given came to. */
  end(): TableImport;
}

/** A reader of the table whose first rows are `head` (the header is looked for among them) and
 *  of about `size` rows in all (room for its entries is made at once); or what the table came to
 *  when its header is not found or cannot be read. */
export function tableReader(file: string, head: TableRows, size: number, options: ImportOptions): TableReader | TableImport {
  const table: Table = { file, rows: head };
  const skipped: Record<SkipReason, number> = { total: 0, header: 0, blank: 0, note: 0, 'other-dept': 0, 'other-year': 0 };
  const found = findHeader(table, options.map);
  if ('problem' in found) return { family: undefined, unused: [], entries: [], rows: [], problems: [found.problem], rowsRead: 0, skipped, bad: 0, otherDepts: {} };
  // With --dept, a file whose department column this import cannot tell (a column named like a
  // department that maps to nothing, 1소속부서 say) is refused: taking every row would import
  // every department's payments, taking none would import nothing, and both say exit 0.
  const { header: h0 } = found;
  if (options.dept !== undefined && h0.columns.dept === undefined && h0.deptLevels.length === 0) {
    const looksDept = h0.unused.find((u) => /부서|소속|과명|dept/i.test(u));
    if (looksDept !== undefined) {
      const rowLine = table.rows.line(found.index);
      const column = h0.names.findIndex((n) => n.trim() === looksDept) + 1;
      return { family: h0.family, unused: h0.unused, entries: [], rows: [], problems: [tableProblem(table.file, rowLine, column, 'import-dept-column-unknown', { column: looksDept, dept: options.dept })], rowsRead: 0, skipped, bad: 0, otherDepts: {} };
    }
  }
  const own = new Set([options.dept, ...(options.deptNames ?? [])].filter((x): x is string => x !== undefined).map(foldDept));
  const otherDepts: Record<string, number> = {};
  const { header, index } = found;
  const problems: Problem[] = [];
  // Room for an entry per row left, made at once and cut to the entries made at the end: a list
  // grown as it fills is copied at each step, and each copy of a long one is fresh memory.
  const entries = new Array<ExpenseEntry>(Math.max(0, size - found.index - 1));
  const entryRows = new Array<number>(entries.length);
  let made = 0;
  let bad = 0;
  let rowsRead = 0;
  const col = header.columns;
  const colName = (i: number): string => header.names[i]?.trim() || `${i + 1}`;
  // The open-data list's short header leaves out names its rows have: exec_purpose (one field
  // more, after exec_loc), or dept_nm_full and exec_purpose (two more: the department's full name
  // before exec_dt, the purpose after exec_loc). Rows of the header's own length read as written.
  const openData = header.family === 'open-data' && col.place !== undefined && col.date !== undefined && col.date < col.place;
  const purposeGap = openData && col.purpose === undefined ? col.place! + 1 : undefined;
  const deptGap = openData && col.purpose === undefined && col.dept === undefined ? col.date! : undefined;

  const dateName = normalizeHeader(header.names[col.date!] ?? '');
  const amountName = normalizeHeader(header.names[col.amount!] ?? '');
  // A disclosure repeats its dates (a year has 365): each written date is read once.
  const dateTimes = new Map<string, DateTime | undefined>();
  const readDate = (written: string): DateTime | undefined => {
    let when = dateTimes.get(written);
    if (when === undefined && !dateTimes.has(written)) dateTimes.set(written, (when = readDateTime(written)));
    return when;
  };
  // The cells of the row being read, trimmed when first asked for, by column.
  let fields: readonly string[] = [];
  const trimmed: (string | undefined)[] = new Array<string | undefined>(header.names.length).fill(undefined);
  const cell = (f: Field): string => {
    const i = col[f];
    if (i === undefined) return '';
    let v = trimmed[i];
    if (v === undefined) trimmed[i] = v = (fields[i] ?? '').trim();
    return v;
  };
  // One string for each text the entries repeat (a payment, a place, a purpose): the row's own
  // copy then dies young instead of being kept, and copied, with its entry. The one kept is a
  // copy of its own: a cell of 13 characters or more is a view into the whole text of the table
  // (as V8 cuts strings), which one entry holding it would keep alive to the end of the edit.
  const texts = new Map<string, string>();
  const one = (v: string): string => {
    let kept = texts.get(v);
    if (kept === undefined) texts.set(v, (kept = ownCopy(v)));
    return kept;
  };
  // Each year's budget lines, asked for once.
  const yearLines = new Map<number, readonly BudgetLineRef[] | undefined>();
  const budgetLinesOf = (year: number): readonly BudgetLineRef[] | undefined => {
    let lines = yearLines.get(year);
    if (lines === undefined && !yearLines.has(year)) yearLines.set(year, (lines = options.budgetLines(year)));
    return lines;
  };
  // The program of each line a row resolves to: a year of rows names a few lines over and over
  // (resolveLineRef keeps its answers; the line's place in the list is looked up once each).
  const programs = new Map<LineRefResolution, string | undefined>();
  const programOf = (r: LineRefResolution & { kind: 'line' }, lines: readonly BudgetLineRef[]): string | undefined => {
    let p = programs.get(r);
    if (p === undefined && !programs.has(r)) programs.set(r, (p = lines.find((l) => l.key === r.key)?.program?.code));
    return p;
  };
  const readRow = (rowLine: number, cells: readonly string[]): void => {
    rowsRead++;
    // NFC, so a file saved in decomposed Hangul (as macOS writes it) reads as the same words; a
    // row of cells that are NFC already (nearly every row) is not copied.
    let copy: string[] | undefined;
    for (let i = 0; i < cells.length; i++) {
      const composed = nfc(cells[i]!);
      if (composed !== cells[i]) (copy ??= [...cells])[i] = composed;
    }
    const all = copy ?? cells;
    const extra = all.length - header.names.length;
    fields = all;
    trimmed.fill(undefined);
    let extraPurpose: string | undefined;
    let extraDept: string | undefined;
    if (purposeGap !== undefined && extra === 1) {
      fields = [...all.slice(0, purposeGap), ...all.slice(purposeGap + 1)];
      extraPurpose = all[purposeGap]!.trim();
    } else if (purposeGap !== undefined && deptGap !== undefined && extra === 2) {
      const p = purposeGap + 1;
      fields = [...all.slice(0, deptGap), ...all.slice(deptGap + 1, p), ...all.slice(p + 1)];
      extraDept = all[deptGap]!.trim();
      extraPurpose = all[p]!.trim();
    }
    // The first cell that holds more than white space (how many do is counted only for a note).
    let firstFilled: string | undefined;
    for (const x of fields) {
      if (x.trim() === '') continue;
      firstFilled = x;
      break;
    }
    if (firstFilled === undefined) {
      skipped.blank++;
      return;
    }
    let total = false;
    for (let i = 0; i < 4 && i < fields.length && !total; i++) {
      const x = fields[i]!;
      // A cell that starts with a digit (a date, an amount) keeps it first: no total word does.
      total = x.length <= 12 && !startsWithDigit(x) && (TOTAL_HINT.test(x) || needsCutting(x)) && TOTAL_WORDS.has(normalizeHeader(x));
    }
    if (total) {
      skipped.total++;
      return;
    }
    // The header again (crawled files repeat it between pages): the date and amount columns hold their names.
    if (mayBeName(cell('date'), dateName) && normalizeHeader(cell('date')) === dateName && normalizeHeader(cell('amount')) === amountName) {
      skipped.header++;
      return;
    }
    // A footnote (※ 자료: …) or a remark under the table: no amount, little else.
    if (cell('amount') === '' && (/^\s*(※|\*|주\))/.test(firstFilled) || (cell('date') === '' && fields.filter((x) => x.trim() !== '').length <= 2))) {
      skipped.note++;
      return;
    }
    let dept = extraDept || cell('dept') || undefined;
    // Else the last department level the row fills.
    for (let i = header.deptLevels.length - 1; dept === undefined && i >= 0; i--) dept = (fields[header.deptLevels[i]!] ?? '').trim() || undefined;
    if (options.dept !== undefined) {
      const names = [extraDept ?? '', cell('dept'), ...header.deptLevels.map((i) => (fields[i] ?? '').trim())].filter((x) => x !== '');
      // A row that names no department is taken to be the department's own file's. A name is the
      // department's when it is one of its names, or ends with one after a space (은평구 행정지원과).
      if (names.length > 0 && !names.some((x) => isOwn(foldDept(x), own))) {
        skipped['other-dept']++;
        const shown = dept ?? names[names.length - 1]!;
        otherDepts[shown] = (otherDepts[shown] ?? 0) + 1;
        return;
      }
    }
    const when = readDate(cell('date'));
    if (options.year !== undefined && when !== undefined && Number(when.date.slice(0, 4)) !== options.year) {
      skipped['other-year']++;
      return;
    }
    let rowProblems: Problem[] | undefined;
    type RowRule =
      | 'import-missing-value'
      | 'import-bad-date'
      | 'import-bad-time'
      | 'import-bad-amount'
      | 'import-no-budget'
      | 'import-line-not-in-budget'
      | 'import-line-unknown'
      | 'import-line-ambiguous'
      | 'import-program-unknown';
    const fail = (f: Field, rule: RowRule, params: Readonly<Record<string, string | number | readonly string[] | undefined>> = {}): void => {
      const i = col[f] ?? 0;
      // Every row rule takes the column and the value as written, and some a few more.
      (rowProblems ??= []).push(tableProblem(table.file, rowLine, i + 1, rule, { column: colName(i), value: cell(f), ...params } as never, cell(f)));
    };

    if (when === undefined) fail('date', cell('date') === '' ? 'import-missing-value' : 'import-bad-date');
    let time = when?.time;
    if (cell('time') !== '') {
      time = readTime(cell('time'));
      if (time === undefined) fail('time', 'import-bad-time');
    }
    const amount = readAmount(cell('amount'));
    if (amount === undefined) fail('amount', cell('amount') === '' ? 'import-missing-value' : 'import-bad-amount');

    let code: string | undefined;
    let program: string | undefined;
    if (when !== undefined) {
      const year = Number(when.date.slice(0, 4));
      const lines = budgetLinesOf(year);
      if (lines === undefined) fail('line', 'import-no-budget', { year });
      else if (col.line === undefined || cell('line') === '') {
        const given = options.line === undefined ? undefined : resolveLineRef(options.line, cell('program') === '' ? undefined : cell('program'), lines);
        if (given?.kind === 'line') {
          code = given.code;
          program = programOf(given, lines);
        } else if (lines.length === 1) code = lines[0]!.code;
        else fail('line', 'import-missing-value', { column: col.line === undefined ? FIELD_LABEL.line : colName(col.line), known: lines.map((l) => l.code) });
      } else {
        // A 세부사업 column (a budget with programs) tells apart the same 통계목 under two programs.
        const r = resolveLineRef(cell('line'), cell('program') === '' ? undefined : cell('program'), lines);
        if (r.kind === 'line') {
          code = r.code;
          program = programOf(r, lines);
        } else if (r.kind === 'missing-known') fail('line', 'import-line-not-in-budget', { year, addLine: r.code, addName: r.name });
        else if (r.kind === 'ambiguous') fail('line', 'import-line-ambiguous', { year, line: r.code, programs: r.programs });
        else if (r.kind === 'unknown-program') fail('program', 'import-program-unknown', { year, known: r.known });
        else fail('line', 'import-line-unknown', { year, suggestion: r.suggestion, known: lines.map((l) => l.code) });
      }
    }
    if (rowProblems !== undefined || when === undefined || amount === undefined || code === undefined) {
      bad++;
      if (rowProblems !== undefined) for (const p of rowProblems) problems.push(p);
      return;
    }
    // A 비고 of '반납: …' or '정정: …' (as expenses disclose writes it) gives the type and reason.
    const refund = /^(반납|정정)\s*[:：]\s*(\S.*)$/.exec(cell('note'));
    // The fields in the order the files write them, only those given.
    const entry = new ImportedEntryObject();
    entry.date = when.date;
    if (time !== undefined) entry.time = time;
    entry.line = code;
    if (program !== undefined) entry.program = program;
    entry.amount = amount;
    entry.purpose = one(extraPurpose ?? cell('purpose'));
    if (cell('place')) entry.place = one(cell('place'));
    if (cell('attendees')) entry.attendees = one(cell('attendees'));
    if (cell('payment')) entry.payment = one(cell('payment'));
    if (dept) entry.dept = one(dept);
    if (refund) {
      entry.type = refund[1] as '반납' | '정정';
      entry.reason = one(refund[2]!.trim());
    } else if (amount < 0) {
      entry.type = '반납';
      entry.reason = NEGATIVE_REASON;
    }
    entries[made] = entry;
    entryRows[made++] = rowLine;
  };
  return {
    next: index + 1,
    row: readRow,
    end: () => {
      entries.length = made;
      entryRows.length = made;
      return { family: header.family, unused: header.unused, entries, rows: entryRows, problems, rowsRead, skipped, bad, otherDepts };
    },
  };
}

/** A text with characters of its own, not a view into the text it was cut from (JSON.parse
 *  makes a new string; a short one is a copy already). */
const ownCopy = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/** A department's name as compared: NFC, whitespace folded. */
const foldDept = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const isOwn = (name: string, own: ReadonlySet<string>): boolean => own.has(name) || [...own].some((o) => name.endsWith(` ${o}`));

type HeaderFound = { header: HeaderMap; index: number } | { problem: Problem };

/** The first row, among the first rows, whose names map the required columns. */
function findHeader(table: Table, map: ColumnMap | undefined): HeaderFound {
  let best: { h: HeaderMap; line: number; fields: readonly string[] } | undefined;
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, table.rows.length); index++) {
    const fields = table.rows.fields(index);
    const h = mapHeader(fields, map);
    if (isHeader(h)) return { header: h, index };
    const filled = fields.filter((f) => f.trim() !== '').length;
    if (!best || headerScore(h) > headerScore(best.h) || (headerScore(h) === headerScore(best.h) && filled > best.fields.filter((f) => f.trim() !== '').length)) best = { h, line: table.rows.line(index), fields };
  }
  const line = best?.line ?? 1;
  const foundNames = (best?.fields ?? []).map((f) => f.trim()).filter((f) => f !== '');
  const missing = REQUIRED_FIELDS.filter((f) => best?.h.columns[f] === undefined).map((f) => FIELD_LABEL[f]);
  return {
    problem: tableProblem(table.file, line, 1, 'import-header-unmapped', {
      needed: REQUIRED_FIELDS.map((f) => FIELD_LABEL[f]),
      missing: missing.length > 0 ? missing : REQUIRED_FIELDS.map((f) => FIELD_LABEL[f]),
      found: foundNames,
    }),
  };
}
