// mayor-office diff [BASE [HEAD]]: how the figures change between two revisions of the records,
// compared by the engine (engine/diff.ts). Errors on either side are printed to stderr (with
// `REV:path` places) and the run ends with exit 1, after the figures are shown.
import { compareRevisions, hasErrors } from '../../engine/diff.js';
import { CLI_TEXT } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { resolveDataDir } from '../context.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';
import { printProblems } from '../problems.js';

export async function diffCommand(ctx: RunContext, args: readonly string[], opts: EmitOptions): Promise<number> {
  const [base, head] = args;
  const dataDir = resolveDataDir(ctx);
  const compared = compareRevisions({ cwd: ctx.cwd, dataDir, base, head });
  if (!compared.ok) throw new UsageError(CLI_TEXT[ctx.lang].gitFailed(compared.reason, compared.detail));
  const { report, base: b, head: h } = compared.value;
  for (const side of [b, h]) if (hasErrors(side.problems)) printProblems(ctx, side.files, side.problems);
  const { diffDocument } = await import('../../engine/documents.js');
  await emit(ctx, diffDocument(report, ctx.lang), opts, dataDir);
  return hasErrors(b.problems) || hasErrors(h.problems) ? EXIT.dataErrors : EXIT.ok;
}
