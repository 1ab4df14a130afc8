// mayor-office validate [paths…]: load → validate → render the problems → exit code.
import { loadData } from '../../load/loadData.js';
import { displayPath } from '../../load/findDataFiles.js';
import { countBySeverity } from '../../model/problem.js';
import { validateRecords } from '../../validate/validate.js';
import { PROBLEM_FORMATS } from '../../render/problems/index.js';
import type { RunContext } from '../context.js';
import { checkPathsExist, resolveDataDir } from '../context.js';
import { EXIT } from '../errors.js';

export interface ValidateOptions {
  readonly format: string;
  readonly strict?: boolean;
}

export function validateCommand(ctx: RunContext, paths: readonly string[], opts: ValidateOptions): number {
  const targets = paths.length > 0 ? checkPathsExist(ctx, paths) : [resolveDataDir(ctx)];
  const loaded = loadData(targets, { display: displayPath(ctx.cwd) });
  const { problems } = validateRecords(loaded.records, loaded.problems);
  const format = PROBLEM_FORMATS[opts.format]!;
  const strict = opts.strict === true;
  ctx.io.stdout.write(format.render({ files: loaded.files, problems, strict }, { lang: ctx.lang, color: ctx.color }));
  const { errors, warnings } = countBySeverity(problems);
  return errors > 0 || (strict && warnings > 0) ? EXIT.dataErrors : EXIT.ok;
}
