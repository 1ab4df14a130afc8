// Two revisions of an office's records compared (`diff`, a dashboard's diff page): each side read
// through its data source (a git revision without a checkout, or the working folder), validated on
// its own, and the figures of both compared. Errors of either side come back with it; the figures
// are still compared from the records that passed their schema, because a change that moves a
// figure without the figure a document stated is exactly what a reviewer must see.
import type { DiffReport, DiffSide } from '../compute/diff.js';
import { diffReport } from '../compute/diff.js';
import type { DataSource } from '../load/dataSource.js';
import { displayPath } from '../load/findDataFiles.js';
import { folderSource } from '../load/folderSource.js';
import type { GitFailure } from '../load/gitSource.js';
import { gitSource, gitTopLevel, mainMergeBase } from '../load/gitSource.js';
import type { Problem } from '../model/problem.js';
import type { Office } from './office.js';
import { openOffice } from './office.js';

export interface Compared {
  readonly report: DiffReport;
  /** Each side's office, with its problems (`REV:path` places for a revision). */
  readonly base: Office;
  readonly head: Office;
}

export type CompareResult = { readonly ok: true; readonly value: Compared } | { readonly ok: false; readonly reason: GitFailure; readonly detail: string };

/** `base` (default: where the branch left the main branch) against `head` (default: the data
 *  folder as it is now), in the git repository around `cwd`. */
export function compareRevisions(options: { readonly cwd: string; readonly dataDir: string; readonly base?: string | undefined; readonly head?: string | undefined }): CompareResult {
  const { cwd, dataDir } = options;
  const top = gitTopLevel(cwd);
  if (!top.ok) return top;
  const side = (rev: string, mergeBaseWith?: string): { ok: true; source: DataSource; side: DiffSide } | { ok: false; reason: GitFailure; detail: string } => {
    const source = gitSource({ cwd, rev, dataDir });
    if (!source.ok) return source;
    return { ok: true, source: source.value, side: { rev, commit: source.value.commit, ...(mergeBaseWith === undefined ? {} : { mergeBaseWith }) } };
  };
  let base;
  if (options.base === undefined) {
    // Without BASE: where this branch left the main branch (its short commit names the side).
    const mergeBase = mainMergeBase(cwd);
    if (!mergeBase.ok) return mergeBase;
    base = side(mergeBase.value.commit.slice(0, 10), mergeBase.value.branch);
  } else base = side(options.base);
  if (!base.ok) return base;
  const head = options.head === undefined ? { ok: true as const, source: folderSource([dataDir], displayPath(cwd)), side: { rev: null, commit: null } } : side(options.head);
  if (!head.ok) return head;
  const baseOffice = openOffice(base.source);
  const headOffice = openOffice(head.source);
  return { ok: true, value: { report: diffReport(baseOffice.r, headOffice.r, { base: base.side, head: head.side }), base: baseOffice, head: headOffice } };
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
