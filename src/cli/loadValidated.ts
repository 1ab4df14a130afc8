// The first steps of every report command: load the data folder and validate it. A command
// never computes on data with errors: they are printed (to stderr) and the run ends with exit 1.
import type { LoadedData } from '../load/loadData.js';
import { loadData } from '../load/loadData.js';
import { displayPath } from '../load/findDataFiles.js';
import type { LoadedRecord } from '../model/records.js';
import type { Resolved } from '../compute/asOf.js';
import type { RecordsByKind } from '../compute/recordsOf.js';
import { recordsOf } from '../compute/recordsOf.js';
import { validateRecords } from '../validate/validate.js';
import { PROBLEM_FORMATS } from '../render/problems/index.js';
import { refusalText } from '../messages/cliText.js';
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
  const checked = checkedRecords(ctx, loadData([dataDir], { display: displayPath(ctx.cwd) }));
  if (checked.hasErrors) throw new DataErrors('the data has errors');
  return { records: checked.records, r: recordsOf(checked.records), dataDir };
}

/** The records of a loaded source that passed their schema; when the data has errors they are
 *  printed to stderr (the caller decides whether to stop). */
export function checkedRecords(ctx: RunContext, loaded: LoadedData): { records: readonly LoadedRecord[]; hasErrors: boolean } {
  const { records, problems } = validateRecords(loaded.records, loaded.problems);
  const hasErrors = problems.some((p) => p.severity === 'error');
  if (hasErrors) {
    const text = PROBLEM_FORMATS['text']!.render({ files: loaded.files, problems, strict: false }, { lang: ctx.lang, color: ctx.colorErr });
    ctx.io.stderr.write(text);
  }
  return { records, hasErrors };
}

/** The value a computation resolved to, or its refusal worded as a usage error (exit 2). */
export function served<T>(ctx: RunContext, resolved: Resolved<T>): T {
  if (!resolved.ok) throw new UsageError(refusalText(ctx.lang, resolved.refusal));
  return resolved.value;
}
