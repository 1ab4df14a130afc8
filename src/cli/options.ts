// The one table of commands: each entry holds its words, its options and its handler, and the
// handler's option type is derived from the option specs (so a new option cannot be read under
// a wrong name or type). It drives the commander program (--help), the README's command
// reference and shell completion, so they cannot drift apart. Handlers import their command's
// module only when it runs.
import { FORMAT_NAMES } from '../render/formats/index.js';
import { PROBLEM_FORMAT_NAMES } from '../render/problems/index.js';
import type { RunContext } from './context.js';
import type { RecordKind } from '../model/records.js';

/** A text of the command table in both languages. */
export interface Words {
  readonly ko: string;
  readonly en: string;
}

export interface OptionSpec {
  /** Commander flags, e.g. '--format <format>'. */
  readonly flags: string;
  readonly description: Words;
  readonly default?: string | boolean;
  /** Allowed values: the canonical ones, which the handler receives. */
  readonly choices?: readonly string[];
  /** Other words accepted for a choice, by canonical value: the first is the Korean word that
   *  Korean help shows instead of the canonical one (e.g. country: ['국가']). */
  readonly choiceWords?: Readonly<Record<string, readonly string[]>>;
  /** A value written in other words (30일, 8주): its canonical form (30d, 8w), or undefined when
   *  it is not a value of this option; `expected` says what to write instead. */
  readonly canonical?: { readonly parse: (value: string) => string | undefined; readonly expected: Words };
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
  readonly summary: Words;
  readonly options: O;
  /** Exit codes and their meaning, each in both languages. */
  readonly exitCodes: readonly Words[];
  /** The record kinds the command computes from: an error in a record of another kind does not
   *  stop it (it is summarised in one line). Absent: every kind. */
  readonly needs?: readonly RecordKind[] | 'all';
  readonly run: (ctx: RunContext, args: readonly string[], opts: OptionsOf<O>) => Promise<number>;
}

/** Types an entry of the table from its own options. */
const command = <const O extends readonly OptionSpec[]>(spec: CommandSpec<O>): CommandSpec => spec as unknown as CommandSpec;

export const GLOBAL_OPTIONS = [
  {
    flags: '--data <dir>',
    description: {
      ko: '기록 폴더 (기본값: MAYOR_OFFICE_DATA, 없으면 가장 가까운 mayor-office.yaml이 가리키는 폴더, 없으면 ./data)',
      en: 'records folder (default: MAYOR_OFFICE_DATA, else the folder named in the nearest mayor-office.yaml, else ./data)',
    },
  },
  {
    flags: '--lang <lang>',
    description: {
      ko: '메시지와 표 머리글의 언어 (기본값: mayor-office.yaml의 lang, 없으면 LC_ALL/LANG, 없으면 ko)',
      en: 'language of messages and headers (default: the lang of mayor-office.yaml, else LC_ALL/LANG, else ko)',
    },
    choices: ['ko', 'en'],
  },
  {
    flags: '--no-color',
    description: {
      ko: '색을 쓰지 않음 (NO_COLOR가 있을 때와 출력이 터미널이 아닐 때도; FORCE_COLOR=1로 강제)',
      en: 'no colour (also when NO_COLOR is set or output is not a terminal; FORCE_COLOR=1 forces it)',
    },
  },
] as const satisfies readonly OptionSpec[];

const AS_OF = {
  flags: '--as-of <date>',
  description: { ko: '기준일 YYYY-MM-DD (기본값: 오늘이 아니라 데이터의 가장 늦은 날짜)', en: "reference date YYYY-MM-DD (default: the data's own latest date, never today)" },
} as const;
const OUT = {
  flags: '--out <file>',
  description: {
    ko: '표준 출력 대신 파일에 씀 (한 번에 통째로; 데이터 폴더 안은 안 됨); --format이 없으면 파일 끝(.md, .csv, .json, .html, .xlsx, .docx)이 형식을 정함',
    en: 'write to a file (atomically; never inside the data folder) instead of stdout; its ending (.md, .csv, .json, .html, .xlsx, .docx) picks the format when --format is not given',
  },
} as const;
const BOM = { flags: '--bom', description: { ko: '--format csv일 때: 엑셀이 한글을 제대로 보이도록 바이트 순서 표시(BOM)로 시작', en: 'with --format csv: start with the byte-order mark Excel needs to show Korean' } } as const;
const format = <const D extends string>(def: D, description: Words = { ko: '출력 형식', en: 'output format' }) => ({ flags: '--format <format>', description, default: def, choices: FORMAT_NAMES }) as const;
const TABLE_FORMAT = format('table');
const YEAR = { flags: '--year <year>', description: { ko: '회계연도 (기본값: --as-of의 연도, 없으면 가장 최근 예산)', en: 'fiscal year (default: the year of --as-of, else the latest budget)' } } as const;
const DONE = { ko: '0 완료', en: '0 done' } as const;
const USAGE_ERROR = { ko: '2 사용법, 설정 또는 내부 오류', en: '2 usage, configuration or internal error' } as const;
// What each report command computes from (see CommandSpec.needs).
const BUDGET_NEEDS = ['budget', 'expenses', 'report'] as const satisfies readonly RecordKind[];
const TASK_NEEDS = ['task', 'events', 'council', 'ordinances', 'taskforces', 'cities', 'countries'] as const satisfies readonly RecordKind[];
const HEADCOUNT_NEEDS = ['headcount', 'report'] as const satisfies readonly RecordKind[];
const REPORT_EXIT_CODES = [
  { ko: '0 완료 (명령이 쓰지 않는 기록의 오류는 표준 오류에 한 줄로 요약)', en: '0 done (errors in records the command does not use are summarised in one line on stderr)' },
  { ko: '1 명령이 쓰는 기록에 오류가 있음 (먼저 출력)', en: '1 records the command uses have errors (printed first)' },
  USAGE_ERROR,
];

/** `30일`, `8주`, `30d`, `8w`, `30 days` or a number of days → `30d` or `8w`. */
export function withinValue(value: string): string | undefined {
  const m = /^(\d+)\s*(d|days?|일|w|weeks?|주)?$/iu.exec(value.normalize('NFC').trim());
  if (!m) return undefined;
  return `${m[1]}${m[2] !== undefined && /^(w|weeks?|주)$/iu.test(m[2]) ? 'w' : 'd'}`;
}

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
    summary: { ko: '기록을 스키마와 서로에 비추어 검사하고, 모든 문제를 그 위치와 함께 보고', en: 'check the records against the schemas and each other; report every problem with its place' },
    options: [
      { flags: '--format <format>', description: { ko: '출력 형식; github는 풀 리퀘스트 주석을 출력', en: 'output format; github prints pull-request annotations' }, default: 'text', choices: PROBLEM_FORMAT_NAMES },
      { flags: '--strict', description: { ko: '경고도 실패로 침 (종료 코드 1)', en: 'warnings fail the run too (exit 1)' } },
      {
        flags: '--summary <file>',
        description: {
          ko: '모든 문제를 작업 요약용 마크다운으로도 씀 (--format github일 때 GITHUB_STEP_SUMMARY가 있으면 그곳에)',
          en: 'also write every problem as Markdown for a job summary (with --format github: to $GITHUB_STEP_SUMMARY when set)',
        },
      },
    ],
    exitCodes: [{ ko: '0 문제 없음 (--strict가 아니면 경고는 괜찮음)', en: '0 valid (warnings allowed unless --strict)' }, { ko: '1 데이터에 오류가 있음', en: '1 the data has errors' }, USAGE_ERROR],
    run: async (ctx, args, o) => (await module.validate()).validateCommand(ctx, args, o),
  }),
  command({
    name: 'budget status',
    summary: {
      ko: '기준일의 비목별(또는 세부사업별) 예산액, 예산현액, 집행액, 잔액, 집행률과 진도, 그리고 계를 기록에서 다시 계산',
      en: '예산액, 예산현액, 집행액, 잔액, 집행률 and pace per budget line (or program) and 계, recomputed from the records as of a date',
    },
    options: [
      AS_OF,
      YEAR,
      {
        flags: '--by <group>',
        description: {
          ko: 'line: 계, 그다음 비목별 (여러 세부사업의 같은 비목은 합산); program: 계, 그다음 세부사업별 소계와 그 비목 (기본값: 세부사업이 있는 예산은 program, 아니면 line)',
          en: "line: 계, then each line (the same line under several programs summed); program: 계, then each program's 소계 and its lines (default: program when the budget has programs, else line)",
        },
        choices: ['program', 'line'],
        choiceWords: { program: ['세부사업', '세부사업별'], line: ['비목', '비목별', '과목'] },
      },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    needs: BUDGET_NEEDS,
    run: async (ctx, _a, o) => (await module.budget()).budgetStatusCommand(ctx, o),
  }),
  command({
    name: 'budget monthly',
    summary: {
      ko: '기준월까지 각 월말의 비목별 누적 집행액, 집행률과 연중 경과율 (html은 그래프도)',
      en: '집행액 per budget line at each month end up to the as-of month, cumulative, with 집행률 and the share of the year elapsed (a chart in html)',
    },
    options: [AS_OF, YEAR, TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    needs: BUDGET_NEEDS,
    run: async (ctx, _a, o) => (await module.budget()).budgetMonthlyCommand(ctx, o),
  }),
  command({
    name: 'tasks list',
    summary: { ko: '주요 업무를 차례대로: 번호, 제목, 일정', en: 'the 주요 업무 in order, with their number, title and schedule' },
    options: [TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    needs: TASK_NEEDS,
    run: async (ctx, _a, o) => (await module.tasks()).tasksListCommand(ctx, o),
  }),
  command({
    name: 'tasks upcoming',
    summary: {
      ko: '기간 안에 시작하거나 끝나거나 진행 중인 계획; 기한이 지난 것은 표시하고 연중 계획은 따로',
      en: 'plan items that start, end or are under way in a window; overdue items marked; all-year (연중) items apart',
    },
    options: [
      AS_OF,
      {
        flags: '--within <days>',
        description: { ko: '기간의 길이: 30일, 8주 (30d, 8w도 됨)', en: 'length of the window: 30d, 8w … (or 30일, 8주)' },
        default: '30d',
        canonical: { parse: withinValue, expected: { ko: '30일, 8주, 30d, 8w처럼 일이나 주로 쓰세요.', en: 'write it in days or weeks, like 30d, 8w, 30일 or 8주.' } },
      },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    needs: TASK_NEEDS,
    run: async (ctx, _a, o) => (await module.tasks()).tasksUpcomingCommand(ctx, o),
  }),
  command({
    name: 'tasks show',
    args: '<number>',
    summary: { ko: '주요 업무 하나 전체: 목적, 추진방향, 중첩된 개요의 추진내용, 향후계획', en: 'one work item in full: purpose, 추진방향, 추진내용 as a nested outline, 향후계획' },
    options: [TABLE_FORMAT, OUT],
    exitCodes: REPORT_EXIT_CODES,
    needs: TASK_NEEDS,
    run: async (ctx, args, o) => (await module.tasks()).tasksShowCommand(ctx, args[0] ?? '', o),
  }),
  command({
    name: 'cities',
    summary: { ko: '친선·우호도시: 밝힌 합계와 목록의 도시를 유형과 국가 또는 권역별로 맞대어 봄', en: 'partner cities: the stated totals against the cities listed, by type and country or region' },
    options: [
      {
        flags: '--type <type>',
        description: { ko: '한 가지 도시 유형만', en: 'only one kind of partnership' },
        choices: ['sister', 'friendship'],
        choiceWords: { sister: ['친선', '친선도시'], friendship: ['우호협력', '우호협력도시'] },
      },
      {
        flags: '--by <group>',
        description: { ko: '목록의 도시를 국가별 또는 권역별로 셈', en: 'count the listed cities by country or by region' },
        default: 'country',
        choices: ['country', 'region'],
        choiceWords: { country: ['국가'], region: ['권역'] },
      },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    needs: ['cities', 'countries'],
    run: async (ctx, _a, o) => (await module.partners()).citiesCommand(ctx, o),
  }),
  command({
    name: 'events',
    summary: { ko: '대사 간담회와 업무협약(MOU): 국가, 계획 기간, 상태', en: 'embassy roundtables and MOUs with their countries, planned period and status' },
    options: [AS_OF, TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    needs: ['events', 'task', 'countries'],
    run: async (ctx, _a, o) => (await module.partners()).eventsCommand(ctx, o),
  }),
  command({
    name: 'council',
    summary: { ko: '의회와 만나는 방식: 회의 종류, 주기, 참석자', en: 'the ways the office meets the council: meeting types, cadence, attendees' },
    options: [TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    needs: ['council'],
    // A command needs no handler file of its own: its compute and render steps, loaded when it runs.
    run: async (ctx, _a, o) => {
      const [{ showDocument }, { councilOf }, { councilDoc }] = await Promise.all([import('./showDocument.js'), import('../compute/reports.js'), import('../render/tables/council.js')]);
      return showDocument(ctx, o, (r) => ({ ok: true, value: councilOf(r) }), (report) => councilDoc(report, ctx.lang));
    },
  }),
  command({
    name: 'report',
    summary: { ko: '주요업무보고 전체를 기록에서 다시 만듦: 모든 수치는 계산하고 베끼지 않음', en: 'the whole 주요업무보고 regenerated from the records: every figure computed, none copied' },
    options: [
      {
        flags: '--issue <issue>',
        description: {
          ko: '보고서의 호: 발행월 YYYY-MM 또는 id (기본값: 가장 최근 호); 지난 호는 그때와 똑같이 다시 만듦',
          en: 'which issue of the report: its month YYYY-MM or its id (default: the latest issue); an issue is made again exactly as it was',
        },
      },
      AS_OF,
      format('md', {
        ko: '출력 형식: md, html (한 파일, A4 인쇄용, 차트 포함), xlsx (--out 필요), json …',
        en: 'output format: md, html (self-contained, print-ready on A4, with charts), xlsx (needs --out), json …',
      }),
      OUT,
    ],
    exitCodes: REPORT_EXIT_CODES,
    needs: 'all',
    run: async (ctx, _a, o) => (await module.report()).reportCommand(ctx, o),
  }),
  command({
    name: 'headcount status',
    summary: {
      ko: '기준일이나 그 전의 가장 최근 현황으로 직렬·직급별 정원, 현원, 과부족과 총계, 소계',
      en: '정원, 현원 and 과부족 by track and grade, with 총계 and 소계, from the latest snapshot on or before the as-of date',
    },
    options: [
      AS_OF,
      TABLE_FORMAT,
      {
        flags: '--by <layout>',
        description: {
          ko: '직렬: 총계, 다음에 직렬마다 소계와 직급; 직급: 업무보고의 배치, 직급마다 한 열',
          en: "track: 총계, then each track's 소계 and grades; grade: the work report's layout, a column per grade",
        },
        default: 'track',
        choices: ['track', 'grade'],
        choiceWords: { track: ['직렬'], grade: ['직급'] },
      },
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    needs: HEADCOUNT_NEEDS,
    run: async (ctx, _a, o) => (await module.headcount()).headcountStatusCommand(ctx, o),
  }),
  command({
    name: 'headcount trend',
    summary: { ko: '인력 현황 기록들에 걸친 직렬별 정원, 현원, 과부족', en: '정원, 현원 and 과부족 per track across the headcount snapshots' },
    options: [TABLE_FORMAT, OUT, BOM],
    exitCodes: REPORT_EXIT_CODES,
    needs: HEADCOUNT_NEEDS,
    run: async (ctx, _a, o) => (await module.headcount()).headcountTrendCommand(ctx, o),
  }),
  command({
    name: 'expenses add',
    summary: {
      ko: '업무추진비 집행 한 건을 그 회계연도의 집행 파일에 덧붙임 (주석과 순서는 그대로; 먼저 폴더 전체를 검사하고, 한 번에 씀)',
      en: "append one 업무추진비 payment to the fiscal year's expenses file, keeping its comments and order; validated with the whole folder first, written atomically",
    },
    options: [
      { flags: '--date <date>', description: { ko: '집행일 YYYY-MM-DD (그 연도가 파일을 정함)', en: 'date of the payment, YYYY-MM-DD (its year picks the file)' }, required: true },
      { flags: '--line <line>', description: { ko: '비목: 코드(203-01) 또는 이름(기관운영업무추진비)', en: 'budget line: its code (203-01) or name (기관운영업무추진비)' }, required: true },
      { flags: '--amount <won>', description: { ko: '금액(원) (850500 또는 850,500)', en: 'amount in 원 (850500 or 850,500)' }, required: true },
      { flags: '--purpose <text>', description: { ko: '집행 목적', en: 'what it was for' }, required: true },
      { flags: '--time <HH:MM>', description: { ko: '집행 시각', en: 'time of the payment' } },
      { flags: '--place <text>', description: { ko: '장소', en: 'where' } },
      { flags: '--attendees <text>', description: { ko: '대상 인원', en: 'who and how many' } },
      { flags: '--payment <text>', description: { ko: '결제 방법', en: 'how it was paid' } },
      { flags: '--dept <text>', description: { ko: '부서', en: 'department' } },
      { flags: '--allow-over', description: { ko: '비목의 집행액이 예산현액을 넘어도 기록', en: "record it even when it takes the line's 집행액 over its 예산현액" } },
      { flags: '--dry-run', description: { ko: '바뀔 내용을 unified diff로 보이고 아무것도 쓰지 않음', en: 'print the change as a unified diff and write nothing' } },
    ],
    exitCodes: [
      { ko: '0 추가함 (--dry-run이면 보여 줌)', en: '0 added (or shown with --dry-run)' },
      { ko: '1 거절: 입력이나 데이터에 오류가 있거나 비목이 예산현액을 넘음; 파일은 그대로', en: '1 refused: the entry or the data has errors, or the line would go over its 예산현액; the file is unchanged' },
      USAGE_ERROR,
    ],
    run: async (ctx, _a, o) => (await module.expenses()).expensesAddCommand(ctx, o),
  }),
  command({
    name: 'expenses import',
    args: '<files...>',
    summary: {
      ko: '업무추진비 공개 자료(UTF-8 또는 CP949 csv, xlsx, 공공 API JSON)를 data/expenses/<연도>.yaml에 덧붙임; 중복은 건너뛰고 잘못된 행은 위치를 알림',
      en: 'expense disclosures (csv in UTF-8 or CP949, xlsx, open API JSON) appended to data/expenses/<year>.yaml; duplicates skipped, bad rows located',
    },
    options: [
      { flags: '--dept <name>', description: { ko: '이 부서의 행만 (부서 이름의 어느 단계든)', en: "only this department's rows (any level of the department names)" } },
      { flags: '--year <year>', description: { ko: '이 회계연도의 행만', en: 'only the rows of this fiscal year' } },
      { flags: '--dry-run', description: { ko: '읽고 검사하고 요약만, 아무것도 쓰지 않음', en: 'read, check and summarise, write nothing' } },
      { flags: '--skip-bad', description: { ko: '읽을 수 없는 행이 있어도 좋은 행은 가져옴 (그 행들을 알리고 종료 코드 1)', en: 'import the good rows even when some cannot be read (they are listed; exit 1)' } },
      { flags: '--format <format>', description: { ko: '요약 형식', en: 'summary format' }, default: 'table', choices: ['table', 'json'] },
    ],
    exitCodes: [
      { ko: '0 가져옴 (또는 새것이 없음)', en: '0 imported (or nothing new)' },
      { ko: '1 읽을 수 없는 행이 있거나 데이터에 오류가 생김: 아무것도 쓰지 않음 (--skip-bad가 아니면)', en: '1 a row cannot be read or the data would have errors: nothing written (unless --skip-bad)' },
      USAGE_ERROR,
    ],
    run: async (ctx, args, o) => (await import('./commands/expenses.js')).expensesImportCommand(ctx, args, o),
  }),
  command({
    name: 'expenses list',
    summary: {
      ko: '업무추진비 집행 내역 (비목은 예산 과목으로, 결제 방법은 통일하고, 반납은 음수로)과 월별·비목별 합계',
      en: 'the 업무추진비 entries (비목 resolved to its line, payment normalised, refunds signed) with totals per month and per line',
    },
    options: [
      { flags: '--month <month>', description: { ko: '이 달의 집행 건만, YYYY-MM', en: 'only the entries of this month, YYYY-MM' } },
      { flags: '--line <line>', description: { ko: '이 비목만: 코드(203-01), 이름 또는 줄임말(기관)', en: 'only this budget line: its code (203-01), name or short word (기관)' } },
      { flags: '--dept <name>', description: { ko: '이 부서의 집행 건만 (집행 건의 부서, 없으면 그 파일의 부서)', en: "only this department's entries (the entry's department, else its file's)" } },
      { flags: '--year <year>', description: { ko: '이 회계연도만', en: 'only this fiscal year' } },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: REPORT_EXIT_CODES,
    needs: ['budget', 'expenses'],
    run: async (ctx, _a, o) => (await module.expensesOut()).expensesListCommand(ctx, o),
  }),
  command({
    name: 'expenses disclose',
    summary: {
      ko: '한 달의 업무추진비 사용 내역을 부서가 공개하는 모양 그대로 (한국어, expenses import가 다시 읽는 열)',
      en: "a month's 업무추진비 사용 내역 as offices publish it, in Korean, with the columns expenses import reads back",
    },
    options: [
      { flags: '--month <month>', description: { ko: '공개할 달, YYYY-MM', en: 'the month to disclose, YYYY-MM' }, required: true },
      {
        flags: '--dept <name>',
        description: { ko: '이 부서의 집행 건만; 공개 자료의 이름이 됨 (기본값: 사무실 이름)', en: "only this department's entries; it names the disclosure (default: the office's name)" },
      },
      { flags: '--format <format>', description: { ko: '출력 형식 (xlsx는 --out 필요)', en: 'output format (xlsx needs --out)' }, default: 'xlsx', choices: ['xlsx', 'csv', 'html', 'md'] },
      OUT,
      { flags: '--no-bom', description: { ko: '--format csv일 때: 엑셀이 한글을 보이는 데 필요한 바이트 순서 표시(BOM)를 뺌', en: 'with --format csv: leave out the byte-order mark that Excel needs to show Korean' } },
    ],
    exitCodes: [{ ko: '0 완료 (집행 건이 없는 달도: 표가 그렇게 말함)', en: '0 done (also for a month without entries: the table says so)' }, REPORT_EXIT_CODES[1]!, USAGE_ERROR],
    needs: ['budget', 'expenses', 'office'],
    run: async (ctx, _a, o) => (await module.expensesOut()).expensesDiscloseCommand(ctx, o),
  }),
  command({
    name: 'diff',
    args: '[base] [head]',
    summary: {
      ko: '두 리비전(풀 리퀘스트) 사이에 수치가 어떻게 바뀌는지: 예산현액, 집행액, 잔액, 집행률, 정원/현원, 주요 업무, 계획, 친선·우호도시',
      en: 'how the figures change between two revisions (a pull request): 예산현액, 집행액, 잔액, 집행률, 정원/현원, work items, plans, partner cities',
    },
    options: [format('table', { ko: '출력 형식; md는 풀 리퀘스트 댓글로 바로 올릴 수 있음', en: 'output format; md is ready to post as a pull-request comment' }), OUT],
    exitCodes: [
      { ko: '0 완료 (바뀐 것이 없어도)', en: '0 done (also when nothing changed)' },
      { ko: '1 한쪽 데이터에 오류가 있음 (먼저 출력)', en: '1 the data of one side has errors (printed first)' },
      { ko: '2 git 저장소가 아님, 알 수 없는 리비전, 사용법 또는 내부 오류', en: '2 not a git repository, an unknown revision, usage or internal error' },
    ],
    needs: 'all',
    run: async (ctx, args, o) => (await import('./commands/diff.js')).diffCommand(ctx, args, o),
  }),
  command({
    name: 'init',
    args: '[dir]',
    summary: {
      ko: '새 사무실의 데이터 저장소를 만듦: 종류마다 예시 기록 하나, 편집기·CI·pre-commit 설정; 바로 검사를 통과하고, 덮어쓰지 않음',
      en: "a new office's data repository that validates at once: records with one example of each kind, editor, CI and pre-commit settings; never overwrites",
    },
    options: [
      { flags: '--office <name>', description: { ko: '보고서에 찍힐 사무실 이름, 예: 디지털정책과 (필수)', en: 'the office name the report prints, e.g. 디지털정책과 (required)' } },
      { flags: '--id <id>', description: { ko: '기록이 쓰는 사무실 id: 영문 소문자, 숫자, 하이픈', en: 'the office id the records use: lower-case letters, digits, hyphens' }, default: 'office' },
      { flags: '--year <year>', description: { ko: '예시 기록의 회계연도 (기본값: 올해)', en: 'fiscal year of the example records (default: the current year)' } },
    ],
    exitCodes: [
      { ko: '0 만듦', en: '0 created' },
      { ko: '1 폴더가 비어 있지 않거나 파일이 이미 있음: 아무것도 바꾸지 않음', en: '1 the folder is not empty or a file exists: nothing was changed' },
      { ko: '2 사용법 오류', en: '2 usage error' },
    ],
    run: async (ctx, args, o) => (await import('./commands/init.js')).initCommand(ctx, args[0], o),
  }),
  command({
    name: 'completion',
    args: '<shell>',
    summary: { ko: 'bash 또는 zsh의 명령 자동 완성 스크립트를 출력', en: 'print the shell completion script for bash or zsh' },
    options: [],
    exitCodes: [DONE, { ko: '2 모르는 셸', en: '2 an unknown shell' }],
    run: async (ctx, args) => (await import('./commands/completion.js')).completionCommand(ctx, args[0] ?? ''),
  }),
];
