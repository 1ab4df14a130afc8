// mayor-office rollup [REPORT]: a bureau's or the city's figures from the offices rollup.yaml
// names, through the engine (engine/rollup.ts). rollup.yaml with errors is printed like a record
// file's (exit 1); an office left out of the totals is listed in the report and in one line on
// stderr, and with --strict ends the run with exit 1 after the report is written.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { checkRollupParams, defaultCacheDir, displayPath, readRollupFile, ROLLUP_REPORT_NAMES, rollupFolders, runRollup } from '../../engine/rollup.js';
import type { RollupReportName } from '../../engine/rollupNames.js';
import { CLI_TEXT, refusalText } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';
import { printProblems } from '../problems.js';
import { buildId } from '../version.js';

export interface RollupOptions {
  readonly file: string;
  readonly asOf?: string | undefined;
  readonly year?: string | undefined;
  readonly month?: string | undefined;
  readonly within?: string | undefined;
  readonly strict?: boolean | undefined;
  readonly cacheDir?: string | undefined;
  readonly cache?: boolean | undefined;
  readonly jobs?: string | undefined;
  readonly format: string;
  readonly out?: string | undefined;
  readonly bom?: boolean | undefined;
}

export async function rollupCommand(ctx: RunContext, report: string | undefined, o: RollupOptions): Promise<number> {
  const name = (report ?? 'budget') as RollupReportName;
  if (!ROLLUP_REPORT_NAMES.includes(name)) throw new UsageError(CLI_TEXT[ctx.lang].rollupUnknownReport(report!, ROLLUP_REPORT_NAMES));
  const params = checkRollupParams(o);
  if (!params.ok) throw new UsageError(refusalText(ctx.lang, params.refusal));
  const jobs = o.jobs === undefined ? availableParallelism() : /^[1-9]\d{0,2}$/.test(o.jobs) ? Number(o.jobs) : undefined;
  if (jobs === undefined) throw new UsageError(CLI_TEXT[ctx.lang].rollupBadJobs(o.jobs!));
  const path = resolve(ctx.cwd, o.file);
  const cacheDir = o.cache === false || ctx.noCache === true ? undefined : o.cacheDir !== undefined ? resolve(ctx.cwd, o.cacheDir) : defaultCacheDir(path);
  const build = buildId();
  const read = readRollupFile(path, displayPath(ctx.cwd)(path), { dir: cacheDir, build });
  if (!read.ok) {
    printProblems(ctx, read.files, read.problems);
    return EXIT.dataErrors;
  }
  const ran = await runRollup(read, name, params.value, { cwd: ctx.cwd, lang: ctx.lang, cacheDir, buildId: build, workers: jobs });
  await emit(ctx, ran.doc, o, rollupFolders(read, path));
  if (ran.leftOut.length > 0) ctx.io.stderr.write(`${CLI_TEXT[ctx.lang].rollupLeftOut(ran.leftOut.length, ran.leftOut.map((l) => l.name))}\n`);
  if (o.strict === true && ran.failing > 0) {
    ctx.io.stderr.write(`${CLI_TEXT[ctx.lang].rollupStrict(ran.failing)}\n`);
    return EXIT.dataErrors;
  }
  return EXIT.ok;
}
