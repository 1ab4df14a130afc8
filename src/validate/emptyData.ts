// A data folder without a single record is a mistake (a wrong --data, a folder not yet filled),
// never a clean run: one problem located at the folder.
import type { Problem } from '../model/problem.js';
import { fileSpan, problemOf } from '../model/problem.js';

/** The problem of a loaded folder that holds no record file at all (none when it holds one,
 *  even a broken one: that file's own problems say what is wrong). */
export function emptyDataProblem(loaded: { readonly files: readonly string[]; readonly records: readonly unknown[]; readonly problems: readonly Problem[] }, folder: string): Problem[] {
  if (loaded.records.length > 0 || loaded.problems.some((p) => p.severity === 'error')) return [];
  return [problemOf('data-empty', { folder, files: loaded.files.length }, { severity: 'error', span: fileSpan(folder), path: '' })];
}
