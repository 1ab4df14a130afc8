// mayor-office budget status: 예산 집행현황 recomputed from the records as of a date; budget
// monthly: the same figures at each month end.
import { budgetStatusOf } from '../../compute/reports.js';
import { budgetStatusDoc } from '../../render/tables/budget.js';
import { budgetMonthlyOf } from '../../compute/budgetMonthly.js';
import { budgetMonthlyDoc } from '../../render/tables/monthly.js';
import type { RunContext } from '../context.js';
import { parseAsOf, parseYear } from '../asOf.js';
import { loadValidated, served } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { colorFor, emit } from '../emit.js';
import { EXIT } from '../errors.js';

export async function budgetStatusCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined; readonly year?: string | undefined; readonly by?: 'program' | 'line' | undefined }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const year = parseYear(ctx, o.year);
  const { r, dataDir } = loadValidated(ctx);
  const report = served(ctx, budgetStatusOf(r, asOf, year));
  await emit(ctx, budgetStatusDoc(report, { lang: ctx.lang, bars: colorFor(ctx, o) && o.format === 'table', ...(o.by !== undefined ? { by: o.by } : {}) }), o, dataDir);
  return EXIT.ok;
}

/** mayor-office budget monthly: cumulative 집행액 and 집행률 at each month end, against the year. */
export async function budgetMonthlyCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined; readonly year?: string | undefined }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const year = parseYear(ctx, o.year);
  const { r, dataDir } = loadValidated(ctx);
  const report = served(ctx, budgetMonthlyOf(r, asOf, year));
  await emit(ctx, budgetMonthlyDoc(report, ctx.lang), o, dataDir);
  return EXIT.ok;
}
