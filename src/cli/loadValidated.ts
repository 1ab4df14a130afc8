// The first steps of every report command: load the data folder and validate it. A command
// never computes on records with errors: when an error touches a kind of record the command
// needs (its `needs` in cli/options.ts), the problems are printed (to stderr) and the run ends
// with exit 1. Errors in records it does not use only earn one line on stderr pointing at
// `validate`, and the command goes on with the valid records. `validate` still fails on any.
import type { LoadedData } from '../load/loadData.js';
import { loadData } from '../load/loadData.js';
import { displayPath } from '../load/findDataFiles.js';
import type { Problem } from '../model/problem.js';
import type { LoadedRecord, RecordKind } from '../model/records.js';
import { RECORD_KINDS } from '../model/records.js';
import type { Resolved } from '../compute/asOf.js';
import type { RecordsByKind } from '../compute/recordsOf.js';
import { recordsOf } from '../compute/recordsOf.js';
import { validateRecords } from '../validate/validate.js';
import { emptyDataProblem } from '../validate/emptyData.js';
import { PROBLEM_FORMATS } from '../render/problems/index.js';
import { CLI_TEXT, refusalText } from '../messages/cliText.js';
import type { RunContext } from './context.js';
import { resolveDataDir } from './context.js';
import { DataErrors, UsageError } from './errors.js';

export interface Loaded {
  readonly records: readonly LoadedRecord[];
  /** The same records by kind. */
  readonly r: RecordsByKind;
  readonly dataDir: string;
}

export function loadValidated(ctx: RunContext): Loaded {
  const dataDir = resolveDataDir(ctx);
  const display = displayPath(ctx.cwd);
  const loaded = loadData([dataDir], { display });
  const { records, problems } = validateRecords(loaded.records, [...loaded.problems, ...emptyDataProblem(loaded, display(dataDir))]);
  const kindOf = problemKinds(loaded, display(dataDir));
  const needs = ctx.needs ?? 'all';
  // The problems of the records the command uses (warnings too, printed with the errors).
  const own = problems.filter((p) => needs === 'all' || touches(kindOf(p), needs));
  if (own.some((p) => p.severity === 'error')) {
    printProblems(ctx, loaded, own);
    throw new DataErrors('the data has errors');
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) ctx.io.stderr.write(`${CLI_TEXT[ctx.lang].otherProblems(errors.length, new Set(errors.map((p) => p.span.file)).size)}\n`);
  return { records, r: recordsOf(records), dataDir };
}

/** Whether a problem of a kind (undefined: of no known kind, so of every kind) touches `needs`. */
const touches = (kind: RecordKind | undefined, needs: readonly RecordKind[]): boolean => kind === undefined || needs.includes(kind);

/** The record kind a problem belongs to: the kind of the record in its file; for a file that did
 *  not parse, the kind its path names (budget/…, tasks/… → task, cities.yaml); else undefined. */
function problemKinds(loaded: LoadedData, dataDirShown: string): (p: Problem) => RecordKind | undefined {
  const byFile = new Map<string, RecordKind>(loaded.records.map((r) => [r.file, r.record.kind]));
  return (p) => byFile.get(p.span.file) ?? kindFromPath(p.span.file, dataDirShown);
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

function printProblems(ctx: RunContext, loaded: LoadedData, problems: readonly Problem[]): void {
  const text = PROBLEM_FORMATS['text']!.render({ files: loaded.files, problems, strict: false }, { lang: ctx.lang, color: ctx.colorErr });
  ctx.io.stderr.write(text);
}

/** The records of a loaded source that passed their schema; when the data has errors they are
 *  printed to stderr (the caller decides whether to stop). */
export function checkedRecords(ctx: RunContext, loaded: LoadedData): { records: readonly LoadedRecord[]; hasErrors: boolean } {
  const { records, problems } = validateRecords(loaded.records, loaded.problems);
  const hasErrors = problems.some((p) => p.severity === 'error');
  if (hasErrors) printProblems(ctx, loaded, problems);
  return { records, hasErrors };
}

/** The value a computation resolved to, or its refusal worded as a usage error (exit 2). */
export function served<T>(ctx: RunContext, resolved: Resolved<T>): T {
  if (!resolved.ok) throw new UsageError(refusalText(ctx.lang, resolved.refusal));
  return resolved.value;
}
