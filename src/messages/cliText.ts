// Words the cli itself prints (summaries, usage and internal errors), in Korean and English.
import type { Lang } from './catalog.js';
import type { NoRecordsKind, Notice, Refusal } from '../model/refusal.js';
import { josa } from '../model/josa.js';
import { groupThousands } from '../model/numbers.js';
import { SCHEMA_LISTS } from '../model/records.js';

export function summaryLine(lang: Lang, n: { errors: number; warnings: number; files: number }): string {
  if (lang === 'ko') {
    if (n.errors === 0 && n.warnings === 0) return `✔ 파일 ${n.files}개, 문제 없음`;
    if (n.errors === 0) return `✔ 파일 ${n.files}개, 오류 없음 (경고 ${n.warnings}개)`;
    return `✖ 파일 ${n.files}개에서 오류 ${n.errors}개, 경고 ${n.warnings}개`;
  }
  const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  if (n.errors === 0 && n.warnings === 0) return `✔ ${plural(n.files, 'file')}, no problems`;
  if (n.errors === 0) return `✔ ${plural(n.files, 'file')}, no errors (${plural(n.warnings, 'warning')})`;
  return `✖ ${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')} in ${plural(n.files, 'file')}`;
}

/** Words of the GitHub job summary (validate --format github). */
export const GITHUB_SUMMARY_TEXT = {
  ko: {
    heading: 'mayor-office 기록 검사',
    severity: '구분',
    place: '위치',
    problem: '문제',
    rule: '규칙',
    error: '오류',
    warning: '경고',
    leftOut: (n: number) => `… 문제 ${n.toLocaleString('en-US')}개는 작업 요약의 크기 제한(1 MiB) 때문에 여기에 싣지 않았습니다: 모두 이 단계의 로그와 주석(annotation)에 있습니다 (오류가 먼저 실렸습니다).`,
  },
  en: {
    heading: 'mayor-office records check',
    severity: 'severity',
    place: 'place',
    problem: 'problem',
    rule: 'rule',
    error: 'error',
    warning: 'warning',
    leftOut: (n: number) => `… ${n.toLocaleString('en-US')} more problems are left out of this summary for its size limit (1 MiB): every one is in this step's log and annotations (errors are listed first).`,
  },
} as const;

const KIND_KO: Record<string, string> = {
  budget: '예산',
  headcount: '인력 현황',
  report: '보고서',
  cities: '친선·우호도시',
  execution: '집행',
  tasks: '주요 업무',
  data: '날짜가 있는',
};

// Why a write failed, for the codes a user can act on. A code without an entry is shown as is.
const WRITE_REASON_KO: Record<string, string> = {
  ENOSPC: '디스크 공간이 없습니다',
  EDQUOT: '디스크 할당량을 넘었습니다',
  EACCES: '쓰기 권한이 없습니다',
  EPERM: '허용되지 않은 작업입니다',
  EROFS: '읽기 전용 파일 시스템입니다',
  ENAMETOOLONG: '파일 이름이 너무 깁니다',
  ELOOP: '링크가 너무 많이 이어지거나 순환합니다',
  ENOTDIR: '경로 중간에 폴더가 아닌 것이 있습니다',
  EIO: '입출력 오류입니다',
};
const WRITE_REASON_EN: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many links, or a loop of links',
  ENOTDIR: 'a part of the path is not a folder',
  EIO: 'input/output error',
};
/** The code with its reason when there is one; never an inherited property. */
const withReason = (table: Record<string, string>, code: string): string => (Object.hasOwn(table, code) ? `${code} (${table[code]})` : code);
const NOT_FILE_KO = { directory: '폴더', fifo: 'FIFO(이름 있는 파이프)', socket: '소켓', device: '장치 파일' } as const;
const NOT_FILE_EN = { directory: 'a folder', fifo: 'a FIFO (named pipe)', socket: 'a socket', device: 'a device' } as const;

export const CLI_TEXT = {
  ko: {
    noDataDir: (dir: string) => `데이터 폴더 ${josa(`'${dir}'`, '이')} 없습니다. --data DIR로 기록 폴더를 지정하거나, data/ 폴더가 있는 곳에서 실행하세요.`,
    pathMissing: (p: string) => `경로 ${josa(`'${p}'`, '이')} 없습니다.`,
    notNumber: (v: string) => `주요 업무 번호는 숫자로 쓰세요 (예: 1). 받은 값: '${v}'`,
    internal: (version: string, msg: string) => `내부 오류입니다 (mayor-office ${version}): ${msg}\n프로그램의 결함입니다. 이 메시지와 실행한 명령을 알려 주세요.`,
    writeFailed: (file: string, msg: string) => `'${file}'에 쓸 수 없습니다: ${msg}`,
    figureTooLarge: '합계가 9,007,199,254,740,991을 넘어 정확히 셀 수 없습니다: 반올림한 수를 보이지 않고 멈춥니다. 예산을 더 큰 단위(천원)로 적거나 집행 내역을 나누어 보세요.',
    lockTimeout: (lock: string, seconds: number, holder: string) =>
      `${seconds}초를 기다렸지만 다른 실행(${holder})이 아직 기록을 쓰고 있습니다: 그 실행이 끝난 뒤 다시 하세요. 그 실행이 이미 없다면 ${lock}을 지우세요.`,
    outInData: (file: string) => `${josa(`'${file}'`, '은')} 데이터 폴더 안에 있습니다: 보고서는 기록 폴더 밖에 쓰세요.`,
    badDate: (v: string) => `--as-of ${josa(`'${v}'`, '은')} 날짜가 아닙니다: 실제 날짜를 YYYY-MM-DD로 쓰세요 (예: 2021-04-28).`,
    noRecords: (kind: string) =>
      kind === 'data'
        ? '날짜를 정할 기록이 없습니다 (보고서, 인력 현황, 예산): --as-of YYYY-MM-DD를 주세요.'
        : `데이터에 ${KIND_KO[kind] ?? kind} 기록이 없습니다: 이 명령은 그 기록으로 계산합니다. 기록을 더하세요 (종류와 필드: docs/records.md).`,
    noHeadcount: (dir: string) => `${dir}: 인력 현황 기록이 없습니다. ${dir}/headcount/기준일.yaml에 kind: headcount 기록을 추가하세요 (정원만, 현원만 또는 둘 다).`,
    beforeFirst: (asOf: string, first: string) => `${asOf}까지의 기록이 없습니다: 첫 기록은 ${first}입니다. --as-of를 ${first} 이후로 주세요.`,
    outsideYear: (asOf: string, year: number) => `--as-of ${josa(asOf, '이')} ${year}회계연도(${year}-01-01~${year}-12-31) 밖입니다.`,
    badYear: (v: string) => `--year ${josa(`'${v}'`, '은')} 연도가 아닙니다: 네 자리로 쓰세요 (예: 2021).`,
    otherProblems: (errors: number, files: number) => `⚠ 이 명령이 쓰지 않는 기록 ${files}개 파일에 오류 ${errors}개가 있습니다: 'mayor-office validate'로 확인하세요.`,
    badMonth: (v: string) => `--month ${josa(`'${v}'`, '은')} 달이 아닙니다: YYYY-MM으로 쓰세요 (예: 2022-05).`,
    unknownLine: (v: string, known: readonly string[]) => `--line ${josa(`'${v}'`, '은')} 어느 예산의 비목도 아닙니다: 코드, 이름 또는 줄임말(기관, 시책)로 쓰세요. 있는 비목: ${known.join(', ')}`,
    noBudget: (year: number, years: readonly number[]) => `${year}회계연도 예산 기록이 없습니다. 있는 연도: ${years.join(', ')}`,
    badWithin: (v: string) => `--within ${josa(`'${v}'`, '은')} 기간이 아닙니다: 30d(일) 또는 8w(주)처럼 쓰세요.`,
    needAsOf: '기준일을 정할 보고서 기록이 없습니다: --as-of YYYY-MM-DD를 주세요.',
    noTask: (n: string, numbers: readonly number[]) =>
      numbers.length === 0 ? `주요 업무 ${n}번이 없습니다: 기록에 주요 업무가 하나도 없습니다 (data/tasks/에 kind: task 기록을 더하세요).` : `주요 업무 ${n}번이 없습니다. 있는 번호: ${numbers.join(', ')}`,
    needsOut: (format: string) => `${format} 형식은 파일로만 씁니다: --out 보고서.${format} 처럼 파일 이름을 주세요.`,
    formatClash: (format: string, out: string, fromFile: string) => `--out '${out}' 파일 이름의 형식(${fromFile})이 --format ${format} 옵션과 다릅니다: 둘 중 하나를 고치거나 --format을 빼세요.`,
    noIssue: (issue: string, issues: readonly string[]) => `보고서 ${josa(`'${issue}'`, '이')} 없습니다. 있는 보고서: ${issues.join(', ')} (발행월 YYYY-MM 또는 id로 주세요)`,
    noOffice: (id: string) => `보고서가 가리키는 사무실 ${josa(`'${id}'`, '이')} office 기록에 없습니다.`,
    writeReason: (code: string) => withReason(WRITE_REASON_KO, code),
    notRegularFile: (file: string, what: 'directory' | 'fifo' | 'socket' | 'device') =>
      `${josa(`'${file}'`, '은')} ${NOT_FILE_KO[what]}입니다: 일반 파일 이름을 주세요. 화면(표준 출력)에 쓰려면 --out을 빼거나 --out -를 쓰세요.`,
    stdoutFailed: (code: string) => `결과를 표준 출력에 쓸 수 없습니다: ${withReason(WRITE_REASON_KO, code)}`,
    badEntryDate: (v: string) => `--date ${josa(`'${v}'`, '은')} 있는 날짜가 아닙니다: YYYY-MM-DD로 쓰세요 (예: 2022-07-01).`,
    overBudget: (o: { line: string; name: string; date: string; executed: number; current: number }) =>
      `이 집행으로 ${o.line} ${o.name}의 ${o.date} 집행액 ${groupThousands(o.executed)}원이 예산현액 ${groupThousands(o.current)}원을 ${groupThousands(o.executed - o.current)}원 넘습니다. 금액을 확인하거나, 넘는 것이 맞으면 --allow-over를 주세요. 파일은 바뀌지 않았습니다.`,
    entryAdded: (where: string, line: string, amount: number) => `${where}: 집행 건을 추가했습니다 (${line}, ${groupThousands(amount)}원).`,
    noChromium: (names: readonly string[]) =>
      `PDF는 Chromium으로 인쇄해 만드는데, PATH에서 찾지 못했습니다 (${names.join(', ')}). Chromium이나 Chrome을 설치하거나 MAYOR_OFFICE_CHROMIUM=/경로/chromium으로 알려 주세요. 또는 --out report.html로 만들어 브라우저에서 PDF로 인쇄하세요.`,
    chromiumNotRunnable: (path: string) => `MAYOR_OFFICE_CHROMIUM=${path}: 실행할 수 있는 파일이 아닙니다. Chromium 실행 파일의 경로를 주거나 이 변수를 지우세요.`,
    chromiumFailed: (path: string, why: string) => `Chromium(${path})으로 PDF를 인쇄하지 못했습니다: ${why}. MAYOR_OFFICE_CHROMIUM으로 다른 Chromium을 주거나, --out report.html로 만들어 브라우저에서 인쇄하세요.`,
    chromiumNoAnswer: (seconds: number) => `${seconds}초 안에 끝나지 않아 멈췄습니다`,
    chromiumNotDevTools: (start: string) => `DevTools 메시지가 아닌 답을 보냈습니다 (${JSON.stringify(start.replace(/\s+/g, ' '))})`,
    issueStarted: (where: string, issued: string, asOf: string) =>
      `${where}: ${issued} 보고서를 시작했습니다 (기준일 ${asOf}). 기준일이 다르면 as_of를 고치고, 그 달의 기록을 더한 뒤 mayor-office report로 만드세요.`,
    noIssueToFollow: '이어 갈 보고서 기록(kind: report)이 없습니다: 첫 호는 mayor-office init이 만든 data/report.yaml처럼 직접 쓰세요.',
    issueExists: (month: string, where: string) => `${month} 보고서는 이미 있습니다 (${where}): 다른 달은 --month YYYY-MM으로 주세요.`,
    issueBeforeLast: (month: string, last: string) => `--month ${josa(month, '은')} 가장 최근 보고서(${last})보다 앞섭니다: 새 호는 그 뒤의 달이어야 합니다.`,
    oneSnapshot: '인력 현황 기록이 하나뿐이라 추이를 비교할 수 없습니다: 기준일이 다른 기록을 더하세요.',
    rollupGitFailed: (reason: string, detail: string, repo: string) =>
      reason === 'no-git'
        ? `git을 찾을 수 없어 ${josa(`'${repo}'`, '을')} 읽지 못했습니다: git을 설치하세요.`
        : reason === 'bad-revision'
          ? `${repo}: 리비전 ${josa(`'${detail}'`, '을')} 찾을 수 없습니다: rollup.yaml의 revision에 브랜치, 태그 또는 커밋을 쓰세요.`
          : reason === 'outside-repository'
            ? `${repo}: 기록 폴더 ${josa(`'${detail}'`, '이')} 저장소 밖에 있습니다: rollup.yaml의 data에 저장소 안의 폴더를 쓰세요.`
            : `${josa(`'${repo}'`, '은')} 읽을 수 있는 git 저장소가 아닙니다 (${detail}): rollup.yaml의 git에 저장소의 경로나 URL을 쓰세요.`,
    rollupUnknownReport: (name: string, known: readonly string[]) => `취합 보고서 ${josa(`'${name}'`, '이')} 없습니다: ${known.join(', ')} 중 하나를 주세요.`,
    rollupBadJobs: (v: string) => `--jobs ${josa(`'${v}'`, '은')} 스레드 수가 아닙니다: 1에서 999 사이의 정수를 주세요 (1: 스레드를 쓰지 않음).`,
    rollupNeedsCache: (url: string) => `${url}: URL의 저장소는 캐시 폴더에 받아 읽습니다: --no-cache를 빼세요.`,
    rollupLeftOut: (n: number, names: readonly string[]) => `사무실 ${n}곳은 합계에서 뺐습니다: ${names.join(', ')} (보고서의 '합계에서 뺀 사무실' 참고)`,
    rollupStrict: (n: number) => `--strict: 사무실 ${n}곳을 합계에 넣지 못했거나 기록에 오류가 있습니다 (종료 코드 1).`,
    gitFailed: (reason: string, detail: string) =>
      reason === 'no-git'
        ? 'git을 찾을 수 없습니다: diff는 git으로 기록의 이전 버전을 읽습니다. git을 설치하세요.'
        : reason === 'not-a-repository'
          ? 'git 저장소가 아닙니다: diff는 git 저장소 안의 데이터 폴더에서 실행하세요.'
          : reason === 'outside-repository'
            ? `데이터 폴더 ${josa(`'${detail}'`, '이')} git 저장소 밖에 있습니다: 저장소 안의 데이터 폴더를 --data로 주세요.`
            : reason === 'no-main-branch'
              ? '비교 기준을 정할 main, master, origin/HEAD 브랜치가 없습니다: diff BASE처럼 기준 리비전을 주세요.'
              : `리비전 ${josa(`'${detail}'`, '을')} 찾을 수 없습니다: 브랜치, 태그 또는 커밋(예: HEAD~1, main)을 주세요.`,
    expensesImport: {
      title: '업무추진비 가져오기',
      titleDry: '업무추진비 가져오기 (--dry-run: 쓰지 않음)',
      titleNothing: '업무추진비 가져오기 (오류가 있어 쓰지 않음)',
      file: '파일',
      format: '형식',
      rows: '읽은 행',
      imported: '가져옴',
      duplicates: '중복',
      near: '확인 필요',
      bad: '오류',
      skipped: '건너뜀',
      total: '계',
      totalsTitle: '월·비목별 가져온 금액 (단위 : 원)',
      month: '월',
      line: '비목',
      count: '건수',
      amount: '금액',
      written: (files: readonly string[], dry: boolean) => `${dry ? '쓸 파일' : '쓴 파일'}: ${files.join(', ')}`,
      unused: (file: string, columns: readonly string[]) => `${file}: 열 ${josa(columns.map((c) => `'${c}'`).join(', '), '을')} 쓰지 않았습니다 (필요하면 --map 열=필드로 알려 주세요)`,
      otherDepts: (file: string, depts: readonly (readonly [string, number])[]) =>
        `${file}: 다른 부서의 행 ${groupThousands(depts.reduce((a, [, n]) => a + n, 0))}개를 건너뜀 (${depts.slice(0, 8).map(([d, n]) => `${d} ${groupThousands(n)}`).join(', ')}${depts.length > 8 ? ` 외 ${depts.length - 8}곳` : ''})`,
      badMap: (pair: string) => `--map ${josa(`'${pair}'`, '은')} 열=필드가 아닙니다: 예) --map 1소속부서=부서. 필드: 부서, 사용일자, 사용시간, 사용장소, 사용목적, 사용금액, 대상인원, 결제방법, 비목, 세부사업, 비고, nid`,
      taken: (file: string) => `${file}은(는) 다른 부서의 집행 내역 파일입니다: --dept를 확인하세요.`,
    },
    badMarker: (where: string, why: string) => `설정 파일 ${where}: ${why}`,
    markerNotMapping: '설정은 "data: data"처럼 키와 값으로 쓰세요.',
    markerBadData: (v: string) => `data에는 기록 폴더의 경로를 쓰세요 (예: data). 받은 값: '${v}'`,
    markerBadLang: (v: string) => `lang은 ko 또는 en입니다. 받은 값: '${v}'`,
    markerNoDataDir: (file: string, dir: string) => `${file}에 적힌 데이터 폴더 ${josa(`'${dir}'`, '이')} 없습니다. 폴더를 만들거나 data: 설정을 고치세요.`,
    initNotEmpty: (dir: string) => `${josa(`'${dir}'`, '은')} 비어 있지 않은 폴더입니다: 아무것도 바꾸지 않았습니다. 새 폴더 이름을 주세요.`,
    initExists: (file: string) => `${josa(`'${file}'`, '이')} 이미 있습니다: 아무것도 바꾸지 않았습니다.`,
    initNeedsOffice: '사무실 이름을 --office로 주세요 (예: --office 디지털정책과).',
    initDone: (dir: string, n: number) => `'${dir}'에 파일 ${n}개를 만들었습니다. 확인: ${dir === '.' ? '' : `cd ${dir} && `}npm install && npx mayor-office validate`,
    initCommitted: (commit: string) => `git 저장소로 만들고 첫 커밋(${commit})을 했습니다.`,
    schemaCopyDrift: (folder: string, files: readonly string[], version: string, own: string) =>
      `${folder}의 스키마가 이 mayor-office ${version}의 것과 다릅니다 (${files.length}개: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ' …' : ''}): 편집기가 validate와 다른 규칙으로 검사합니다. 복사하세요: cp ${own}/*.schema.json ${folder}/`,
    initNoGit: 'git이 없어 git 저장소로 만들지 않았습니다: git을 설치한 뒤 git init && git add -A && git commit 하세요.',
    initInside: (top: string) => `${josa(`'${top}'`, '은')} 이미 git 저장소라 새 저장소를 만들지 않았습니다: 그 저장소에서 커밋하세요.`,
    initNotCommitted: (reason: string) => `git 저장소를 만들었지만 첫 커밋을 하지 못했습니다 (${reason}): git config user.name과 user.email을 설정한 뒤 git add -A && git commit 하세요.`,
    initLocalTool: (spec: string) => `도구를 이 컴퓨터의 파일(${spec})에서 받습니다: GitHub Actions는 닿지 못하니, 저장소를 올리기 전에 --tool로 버전(예: 0.1.0)이나 git 태그를 주세요.`,
    badToolSpec: (spec: string, why: 'range' | 'no-ref' | 'unknown') =>
      `--tool ${josa(`'${spec}'`, '은')} ${why === 'range' ? '바뀌는 범위입니다' : why === 'no-ref' ? '태그나 커밋이 없는 git 주소입니다' : '알 수 없는 형식입니다'}: 고정된 값을 주세요 (예: 0.1.0, git+https://github.com/소유자/mayor-office.git#v0.1.0, ./mayor-office-0.1.0.tgz).`,
    badOfficeId: (v: string) => `--id ${josa(`'${v}'`, '은')} 쓸 수 없습니다: 영문 소문자, 숫자, 하이픈으로 쓰세요 (예: mayor-secretariat).`,
  },
  en: {
    noDataDir: (dir: string) => `the data folder '${dir}' does not exist. Name the records folder with --data DIR, or run where a data/ folder is.`,
    pathMissing: (p: string) => `the path '${p}' does not exist.`,
    notNumber: (v: string) => `a work item number is a whole number (e.g. 1), not '${v}'`,
    internal: (version: string, msg: string) => `internal error (mayor-office ${version}): ${msg}\nThis is a bug. Please report it with this message and the command you ran.`,
    writeFailed: (file: string, msg: string) => `cannot write '${file}': ${msg}`,
    figureTooLarge: 'a total is past 9,007,199,254,740,991 and cannot be counted exactly: stopped rather than show a rounded figure. Keep the budget in a larger unit (천원) or look at fewer entries at once.',
    lockTimeout: (lock: string, seconds: number, holder: string) =>
      `waited ${seconds} s, but another run (${holder}) is still writing the records: try again when it has finished. If no such run exists any more, remove ${lock}.`,
    outInData: (file: string) => `'${file}' is inside the data folder: write reports outside the records folder.`,
    badDate: (v: string) => `--as-of '${v}' is not a date: write a real date as YYYY-MM-DD (e.g. 2021-04-28).`,
    noRecords: (kind: string) =>
      kind === 'data'
        ? 'no record gives a date to start from (a report, headcount or budget record): pass --as-of YYYY-MM-DD.'
        : `the data has no ${kind} records: this command computes from them. Add one (kinds and fields: docs/records.md).`,
    noHeadcount: (dir: string) => `${dir}: there are no headcount records. Add one as ${dir}/headcount/YYYY-MM-DD.yaml with kind: headcount (정원 only, 현원 only or both).`,
    beforeFirst: (asOf: string, first: string) => `there are no records on or before ${asOf}: the first is dated ${first}. Give an --as-of on or after ${first}.`,
    outsideYear: (asOf: string, year: number) => `--as-of ${asOf} is outside fiscal year ${year} (${year}-01-01 to ${year}-12-31).`,
    badYear: (v: string) => `--year '${v}' is not a year: write four digits (e.g. 2021).`,
    otherProblems: (errors: number, files: number) => `⚠ ${errors} error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} of records this command does not use: run 'mayor-office validate' to see them.`,
    badMonth: (v: string) => `--month '${v}' is not a month: write YYYY-MM (e.g. 2022-05).`,
    unknownLine: (v: string, known: readonly string[]) => `--line '${v}' is no budget line: give its code, name or short word (기관, 시책). Lines: ${known.join(', ')}`,
    noBudget: (year: number, years: readonly number[]) => `there is no budget record for fiscal year ${year}. Years with a budget: ${years.join(', ')}`,
    badWithin: (v: string) => `--within '${v}' is not a length of time: write it like 30d (days) or 8w (weeks).`,
    needAsOf: 'no report record gives a reference date: pass --as-of YYYY-MM-DD.',
    noTask: (n: string, numbers: readonly number[]) =>
      numbers.length === 0 ? `there is no work item ${n}: the records hold no work item at all (add a kind: task record under data/tasks/).` : `there is no work item ${n}. Work items: ${numbers.join(', ')}`,
    needsOut: (format: string) => `the ${format} format is written to a file only: give a file name with --out report.${format}.`,
    formatClash: (format: string, out: string, fromFile: string) => `--format ${format} does not match --out '${out}', whose name says ${fromFile}: change one of them, or leave out --format.`,
    noIssue: (issue: string, issues: readonly string[]) => `there is no report issue '${issue}'. Issues: ${issues.join(', ')} (give the month YYYY-MM or the id)`,
    noOffice: (id: string) => `the office '${id}' that the report names has no office record.`,
    writeReason: (code: string) => withReason(WRITE_REASON_EN, code),
    notRegularFile: (file: string, what: 'directory' | 'fifo' | 'socket' | 'device') =>
      `'${file}' is ${NOT_FILE_EN[what]}, not a regular file: give a file name. To print to standard output, leave out --out or use --out -.`,
    stdoutFailed: (code: string) => `cannot write the results to standard output: ${withReason(WRITE_REASON_EN, code)}`,
    badEntryDate: (v: string) => `--date '${v}' is not a date that exists: write it as YYYY-MM-DD (e.g. 2022-07-01).`,
    overBudget: (o: { line: string; name: string; date: string; executed: number; current: number }) =>
      `this entry takes ${o.line} ${o.name} over its 예산현액 (current budget): 집행액 ${groupThousands(o.executed)}원 on ${o.date} against ${groupThousands(o.current)}원, ${groupThousands(o.executed - o.current)}원 over. Check the amount, or pass --allow-over if it is right. The file is unchanged.`,
    entryAdded: (where: string, line: string, amount: number) => `${where}: entry added (${line}, ${groupThousands(amount)}원).`,
    noChromium: (names: readonly string[]) =>
      `a PDF is printed with Chromium, and none was found on PATH (${names.join(', ')}). Install Chromium or Chrome, or name one with MAYOR_OFFICE_CHROMIUM=/path/to/chromium; or make --out report.html and print it to PDF from a browser.`,
    chromiumNotRunnable: (path: string) => `MAYOR_OFFICE_CHROMIUM=${path} is not a file that can be run: give the path of a Chromium executable, or unset it.`,
    chromiumFailed: (path: string, why: string) => `Chromium (${path}) could not print the PDF: ${why}. Name another with MAYOR_OFFICE_CHROMIUM, or make --out report.html and print it from a browser.`,
    chromiumNoAnswer: (seconds: number) => `it had not finished after ${seconds} s and was stopped`,
    chromiumNotDevTools: (start: string) => `it answered with something that is not a DevTools message (${JSON.stringify(start.replace(/\s+/g, ' '))})`,
    issueStarted: (where: string, issued: string, asOf: string) =>
      `${where}: the ${issued} issue of the report is started (as of ${asOf}). Change as_of if its date is another, add the month's records, then make it with mayor-office report.`,
    noIssueToFollow: 'there is no report issue (kind: report) to follow: write the first one by hand, as mayor-office init writes data/report.yaml.',
    issueExists: (month: string, where: string) => `the ${month} issue exists already (${where}): give another month with --month YYYY-MM.`,
    issueBeforeLast: (month: string, last: string) => `--month ${month} comes before the latest issue (${last}): a new issue is of a later month.`,
    oneSnapshot: 'there is only one headcount snapshot, so there is no trend yet: add a snapshot of another date.',
    rollupGitFailed: (reason: string, detail: string, repo: string) =>
      reason === 'no-git'
        ? `git is not found, so '${repo}' could not be read: install git.`
        : reason === 'bad-revision'
          ? `${repo}: revision '${detail}' is not found: write a branch, tag or commit as its revision in rollup.yaml.`
          : reason === 'outside-repository'
            ? `${repo}: the records folder '${detail}' is outside the repository: write a folder inside it as its data in rollup.yaml.`
            : `'${repo}' is not a git repository that can be read (${detail}): write the repository's path or URL as its git in rollup.yaml.`,
    rollupUnknownReport: (name: string, known: readonly string[]) => `there is no roll-up report '${name}': give one of ${known.join(', ')}.`,
    rollupBadJobs: (v: string) => `--jobs '${v}' is not a number of threads: give a whole number from 1 to 999 (1: no worker threads).`,
    rollupNeedsCache: (url: string) => `${url}: a repository named by a URL is fetched into the cache folder: leave out --no-cache.`,
    rollupLeftOut: (n: number, names: readonly string[]) => `${n} office${n === 1 ? ' is' : 's are'} left out of the totals: ${names.join(', ')} (see "Offices left out" in the report)`,
    rollupStrict: (n: number) => `--strict: ${n} office${n === 1 ? '' : 's'} could not be summed or ${n === 1 ? 'has' : 'have'} errors in the records (exit 1).`,
    gitFailed: (reason: string, detail: string) =>
      reason === 'no-git'
        ? 'git is not found: diff reads the earlier records with git. Install git.'
        : reason === 'not-a-repository'
          ? 'not a git repository: run diff in a data folder inside a git repository.'
          : reason === 'outside-repository'
            ? `the data folder '${detail}' is outside the git repository: give a data folder inside it with --data.`
            : reason === 'no-main-branch'
              ? 'there is no main, master or origin/HEAD branch to compare with: name the base revision, as in diff BASE.'
              : `unknown revision '${detail}': give a branch, a tag or a commit (e.g. HEAD~1, main).`,
    expensesImport: {
      title: 'Expenses import',
      titleDry: 'Expenses import (--dry-run: nothing written)',
      titleNothing: 'Expenses import (nothing written: the rows have errors)',
      file: 'File',
      format: 'Format',
      rows: 'Rows read',
      imported: 'Imported',
      duplicates: 'Duplicates',
      near: 'To check',
      bad: 'Bad',
      skipped: 'Skipped',
      total: 'Total',
      totalsTitle: 'Imported per month and line (원)',
      month: 'Month',
      line: 'Line',
      count: 'Entries',
      amount: 'Amount',
      written: (files: readonly string[], dry: boolean) => `${dry ? 'Would write' : 'Written'}: ${files.join(', ')}`,
      unused: (file: string, columns: readonly string[]) => `${file}: column${columns.length === 1 ? '' : 's'} ${columns.map((c) => `'${c}'`).join(', ')} not used (say what ${columns.length === 1 ? 'it holds' : 'they hold'} with --map column=field if needed)`,
      otherDepts: (file: string, depts: readonly (readonly [string, number])[]) =>
        `${file}: ${groupThousands(depts.reduce((a, [, n]) => a + n, 0))} rows of other departments left out (${depts.slice(0, 8).map(([d, n]) => `${d} ${groupThousands(n)}`).join(', ')}${depts.length > 8 ? ` and ${depts.length - 8} more` : ''})`,
      badMap: (pair: string) => `--map '${pair}' is not column=field: e.g. --map 1소속부서=dept. Fields: dept, date, time, place, purpose, amount, attendees, payment, line, program, note, source`,
      taken: (file: string) => `${file} holds another department's entries: check --dept.`,
    },
    badMarker: (where: string, why: string) => `settings file ${where}: ${why}`,
    markerNotMapping: 'write the settings as keys and values, like "data: data".',
    markerBadData: (v: string) => `data is the path of the records folder (e.g. data), not '${v}'`,
    markerBadLang: (v: string) => `lang is ko or en, not '${v}'`,
    markerNoDataDir: (file: string, dir: string) => `the data folder '${dir}' that ${file} names does not exist. Create it or correct the data: setting.`,
    initNotEmpty: (dir: string) => `'${dir}' is a folder that is not empty: nothing was changed. Give the name of a new folder.`,
    initExists: (file: string) => `'${file}' already exists: nothing was changed.`,
    initNeedsOffice: 'give the office name with --office (e.g. --office 디지털정책과).',
    initDone: (dir: string, n: number) => `created ${n} files in '${dir}'. Check them: ${dir === '.' ? '' : `cd ${dir} && `}npm install && npx mayor-office validate`,
    initCommitted: (commit: string) => `made it a git repository with a first commit (${commit}).`,
    schemaCopyDrift: (folder: string, files: readonly string[], version: string, own: string) =>
      `the schemas in ${folder} differ from those of this mayor-office ${version} (${files.length}: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ' …' : ''}): the editor checks by other rules than validate. Copy them: cp ${own}/*.schema.json ${folder}/`,
    initNoGit: 'git is not installed, so this is not a git repository: install git, then git init && git add -A && git commit.',
    initInside: (top: string) => `'${top}' is a git repository already, so no new one was made: commit the files there.`,
    initNotCommitted: (reason: string) => `made a git repository but not the first commit (${reason}): set git config user.name and user.email, then git add -A && git commit.`,
    initLocalTool: (spec: string) => `the tool comes from a file of this computer (${spec}): GitHub Actions cannot reach it; before pushing, give --tool a version (e.g. 0.1.0) or a git tag.`,
    badToolSpec: (spec: string, why: 'range' | 'no-ref' | 'unknown') =>
      `--tool '${spec}' is ${why === 'range' ? 'a range that moves' : why === 'no-ref' ? 'a git URL without a tag or commit' : 'not a form the tool knows'}: give a fixed one (e.g. 0.1.0, git+https://github.com/OWNER/mayor-office.git#v0.1.0, ./mayor-office-0.1.0.tgz).`,
    badOfficeId: (v: string) => `--id '${v}' cannot be used: write lower-case letters, digits and hyphens (e.g. mayor-secretariat).`,
  },
} as const;

/** Why a command cannot show what was asked, in words. */
export function refusalText(lang: Lang, r: Refusal): string {
  const t = CLI_TEXT[lang];
  switch (r.reason) {
    case 'no-records':
      return t.noRecords(r.kind);
    case 'before-first':
      return t.beforeFirst(r.asOf, r.first);
    case 'outside-year':
      return t.outsideYear(r.asOf, r.year);
    case 'no-budget':
      return t.noBudget(r.year, r.years);
    case 'no-office':
      return t.noOffice(r.id);
    case 'no-issue':
      return t.noIssue(r.issue, r.issues);
    case 'no-task':
      return t.noTask(r.number, r.numbers);
    case 'bad-param':
      return r.param === 'as-of' ? t.badDate(r.value) : r.param === 'year' ? t.badYear(r.value) : r.param === 'month' ? t.badMonth(r.value) : r.param === 'within' ? t.badWithin(r.value) : t.notNumber(r.value);
    case 'unknown-line':
      return t.unknownLine(r.line, r.known);
    case 'no-headcount':
      return t.noHeadcount(r.folder);
  }
}

export function noticeText(lang: Lang, n: Notice): string {
  switch (n.reason) {
    case 'one-snapshot':
      return CLI_TEXT[lang].oneSnapshot;
    case 'no-records':
      return noRecordsNote(lang, n.kind, n.folder);
  }
}

interface NoRecordsWords {
  readonly what: string;
  readonly how: (f: string) => string;
}

/** Each kind's records in words, and where one is added (the folder as shown, without a slash);
 *  a kind not named here is worded from its schema (`kindWords`). */
const NO_RECORDS: Record<Lang, Partial<Record<NoRecordsKind, NoRecordsWords>>> = {
  ko: {
    budget: { what: '예산', how: (f) => `그 해 예산을 ${f}/budget/연도.yaml에 kind: budget으로 적으세요` },
    execution: { what: '집행', how: () => `집행 건을 'mayor-office expenses add'로 더하거나 공개 자료를 'mayor-office expenses import'로 가져오세요` },
    expenses: { what: '업무추진비 집행', how: () => `집행 건을 'mayor-office expenses add'로 더하거나 공개 자료를 'mayor-office expenses import'로 가져오세요` },
    headcount: { what: '인력 현황', how: (f) => `${f}/headcount/기준일.yaml에 kind: headcount로 적으세요 (정원만, 현원만 또는 둘 다)` },
    report: { what: '보고서', how: (f) => `첫 호를 ${f}/report.yaml에 kind: report로 적으세요 (다음 호부터는 'mayor-office report new')` },
    task: { what: '주요 업무', how: (f) => `${f}/tasks/1-제목.yaml에 kind: task로 적으세요` },
    cities: { what: '친선·우호도시', how: (f) => `${f}/cities.yaml에 kind: cities로 적으세요` },
    events: { what: '간담회·MOU', how: (f) => `${f}/events.yaml에 kind: events로 적으세요` },
    council: { what: '의회 협력', how: (f) => `${f}/council.yaml에 kind: council로 적으세요` },
  },
  en: {
    budget: { what: 'budget records', how: (f) => `add the year's budget as ${f}/budget/YYYY.yaml with kind: budget` },
    execution: { what: 'expense entries or executed figures', how: () => `add a payment with 'mayor-office expenses add' or import a disclosure with 'mayor-office expenses import'` },
    expenses: { what: 'expense entries', how: () => `add a payment with 'mayor-office expenses add' or import a disclosure with 'mayor-office expenses import'` },
    headcount: { what: 'headcount records', how: (f) => `add one as ${f}/headcount/YYYY-MM-DD.yaml with kind: headcount (정원 only, 현원 only or both)` },
    report: { what: 'report records', how: (f) => `write the first issue as ${f}/report.yaml with kind: report (later issues: 'mayor-office report new')` },
    task: { what: 'work items', how: (f) => `add one as ${f}/tasks/1-title.yaml with kind: task` },
    cities: { what: 'partner-city records', how: (f) => `write them as ${f}/cities.yaml with kind: cities` },
    events: { what: 'roundtable or MOU records', how: (f) => `write them as ${f}/events.yaml with kind: events` },
    council: { what: 'council records', how: (f) => `write them as ${f}/council.yaml with kind: council` },
  },
};

/** The one note of a report without records of its kind: what is missing, where it looked, how
 *  to add one. */
export function noRecordsNote(lang: Lang, kind: NoRecordsKind, folder: string): string {
  const f = folder.replace(/\/+$/, '');
  const k = kindWords(lang, kind);
  return lang === 'ko'
    ? `${f}/에 ${k.what} 기록이 없어 빈 표를 냅니다: ${k.how(f)} (종류와 필드: docs/records.md).`
    : `no ${k.what} in ${f}/, so the table is empty: ${k.how(f)} (kinds and fields: docs/records.md).`;
}

/** The header of the one column of a report's empty table: the kind of record it would list. */
export const noRecordsHeader = (lang: Lang, kind: NoRecordsKind): string => (lang === 'ko' ? `${kindWords('ko', kind).what} 기록` : kindWords('en', kind).what);

/** The words of a kind's records: the ones above, else made from the kind and, in Korean, the
 *  label of the list its schema declares (a kind added with its schema alone). */
function kindWords(lang: Lang, kind: NoRecordsKind): NoRecordsWords {
  const own = NO_RECORDS[lang][kind];
  if (own !== undefined) return own;
  const how = (f: string): string => `${f}/${kind}.yaml`;
  if (lang === 'en') return { what: `records of kind ${kind}`, how: (f) => `write them as ${how(f)} with kind: ${kind}` };
  return { what: SCHEMA_LISTS.find((l) => l.kind === kind)?.label.ko ?? kind, how: (f) => `${how(f)}에 ${josa(`kind: ${kind}`, '으로')} 적으세요` };
}

/** The words of --help and of commander's usage errors, in the language of the run. English is
 *  commander's own wording, so an English run reads as before. */
export const HELP_TEXT = {
  ko: {
    programSummary: '서울시 부서의 기록 도구: 예산 집행, 인력 현황, 주요 업무, 주요업무보고',
    groupSummary: (group: string) => `${group} 명령`,
    helpHint: (command: string) => `(사용법: ${command} --help)`,
    pickSubcommand: (group: string, subs: readonly string[]) => `${group} 다음에 할 일을 고르세요: ${subs.join(', ')} (예: mayor-office ${group} ${subs[0]}; 자세히는 mayor-office ${group} --help)`,
    titles: { 'Usage:': '사용법:', 'Options:': '옵션:', 'Commands:': '명령:', 'Arguments:': '인수:', 'Global Options:': '공통 옵션:' } as Readonly<Record<string, string>>,
    usageWords: { options: '[옵션]', command: '[명령]' },
    exitCodes: '종료 코드:',
    help: '명령의 도움말을 보임',
    version: '버전을 보임',
    choices: (shown: readonly string[], also: readonly string[]) => `값: ${shown.join(', ')}${also.length ? `; ${also.join(', ')}도 됨` : ''}`,
    default: (v: string) => `기본값: ${v}`,
    errorWord: '오류:',
    unknownOption: (flag: string) => `알 수 없는 옵션 ${josa(`'${flag}'`, '이')} 있습니다`,
    unknownCommand: (name: string) => `알 수 없는 명령 ${josa(`'${name}'`, '이')} 있습니다`,
    didYouMean: (words: string) => `(혹시 ${words}?)`,
    didYouMeanOneOf: (words: string) => `(혹시 ${words} 중 하나?)`,
    missingArgument: (name: string) => `인수 ${josa(`'${name}'`, '이')} 없습니다`,
    optionMissingValue: (flag: string) => `옵션 '${flag}'에 값이 없습니다`,
    requiredOption: (flag: string) => `옵션 ${josa(`'${flag}'`, '을')} 주세요 (필수)`,
    tooManyArguments: (command: string | undefined, expected: string, got: string) =>
      `${command ? `'${command}' 명령에 ` : ''}인수가 너무 많습니다: ${expected}개를 받는데 ${got}개를 주었습니다.`,
    invalidValue: (flag: string, value: string) => `옵션 '${flag}'의 값 ${josa(`'${value}'`, '은')} 쓸 수 없습니다.`,
    allowedChoices: (choices: string) => `쓸 수 있는 값: ${choices}.`,
    unknownShell: (shell: string) => `셸 ${josa(`'${shell}'`, '은')} 지원하지 않습니다: bash 또는 zsh를 주세요.`,
  },
  en: {
    programSummary: 'Records tool for a Seoul city office: budget execution, headcount, work items and the work report',
    groupSummary: (group: string) => `${group} commands`,
    helpHint: (command: string) => `(see ${command} --help)`,
    pickSubcommand: (group: string, subs: readonly string[]) => `${group} needs a command: ${subs.join(', ')} (e.g. mayor-office ${group} ${subs[0]}; see mayor-office ${group} --help)`,
    titles: {} as Readonly<Record<string, string>>,
    usageWords: { options: '[options]', command: '[command]' },
    exitCodes: 'Exit codes:',
    help: 'display help for command',
    version: 'output the version number',
    choices: (shown: readonly string[], also: readonly string[]) => `choices: ${shown.join(', ')}${also.length ? `; also ${also.join(', ')}` : ''}`,
    default: (v: string) => `default: ${v}`,
    errorWord: 'error:',
    unknownOption: (flag: string) => `unknown option '${flag}'`,
    unknownCommand: (name: string) => `unknown command '${name}'`,
    didYouMean: (words: string) => `(Did you mean ${words}?)`,
    didYouMeanOneOf: (words: string) => `(Did you mean one of ${words}?)`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionMissingValue: (flag: string) => `option '${flag}' argument missing`,
    requiredOption: (flag: string) => `required option '${flag}' not specified`,
    tooManyArguments: (command: string | undefined, expected: string, got: string) =>
      `too many arguments${command ? ` for '${command}'` : ''}. Expected ${expected} argument${expected === '1' ? '' : 's'} but got ${got}.`,
    invalidValue: (flag: string, value: string) => `option '${flag}' argument '${value}' is invalid.`,
    allowedChoices: (choices: string) => `Allowed choices are ${choices}.`,
    unknownShell: (shell: string) => `the shell '${shell}' is not supported: give bash or zsh.`,
  },
} as const;
