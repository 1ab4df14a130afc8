// mayor-office report new: the next issue of the work report started from the latest one
// (engine/reportNew.ts), through the one write path: the new record is validated with the whole
// data folder before it is written.
import { startIssue } from '../../engine/reportNew.js';
import { monthParam } from '../../engine/params.js';
import { displayPath } from '../../engine/office.js';
import { CLI_TEXT, refusalText } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { resolveDataDir } from '../context.js';
import { unifiedDiff } from '../../engine/unifiedDiff.js';
import { DataErrors, EXIT, UsageError } from '../errors.js';
import { printProblems } from '../problems.js';

export async function reportNewCommand(ctx: RunContext, opts: { readonly month?: string | undefined; readonly dryRun?: boolean | undefined }): Promise<number> {
  const t = CLI_TEXT[ctx.lang];
  const month = monthParam(opts.month);
  if (!month.ok) throw new UsageError(refusalText(ctx.lang, month.refusal));
  const outcome = await startIssue({ dataDir: resolveDataDir(ctx), cwd: ctx.cwd, lang: ctx.lang, dryRun: opts.dryRun === true }, month.value);
  if (!outcome.ok) {
    if ('invalid' in outcome) {
      printProblems(ctx, outcome.files, outcome.invalid);
      throw new DataErrors('the new issue is refused');
    }
    const stop = outcome.stopped;
    if (stop.reason === 'unreadable') {
      printProblems(ctx, [stop.problem.span.file], [stop.problem]);
      throw new DataErrors('the latest issue cannot be read');
    }
    if (stop.reason === 'no-issue') throw new UsageError(t.noIssueToFollow);
    if (stop.reason === 'exists') throw new UsageError(t.issueExists(stop.month, stop.file));
    throw new UsageError(t.issueBeforeLast(stop.month, stop.last));
  }
  const [file] = outcome.changed;
  if (opts.dryRun === true) {
    ctx.io.stdout.write(unifiedDiff(file!.file, file!.before, file!.after));
    return EXIT.ok;
  }
  ctx.io.stdout.write(`${t.issueStarted(displayPath(ctx.cwd)(outcome.result.path), outcome.result.issued, outcome.result.asOf)}\n`);
  return EXIT.ok;
}
