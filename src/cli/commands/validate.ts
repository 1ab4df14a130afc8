// mayor-office validate [paths…]: load → validate → render the problems → exit code.
import { loadData } from '../../load/loadData.js';
import { displayPath } from '../../load/findDataFiles.js';
import { countBySeverity } from '../../model/problem.js';
import { validateRecords } from '../../validate/validate.js';
import { emptyDataProblem } from '../../validate/emptyData.js';
import { PROBLEM_FORMATS } from '../../render/problems/index.js';
import { renderGithubSummary } from '../../render/problems/github.js';
import type { RenderOptions } from '../../render/problems/types.js';
import type { RunContext } from '../context.js';
import { checkPathsExist, resolveDataDir } from '../context.js';
import { isInside } from '../paths.js';
import { EXIT, UsageError } from '../errors.js';
import { writeOutput } from '../output.js';
import { findWorkspace } from '../workspace.js';
import { appendFileSync } from 'node:fs';
import { CLI_TEXT } from '../../messages/cliText.js';

export interface ValidateOptions {
  readonly format: string;
  readonly strict?: boolean;
  /** Markdown of every problem for a job summary; with --format github it goes to
   *  $GITHUB_STEP_SUMMARY when that is set and no file is named. */
  readonly summary?: string;
}

export function validateCommand(ctx: RunContext, paths: readonly string[], opts: ValidateOptions): number {
  const display = displayPath(ctx.cwd);
  const targets = paths.length > 0 ? checkPathsExist(ctx, paths) : [resolveDataDir(ctx)];
  // Files named inside the data folder are checked with the rest of the folder around them (a
  // reference may point at another file), but only their own problems are reported.
  const dataDir = paths.length > 0 ? dataDirOrUndefined(ctx) : undefined;
  const inContext = dataDir !== undefined && targets.every((t) => isInside(dataDir, t));
  const loaded = loadData(inContext ? [dataDir] : targets, { display });
  const shown = inContext ? targets.map(display) : undefined;
  const within = (file: string): boolean => shown === undefined || shown.some((t) => file === t || file.startsWith(`${t}/`));
  // A folder (or list of paths) without a single record is an error, not a clean run.
  const mine = { files: loaded.files.filter(within), records: loaded.records.filter((r) => within(r.file)), problems: loaded.problems.filter((p) => within(p.span.file)) };
  const empty = emptyDataProblem(mine, targets.map(display).join(', '));
  const problems = validateRecords(loaded.records, [...loaded.problems, ...empty]).problems.filter((p) => within(p.span.file));
  const format = PROBLEM_FORMATS[opts.format]!;
  const strict = opts.strict === true;
  const github = opts.format === 'github' || opts.summary !== undefined;
  const options: RenderOptions = { lang: ctx.lang, color: ctx.color, workspace: github ? findWorkspace(ctx) : undefined };
  const report = { files: mine.files, problems, strict };
  ctx.io.stdout.write(format.render(report, options));
  if (opts.summary !== undefined) writeOutput(ctx, renderGithubSummary(report, options), opts.summary, dataDir ?? (paths.length === 0 ? targets[0] : undefined));
  else if (opts.format === 'github' && ctx.io.env['GITHUB_STEP_SUMMARY']) appendSummary(ctx, ctx.io.env['GITHUB_STEP_SUMMARY'], renderGithubSummary(report, options));
  const { errors, warnings } = countBySeverity(problems);
  return errors > 0 || (strict && warnings > 0) ? EXIT.dataErrors : EXIT.ok;
}

function dataDirOrUndefined(ctx: RunContext): string | undefined {
  try {
    return resolveDataDir(ctx);
  } catch {
    return undefined;
  }
}

/** GitHub gives each step its own summary file and reads what was appended to it. */
function appendSummary(ctx: RunContext, file: string, markdown: string): void {
  try {
    appendFileSync(file, markdown);
  } catch (err) {
    throw new UsageError(CLI_TEXT[ctx.lang].writeFailed(file, (err as NodeJS.ErrnoException).code ?? (err as Error).message));
  }
}
