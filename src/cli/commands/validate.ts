// mayor-office validate [paths…]: the engine validates (engine/validatePaths.ts); the problems are
// written in the format asked for, with a job summary when asked; the exit code says whether the
// data has errors.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { schemaCopyDrift } from '../../engine/schemaPath.js';
import { validatePaths } from '../../engine/validatePaths.js';
import type { RenderOptions } from '../../engine/output.js';
import { countBySeverity } from '../../engine/output.js';
import { PROBLEM_FORMATS, renderGithubSummary } from '../../engine/problems.js';
import { CLI_TEXT } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { checkPathsExist, resolveDataDir } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeOutput } from '../output.js';
import { version } from '../version.js';
import { findWorkspace } from '../workspace.js';

export interface ValidateOptions {
  readonly format: string;
  readonly strict?: boolean;
  /** Markdown of every problem for a job summary; with --format github it goes to
   *  $GITHUB_STEP_SUMMARY when that is set and no file is named. */
  readonly summary?: string;
}

export function validateCommand(ctx: RunContext, paths: readonly string[], opts: ValidateOptions): number {
  const targets = paths.length > 0 ? checkPathsExist(ctx, paths) : [resolveDataDir(ctx)];
  const dataDir = paths.length > 0 ? dataDirOrUndefined(ctx) : undefined;
  const { files, problems } = validatePaths(targets, dataDir, ctx.cwd);
  const format = PROBLEM_FORMATS[opts.format]!;
  const strict = opts.strict === true;
  const github = opts.format === 'github' || opts.summary !== undefined;
  const options: RenderOptions = { lang: ctx.lang, color: ctx.color, workspace: github ? findWorkspace(ctx) : undefined };
  const report = { files, problems, strict };
  ctx.io.stdout.write(format.render(report, options));
  if (opts.summary !== undefined) writeOutput(ctx, renderGithubSummary(report, options), opts.summary, dataDir ?? (paths.length === 0 ? targets[0] : undefined));
  else if (opts.format === 'github' && ctx.io.env['GITHUB_STEP_SUMMARY']) appendSummary(ctx, ctx.io.env['GITHUB_STEP_SUMMARY'], renderGithubSummary(report, options));
  // The editor's copy of the schemas (init's schemas/) from another version of the tool: said, not
  // counted as a problem of the records.
  const drift = paths.length === 0 ? schemaCopyDrift(targets[0]!) : undefined;
  if (drift) {
    // Relative where that is short (schemas, node_modules/mayor-office/schemas), else as it is.
    const shown = (p: string): string => {
      const rel = relative(ctx.cwd, p);
      return rel === '' ? '.' : rel.startsWith('..') ? p : rel;
    };
    ctx.io.stderr.write(`mayor-office: ${CLI_TEXT[ctx.lang].schemaCopyDrift(shown(drift.folder), drift.files, version(), shown(drift.own))}\n`);
  }
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
