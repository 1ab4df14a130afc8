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
  const cmd = program.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.summary);
  for (const o of spec.options) cmd.addOption(toOption(o));
  if (spec.exitCodes) cmd.addHelpText('after', `\nExit codes:\n${spec.exitCodes.map((e) => `  ${e}`).join('\n')}\n`);
  cmd.action(async (...actionArgs: unknown[]) => {
    const command = actionArgs[actionArgs.length - 1] as Command;
    const opts = command.opts();
    const globals = program.opts() as unknown as GlobalOptions;
    const args = (actionArgs[0] ?? []) as string[] | string;
    const handler = await HANDLERS[spec.name]!();
    result.code = await handler(runContext(io, globals), Array.isArray(args) ? args : [args], opts);
  });
}

export { CommanderError };
