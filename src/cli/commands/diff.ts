// mayor-office diff [BASE [HEAD]]: how the figures change between two revisions of the records.
// BASE defaults to the merge base with the main branch, HEAD to the working tree; a revision is
// read from git's object store, never checked out. Each side is validated on its own: errors on
// either side are printed to stderr (with `REV:path` places) and the run ends with exit 1, but
// the figures are still shown from the records that passed their schema, because a pull request
// that changes a figure and not the figure a document stated is exactly what a reviewer must see.
import { recordsOf } from '../../compute/recordsOf.js';
import type { DiffSide } from '../../compute/diff.js';
import { diffReport } from '../../compute/diff.js';
import type { DataSource } from '../../load/dataSource.js';
import { displayPath } from '../../load/findDataFiles.js';
import { folderSource } from '../../load/folderSource.js';
import type { GitResult } from '../../load/gitSource.js';
import { gitSource, gitTopLevel, mainMergeBase } from '../../load/gitSource.js';
import { loadData } from '../../load/loadData.js';
import { diffDocument } from '../../render/tables/diff.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { resolveDataDir } from '../context.js';
import { checkedRecords } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';


export async function diffCommand(ctx: RunContext, args: readonly string[], opts: EmitOptions): Promise<number> {
  const [baseArg, headArg] = args;
  const dataDir = resolveDataDir(ctx);
  const ok = <T>(r: GitResult<T>): T => {
    if (!r.ok) throw new UsageError(CLI_TEXT[ctx.lang].gitFailed(r.reason, r.detail));
    return r.value;
  };
  ok(gitTopLevel(ctx.cwd));
  const side = (rev: string, mergeBaseWith?: string): { source: DataSource; side: DiffSide } => {
    const source = ok(gitSource({ cwd: ctx.cwd, rev, dataDir }));
    return { source, side: { rev, commit: source.commit, ...(mergeBaseWith === undefined ? {} : { mergeBaseWith }) } };
  };
  // Without BASE: where this branch left the main branch (its short commit names the side).
  const mergeBase = baseArg === undefined ? ok(mainMergeBase(ctx.cwd)) : undefined;
  const base = mergeBase === undefined ? side(baseArg!) : side(mergeBase.commit.slice(0, 10), mergeBase.branch);
  const head = headArg === undefined ? { source: folderSource([dataDir], displayPath(ctx.cwd)), side: { rev: null, commit: null } } : side(headArg);

  const baseChecked = checkedRecords(ctx, loadData(base.source));
  const headChecked = checkedRecords(ctx, loadData(head.source));
  const report = diffReport(recordsOf(baseChecked.records), recordsOf(headChecked.records), { base: base.side, head: head.side });
  await emit(ctx, diffDocument(report, ctx.lang), opts, dataDir);
  return baseChecked.hasErrors || headChecked.hasErrors ? EXIT.dataErrors : EXIT.ok;
}
