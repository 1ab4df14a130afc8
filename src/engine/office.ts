// An office opened from a source: its records that passed their schema, by kind, and every
// problem of loading and validating, decided once for every front end (the cli, a dashboard, a
// roll-up). Which problems stop which report is decided here too (`blocking`): a report never
// computes on a record with errors of a kind it needs; errors elsewhere are only counted.
import type { DataSource } from '../load/dataSource.js';
import { byDisplayedPath, MAX_FILE_BYTES, withFile, writtenSize } from '../load/dataSource.js';
import { decodedAsWritten } from '../load/readSource.js';
import type { LoadedData } from '../load/loadData.js';
import { loadBytes, loadData, loadText } from '../load/loadData.js';
import { displayPath } from '../load/findDataFiles.js';

export { displayPath };
/** The sources an office can be opened from: a folder, records in memory, a git revision. */
export { folderSource } from '../load/folderSource.js';
export { memorySource } from '../load/dataSource.js';
export type { DataSource } from '../load/dataSource.js';
export { gitSource } from '../load/gitSource.js';
import { folderSource } from '../load/folderSource.js';
import type { Problem } from '../model/problem.js';
import type { LoadedRecord, RecordKind } from '../model/records.js';
import { RECORD_KINDS } from '../model/records.js';
import type { RecordsByKind } from '../compute/recordsOf.js';
import { recordsOf } from '../compute/recordsOf.js';
import type { KeptCrossChecks } from '../validate/validate.js';
import { validateRecords } from '../validate/validate.js';
import { emptyDataProblem } from '../validate/emptyData.js';
import { knownSchemaProblems, recordCacheRun } from './recordCache.js';

export interface Office {
  /** The office's key: the id of its office record, else its source's label. Reports of several
   *  offices carry it, so a roll-up can tell and sum them. */
  readonly id: string;
  /** Where the records are, for people (the data folder as messages show it, `REV:data`). */
  readonly label: string;
  readonly source: DataSource;
  /** The data folder on disk, for a folder source (where edits are written). */
  readonly dataDir?: string | undefined;
  /** Every record file listed, as messages name it. */
  readonly files: readonly string[];
  /** The records that passed their schema. */
  readonly records: readonly LoadedRecord[];
  /** The same records by kind. */
  readonly r: RecordsByKind;
  /** Every problem of loading and validating, errors and warnings. */
  readonly problems: readonly Problem[];
  /** The record kind a problem belongs to (undefined: a file whose kind cannot be told). */
  readonly kindOf: (p: Problem) => RecordKind | undefined;
  /** What loading gave, before validation: an edit overlays its files on it without reading the
   *  other files again. */
  readonly loaded: LoadedData;
}

export interface OpenOptions {
  /** A folder without a record is a problem (`data-empty`) of the folder, named as shown. */
  readonly emptyIsProblem?: string | undefined;
  /** The folder as messages show it (the label), where it is not `emptyIsProblem`. */
  readonly shown?: string | undefined;
}

/** An office from any source: load, validate, index. Never throws on bad records. */
export function openOffice(source: DataSource, options: OpenOptions & { readonly dataDir?: string | undefined } = {}): Office {
  const cache = recordCacheRun();
  const loaded = loadData(source, { loadFile: cache?.loadFile });
  const office = officeOf(source, loaded, options, cache?.crossChecks(loaded.files));
  cache?.done();
  return office;
}

/** The office of a data folder on disk, paths shown relative to `cwd`. A folder without a
 *  record is no problem here: each report says it has no records of its kind (engine/noRecords.ts);
 *  `validate` judges the folder itself (validatePaths.ts). */
export function openFolder(dataDir: string, cwd: string): Office {
  const display = displayPath(cwd);
  return openOffice(folderSource([dataDir], display), { dataDir, shown: display(dataDir) });
}

/** Several offices, each on its own: one that fails does not stop the others. */
export function openOffices(sources: readonly DataSource[]): Office[] {
  return sources.map((s) => openOffice(s));
}

/** The office as it would be with some files' text replaced or added (an edit not yet written):
 *  what the one write path validates before anything is written. Only the changed files are
 *  read again (through the same limits as a file on disk); the rest are as loaded. A text is read
 *  as the bytes it will be written as decode: itself, when decodedAsWritten proves it, else
 *  encoded and decoded. */
export function overlay(office: Office, files: readonly { readonly file: string; readonly text: string }[]): Office {
  let source = office.source;
  for (const f of files) source = withFile(source, f.file, f.text);
  const changed = new Set(files.map((f) => f.file));
  const records = office.loaded.records.filter((r) => !changed.has(r.file));
  const problems = office.loaded.problems.filter((p) => !changed.has(p.span.file));
  for (const f of files) {
    // A UTF-16 unit takes at most 3 bytes: a text of up to a third of the limit is counted unread.
    const text = f.text.length * 3 <= MAX_FILE_BYTES || writtenSize(f.text) <= MAX_FILE_BYTES ? decodedAsWritten(f.text) : undefined;
    let got: ReturnType<typeof loadBytes>;
    if (text !== undefined) got = loadText(f.file, text);
    else {
      const read = source.read(f.file);
      got = read.ok ? loadBytes(f.file, read.bytes) : { problems: [read.problem] };
    }
    if (got.record) records.push(got.record);
    for (const p of got.problems) problems.push(p);
  }
  const listed = [...office.loaded.files, ...files.map((f) => f.file).filter((f) => !office.loaded.files.includes(f))].sort(byDisplayedPath);
  // Records in the order of their files, as loading gives them.
  const at = new Map(listed.map((f, i) => [f, i]));
  records.sort((a, b) => at.get(a.file)! - at.get(b.file)!);
  return officeOf(source, { files: listed, records, problems }, { dataDir: office.dataDir });
}

function officeOf(source: DataSource, loaded: LoadedData, options: OpenOptions & { readonly dataDir?: string | undefined }, kept?: KeptCrossChecks): Office {
  const empty = options.emptyIsProblem === undefined ? [] : emptyDataProblem(loaded, options.emptyIsProblem);
  const { records, problems } = validateRecords(loaded.records, [...loaded.problems, ...empty], knownSchemaProblems, kept);
  const r = recordsOf(records);
  const byFile = new Map<string, RecordKind>(loaded.records.map((x) => [x.file, x.record.kind]));
  const folder = options.shown ?? options.emptyIsProblem ?? source.label;
  return {
    id: r.office[0]?.id ?? source.label,
    label: folder,
    source,
    dataDir: options.dataDir,
    files: loaded.files,
    records,
    r,
    problems,
    kindOf: (p) => byFile.get(p.span.file) ?? kindFromPath(p.span.file, folder),
    loaded,
  };
}

export interface Gate {
  /** The problems of the records a report uses (its warnings too), when one of them is an
   *  error: the report must not be computed. Empty when it may. */
  readonly blocking: readonly Problem[];
  /** Errors in records the report does not use: counted, for one line pointing at validate. */
  readonly otherErrors: { readonly errors: number; readonly files: number };
}

/** Whether a report that needs `needs` may run on the office, and what it must say if not. */
export function gate(office: Office, needs: readonly RecordKind[] | 'all'): Gate {
  const touches = (p: Problem): boolean => {
    const kind = office.kindOf(p);
    return needs === 'all' || kind === undefined || needs.includes(kind);
  };
  const own = office.problems.filter(touches);
  const errors = office.problems.filter((p) => p.severity === 'error');
  const blocking = own.some((p) => p.severity === 'error') ? own : [];
  return { blocking, otherErrors: { errors: errors.length, files: new Set(errors.map((p) => p.span.file)).size } };
}

/** The kind a record file's path names, from its folder or file name inside the data folder. */
function kindFromPath(file: string, dataDirShown: string): RecordKind | undefined {
  const prefix = dataDirShown.endsWith('/') ? dataDirShown : `${dataDirShown}/`;
  if (!file.startsWith(prefix)) return undefined;
  const parts = file.slice(prefix.length).split('/');
  parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\.ya?ml$/i, '');
  for (const part of parts) {
    const kind = RECORD_KINDS.find((k) => part === k || part === `${k}s`);
    if (kind !== undefined) return kind;
  }
  return undefined;
}
