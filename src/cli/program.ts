// The commander program, built from the one command table in options.ts, in the language of the
// run: summaries, option descriptions, exit codes, choices and commander's own words (Usage,
// Options, its usage errors) come out in Korean or English. Each entry's handler imports its
// command's module only when that command runs, so `--help` and each command load no more than
// they need.
import type { Command as CommandType } from 'commander';
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import type { CommandSpec, OptionSpec } from './options.js';
import { canonicalChoice, choiceWords } from '../engine/params.js';

export { canonicalChoice, choiceWords } from '../engine/params.js';
import { COMMANDS, GLOBAL_OPTIONS } from './options.js';
import type { CliIo } from './io.js';
import type { GlobalOptions } from './context.js';
import { runContext } from './context.js';
import { useRecordCache } from '../engine/recordCacheDir.js';
import { outputFormat } from './emit.js';
import type { Lang } from '../engine/words.js';
import { HELP_TEXT, displayWidth } from '../engine/words.js';

const shownDefault = (spec: OptionSpec, lang: Lang): string => {
  const d = String(spec.default);
  return lang === 'ko' ? (spec.choiceWords?.[d]?.[0] ?? d) : d;
};

function toOption(spec: OptionSpec, lang: Lang, specs: WeakMap<Option, OptionSpec>): Option {
  const o = new Option(spec.flags, spec.description[lang]);
  const t = HELP_TEXT[lang];
  if (spec.canonical) {
    const { parse, expected } = spec.canonical;
    o.argParser((value: string) => {
      const c = parse(value);
      if (c === undefined) throw new InvalidArgumentError(expected[lang]);
      return c;
    });
  } else if (spec.choices) {
    o.argParser((value: string) => {
      const c = canonicalChoice(spec, value);
      if (c === undefined) {
        const { shown, also } = choiceWords(spec, lang);
        throw new InvalidArgumentError(t.allowedChoices([...shown, ...also].join(', ')));
      }
      return c;
    });
  }
  if (spec.default !== undefined) o.default(spec.default);
  if (spec.required) o.makeOptionMandatory();
  specs.set(o, spec);
  return o;
}

/** Commander's usage errors in the run's language (its English text is the key). */
export function usageErrorText(str: string, lang: Lang): string {
  if (lang === 'en') return str;
  const t = HELP_TEXT[lang];
  const m = /^error: ([\s\S]*)$/.exec(str);
  if (!m) return str;
  const rules: [RegExp, (...g: string[]) => string][] = [
    [/^unknown option '(.+?)'/, (f) => t.unknownOption(f)],
    [/^unknown command '(.+?)'/, (n) => t.unknownCommand(n)],
    [/^missing required argument '(.+?)'/, (n) => t.missingArgument(n)],
    [/^option '(.+?)' argument missing/, (f) => t.optionMissingValue(f)],
    [/^required option '(.+?)' not specified/, (f) => t.requiredOption(f)],
    [/^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, (c, e, g) => t.tooManyArguments(c, e!, g!)],
    [/^option '(.+?)' argument '([\s\S]*?)' is invalid\./, (f, v) => t.invalidValue(f, v!)],
    [/Allowed choices are (.+?)\.$/m, (c) => t.allowedChoices(c)],
    [/\(Did you mean one of (.+)\?\)/, (w) => t.didYouMeanOneOf(w)],
    [/\(Did you mean (.+)\?\)/, (w) => t.didYouMean(w)],
  ];
  let text = m[1]!;
  for (const [re, say] of rules) text = text.replace(re, (_all, ...g: unknown[]) => say(...(g.slice(0, -2) as string[])));
  return `${t.errorWord} ${text}`;
}

/**
 * The command word a command line names first (after the global options and their values;
 * `help budget` names budget), or undefined when it names none (`--help`, nothing).
 */
export function namedCommand(argv: readonly string[]): string | undefined {
  const takesValue = new Set(GLOBAL_OPTIONS.filter((o) => o.flags.includes('<')).map((o) => o.flags.split(' ')[0]!));
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (takesValue.has(a)) i++;
      continue;
    }
    words.push(a);
  }
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * The program of a run. With `argv`, only the command it names (or every command, when it names
 * one that does not exist) gets its options and its handler; the others are there by name, words
 * and arguments, which is all the program's own help and its "did you mean" need. So `--help`
 * does not build the options of some forty commands.
 */
export function buildProgram(io: CliIo, version: string, result: { code: number }, lang: Lang = 'ko', argv?: readonly string[]): Command {
  const t = HELP_TEXT[lang];
  const specs = new WeakMap<Option, OptionSpec>();
  const base = new Help();
  const usageWords = (s: string): string => s.replace('[options]', t.usageWords.options).replace('[command]', t.usageWords.command);
  const program = new Command('mayor-office')
    .description(t.programSummary)
    .version(version, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.help)
    .exitOverride()
    // A usage error is its one line and where to read more, not the whole help after it.
    .showHelpAfterError(t.helpHint('mayor-office'))
    .configureHelp({
      styleTitle: (title: string) => t.titles[title] ?? title,
      commandUsage: (cmd: CommandType) => usageWords(base.commandUsage(cmd)),
      subcommandTerm: (cmd: CommandType) => usageWords(base.subcommandTerm(cmd)),
      // Hangul takes two columns: wrap and pad by what the terminal shows.
      displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, '')),
      optionDescription: (option: Option) => {
        const spec = specs.get(option);
        if (!spec) return base.optionDescription(option);
        const extra: string[] = [];
        if (spec.choices) {
          const { shown, also } = choiceWords(spec, lang);
          extra.push(t.choices(shown, also));
        }
        if (typeof spec.default === 'string') extra.push(t.default(shownDefault(spec, lang)));
        return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
      },
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Wrap help for the terminal it goes to; anything else (a pipe, a test) gets 80 columns.
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80),
      getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
      outputError: (s, write) => write(usageErrorText(s, lang)),
    });
  for (const o of GLOBAL_OPTIONS) program.addOption(toOption(o, lang, specs));

  const named = argv === undefined ? undefined : namedCommand(argv);
  const all = argv === undefined || (named !== undefined && !COMMANDS.some((c) => c.name.split(' ')[0] === named));
  for (const spec of COMMANDS) {
    if (all || spec.name.split(' ')[0] === named) addCommand(program, spec, io, result, lang, specs);
    else addEntry(program, spec, lang);
  }
  return program;
}

/** A command by its words alone (its group's, when it is in one), for the program's help. */
function addEntry(program: Command, spec: CommandSpec, lang: Lang): void {
  const t = HELP_TEXT[lang];
  const words = spec.name.split(' ');
  if (words.length > 1) {
    if (!program.commands.some((c) => c.name() === words[0])) program.command(words[0]!).description(t.groupSummary(words[0]!));
    return;
  }
  const cmd = program.command(spec.args ? `${words[0]} ${spec.args}` : words[0]!).description(spec.summary[lang]);
  // The help lists a command as `name [options] args` when it has options: one stands for them.
  if (spec.options.length > 0) cmd.addOption(new Option(spec.options[0]!.flags));
}

function addCommand(program: Command, spec: CommandSpec, io: CliIo, result: { code: number }, lang: Lang, specs: WeakMap<Option, OptionSpec>): void {
  const t = HELP_TEXT[lang];
  const words = spec.name.split(' ');
  let parent = program;
  for (const group of words.slice(0, -1)) {
    parent =
      parent.commands.find((c) => c.name() === group) ??
      parent
        .command(group)
        .description(t.groupSummary(group))
        .showHelpAfterError(t.helpHint(`mayor-office ${group}`))
        .allowExcessArguments(true)
        // `mayor-office budget` alone: say what may follow, exit 2. (`budget help status` is
        // the subcommand's help, as commander gives it without an action here.)
        .action((_opts: unknown, self: CommandType) => {
          if (self.args[0] === 'help') {
            (self.commands.find((c) => c.name() === self.args[1]) ?? self).outputHelp();
            return;
          }
          const subs = COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
          const unknown = self.args[0] === undefined ? '' : `${usageErrorText(`error: unknown command '${self.args[0]}'`, lang)}\n`;
          io.stderr.write(`${unknown}mayor-office: ${t.pickSubcommand(group, subs)}\n`);
          result.code = 2;
        });
  }
  const leaf = words[words.length - 1]!;
  const cmd = parent
    .command(spec.args ? `${leaf} ${spec.args}` : leaf)
    .description(spec.summary[lang])
    .showHelpAfterError(t.helpHint(`mayor-office ${spec.name}`))
    // Not inherited from the group, which takes any word to say what is wrong with it.
    .allowExcessArguments(false);
  for (const o of spec.options) cmd.addOption(toOption(o, lang, specs));
  cmd.addHelpText('after', `\n${t.exitCodes}\n${spec.exitCodes.map((e) => `  ${e[lang]}`).join('\n')}\n`);
  cmd.action(async (...actionArgs: unknown[]) => {
    const command = actionArgs[actionArgs.length - 1] as Command;
    const ctx = runContext(io, { ...(program.opts() as unknown as GlobalOptions), langSource: program.getOptionValueSource('lang') });
    useRecordCache(ctx.recordCache);
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
// What run.ts needs besides the program, so that a run imports one module after its entry.
export { runLanguage } from './context.js';
export { LANGS } from '../engine/words.js';
export { CLI_TEXT } from '../engine/words.js';

/** The command words that have a help of their own: '' (the program), each group, each command. */
export function helpPaths(): string[] {
  const groups = COMMANDS.map((c) => c.name.split(' ')).filter((w) => w.length > 1).map((w) => w[0]!);
  return [...new Set(['', ...groups, ...COMMANDS.map((c) => c.name)])];
}
