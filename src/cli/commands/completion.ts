// mayor-office completion bash|zsh: a shell completion script made from the one command table,
// so every command, subcommand, option and choice the program knows is offered, and nothing else.
import type { CommandSpec } from '../commandSpec.js';
import type { OptionSpec } from '../../engine/params.js';
import { choiceWords } from '../../engine/params.js';
import type { RunContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { HELP_TEXT } from '../../engine/words.js';

const longFlag = (o: OptionSpec): string => o.flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
const takesValue = (o: OptionSpec): boolean => /[<[]/.test(o.flags);
/** Every word an option accepts, Korean first. */
const valuesOf = (o: OptionSpec): string[] => {
  const { shown, also } = choiceWords(o, 'ko');
  return [...shown, ...also];
};
const quoteSh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

const COMMON = ['-h', '--help'];

/** The command table and the options every command takes (cli/options.ts hands them in). */
export interface Table {
  readonly commands: readonly CommandSpec[];
  readonly globals: readonly OptionSpec[];
}

interface Node {
  /** 'budget status', or '' for the program itself. */
  readonly path: string;
  readonly words: string[];
  readonly options: readonly OptionSpec[];
}

/** The command paths: the program, each group with its subcommands, each command with its options. */
function tree(table: Table): Node[] {
  const nodes = new Map<string, Node>();
  const node = (path: string): Node => {
    let n = nodes.get(path);
    if (!n) nodes.set(path, (n = { path, words: [], options: [] }));
    return n;
  };
  node('').words.push('help', '-V', '--version');
  for (const c of table.commands) {
    const parts = c.name.split(' ');
    parts.forEach((p, i) => {
      const parent = node(parts.slice(0, i).join(' '));
      if (!parent.words.includes(p)) parent.words.push(p);
    });
    nodes.set(c.name, { path: c.name, words: [], options: c.options });
  }
  return [...nodes.values()];
}

const allOptions = (n: Node, table: Table): OptionSpec[] => [...n.options, ...table.globals];

/** The case branches that complete an option's value: its words, or file names. */
function valueBranches(table: Table, prefix: string, words: (values: string[]) => string, files: string): string[] {
  const out: string[] = [];
  for (const n of tree(table)) {
    for (const o of allOptions(n, table)) {
      if (!takesValue(o)) continue;
      out.push(`${prefix}${quoteSh(`${n.path} ${longFlag(o)}`)}) ${o.choices ? words(valuesOf(o)) : files} ;;`);
    }
  }
  return out;
}

/** The case branches that find the command path from the words typed so far. */
const pathBranches = (table: Table, prefix: string, variable: string): string[] =>
  tree(table)
    .filter((n) => n.path !== '')
    .map((n) => `${prefix}${quoteSh(n.path)}) ${variable}=${quoteSh(n.path)} ;;`);

const wordsOf = (n: Node, table: Table): string[] => [...n.words, ...allOptions(n, table).map(longFlag), ...COMMON];

export function bashCompletion(table: Table): string {
  return [
    '# bash completion for mayor-office, made by `mayor-office completion bash`.',
    '# Load it with: source <(mayor-office completion bash)',
    '_mayor_office() {',
    '  local cur prev path="" i w',
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  # The command path: the words before the cursor that name commands.',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    w="${COMP_WORDS[i]}"',
    '    case "${path:+$path }$w" in',
    ...pathBranches(table, '      ', 'path'),
    '    esac',
    '  done',
    '  # The value of an option: its words, or file names.',
    '  case "$path $prev" in',
    ...valueBranches(table, '    ', (v) => `COMPREPLY=($(compgen -W ${quoteSh(v.join(' '))} -- "$cur")); return 0`, 'COMPREPLY=($(compgen -f -- "$cur")); return 0'),
    '  esac',
    '  case "$path" in',
    ...tree(table).map((n) => `    ${quoteSh(n.path)}) COMPREPLY=($(compgen -W ${quoteSh(wordsOf(n, table).join(' '))} -- "$cur")) ;;`),
    '  esac',
    '}',
    'complete -o default -F _mayor_office mayor-office',
    '',
  ].join('\n');
}

export function zshCompletion(table: Table): string {
  return [
    '#compdef mayor-office',
    '# zsh completion for mayor-office, made by `mayor-office completion zsh`.',
    '# Load it with: source <(mayor-office completion zsh), or save it as _mayor-office in your $fpath.',
    '_mayor_office() {',
    '  local cmdpath="" i w',
    '  for ((i = 2; i < CURRENT; i++)); do',
    '    w="${words[i]}"',
    '    case "${cmdpath:+$cmdpath }$w" in',
    ...pathBranches(table, '      ', 'cmdpath'),
    '    esac',
    '  done',
    '  case "$cmdpath ${words[CURRENT-1]}" in',
    ...valueBranches(table, '    ', (v) => `compadd -- ${v.map(quoteSh).join(' ')}; return`, '_files; return'),
    '  esac',
    '  case "$cmdpath" in',
    ...tree(table).map((n) => `    ${quoteSh(n.path)}) compadd -- ${wordsOf(n, table).map(quoteSh).join(' ')} ;;`),
    '  esac',
    '}',
    'if [[ "$funcstack[1]" == _mayor_office || "$funcstack[1]" == _mayor-office ]]; then _mayor_office "$@"; else compdef _mayor_office mayor-office; fi',
    '',
  ].join('\n');
}

export async function completionCommand(ctx: RunContext, shell: string, commands: readonly CommandSpec[], globals: readonly OptionSpec[]): Promise<number> {
  const table = { commands, globals };
  const script = shell === 'bash' ? bashCompletion(table) : shell === 'zsh' ? zshCompletion(table) : undefined;
  if (script === undefined) throw new UsageError(HELP_TEXT[ctx.lang].unknownShell(shell));
  ctx.io.stdout.write(script);
  return EXIT.ok;
}
