// The one table of commands and options. It drives the commander program (--help) and the
// README's command reference (scripts/readme-reference.mjs), so the two cannot drift apart.

export interface OptionSpec {
  /** Commander flags, e.g. '--format <format>'. */
  readonly flags: string;
  readonly description: string;
  readonly default?: string | boolean;
  /** Allowed values, checked by commander. */
  readonly choices?: readonly string[];
}

export interface CommandSpec {
  readonly name: string;
  readonly args?: string;
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** Exit codes and their meaning. */
  readonly exitCodes?: readonly string[];
}

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: '--data <dir>', description: 'records folder (default: ./data, else the nearest parent folder that has one)' },
  { flags: '--lang <lang>', description: 'language of messages and headers', default: 'ko', choices: ['ko', 'en'] },
  { flags: '--no-color', description: 'no colour (also when NO_COLOR is set or output is not a terminal)' },
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    args: '[paths...]',
    summary: 'check the records against the schemas and each other; report every problem with its place',
    options: [
      { flags: '--format <format>', description: 'output format; github prints pull-request annotations', default: 'text', choices: ['text', 'json', 'github'] },
      { flags: '--strict', description: 'warnings fail the run too (exit 1)' },
    ],
    exitCodes: ['0 valid (warnings allowed unless --strict)', '1 the data has errors', '2 usage, configuration or internal error'],
  },
];
