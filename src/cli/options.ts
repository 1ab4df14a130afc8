// The one table of commands: each entry holds its words, its options and its handler, and the
// handler's option type is derived from the option specs (so a new option cannot be read under
// a wrong name or type). Every report of the engine's registry is a command here as it is
// (engine/reports.ts holds its words, options and record kinds); the rest are the commands that
// are not reports (validate, expenses add and import, diff, init, completion). The table drives
// the commander program (--help), the README's command reference and shell completion, so they
// cannot drift apart. Handlers import their command's module only when it runs.
import type { OptionSpec } from '../engine/params.js';
import type { CommandSpec } from './commandSpec.js';

export type { CommandSpec } from './commandSpec.js';
import { PROBLEM_FORMAT_NAMES } from '../engine/output.js';
import type { ReportSpec } from '../engine/reports.js';
import { REPORTS } from '../engine/reports.js';
import { AS_OF, BOM, MONTH, OUT, TABLE_FORMAT, YEAR, format } from '../engine/params.js';
import { ROLLUP_REPORT_NAMES } from '../engine/rollupNames.js';

export type { OptionSpec, OptionsOf, Words } from '../engine/params.js';
export { withinValue } from '../engine/params.js';

/** Types an entry of the table from its own options. */
const command = <const O extends readonly OptionSpec[]>(spec: CommandSpec<O>): CommandSpec => spec as unknown as CommandSpec;

const GLOBAL = [
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
  {
    flags: '--no-cache',
    description: {
      ko: '캐시를 쓰지도 남기지도 않음: 읽고 검사한 기록 파일의 캐시(MAYOR_OFFICE_CACHE=0도 같음; 폴더는 MAYOR_OFFICE_CACHE_DIR, 없으면 $XDG_CACHE_HOME/mayor-office, 없으면 ~/.cache/mayor-office)와 rollup의 캐시',
      en: 'neither use nor keep a cache: the cache of record files read and checked (also MAYOR_OFFICE_CACHE=0; its folder is MAYOR_OFFICE_CACHE_DIR, else $XDG_CACHE_HOME/mayor-office, else ~/.cache/mayor-office) and the roll-up\'s',
    },
  },
] as const satisfies readonly OptionSpec[];
export const GLOBAL_OPTIONS = GLOBAL;

const USAGE_ERROR = { ko: '2 사용법, 설정 또는 내부 오류', en: '2 usage, configuration or internal error' } as const;
const REPORT_EXIT_CODES = [
  {
    ko: '0 완료 (기록이 없으면 빈 표와 안내 한 줄; 쓰지 않는 기록의 오류는 한 줄 요약)',
    en: '0 done (errors in records the command does not use are summarised in one line on stderr; with no records of the kind it shows, an empty table and a note on stderr)',
  },
  { ko: '1 명령이 쓰는 기록에 오류가 있음 (먼저 출력)', en: '1 records the command uses have errors (printed first)' },
  USAGE_ERROR,
];
/** A report that looks one thing up (its positional argument, as `tasks show 3`): with no record
 *  of its kind at all there is no table to show, only the error. */
const LOOKUP_EXIT_CODES = [
  { ko: '0 완료 (명령이 쓰지 않는 기록의 오류는 표준 오류에 한 줄로 요약)', en: '0 done (errors in records the command does not use are summarised in one line on stderr)' },
  { ko: '1 명령이 쓰는 기록에 오류가 있거나 (먼저 출력) 그 종류의 기록이 하나도 없음', en: '1 records the command uses have errors (printed first), or there is no record of its kind at all' },
  USAGE_ERROR,
];

/** A report of the engine's registry as a command: its own words and options, one handler. */
const reportCommand = (spec: ReportSpec): CommandSpec => ({
  name: spec.name,
  ...(spec.args !== undefined ? { args: spec.args } : {}),
  summary: spec.summary,
  options: spec.options,
  exitCodes: spec.exitCodes ?? (spec.args !== undefined ? LOOKUP_EXIT_CODES : REPORT_EXIT_CODES),
  needs: spec.needs,
  run: async (ctx, args, o) => (await import('./reportCommand.js')).reportCommand(ctx, spec, args, o as never),
});
const reportsUntil = (name: string): readonly ReportSpec[] => REPORTS.slice(0, REPORTS.findIndex((r) => r.name === name));
const reportsFrom = (name: string): readonly ReportSpec[] => REPORTS.slice(REPORTS.findIndex((r) => r.name === name));

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
    run: async (ctx, args, o) => (await import('./commands/validate.js')).validateCommand(ctx, args, o),
  }),
  ...reportsUntil('expenses list').map(reportCommand),
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
    run: async (ctx, _a, o) => (await import('./commands/expensesAdd.js')).expensesAddCommand(ctx, o),
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
      { flags: '--allow-over', description: { ko: '비목의 집행액이 예산현액을 넘어도 가져옴 (expenses add처럼)', en: "import even when a line's 집행액 goes over its 예산현액 (as expenses add)" } },
      {
        flags: '--line <line>',
        description: { ko: '비목을 적지 않은 행의 비목: 코드(203-01), 이름 또는 줄임말(기관)', en: 'the budget line of rows that name none: its code (203-01), name or short word (기관)' },
      },
      {
        flags: '--map <column=field...>',
        description: {
          ko: '알아보지 못한 열이 무엇인지 알려 줌: 열=필드 (예: 1소속부서=부서, 결제=결제방법); 필드는 부서, 사용일자, 사용시간, 사용장소, 사용목적, 사용금액, 대상인원, 결제방법, 비목, 세부사업, 비고, nid',
          en: 'say what a column the import does not know holds: column=field (e.g. 1소속부서=dept); fields: dept, date, time, place, purpose, amount, attendees, payment, line, program, note, source (or their Korean names)',
        },
      },
      { flags: '--format <format>', description: { ko: '요약 형식', en: 'summary format' }, default: 'table', choices: ['table', 'json'] },
    ],
    exitCodes: [
      { ko: '0 가져옴 (또는 새것이 없음)', en: '0 imported (or nothing new)' },
      { ko: '1 읽을 수 없는 행이 있거나 데이터에 오류가 생김: 아무것도 쓰지 않음 (--skip-bad가 아니면)', en: '1 a row cannot be read or the data would have errors: nothing written (unless --skip-bad)' },
      USAGE_ERROR,
    ],
    run: async (ctx, args, o) => (await import('./commands/expenses.js')).expensesImportCommand(ctx, args, o),
  }),
  ...reportsFrom('expenses list').map(reportCommand),
  command({
    name: 'report new',
    summary: {
      ko: '다음 달 보고서 기록을 가장 최근 호에서 이어 만듦 (id, 발행월, 기준일은 전달 말일); 먼저 폴더 전체를 검사하고 씀',
      en: "start the next month's report issue from the latest one (its id, month, and as-of date the end of the month before); validated with the whole folder first",
    },
    options: [
      MONTH({ ko: '새 호의 발행월 YYYY-MM (기본값: 가장 최근 호의 다음 달)', en: 'the month of the new issue, YYYY-MM (default: the month after the latest issue)' }),
      { flags: '--dry-run', description: { ko: '만들 파일을 unified diff로 보이고 아무것도 쓰지 않음', en: 'print the new file as a unified diff and write nothing' } },
    ],
    exitCodes: [
      { ko: '0 만듦 (--dry-run이면 보여 줌)', en: '0 started (or shown with --dry-run)' },
      { ko: '1 데이터에 오류가 있음: 아무것도 쓰지 않음', en: '1 the data has errors: nothing written' },
      { ko: '2 이어 갈 보고서가 없음, 그 달의 호나 새 파일 이름의 파일이 이미 있음 (덮어쓰지 않음), 사용법 오류', en: '2 no issue to follow, the month has an issue or something has the new file\'s name already (never written over), or a usage error' },
    ],
    needs: 'all',
    run: async (ctx, _a, o) => (await import('./commands/reportNew.js')).reportNewCommand(ctx, o),
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
    name: 'rollup',
    args: '[report]',
    summary: {
      ko: `여러 사무실의 기록을 실·국별, 전체로 취합 (rollup.yaml의 폴더나 git 저장소): ${ROLLUP_REPORT_NAMES.join(', ')} (기본값: budget)`,
      en: `a bureau's or the city's figures from many offices' records (folders or git repositories named in rollup.yaml): ${ROLLUP_REPORT_NAMES.join(', ')} (default: budget)`,
    },
    options: [
      { flags: '--file <file>', description: { ko: '취합할 사무실을 적은 파일', en: 'the file that lists the offices' }, default: 'rollup.yaml' },
      AS_OF,
      YEAR,
      { flags: '--month <month>', description: { ko: 'expenses: 이 달의 집행 건만, YYYY-MM', en: 'expenses: only the entries of this month, YYYY-MM' } },
      { flags: '--within <days>', description: { ko: 'tasks: 다가오는 계획을 볼 기간 (30d, 8w)', en: 'tasks: the window of plan items due (30d, 8w)' }, default: '30d' },
      {
        flags: '--strict',
        description: { ko: '합계에서 뺀 사무실이 있으면 실패 (종료 코드 1); validation은 기록에 오류가 있는 사무실이 있어도', en: 'fail (exit 1) when an office is left out of the totals; for validation, also when an office has errors' },
      },
      {
        flags: '--cache-dir <dir>',
        description: { ko: '사무실별 결과를 기록 내용의 해시로 보관할 폴더 (기본값: rollup.yaml 옆의 .mayor-office-cache)', en: "where each office's results are kept by the hash of its records (default: .mayor-office-cache beside rollup.yaml)" },
      },
      { flags: '--no-cache', description: { ko: '보관한 결과를 쓰지도 남기지도 않음', en: 'neither use nor keep cached results' } },
      { flags: '--jobs <n>', description: { ko: '사무실을 나누어 읽을 스레드 수 (기본값: 이 컴퓨터가 쓸 수 있는 코어 수; 1: 스레드 없이)', en: 'worker threads to read the offices in (default: the cores this machine offers; 1: none)' } },
      TABLE_FORMAT,
      OUT,
      BOM,
    ],
    exitCodes: [
      { ko: '0 완료 (합계에서 뺀 사무실은 보고서와 표준 오류에 적음)', en: '0 done (offices left out of the totals are listed in the report and on stderr)' },
      { ko: '1 rollup.yaml에 오류가 있음, 또는 --strict에서 합계에서 뺀 사무실이 있음 (validation은 오류가 있는 사무실도)', en: '1 rollup.yaml has errors, or with --strict an office was left out of the totals (or, for validation, has errors)' },
      USAGE_ERROR,
    ],
    run: async (ctx, args, o) => (await import('./commands/rollup.js')).rollupCommand(ctx, args[0], o),
  }),
  command({
    name: 'init',
    args: '[dir]',
    summary: {
      ko: '새 사무실의 데이터 저장소를 만듦: 종류마다 예시 기록 하나, 스키마 사본, 편집기·CI·pre-commit 설정, git 저장소와 첫 커밋; 바로 검사를 통과하고, 덮어쓰지 않음',
      en: "a new office's data repository that validates at once: records with one example of each kind, a copy of the schemas, editor, CI and pre-commit settings, a git repository with a first commit; never overwrites",
    },
    options: [
      { flags: '--office <name>', description: { ko: '보고서에 찍힐 사무실 이름, 예: 디지털정책과 (필수)', en: 'the office name the report prints, e.g. 디지털정책과 (required)' } },
      { flags: '--id <id>', description: { ko: '기록이 쓰는 사무실 id: 영문 소문자, 숫자, 하이픈', en: 'the office id the records use: lower-case letters, digits, hyphens' }, default: 'office' },
      { flags: '--year <year>', description: { ko: '예시 기록의 회계연도 (기본값: 올해)', en: 'fiscal year of the example records (default: the current year)' } },
      {
        flags: '--tool <spec>',
        description: {
          ko: '저장소가 쓸 mayor-office: 버전(0.1.0), 태그가 붙은 git 주소(git+https://…#v0.1.0), tarball; package.json, 워크플로, pre-commit에 같이 적힘 (기본값: 지금 실행 중인 도구를 받은 곳)',
          en: 'the mayor-office the repository uses: a version (0.1.0), a git URL with a tag (git+https://…#v0.1.0), a tarball; written into package.json, the workflow and pre-commit alike (default: where the running tool came from)',
        },
      },
    ],
    exitCodes: [
      { ko: '0 만듦', en: '0 created' },
      { ko: '1 폴더가 비어 있지 않거나 파일이 이미 있음: 아무것도 바꾸지 않음', en: '1 the folder is not empty or a file exists: nothing was changed' },
      { ko: '2 사용법 오류', en: '2 usage error' },
    ],
    run: async (ctx, args, o) => (await import('./commands/init.js')).initCommand(ctx, args[0], o),
  }),
  command({
    name: 'serve',
    summary: {
      ko: '기록을 이 컴퓨터의 웹 페이지로 보여 줌: 개요, 모든 보고서와 내려받기, 문제 목록, 집행 추가 양식; 파일이 바뀌면 페이지가 다시 읽음',
      en: 'the records as a local web page: an overview, every report with its downloads, the problems, a form to add an expense; the page reloads when a file changes',
    },
    options: [
      { flags: '--port <port>', description: { ko: '기다릴 포트 (기본값: 빈 포트)', en: 'port to listen on (default: a free one)' } },
      { flags: '--read-only', description: { ko: '보기만: 기록을 쓰는 양식을 끔', en: 'view only: the forms that write records are off' } },
      {
        flags: '--host <address>',
        description: { ko: '기다릴 주소 (기본값: 127.0.0.1; 다른 주소는 경고와 함께)', en: 'address to listen on (default: 127.0.0.1; another one with a warning)' },
      },
    ],
    exitCodes: [
      { ko: '0 Ctrl+C로 끝냄 (양식이 기록을 쓴 뒤에는 130, SIGTERM이면 143: 쓰기 경로가 신호를 받아 끝냄)', en: '0 stopped with Ctrl+C (130, or 143 for SIGTERM, once a form has written: the write path ends the run on a signal)' },
      USAGE_ERROR,
    ],
    run: async (ctx, _a, o) => (await import('./commands/serve.js')).serveCommand(ctx, o),
  }),
  command({
    name: 'completion',
    args: '<shell>',
    summary: { ko: 'bash 또는 zsh의 명령 자동 완성 스크립트를 출력', en: 'print the shell completion script for bash or zsh' },
    options: [],
    exitCodes: [{ ko: '0 완료', en: '0 done' }, { ko: '2 모르는 셸', en: '2 an unknown shell' }],
    run: async (ctx, args) => (await import('./commands/completion.js')).completionCommand(ctx, args[0] ?? '', COMMANDS, GLOBAL_OPTIONS),
  }),
];
