// The commander program, built from the option table in options.ts. Handlers are imported
// only when their command runs, so `--help` and each command load no more than they need.
import { Command, CommanderError, Option } from 'commander';
import type { CommandSpec, OptionSpec } from './options.js';
import { COMMANDS, GLOBAL_OPTIONS } from './options.js';
import type { CliIo } from './io.js';
import type { GlobalOptions } from './context.js';
import { runContext } from './context.js';

type Handler = (ctx: ReturnType<typeof runContext>, args: string[], opts: Record<string, unknown>) => Promise<number> | number;

const HANDLERS: Record<string, () => Promise<Handler>> = {
  validate: async () => {
    const m = await import('./commands/validate.js');
    return (ctx, args, opts) => m.validateCommand(ctx, args, opts as unknown as import('./commands/validate.js').ValidateOptions);
  },
  'budget status': async () => {
    const m = await import('./commands/budget.js');
    return (ctx, _args, opts) => m.budgetStatusCommand(ctx, opts as unknown as import('./commands/budget.js').BudgetOptions);
  },
  'headcount status': async () => {
    const m = await import('./commands/headcount.js');
    return (ctx, _args, opts) => m.headcountStatusCommand(ctx, opts as unknown as import('./commands/headcount.js').HeadcountOptions);
  },
  'headcount trend': async () => {
    const m = await import('./commands/headcount.js');
    return (ctx, _args, opts) => m.headcountTrendCommand(ctx, opts as unknown as import('./commands/headcount.js').HeadcountOptions);
  },
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
    result.code = await handler(runContext(io, globals), Array.isArray(args) ? args : [args], opts);
  });
}

export { CommanderError };
