// mayor-office tasks list | upcoming | show N: the 주요 업무 and their 향후계획.
import { recordsOf, referenceDate } from '../../compute/recordsOf.js';
import type { LoadedRecord } from '../../model/records.js';
import { planItems, planSummary, upcoming } from '../../compute/plans.js';
import { refIndex, referencedRecords } from '../../compute/references.js';
import { walkOutline } from '../../compute/outline.js';
import { tasksListTable, upcomingTables } from '../../render/tables/tasks.js';
import { outlineMarkdown, outlineText, taskOutline } from '../../render/outline.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';

export interface TasksOptions extends EmitOptions {
  readonly asOf?: string;
  readonly within?: string;
}

const records = (all: readonly LoadedRecord[]) => {
  const r = recordsOf(all);
  return { r, tasks: [...r.task].sort((a, b) => a.fiscal_year - b.fiscal_year || a.number - b.number), events: r.events };
};

export async function tasksListCommand(ctx: RunContext, opts: TasksOptions): Promise<number> {
  const { records: all, dataDir } = loadValidated(ctx);
  const { tasks, events } = records(all);
  const plans = planItems(tasks, events);
  const data = {
    report: 'tasks',
    tasks: tasks.map((t) => ({
      number: t.number,
      fiscalYear: t.fiscal_year,
      title: t.title,
      plans: plans.filter((p) => p.fiscalYear === t.fiscal_year && p.task === t.number).map(planSummary),
    })),
  };
  await emit(ctx, { data, tables: [tasksListTable(tasks, plans, ctx.lang)] }, opts, dataDir);
  return EXIT.ok;
}

/** `30d`, `8w` or a number of days. */
export function parseWithin(ctx: RunContext, value: string): number {
  const m = /^(\d+)\s*([dw]?)$/.exec(value.trim());
  if (!m) throw new UsageError(CLI_TEXT[ctx.lang].badWithin(value));
  return Number(m[1]) * (m[2] === 'w' ? 7 : 1);
}

export async function tasksUpcomingCommand(ctx: RunContext, opts: TasksOptions): Promise<number> {
  const asOfOption = parseAsOf(ctx, opts.asOf);
  const within = parseWithin(ctx, opts.within ?? '30d');
  const { records: all, dataDir } = loadValidated(ctx);
  const { tasks, events } = records(all);
  // Default: the data's reference date (the latest report date), never today.
  const asOf = asOfOption ?? referenceDate(recordsOf(all).report);
  if (asOf === undefined) throw new UsageError(CLI_TEXT[ctx.lang].needAsOf);
  const u = upcoming(planItems(tasks, events), asOf, within);
  await emit(ctx, { data: { report: 'tasks-upcoming', ...u }, tables: upcomingTables(u, ctx.lang) }, opts, dataDir);
  return EXIT.ok;
}

export async function tasksShowCommand(ctx: RunContext, number: string, opts: TasksOptions): Promise<number> {
  if (!/^\d+$/.test(number)) throw new UsageError(CLI_TEXT[ctx.lang].notNumber(number));
  const { records: all, dataDir } = loadValidated(ctx);
  const { r, tasks, events } = records(all);
  // The latest fiscal year's work item of that number.
  const task = [...tasks].reverse().find((t) => t.number === Number(number));
  if (!task) throw new UsageError(CLI_TEXT[ctx.lang].noTask(number, tasks.map((t) => t.number)));
  const index = refIndex({ council: r.council, ordinances: r.ordinances, taskforces: r.taskforces, events, cities: r.cities, countries: r.countries });
  const lines = taskOutline(task, index, ctx.lang);
  const title = `${task.number}. ${task.heading ?? task.title}`;
  const refs = [...walkOutline(task)].flatMap((v) => (v.node.ref ? [v.node.ref] : []));
  const data = { report: 'task', task, references: referencedRecords(refs, index), plans: planItems([task], events) };
  await emit(ctx, { data, tables: [], document: { text: outlineText(title, task.purpose, lines), md: outlineMarkdown(title, task.purpose, lines) } }, opts, dataDir);
  return EXIT.ok;
}
