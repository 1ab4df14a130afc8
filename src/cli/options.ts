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

const AS_OF: OptionSpec = { flags: '--as-of <date>', description: "reference date YYYY-MM-DD (default: the data's own latest date, never today)" };
const FORMAT: OptionSpec = { flags: '--format <format>', description: 'output format', default: 'table', choices: ['table', 'json', 'csv', 'md'] };
const OUT: OptionSpec = { flags: '--out <file>', description: 'write to a file (atomically; never inside the data folder) instead of stdout' };
const BOM: OptionSpec = { flags: '--bom', description: 'with --format csv: start with the byte-order mark Excel needs to show Korean' };
const REPORT_EXIT_CODES = ['0 done', '1 the data has errors (printed first)', '2 usage, configuration or internal error'];

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
  {
    name: 'budget status',
    summary: '예산액, 예산현액, 집행액, 잔액, 집행률 and pace per budget line and 계, recomputed from the records as of a date',
    options: [
      AS_OF,
      { flags: '--year <year>', description: 'fiscal year (default: the year of --as-of, else the latest budget)' },
      FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'headcount status',
    summary: '정원, 현원 and 과부족 by track and grade, with 총계 and 소계, from the latest snapshot on or before the as-of date',
    options: [
      AS_OF,
      FORMAT,
      { flags: '--by <layout>', description: "track: 총계, then each track's 소계 and grades; grade: the work report's layout, a column per grade", default: 'track', choices: ['track', 'grade'] },
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'headcount trend',
    summary: '정원, 현원 and 과부족 per track across the headcount snapshots',
    options: [FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
  },
];
