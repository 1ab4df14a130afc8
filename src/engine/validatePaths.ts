// Validating records (`validate`, CI, a dashboard's problems page): a data folder, or files and
// folders named on their own. Files named inside the data folder are checked with the rest of the
// folder around them (a reference may point at another file), but only their own problems are
// reported. A folder (or list of paths) without a single record is an error, not a clean run.
import { displayPath } from '../load/findDataFiles.js';
import { loadData } from '../load/loadData.js';
import type { Problem } from '../model/problem.js';
import { validateRecords } from '../validate/validate.js';
import { emptyDataProblem } from '../validate/emptyData.js';
import { isInside } from './paths.js';
import { knownSchemaProblems, recordCacheRun } from './recordCache.js';

export interface Validation {
  /** The record files checked, as messages name them. */
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

/** `targets` are absolute paths; `dataDir`, when given and holding every target, is read whole. */
export function validatePaths(targets: readonly string[], dataDir: string | undefined, cwd: string): Validation {
  const display = displayPath(cwd);
  const inContext = dataDir !== undefined && targets.every((t) => isInside(dataDir, t));
  const cache = recordCacheRun();
  const loaded = loadData(inContext ? [dataDir] : targets, { display, loadFile: cache?.loadFile });
  cache?.done();
  const shown = inContext ? targets.map(display) : undefined;
  const within = (file: string): boolean => shown === undefined || shown.some((t) => file === t || file.startsWith(`${t}/`));
  const mine = { files: loaded.files.filter(within), records: loaded.records.filter((r) => within(r.file)), problems: loaded.problems.filter((p) => within(p.span.file)) };
  const empty = emptyDataProblem(mine, targets.map(display).join(', '));
  const problems = validateRecords(loaded.records, [...loaded.problems, ...empty], knownSchemaProblems).problems.filter((p) => within(p.span.file));
  return { files: mine.files, problems };
}
