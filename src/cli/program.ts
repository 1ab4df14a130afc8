// The commander program, built from the one command table in options.ts. Each entry's handler
// imports its command's module only when that command runs, so `--help` and each command load
// no more than they need.
import { Command, CommanderError, Option } from 'commander';
import type { CommandSpec, OptionSpec } from './options.js';
import { COMMANDS, GLOBAL_OPTIONS } from './options.js';
import type { CliIo } from './io.js';
import type { GlobalOptions } from './context.js';
import { runContext } from './context.js';
import { outputFormat } from './emit.js';

function toOption(spec: OptionSpec): Option {
  const o = new Option(spec.flags, spec.description);
  if (spec.choices) o.choices([...spec.choices]);
  if (spec.default !== undefined) o.default(spec.default);
  if (spec.required) o.makeOptionMandatory();
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
  const words = spec.name.split(' ');
  let parent = program;
  for (const group of words.slice(0, -1)) {
    parent = parent.commands.find((c) => c.name() === group) ?? parent.command(group).description(`${group} commands`);
  }
  const leaf = words[words.length - 1]!;
  const cmd = parent.command(spec.args ? `${leaf} ${spec.args}` : leaf).description(spec.summary);
  for (const o of spec.options) cmd.addOption(toOption(o));
  cmd.addHelpText('after', `\nExit codes:\n${spec.exitCodes.map((e) => `  ${e}`).join('\n')}\n`);
  cmd.action(async (...actionArgs: unknown[]) => {
    const command = actionArgs[actionArgs.length - 1] as Command;
    const ctx = runContext(io, { ...(program.opts() as unknown as GlobalOptions), langSource: program.getOptionValueSource('lang') });
    const opts: Record<string, unknown> = { ...command.opts() };
    // --out report.xlsx without --format: the file's ending picks the format.
    if (spec.options.some((o) => o.flags.startsWith('--out '))) {
      opts['format'] = outputFormat(ctx, opts['format'] as string, command.getOptionValueSource('format') !== 'default', opts['out'] as string | undefined);
    }
    // The positional arguments come before the options and the command; a variadic one is a list.
    const args = (spec.args ? actionArgs.slice(0, -2).flat() : []).filter((a): a is string => typeof a === 'string');
    result.code = await spec.run({ ...ctx, needs: spec.needs }, args, opts as never);
  });
}

export { CommanderError };
