// mayor-office validate [paths…]: load → validate → render the problems → exit code.
import { loadData } from '../../load/loadData.js';
import { displayPath } from '../../load/findDataFiles.js';
import { countBySeverity } from '../../model/problem.js';
import { validateRecords } from '../../validate/validate.js';
import { PROBLEM_FORMATS } from '../../render/problems/index.js';
import type { RunContext } from '../context.js';
import { checkPathsExist, resolveDataDir } from '../context.js';
import { isInside } from '../paths.js';
import { EXIT } from '../errors.js';

export interface ValidateOptions {
  readonly format: string;
  readonly strict?: boolean;
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
  const problems = validateRecords(loaded.records, loaded.problems).problems.filter((p) => within(p.span.file));
  const files = loaded.files.filter(within);
  const format = PROBLEM_FORMATS[opts.format]!;
  const strict = opts.strict === true;
  ctx.io.stdout.write(format.render({ files, problems, strict }, { lang: ctx.lang, color: ctx.color }));
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
