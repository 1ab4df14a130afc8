// mayor-office expenses list and expenses disclose: the expense entries out of the records, as a
// list with totals, and as the monthly 업무추진비 사용 내역 offices publish (which `expenses import`
// reads back).
import { expenseDisclosure, expenseList, namesBudgetLine } from '../../compute/expenseList.js';
import { disclosureDoc, expenseListDoc } from '../../render/tables/expenses.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { loadValidated } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';
import { parseYear } from '../asOf.js';
import { budgetLines } from '../../compute/expenseVocabulary.js';

/** --month YYYY-MM, a month that exists. */
function parseMonth(ctx: RunContext, month: string | undefined): string | undefined {
  if (month === undefined) return undefined;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(CLI_TEXT[ctx.lang].badMonth(month));
  return month;
}

export async function expensesListCommand(
  ctx: RunContext,
  o: EmitOptions & { readonly month?: string | undefined; readonly line?: string | undefined; readonly dept?: string | undefined; readonly year?: string | undefined },
): Promise<number> {
  const month = parseMonth(ctx, o.month);
  const year = parseYear(ctx, o.year);
  const { r, dataDir } = loadValidated(ctx);
  if (o.line !== undefined && !namesBudgetLine(o.line, r.budget)) {
    throw new UsageError(CLI_TEXT[ctx.lang].unknownLine(o.line, [...new Set(r.budget.flatMap((b) => budgetLines(b).map((l) => l.code)))].sort()));
  }
  const report = expenseList(r, { month, line: o.line, dept: o.dept, year });
  await emit(ctx, expenseListDoc(report, ctx.lang), o, dataDir);
  return EXIT.ok;
}

export async function expensesDiscloseCommand(ctx: RunContext, o: EmitOptions & { readonly month: string; readonly dept?: string | undefined }): Promise<number> {
  const month = parseMonth(ctx, o.month)!;
  const { r, dataDir } = loadValidated(ctx);
  const report = expenseDisclosure(r, month, o.dept, r.office[0]?.name ?? '');
  // Excel shows a CSV's Korean only after a byte-order mark: on unless --no-bom.
  await emit(ctx, disclosureDoc(report), { ...o, bom: o.bom !== false }, dataDir);
  return EXIT.ok;
}
