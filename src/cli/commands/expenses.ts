// mayor-office expenses import: the disclosures an office already publishes (csv, xlsx, the open
// API's JSON) → entries appended to data/expenses/<year>.yaml, through the engine
// (engine/expenseImport.ts). The cli reads the files named, prints what the engine found and the
// summary. Nothing is written when a row cannot be read (unless --skip-bad) or when the data
// folder with the new entries would not validate; a second import of the same file adds nothing.
import { readFileSync, statSync } from 'node:fs';
import type { ImportInput } from '../../engine/expenseImport.js';
import { IMPORT_LIMITS, importExpenses, importSummaryDoc } from '../../engine/expenseImport.js';
import type { ImportSummary } from '../../engine/expenseImport.js';
import { displayPath } from '../../engine/office.js';
import { yearParam } from '../../engine/params.js';
import type { Field } from '../../engine/expenseImport.js';
import { fieldNamed, normalizeHeader } from '../../engine/expenseImport.js';
import { CLI_TEXT, refusalText } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { checkPathsExist, resolveDataDir } from '../context.js';
import { emit } from '../emit.js';
import { DataErrors, EXIT, UsageError } from '../errors.js';
import { printProblems } from '../problems.js';

export interface ExpensesImportOptions {
  readonly dept?: string;
  readonly year?: string;
  readonly dryRun?: boolean;
  readonly skipBad?: boolean;
  readonly map?: readonly string[];
  readonly line?: string;
  readonly allowOver?: boolean;
  readonly format: string;
}

/** --map 열=필드 …: the header names as matched → their fields, or a usage error naming the pair. */
function columnMap(ctx: RunContext, pairs: readonly string[] | undefined): Map<string, Field> {
  const map = new Map<string, Field>();
  for (const pair of pairs ?? []) {
    const at = pair.lastIndexOf('=');
    const field = at > 0 ? fieldNamed(pair.slice(at + 1)) : undefined;
    if (field === undefined) throw new UsageError(CLI_TEXT[ctx.lang].expensesImport.badMap(pair));
    map.set(normalizeHeader(pair.slice(0, at)), field);
  }
  return map;
}

export async function expensesImportCommand(ctx: RunContext, files: readonly string[], opts: ExpensesImportOptions): Promise<number> {
  const year = yearParam(opts.year);
  if (!year.ok) throw new UsageError(refusalText(ctx.lang, year.refusal));
  const map = columnMap(ctx, opts.map);
  const paths = checkPathsExist(ctx, files);
  const dataDir = resolveDataDir(ctx);
  const inputs: ImportInput[] = paths.map((path, i) => readInput(files[i]!, path));
  const outcome = await importExpenses({ dataDir, cwd: ctx.cwd, lang: ctx.lang, dryRun: opts.dryRun === true }, inputs, { dept: opts.dept, year: year.value, skipBad: opts.skipBad === true, map, line: opts.line, allowOver: opts.allowOver === true });
  if (!outcome.ok) {
    if ('invalid' in outcome) {
      printProblems(
        ctx,
        outcome.changed,
        outcome.invalid.filter((p) => p.severity === 'error'),
      );
      await emitSummary(ctx, { ...outcome.result.summary, written: [] }, opts, dataDir, false);
      return EXIT.dataErrors;
    }
    const stop = outcome.stopped;
    if (stop.reason === 'data-errors') {
      printProblems(ctx, stop.files, stop.problems);
      throw new DataErrors('the data has errors');
    }
    if (stop.reason === 'over-budget') {
      ctx.io.stderr.write(`${stop.file}:${stop.row}:1 error ${CLI_TEXT[ctx.lang].overBudget(stop.over)} [over-budget]\n`);
      return EXIT.dataErrors;
    }
    if (stop.reason === 'unknown-line') throw new UsageError(refusalText(ctx.lang, { reason: 'unknown-line', line: stop.line, known: stop.known }));
    if (stop.reason === 'taken') throw new UsageError(CLI_TEXT[ctx.lang].expensesImport.taken(displayPath(ctx.cwd)(stop.path)));
    printProblems(ctx, files, stop.imported.problems);
    await emitSummary(ctx, { ...stop.imported.summary, written: [] }, opts, dataDir, false);
    return EXIT.dataErrors;
  }
  const { summary, problems } = outcome.result;
  const hasBad = problems.some((p) => p.severity === 'error');
  if (hasBad) printProblems(ctx, files, problems);
  await emitSummary(ctx, { ...summary, written: outcome.changed.map((c) => c.file) }, opts, dataDir, true);
  return hasBad ? EXIT.dataErrors : EXIT.ok;
}

/** A file to import: its bytes, or only its size when that is past the limit (it is refused at its
 *  name without being read), or neither when it cannot be read. */
function readInput(file: string, path: string): ImportInput {
  try {
    const size = statSync(path).size;
    return size > IMPORT_LIMITS.bytes ? { file, bytes: undefined, size } : { file, bytes: readFileSync(path) };
  } catch {
    return { file, bytes: undefined };
  }
}

async function emitSummary(ctx: RunContext, summary: ImportSummary, opts: ExpensesImportOptions, dataDir: string, done: boolean): Promise<void> {
  await emit(ctx, importSummaryDoc(summary, ctx.lang, done), { format: opts.format }, dataDir);
}
