// The one table of commands: each entry holds its words, its options and its handler, and the
// handler's option type is derived from the option specs (so a new option cannot be read under
// a wrong name or type). It drives the commander program (--help), the README's command
// reference and shell completion, so they cannot drift apart. Handlers import their command's
// module only when it runs.
import { FORMAT_NAMES } from '../render/formats/index.js';
import { PROBLEM_FORMAT_NAMES } from '../render/problems/index.js';
import type { RunContext } from './context.js';

export interface OptionSpec {
  /** Commander flags, e.g. '--format <format>'. */
  readonly flags: string;
  readonly description: string;
  readonly default?: string | boolean;
  /** Allowed values, checked by commander. */
  readonly choices?: readonly string[];
  /** The command cannot run without it; commander says so. */
  readonly required?: boolean;
}

// ---- option types from flags: '--as-of <date>' → asOf: string | undefined -----------------
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
type KeyOf<F extends string> = F extends `--no-${infer N}`
  ? Camel<N>
  : F extends `--${infer N} ${string}`
    ? Camel<N>
    : F extends `--${infer N}`
      ? Camel<N>
      : never;
type ValueOf<S extends OptionSpec> = S['flags'] extends `${string}<${string}...>`
  ? string[]
  : S['flags'] extends `${string}<${string}>` | `${string}[${string}]`
    ? S['choices'] extends readonly (infer C)[]
      ? C
      : string
    : boolean;
type Present<S extends OptionSpec> = S['default'] extends string | boolean ? ValueOf<S> : S['required'] extends true ? ValueOf<S> : ValueOf<S> | undefined;
export type OptionsOf<O extends readonly OptionSpec[]> = { readonly [S in O[number] as KeyOf<S['flags']>]: Present<S> };

export interface CommandSpec<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
  /** 'budget status' is the subcommand status of the group budget. */
  readonly name: string;
  readonly args?: string;
  readonly summary: string;
  readonly options: O;
  /** Exit codes and their meaning. */
  readonly exitCodes: readonly string[];
  readonly run: (ctx: RunContext, args: readonly string[], opts: OptionsOf<O>) => Promise<number>;
}

/** Types an entry of the table from its own options. */
const command = <const O extends readonly OptionSpec[]>(spec: CommandSpec<O>): CommandSpec => spec as unknown as CommandSpec;

export const GLOBAL_OPTIONS = [
  { flags: '--data <dir>', description: 'records folder (default: MAYOR_OFFICE_DATA, else the folder named in the nearest mayor-office.yaml, else ./data)' },
  { flags: '--lang <lang>', description: 'language of messages and headers', default: 'ko', choices: ['ko', 'en'] },
  { flags: '--no-color', description: 'no colour (also when NO_COLOR is set or output is not a terminal)' },
] as const satisfies readonly OptionSpec[];

const AS_OF = { flags: '--as-of <date>', description: "reference date YYYY-MM-DD (default: the data's own latest date, never today)" } as const;
const OUT = { flags: '--out <file>', description: 'write to a file (atomically; never inside the data folder) instead of stdout; its ending (.md, .csv, .json, .html, .xlsx) picks the format when --format is not given' } as const;
const BOM = { flags: '--bom', description: 'with --format csv: start with the byte-order mark Excel needs to show Korean' } as const;
const format = <const D extends string>(def: D, description = 'output format') => ({ flags: '--format <format>', description, default: def, choices: FORMAT_NAMES }) as const;
const TABLE_FORMAT = format('table');
const REPORT_EXIT_CODES = ['0 done', '1 the data has errors (printed first)', '2 usage, configuration or internal error'];

const module = {
  validate: () => import('./commands/validate.js'),
  budget: () => import('./commands/budget.js'),
  tasks: () => import('./commands/tasks.js'),
  partners: () => import('./commands/partners.js'),
  report: () => import('./commands/report.js'),
  headcount: () => import('./commands/headcount.js'),
  expenses: () => import('./commands/expensesAdd.js'),
  expensesOut: () => import('./commands/expensesOut.js'),
};

export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'validate',
    args: '[paths...]',
    summary: 'check the records against the schemas and each other; report every problem with its place',
    options: [
      { flags: '--format <format>', description: 'output format; github prints pull-request annotations', default: 'text', choices: PROBLEM_FORMAT_NAMES },
      { flags: '--strict', description: 'warnings fail the run too (exit 1)' },
      { flags: '--summary <file>', description: 'also write every problem as Markdown for a job summary (with --format github: to $GITHUB_STEP_SUMMARY when set)' },
    ],
    exitCodes: ['0 valid (warnings allowed unless --strict)', '1 the data has errors', '2 usage, configuration or internal error'],
    run: async (ctx, args, o) => (await module.validate()).validateCommand(ctx, args, o),
  }),
  command({
    name: 'budget status',
    summary: '예산액, 예산현액, 집행액, 잔액, 집행률 and pace per budget line and 계, recomputed from the records as of a date',
    options: [AS_OF, { flags: '--year <year>', description: 'fiscal year (default: the year of --as-of, else the latest budget)' }, TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.budget()).budgetStatusCommand(ctx, o),
  }),
  command({
    name: 'tasks list',
    summary: 'the 주요 업무 in order, with their number, title and schedule',
    options: [TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.tasks()).tasksListCommand(ctx, o),
  }),
  command({
    name: 'tasks upcoming',
    summary: 'plan items that start, end or are under way in a window; overdue items marked; all-year (연중) items apart',
    options: [AS_OF, { flags: '--within <days>', description: 'length of the window: 30d, 8w …', default: '30d' }, TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.tasks()).tasksUpcomingCommand(ctx, o),
  }),
  command({
    name: 'tasks show',
    args: '<number>',
    summary: 'one work item in full: purpose, 추진방향, 추진내용 as a nested outline, 향후계획',
    options: [TABLE_FORMAT, OUT],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, args, o) => (await module.tasks()).tasksShowCommand(ctx, args[0] ?? '', o),
  }),
  command({
    name: 'cities',
    summary: 'partner cities: the stated totals against the cities listed, by type and country or region',
    options: [
      { flags: '--type <type>', description: 'only one kind of partnership', choices: ['친선', '우호협력', 'sister', 'friendship'] },
      { flags: '--by <group>', description: 'count the listed cities by country or by region', default: 'country', choices: ['country', 'region'] },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.partners()).citiesCommand(ctx, o),
  }),
  command({
    name: 'events',
    summary: 'embassy roundtables and MOUs with their countries, planned period and status',
    options: [AS_OF, TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.partners()).eventsCommand(ctx, o),
  }),
  command({
    name: 'council',
    summary: 'the ways the office meets the council: meeting types, cadence, attendees',
    options: [TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    // A command needs no handler file of its own: its compute and render steps, loaded when it runs.
    run: async (ctx, _a, o) => {
      const [{ showDocument }, { councilOf }, { councilDoc }] = await Promise.all([import('./showDocument.js'), import('../compute/reports.js'), import('../render/tables/council.js')]);
      return showDocument(ctx, o, (r) => ({ ok: true, value: councilOf(r) }), (report) => councilDoc(report, ctx.lang));
    },
  }),
  command({
    name: 'report',
    summary: 'the whole 주요업무보고 regenerated from the records: every figure computed, none copied',
    options: [
      { flags: '--issue <issue>', description: 'which issue of the report: its month YYYY-MM or its id (default: the latest issue); an issue is made again exactly as it was' },
      AS_OF,
      format('md', 'output format: md, html (self-contained, print-ready on A4, with charts), xlsx (needs --out), json …'),
      OUT,
    ],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.report()).reportCommand(ctx, o),
  }),
  command({
    name: 'headcount status',
    summary: '정원, 현원 and 과부족 by track and grade, with 총계 and 소계, from the latest snapshot on or before the as-of date',
    options: [
      AS_OF,
      TABLE_FORMAT,
      { flags: '--by <layout>', description: "track: 총계, then each track's 소계 and grades; grade: the work report's layout, a column per grade", default: 'track', choices: ['track', 'grade'] },
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.headcount()).headcountStatusCommand(ctx, o),
  }),
  command({
    name: 'headcount trend',
    summary: '정원, 현원 and 과부족 per track across the headcount snapshots',
    options: [TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.headcount()).headcountTrendCommand(ctx, o),
  }),
  command({
    name: 'expenses add',
    summary: "append one 업무추진비 payment to the fiscal year's expenses file, keeping its comments and order; validated with the whole folder first, written atomically",
    options: [
      { flags: '--date <date>', description: 'date of the payment, YYYY-MM-DD (its year picks the file)', required: true },
      { flags: '--line <line>', description: 'budget line: its code (203-01) or name (기관운영업무추진비)', required: true },
      { flags: '--amount <won>', description: 'amount in 원 (850500 or 850,500)', required: true },
      { flags: '--purpose <text>', description: 'what it was for', required: true },
      { flags: '--time <HH:MM>', description: 'time of the payment' },
      { flags: '--place <text>', description: 'where' },
      { flags: '--attendees <text>', description: 'who and how many' },
      { flags: '--payment <text>', description: 'how it was paid' },
      { flags: '--dept <text>', description: 'department' },
      { flags: '--allow-over', description: "record it even when it takes the line's 집행액 over its 예산현액" },
      { flags: '--dry-run', description: 'print the change as a unified diff and write nothing' },
    ],
    exitCodes: ['0 added (or shown with --dry-run)', '1 refused: the entry or the data has errors, or the line would go over its 예산현액; the file is unchanged', '2 usage, configuration or internal error'],
    run: async (ctx, _a, o) => (await module.expenses()).expensesAddCommand(ctx, o),
  }),
  command({
    name: 'expenses import',
    args: '<files...>',
    summary: 'expense disclosures (csv in UTF-8 or CP949, xlsx, open API JSON) appended to data/expenses/<year>.yaml; duplicates skipped, bad rows located',
    options: [
      { flags: '--dept <name>', description: "only this department's rows (any level of the department names)" },
      { flags: '--year <year>', description: 'only the rows of this fiscal year' },
      { flags: '--dry-run', description: 'read, check and summarise, write nothing' },
      { flags: '--skip-bad', description: 'import the good rows even when some cannot be read (they are listed; exit 1)' },
      { flags: '--format <format>', description: 'summary format', default: 'table', choices: ['table', 'json'] },
    ],
    exitCodes: ['0 imported (or nothing new)', '1 a row cannot be read or the data would have errors: nothing written (unless --skip-bad)', '2 usage, configuration or internal error'],
    run: async (ctx, args, o) => (await import('./commands/expenses.js')).expensesImportCommand(ctx, args, o),
  }),
  command({
    name: 'expenses list',
    summary: 'the 업무추진비 entries (비목 resolved to its line, payment normalised, refunds signed) with totals per month and per line',
    options: [
      { flags: '--month <month>', description: 'only the entries of this month, YYYY-MM' },
      { flags: '--line <line>', description: 'only this budget line: its code (203-01), name or short word (기관)' },
      { flags: '--dept <name>', description: "only this department's entries (the entry's department, else its file's)" },
      { flags: '--year <year>', description: 'only this fiscal year' },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    run: async (ctx, _a, o) => (await module.expensesOut()).expensesListCommand(ctx, o),
  }),
  command({
    name: 'expenses disclose',
    summary: "a month's 업무추진비 사용 내역 as offices publish it, in Korean, with the columns expenses import reads back",
    options: [
      { flags: '--month <month>', description: 'the month to disclose, YYYY-MM', required: true },
      { flags: '--dept <name>', description: "only this department's entries; it names the disclosure (default: the office's name)" },
      { flags: '--format <format>', description: 'output format (xlsx needs --out)', default: 'xlsx', choices: ['xlsx', 'csv', 'html', 'md'] },
      OUT,
      { flags: '--no-bom', description: 'with --format csv: leave out the byte-order mark that Excel needs to show Korean' },
    ],
    exitCodes: ['0 done (also for a month without entries: the table says so)', '1 the data has errors (printed first)', '2 usage, configuration or internal error'],
    run: async (ctx, _a, o) => (await module.expensesOut()).expensesDiscloseCommand(ctx, o),
  }),
  command({
    name: 'diff',
    args: '[base] [head]',
    summary: 'how the figures change between two revisions (a pull request): 예산현액, 집행액, 잔액, 집행률, 정원/현원, work items, plans, partner cities',
    options: [format('table', 'output format; md is ready to post as a pull-request comment'), OUT],
    exitCodes: ['0 done (also when nothing changed)', '1 the data of one side has errors (printed first)', '2 not a git repository, an unknown revision, usage or internal error'],
    run: async (ctx, args, o) => (await import('./commands/diff.js')).diffCommand(ctx, args, o),
  }),
  command({
    name: 'init',
    args: '[dir]',
    summary: "a new office's data repository that validates at once: records with one example of each kind, editor, CI and pre-commit settings; never overwrites",
    options: [
      { flags: '--office <name>', description: 'the office name the report prints, e.g. 디지털정책과 (required)' },
      { flags: '--id <id>', description: 'the office id the records use: lower-case letters, digits, hyphens', default: 'office' },
      { flags: '--year <year>', description: 'fiscal year of the example records (default: the current year)' },
    ],
    exitCodes: ['0 created', '1 the folder is not empty or a file exists: nothing was changed', '2 usage error'],
    run: async (ctx, args, o) => (await import('./commands/init.js')).initCommand(ctx, args[0], o),
  }),
];
