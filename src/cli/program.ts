// The commander program, built from the option table in options.ts. Handlers are imported
// only when their command runs, so `--help` and each command load no more than they need.
import { Command, CommanderError, Option } from 'commander';
import type { CommandSpec, OptionSpec } from './options.js';
import { COMMANDS, GLOBAL_OPTIONS } from './options.js';
import type { CliIo } from './io.js';
import type { GlobalOptions } from './context.js';
import { runContext } from './context.js';
import type { ValidateOptions } from './commands/validate.js';
import type { BudgetOptions } from './commands/budget.js';
import type { TasksOptions } from './commands/tasks.js';
import type { DiplomacyOptions } from './commands/diplomacy.js';
import type { HeadcountOptions } from './commands/headcount.js';
import type { ReportOptions } from './commands/report.js';
import type { InitOptions } from './commands/init.js';

type Handler = (ctx: ReturnType<typeof runContext>, args: string[], opts: Record<string, unknown>) => Promise<number> | number;

// Each command's module is imported only when that command runs.
type Opts<T> = Record<string, unknown> & T;
const HANDLERS: Record<string, () => Promise<Handler>> = {
  validate: () => import('./commands/validate.js').then((m) => (ctx, args, o) => m.validateCommand(ctx, args, o as Opts<ValidateOptions>)),
  'budget status': () => import('./commands/budget.js').then((m) => (ctx, _a, o) => m.budgetStatusCommand(ctx, o as Opts<BudgetOptions>)),
  'tasks list': () => import('./commands/tasks.js').then((m) => (ctx, _a, o) => m.tasksListCommand(ctx, o as Opts<TasksOptions>)),
  'tasks upcoming': () => import('./commands/tasks.js').then((m) => (ctx, _a, o) => m.tasksUpcomingCommand(ctx, o as Opts<TasksOptions>)),
  'tasks show': () => import('./commands/tasks.js').then((m) => (ctx, args, o) => m.tasksShowCommand(ctx, args[0]!, o as Opts<TasksOptions>)),
  cities: () => import('./commands/diplomacy.js').then((m) => (ctx, _a, o) => m.citiesCommand(ctx, o as Opts<DiplomacyOptions>)),
  events: () => import('./commands/diplomacy.js').then((m) => (ctx, _a, o) => m.eventsCommand(ctx, o as Opts<DiplomacyOptions>)),
  council: () => import('./commands/diplomacy.js').then((m) => (ctx, _a, o) => m.councilCommand(ctx, o as Opts<DiplomacyOptions>)),
  report: () => import('./commands/report.js').then((m) => (ctx, _a, o) => m.reportCommand(ctx, o as Opts<ReportOptions>)),
  'headcount status': () => import('./commands/headcount.js').then((m) => (ctx, _a, o) => m.headcountStatusCommand(ctx, o as Opts<HeadcountOptions>)),
  'headcount trend': () => import('./commands/headcount.js').then((m) => (ctx, _a, o) => m.headcountTrendCommand(ctx, o as Opts<HeadcountOptions>)),
  init: () => import('./commands/init.js').then((m) => (ctx, args, o) => m.initCommand(ctx, args[0], o as Opts<InitOptions>)),
};

function toOption(spec: OptionSpec): Option {
  const o = new Option(spec.flags, spec.description);
  if (spec.choices) o.choices([...spec.choices]);
  if (spec.default !== undefined) o.default(spec.default);
  return o;
}

export function buildProgram(io: CliIo, version: string, result: { code: number }): Command {
  const program = new Command('mayor-office')
    .description('Records tool for a Seoul city office: budget execution, headcount, work items and the work report')
    .version(version, '-V, --version')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const o of GLOBAL_OPTIONS) program.addOption(toOption(o));

  for (const spec of COMMANDS) addCommand(program, spec, io, result);
  return program;
}

function addCommand(program: Command, spec: CommandSpec, io: CliIo, result: { code: number }): void {
  // "headcount status" is the subcommand status of a group command headcount.
  const words = spec.name.split(' ');
  let parent = program;
  for (const group of words.slice(0, -1)) {
    parent = parent.commands.find((c) => c.name() === group) ?? parent.command(group).description(`${group} commands`);
  }
  const leaf = words[words.length - 1]!;
  const cmd = parent.command(spec.args ? `${leaf} ${spec.args}` : leaf).description(spec.summary);
  for (const o of spec.options) cmd.addOption(toOption(o));
  if (spec.exitCodes) cmd.addHelpText('after', `\nExit codes:\n${spec.exitCodes.map((e) => `  ${e}`).join('\n')}\n`);
  cmd.action(async (...actionArgs: unknown[]) => {
    const command = actionArgs[actionArgs.length - 1] as Command;
    const opts = command.opts();
    const globals = program.opts() as unknown as GlobalOptions;
    const args = (spec.args ? actionArgs[0] ?? [] : []) as string[] | string;
    const handler = await HANDLERS[spec.name]!();
    result.code = await handler(runContext(io, { ...globals, langSource: program.getOptionValueSource('lang') }), Array.isArray(args) ? args : [args], opts);
  });
}

export { CommanderError };
