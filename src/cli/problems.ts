// Problems printed to stderr before a command stops (or goes on): the text format of validate,
// coloured for stderr when it is a terminal. The one place the cli prints problems.
import type { Problem } from '../engine/output.js';
import { PROBLEM_FORMATS } from '../engine/problems.js';
import type { RunContext } from './context.js';

export function printProblems(ctx: RunContext, files: readonly string[], problems: readonly Problem[]): void {
  // What stops the command first: a real error is not to be found after unrelated warnings.
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  ctx.io.stderr.write(PROBLEM_FORMATS['text']!.render({ files, problems: ordered, strict: false }, { lang: ctx.lang, color: ctx.colorErr }));
}
