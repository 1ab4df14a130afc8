// mayor-office budget status: 예산 집행현황 recomputed from the records as of a date.
import { recordsOf, referenceDate } from '../../compute/recordsOf.js';
import { budgetStatus, firstExecutionDate } from '../../compute/budgetReport.js';
import { budgetStatusTable } from '../../render/tables/budget.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated } from '../loadValidated.js';
import { colorFor, emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';

export interface BudgetOptions {
  readonly asOf?: string;
  readonly year?: string;
  readonly format: string;
  readonly out?: string;
  readonly bom?: boolean;
}

export async function budgetStatusCommand(ctx: RunContext, opts: BudgetOptions): Promise<number> {
  const t = CLI_TEXT[ctx.lang];
  const asOfOption = parseAsOf(ctx, opts.asOf);
  if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new UsageError(t.badYear(opts.year));
  const { records, dataDir } = loadValidated(ctx);
  const r = recordsOf(records);
  const budgets = r.budget;
  if (budgets.length === 0) throw new UsageError(t.noRecords('budget'));
  const year = opts.year !== undefined ? Number(opts.year) : asOfOption !== undefined ? Number(asOfOption.slice(0, 4)) : Math.max(...budgets.map((b) => b.fiscal_year));
  const budget = budgets.find((b) => b.fiscal_year === year);
  if (!budget) throw new UsageError(t.noBudget(year, budgets.map((b) => b.fiscal_year).sort()));
  const entries = r.expenses.filter((x) => x.fiscal_year === year).flatMap((x) => x.entries);

  // Default as-of: the report's reference date in that year, else the latest execution date.
  const dataDates = [...entries.map((e) => e.date), ...(budget.snapshots ?? []).map((s) => s.as_of)];
  const asOf = asOfOption ?? referenceDate(r.report, year) ?? [...dataDates].sort().pop();
  if (asOf === undefined) throw new UsageError(t.noRecords('execution'));
  if (!asOf.startsWith(`${year}-`)) throw new UsageError(t.outsideYear(asOf, year));
  const first = firstExecutionDate(budget, entries);
  if (first === undefined) throw new UsageError(t.noRecords('execution'));
  if (asOf < first) throw new UsageError(t.beforeFirst(asOf, first));

  const report = budgetStatus(budget, entries, asOf);
  const view = { data: report, tables: [budgetStatusTable(report, { lang: ctx.lang, bars: colorFor(ctx, opts) && opts.format === 'table' })] };
  await emit(ctx, view, opts, dataDir);
  return EXIT.ok;
}
