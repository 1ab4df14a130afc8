// The one table of commands and options. It drives the commander program (--help) and the
// README's command reference (scripts/readme-reference.mjs), so the two cannot drift apart.
import { REPORT_FORMATS } from '../render/index.js';

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
  { flags: '--data <dir>', description: 'records folder (default: MAYOR_OFFICE_DATA, else the folder named in the nearest mayor-office.yaml, else ./data)' },
  { flags: '--lang <lang>', description: 'language of messages and headers', default: 'ko', choices: ['ko', 'en'] },
  { flags: '--no-color', description: 'no colour (also when NO_COLOR is set or output is not a terminal)' },
];

const AS_OF: OptionSpec = { flags: '--as-of <date>', description: "reference date YYYY-MM-DD (default: the data's own latest date, never today)" };
const FORMAT: OptionSpec = { flags: '--format <format>', description: 'output format', default: 'table', choices: Object.keys(REPORT_FORMATS) };
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
      { flags: '--summary <file>', description: 'also write every problem as Markdown for a job summary (with --format github: to $GITHUB_STEP_SUMMARY when set)' },
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
    name: 'tasks list',
    summary: 'the 주요 업무 in order, with their number, title and schedule',
    options: [FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'tasks upcoming',
    summary: 'plan items that start, end or are under way in a window; overdue items marked; all-year (연중) items apart',
    options: [AS_OF, { flags: '--within <days>', description: 'length of the window: 30d, 8w …', default: '30d' }, FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'tasks show',
    args: '<number>',
    summary: 'one work item in full: purpose, 추진방향, 추진내용 as a nested outline, 향후계획',
    options: [{ flags: '--format <format>', description: 'output format', default: 'table', choices: ['table', 'json', 'md'] }, OUT],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'cities',
    summary: 'partner cities: the stated totals against the cities listed, by type and country or region',
    options: [
      { flags: '--type <type>', description: 'only one kind of partnership', choices: ['친선', '우호협력', 'sister', 'friendship'] },
      { flags: '--by <group>', description: 'count the listed cities by country or by region', default: 'country', choices: ['country', 'region'] },
      FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'events',
    summary: 'embassy roundtables and MOUs with their countries, planned period and status',
    options: [AS_OF, FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'council',
    summary: 'the ways the office meets the council: meeting types, cadence, attendees',
    options: [FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
  },
  {
    name: 'report',
    summary: 'the whole 주요업무보고 regenerated from the records: every figure computed, none copied',
    options: [
      AS_OF,
      { flags: '--format <format>', description: 'md, html (self-contained, print-ready on A4, with charts), xlsx (needs --out) or json', default: 'md', choices: ['md', 'html', 'xlsx', 'json'] },
      OUT,
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
  {
    name: 'init',
    args: '[dir]',
    summary: "a new office's data repository that validates at once: records with one example of each kind, editor, CI and pre-commit settings; never overwrites",
    options: [
      { flags: '--office <name>', description: 'the office name the report prints, e.g. 디지털정책과 (required)' },
      { flags: '--id <id>', description: 'the office id the records use: lower-case letters, digits, hyphens', default: 'office' },
      { flags: '--year <year>', description: 'fiscal year of the example records (default: the current year)' },
    ],
    exitCodes: ['0 created', '1 the folder is not empty or a file exists: nothing was changed', '2 usage error'],
  },
];
