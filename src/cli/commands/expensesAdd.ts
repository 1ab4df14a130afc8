// mayor-office expenses add: one 업무추진비 payment recorded through the engine's one write path
// (engine/expenseAdd.ts): the whole data folder is validated with the new entry before anything
// is written, and the entry may not take its line over its 예산현액 unless --allow-over.
import type { NewExpense } from '../../engine/expenseAdd.js';
import { addExpense } from '../../engine/expenseAdd.js';
import { displayPath } from '../../engine/office.js';
import { CLI_TEXT } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { resolveDataDir } from '../context.js';
import { unifiedDiff } from '../../engine/unifiedDiff.js';
import { DataErrors, EXIT, UsageError } from '../errors.js';
import { printProblems } from '../problems.js';

export interface ExpensesAddOptions extends NewExpense {
  readonly allowOver?: boolean;
  readonly dryRun?: boolean;
}

export async function expensesAddCommand(ctx: RunContext, opts: ExpensesAddOptions): Promise<number> {
  const t = CLI_TEXT[ctx.lang];
  const dataDir = resolveDataDir(ctx);
  const outcome = await addExpense({ dataDir, cwd: ctx.cwd, lang: ctx.lang, dryRun: opts.dryRun === true, allowOver: opts.allowOver === true }, opts);
  if (!outcome.ok) {
    if ('invalid' in outcome) {
      printProblems(ctx, outcome.files, outcome.invalid);
      throw new DataErrors('the entry is refused');
    }
    const stop = outcome.stopped;
    if (stop.reason === 'bad-date') throw new UsageError(t.badEntryDate(stop.date));
    ctx.io.stderr.write(`${displayPath(ctx.cwd)(stop.added.path)}:${stop.added.line}:1 error ${t.overBudget(stop.over)} [over-budget]\n`);
    throw new DataErrors('over budget');
  }
  const [file] = outcome.changed;
  if (opts.dryRun === true) {
    ctx.io.stdout.write(unifiedDiff(file!.file, file!.before, file!.after));
    return EXIT.ok;
  }
  ctx.io.stdout.write(`${t.entryAdded(`${file!.file}:${outcome.result.line}`, outcome.result.entry.line, outcome.result.entry.amount)}\n`);
  return EXIT.ok;
}
