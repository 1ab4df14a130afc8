// mayor-office tasks list | upcoming | show N: the 주요 업무 and their 향후계획.
import { taskOf, tasksListOf, upcomingOf } from '../../compute/reports.js';
import { tasksListTable, upcomingTables } from '../../render/tables/tasks.js';
import { taskDoc } from '../../render/outline.js';
import { tablesDoc } from '../../render/document.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated, served } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';

export async function tasksListCommand(ctx: RunContext, o: EmitOptions): Promise<number> {
  const { r, dataDir } = loadValidated(ctx);
  const { report, tasks, plans } = tasksListOf(r);
  const table = tasksListTable(tasks, plans, ctx.lang);
  await emit(ctx, tablesDoc(table.title, report, [table]), o, dataDir);
  return EXIT.ok;
}

/** `30d`, `8w` or a number of days. */
export function parseWithin(ctx: RunContext, value: string): number {
  const m = /^(\d+)\s*([dw]?)$/.exec(value.trim());
  if (!m) throw new UsageError(CLI_TEXT[ctx.lang].badWithin(value));
  return Number(m[1]) * (m[2] === 'w' ? 7 : 1);
}

export async function tasksUpcomingCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined; readonly within: string }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const within = parseWithin(ctx, o.within);
  const { r, dataDir } = loadValidated(ctx);
  const report = served(ctx, upcomingOf(r, asOf, within));
  const tables = upcomingTables(report, ctx.lang);
  await emit(ctx, tablesDoc(tables[0]!.title, report, tables), o, dataDir);
  return EXIT.ok;
}

export async function tasksShowCommand(ctx: RunContext, number: string, o: EmitOptions): Promise<number> {
  if (!/^\d+$/.test(number)) throw new UsageError(CLI_TEXT[ctx.lang].notNumber(number));
  const { r, dataDir } = loadValidated(ctx);
  const { report, refs, words } = served(ctx, taskOf(r, number));
  await emit(ctx, taskDoc(report, refs, words, ctx.lang), o, dataDir);
  return EXIT.ok;
}
