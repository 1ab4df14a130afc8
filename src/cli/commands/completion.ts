// mayor-office completion bash|zsh: a shell completion script made from the one command table,
// so every command, subcommand, option and choice the program knows is offered, and nothing else.
import type { CommandSpec, OptionSpec } from '../options.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../options.js';
import { choiceWords } from '../program.js';
import type { RunContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { HELP_TEXT } from '../../messages/cliText.js';

const longFlag = (o: OptionSpec): string => o.flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
const takesValue = (o: OptionSpec): boolean => /[<[]/.test(o.flags);
/** Every word an option accepts, Korean first. */
const valuesOf = (o: OptionSpec): string[] => {
  const { shown, also } = choiceWords(o, 'ko');
  return [...shown, ...also];
};
const quoteSh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

const COMMON = ['-h', '--help'];

interface Node {
  /** 'budget status', or '' for the program itself. */
  readonly path: string;
  readonly words: string[];
  readonly options: readonly OptionSpec[];
}

/** The command paths: the program, each group with its subcommands, each command with its options. */
function tree(): Node[] {
  const nodes = new Map<string, Node>();
  const node = (path: string): Node => {
    let n = nodes.get(path);
    if (!n) nodes.set(path, (n = { path, words: [], options: [] }));
    return n;
  };
  node('').words.push('help', '-V', '--version');
  for (const c of COMMANDS as readonly CommandSpec[]) {
    const parts = c.name.split(' ');
    parts.forEach((p, i) => {
      const parent = node(parts.slice(0, i).join(' '));
      if (!parent.words.includes(p)) parent.words.push(p);
    });
    nodes.set(c.name, { path: c.name, words: [], options: c.options });
  }
  return [...nodes.values()];
}

const allOptions = (n: Node): OptionSpec[] => [...n.options, ...GLOBAL_OPTIONS];

/** The case branches that complete an option's value: its words, or file names. */
function valueBranches(prefix: string, words: (values: string[]) => string, files: string): string[] {
  const out: string[] = [];
  for (const n of tree()) {
    for (const o of allOptions(n)) {
      if (!takesValue(o)) continue;
      out.push(`${prefix}${quoteSh(`${n.path} ${longFlag(o)}`)}) ${o.choices ? words(valuesOf(o)) : files} ;;`);
    }
  }
  return out;
}

/** The case branches that find the command path from the words typed so far. */
const pathBranches = (prefix: string, variable: string): string[] =>
  tree()
    .filter((n) => n.path !== '')
    .map((n) => `${prefix}${quoteSh(n.path)}) ${variable}=${quoteSh(n.path)} ;;`);

const wordsOf = (n: Node): string[] => [...n.words, ...allOptions(n).map(longFlag), ...COMMON];

export function bashCompletion(): string {
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
    ...pathBranches('      ', 'path'),
    '    esac',
    '  done',
    '  # The value of an option: its words, or file names.',
    '  case "$path $prev" in',
    ...valueBranches('    ', (v) => `COMPREPLY=($(compgen -W ${quoteSh(v.join(' '))} -- "$cur")); return 0`, 'COMPREPLY=($(compgen -f -- "$cur")); return 0'),
    '  esac',
    '  case "$path" in',
    ...tree().map((n) => `    ${quoteSh(n.path)}) COMPREPLY=($(compgen -W ${quoteSh(wordsOf(n).join(' '))} -- "$cur")) ;;`),
    '  esac',
    '}',
    'complete -o default -F _mayor_office mayor-office',
    '',
  ].join('\n');
}

export function zshCompletion(): string {
  return [
    '#compdef mayor-office',
    '# zsh completion for mayor-office, made by `mayor-office completion zsh`.',
    '# Load it with: source <(mayor-office completion zsh), or save it as _mayor-office in your $fpath.',
    '_mayor_office() {',
    '  local cmdpath="" i w',
    '  for ((i = 2; i < CURRENT; i++)); do',
    '    w="${words[i]}"',
    '    case "${cmdpath:+$cmdpath }$w" in',
    ...pathBranches('      ', 'cmdpath'),
    '    esac',
    '  done',
    '  case "$cmdpath ${words[CURRENT-1]}" in',
    ...valueBranches('    ', (v) => `compadd -- ${v.map(quoteSh).join(' ')}; return`, '_files; return'),
    '  esac',
    '  case "$cmdpath" in',
    ...tree().map((n) => `    ${quoteSh(n.path)}) compadd -- ${wordsOf(n).map(quoteSh).join(' ')} ;;`),
    '  esac',
    '}',
    'if [[ "$funcstack[1]" == _mayor_office || "$funcstack[1]" == _mayor-office ]]; then _mayor_office "$@"; else compdef _mayor_office mayor-office; fi',
    '',
  ].join('\n');
}

export async function completionCommand(ctx: RunContext, shell: string): Promise<number> {
  const script = shell === 'bash' ? bashCompletion() : shell === 'zsh' ? zshCompletion() : undefined;
  if (script === undefined) throw new UsageError(HELP_TEXT[ctx.lang].unknownShell(shell));
  ctx.io.stdout.write(script);
  return EXIT.ok;
}
