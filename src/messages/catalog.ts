// Every message the tool prints about a problem in the records, in Korean and in English, written
// for the person who has to fix the file. A problem carries a rule id and parameters; the words
// are chosen here, at render time, in the language asked for.
//
// A rule lives in one of two places. A new rule is one module of src/rules/ that holds its id,
// parameters, severity, Korean and English words and its check together (see
// rules/defineRule.ts); this file reads their words and severities from the folder's list
// (rules/modules.gen.ts), so `describe`, `ruleSeverity`, `isRuleId` and `ruleIds` answer for them
// as for the table below. RULES is the table of the rules that the schema, the loader, the import
// and the checks of validate/checks/ (each of which finds several rules) raise: an entry is its
// id (the key), the type of its parameters, and its Korean and English words side by side:
//
//   'budget-over': rule<{ line: string; over: number }>({
//     ko: (p) => ({ message: `과목 ${p.line}의 집행액이 예산을 ${n(p.over)} 넘습니다`, hint: '…' }),
//     en: (p) => ({ message: `line ${p.line} is ${n(p.over)} over budget`, hint: '…' }),
//   }),
//
// then build the problem with its id (`problemAt(loaded, path, 'budget-over', { line, over })` or
// `problemOf('budget-over', { line, over }, base)`): the compiler checks the parameters against
// the entry, and a rule without an entry (here or in a rule module) does not compile. Either way,
// write its section in docs/errors.md, with an `<!-- example: … -->` comment that makes the
// mistake (tests check the section is there and that its messages are exactly what the tool
// prints). A message reads only the parameters, `problem.actual` (the value as written) and the
// helpers of rules/words.ts and below; a word table lookup goes through `word()`, which never
// reads inherited properties, so `__proto__` or `constructor` in a record is an ordinary word.
import type { MessageParams, Problem, ProblemBase, RuleId } from '../model/problem.js';
import { josa } from '../model/josa.js';
import type { Message, RuleEntry } from '../rules/defineRule.js';
import { FOUND_RULES } from '../rules/modules.gen.js';
import { list, n, q, s } from '../rules/words.js';

import type { Lang } from './lang.js';
export type { Lang } from './lang.js';
export { LANGS } from './lang.js';

/** For rules whose message needs nothing but the place and the value as written. */
type NoParams = Readonly<Record<never, never>>;

/** One entry of RULES; the type argument is the rule's parameters. */
function rule<P extends MessageParams>(entry: RuleEntry<Readonly<P>>): RuleEntry<Readonly<P>> {
  return entry;
}

/** A stated or computed figure: a number grouped in thousands as the reports print it (10,689);
 *  a rate written with its stated precision ('25.85') as it is. */
const fig = (v: unknown): string => (typeof v === 'number' ? n(v) : s(v));
/** A count with thousands separators, as the summary line writes counts. A whole number is
 *  grouped by hand, as toLocaleString('en') groups it: the first toLocaleString of a run loads
 *  the locale data (60 ms), which a run with one problem would otherwise pay. */
const count = (v: unknown): string => (typeof v === 'number' ? (Number.isSafeInteger(v) && !Object.is(v, -0) ? groupedWhole(v) : v.toLocaleString('en')) : s(v));
const groupedWhole = (n: number): string => (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const written = (pr: ProblemBase): string => (pr.actual === undefined ? '' : pr.actual === '' ? '' : ` ${q(pr.actual)}`);
/** A headcount figure's key as the messages say it. */
const figureKo = (f: string): string => (f === 'quota' ? '정원(quota)' : f === 'current' ? '현원(current)' : f === 'count' ? '인원(count)' : f);
const figureEn = (f: string): string => (f === 'quota' ? 'quota (정원)' : f === 'current' ? 'current (현원)' : f === 'count' ? 'count (인원)' : f);

type Words = Readonly<Record<string, readonly [ko: string, en: string]>>;

/** A table of words, Korean and English side by side, with no prototype: a key such as
 *  `constructor` is simply not in it. */
function words(table: Record<string, readonly [ko: string, en: string]>): Words {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, readonly [string, string]>, table));
}

/** The word for `key` in `lang`, or undefined when the table has none (own keys only). */
function word(table: Words, lang: Lang, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key]![lang === 'ko' ? 0 : 1] : undefined;
}

const SPECIAL = words({ fifo: ['FIFO 파이프', 'a FIFO'], socket: ['소켓', 'a socket'], device: ['장치 파일', 'a device'], other: ['특수 파일', 'other'] });
const mib = (v: unknown): string => (Number.isFinite(Number(v)) ? `${(Number(v) / 1048576).toFixed(1).replace(/\.0$/, '')} MiB` : '? MiB');

const TYPE = words({
  integer: ['정수', 'a whole number'],
  number: ['숫자', 'a number'],
  string: ['문구', 'text'],
  boolean: ['true 또는 false', 'true or false'],
  object: ['키: 값 묶음(매핑)', 'a mapping (key: value lines)'],
  array: ['목록', 'a list'],
  null: ['빈 값', 'an empty value'],
  'string,object': ['문구 또는 키: 값 묶음', 'text or a mapping'],
});

const SYNTAX = words({
  BAD_INDENT: ['들여쓰기가 맞지 않습니다', 'the indentation does not line up'],
  MISSING_CHAR: ['닫는 기호(], }, 따옴표)가 빠졌습니다', 'a closing ], } or quote is missing'],
  BLOCK_AS_IMPLICIT_KEY: ['한 줄 매핑 안에 다른 매핑을 둘 수 없습니다', 'a mapping cannot be nested inside a one-line mapping'],
  MULTILINE_IMPLICIT_KEY: ['키는 한 줄에 써야 합니다', 'a key must be on one line'],
  UNEXPECTED_TOKEN: ['이 자리에 올 수 없는 기호가 있습니다', 'a character that cannot stand here'],
  BAD_SCALAR_START: ['값이 이 기호로 시작할 수 없습니다', 'a value cannot start with this character'],
  BLOCK_IN_FLOW: ['[ ] 또는 { } 안에서는 블록 형식을 쓸 수 없습니다', 'block style cannot be used inside [ ] or { }'],
  BAD_ALIAS: ['별칭(*이름)이 가리키는 앵커(&이름)가 없습니다', 'an alias (*name) refers to an anchor (&name) that does not exist'],
  MULTIPLE_ANCHORS: ['한 값에 앵커가 둘 이상 있습니다', 'a value has more than one anchor'],
  TAG_RESOLVE_FAILED: ['알 수 없는 태그입니다', 'unknown tag'],
});

const WHAT = words({
  office: ['사무실 ID', 'office id'],
  report: ['보고서 ID', 'report id'],
  headcount: ['인력 현황 기준일', 'headcount date'],
  budget: ['예산 회계연도', 'budget fiscal year'],
  task: ['주요 업무 번호', 'work item number'],
  cities: ['친선·우호도시 기록', 'partner-city record'],
  'budget-line': ['예산 과목', 'budget line'],
  'budget-program': ['세부사업', 'budget program'],
  snapshot: ['집행 스냅숏 기준일', 'snapshot date'],
  'snapshot-line': ['스냅숏 과목', 'snapshot line'],
  track: ['직렬', 'track'],
  grade: ['직급', 'grade'],
  council: ['회의 유형 ID', 'meeting type id'],
  ordinance: ['조례 ID', 'ordinance id'],
  taskforce: ['전담조직 ID', 'task force id'],
  event: ['행사 ID', 'event id'],
  country: ['국가 코드', 'country code'],
  city: ['도시', 'city'],
  'city-type': ['결연 종류', 'partnership type'],
  plan: ['향후계획 ID', 'plan id'],
  ref: ['참조', 'reference'],
  balance: ['잔액', 'balance (잔액)'],
  rate: ['집행률', 'execution rate (집행률)'],
  executed: ['집행액', 'executed (집행액)'],
  quota: ['정원', 'authorized (정원)'],
  current: ['현원', 'filled (현원)'],
  count: ['인원', 'count (인원)'],
  countries: ['국가 수', 'countries'],
  'city-count': ['도시 수', 'number of cities'],
  'budget-amount': ['예산액', 'budget (예산액)'],
});

export const RULES = {
  'file-unreadable': rule<{ code: string }>({
    ko: (p) => ({ message: `파일을 읽을 수 없습니다 (${s(p.code)})`, hint: p.code === 'ENOENT' ? '경로가 맞는지, 링크가 끊어지지 않았는지 확인하세요' : '파일 권한을 확인하세요' }),
    en: (p) => ({ message: `cannot read the file (${s(p.code)})`, hint: p.code === 'ENOENT' ? 'check the path, or a broken link' : 'check the file permissions' }),
  }),
  'file-utf16': rule<{ order: string }>({
    ko: (p) => ({ message: `UTF-16${p.order === 'BE' ? ' (빅 엔디언)' : ''}으로 저장된 파일입니다: 기록은 UTF-8이어야 합니다`, hint: '편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요 (메모장: 다른 이름으로 저장 → 인코딩 UTF-8)' }),
    en: (p) => ({ message: `the file is saved as UTF-16${p.order === 'BE' ? ' (big-endian)' : ''}: records must be UTF-8`, hint: 're-save the file as UTF-8 in your editor (Notepad: Save as → Encoding UTF-8)' }),
  }),
  'file-outside': rule<NoParams>({
    ko: () => ({ message: '데이터 폴더 밖을 가리키는 링크입니다: 읽지 않았습니다', hint: '링크 대신 기록 파일을 데이터 폴더 안에 두세요' }),
    en: () => ({ message: 'a link that leads outside the data folder: not read', hint: 'put the record file itself inside the data folder instead of a link' }),
  }),
  'file-special': rule<{ type: string }>({
    ko: (p) => ({ message: `일반 파일이 아닙니다 (${word(SPECIAL, 'ko', s(p.type)) ?? s(p.type)}): 읽지 않았습니다`, hint: '기록은 일반 텍스트 파일로 두고, 이 항목은 데이터 폴더에서 치우세요' }),
    en: (p) => ({ message: `not a regular file (${s(p.type) || 'other'}): not read`, hint: 'keep records as plain text files and move this entry out of the data folder' }),
  }),
  'file-loop': rule<NoParams>({
    severity: 'warning',
    ko: () => ({ message: '이미 지나온 폴더로 되돌아가는 링크입니다: 따라가지 않았습니다', hint: '링크를 지우세요; 그 폴더의 기록은 이미 한 번 읽었습니다' }),
    en: () => ({ message: 'a link back to a folder already walked: not followed', hint: 'delete the link; the records of that folder are read once already' }),
  }),
  'file-too-large': rule<{ size: number; limit: number }>({
    ko: (p) => ({ message: `파일이 너무 큽니다 (${mib(p.size)}, 한도 ${mib(p.limit)}): 읽지 않았습니다`, hint: '기록을 여러 파일로 나누세요 (docs/limits.md)' }),
    en: (p) => ({ message: `the file is too large (${mib(p.size)}, limit ${mib(p.limit)}): not read`, hint: 'split the records into several files (docs/limits.md)' }),
  }),
  'yaml-tag': rule<{ tag: string }>({
    ko: (p) => ({ message: `태그 ${josa(q(p['tag']), '은')} 쓸 수 없습니다: YAML 1.2 기본 스키마의 태그(!!str, !!int 등)만 읽습니다`, hint: '태그를 지우고 값을 그대로 적으세요' }),
    en: (p) => ({ message: `the tag ${q(p['tag'])} is not allowed: only the tags of the YAML 1.2 core schema (!!str, !!int, …) are read`, hint: 'remove the tag and write the value as it is' }),
  }),
  'yaml-depth-limit': rule<{ limit: number }>({
    ko: (p) => ({ message: `목록과 매핑이 너무 깊게 겹쳐 있습니다 (한도 ${s(p['limit'])}단계)`, hint: '기록은 몇 단계면 충분합니다: 겹친 괄호나 들여쓰기를 줄이세요' }),
    en: (p) => ({ message: `lists and mappings are nested too deeply (limit ${s(p['limit'])} levels)`, hint: 'records need only a few levels: remove the extra brackets or indentation' }),
  }),
  'string-too-long': rule<{ length: number; limit: number }>({
    ko: (p) => ({ message: `문구가 너무 깁니다 (${n(p['length'])}자, 한도 ${n(p['limit'])}자)`, hint: '값을 줄이거나 여러 값으로 나누세요' }),
    en: (p) => ({ message: `the text is too long (${n(p['length'])} characters, limit ${n(p['limit'])})`, hint: 'shorten the value or split it into several values' }),
  }),
  'list-too-long': rule<{ count: number; limit: number }>({
    ko: (p) => ({ message: `목록 항목이 너무 많습니다 (${n(p['count'])}개, 한도 ${n(p['limit'])}개)`, hint: '목록을 여러 파일로 나누세요 (예: 월별 파일)' }),
    en: (p) => ({ message: `the list has too many items (${n(p['count'])}, limit ${n(p['limit'])})`, hint: 'split the list into several files (for example one a month)' }),
  }),
  'number-too-large': rule<{ limit: number }>({
    ko: (p) => ({ message: `숫자가 너무 커서 정확히 다룰 수 없습니다 (한도 ±${n(p['limit'])})`, hint: '단위를 키워(예: 원 → 천원) 더 작은 수로 적거나 값을 확인하세요' }),
    en: (p) => ({ message: `the number is too large to be kept exactly (limit ±${n(p['limit'])})`, hint: 'write it in a larger unit (for example 천원 instead of 원), or check the value' }),
  }),
  'number-nan': rule<NoParams>({
    ko: () => ({ message: '.nan은 숫자가 아닙니다', hint: '실제 값을 적으세요' }),
    en: () => ({ message: '.nan is not a number', hint: 'write the real value' }),
  }),
  'file-is-directory': rule<NoParams>({
    ko: () => ({ message: 'YAML 파일이어야 할 자리에 폴더가 있습니다', hint: '폴더 이름을 바꾸거나 그 안의 파일을 옮기세요' }),
    en: () => ({ message: 'a directory stands where a YAML file is expected', hint: 'rename the directory or move its files' }),
  }),
  'file-binary': rule<{ offset: number }>({
    ko: (p) => ({ message: `텍스트가 아닌 파일입니다 (${s(p.offset)}번째 바이트에 NUL 문자)`, hint: 'YAML 기록은 UTF-8 텍스트로 저장하세요' }),
    en: (p) => ({ message: `not a text file (NUL byte at offset ${s(p.offset)})`, hint: 'save YAML records as UTF-8 text' }),
  }),
  'file-encoding': rule<{ byte: string; offset: number }>({
    ko: (p) => ({ message: `UTF-8이 아닌 바이트 ${josa(s(p.byte), '이')} 있습니다`, hint: '편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요 (EUC-KR/CP949로 저장된 파일일 수 있습니다)' }),
    en: (p) => ({ message: `byte ${s(p.byte)} is not UTF-8`, hint: "re-save the file as UTF-8 in your editor (it may have been saved as EUC-KR/CP949)" }),
  }),
  'file-empty': rule<NoParams>({
    ko: () => ({ message: '파일이 비어 있습니다: 기록이 없습니다', hint: '첫 줄에 kind: 를 쓰고 기록을 적거나, 파일을 지우세요' }),
    en: () => ({ message: 'the file is empty: it holds no record', hint: 'start it with a kind: line, or delete it' }),
  }),
  'yaml-syntax': rule<{ code: string; detail: string }>({
    ko: (p) => ({ message: `YAML 문법 오류: ${word(SYNTAX, 'ko', s(p.code)) ?? s(p.detail)}`, hint: '표시된 위치와 그 앞뒤 줄의 들여쓰기, 괄호, 따옴표를 확인하세요' }),
    en: (p) => ({ message: `YAML syntax error: ${word(SYNTAX, 'en', s(p.code)) ?? s(p.detail)}`, hint: 'check the indentation, brackets and quotes here and on the lines around it' }),
  }),
  'yaml-tab-indent': rule<NoParams>({
    ko: () => ({ message: '들여쓰기에 탭 문자가 있습니다: YAML은 탭 들여쓰기를 허용하지 않습니다', hint: '탭 대신 공백 두 칸으로 들여 쓰세요' }),
    en: () => ({ message: 'a tab is used for indentation: YAML does not allow tab indents', hint: 'indent with two spaces instead of a tab' }),
  }),
  'yaml-multi-document': rule<{ count: number }>({
    ko: (p) => ({ message: `한 파일에 문서가 ${s(p.count)}개 있습니다 (---로 구분)`, hint: '기록마다 파일을 하나씩 쓰세요' }),
    en: (p) => ({ message: `the file holds ${s(p.count)} documents (separated by ---)`, hint: 'keep one record per file' }),
  }),
  'root-not-mapping': rule<{ found: 'list' | 'scalar' }>({
    ko: (p) => ({ message: `파일의 최상위가 ${p.found === 'list' ? '목록' : '하나의 값'}입니다: kind: 로 시작하는 키: 값 묶음이어야 합니다`, hint: '첫 줄을 kind: budget 처럼 쓰세요' }),
    en: (p) => ({ message: `the file is ${p.found === 'list' ? 'a list' : 'a single value'}: expected a mapping that starts with kind:`, hint: 'start the file with a line such as kind: budget' }),
  }),
  'yaml-complex-key': rule<NoParams>({
    ko: () => ({ message: '키는 문구여야 합니다', hint: '키를 한 단어로 쓰세요' }),
    en: () => ({ message: 'a key must be plain text', hint: 'write the key as one word' }),
  }),
  'yaml-proto-key': rule<{ key: string }>({
    ko: (p) => ({ message: `키 ${josa(q(p.key), '은')} 쓸 수 없습니다`, hint: '이 키를 지우세요' }),
    en: (p) => ({ message: `the key ${q(p.key)} is not allowed`, hint: 'remove this key' }),
  }),
  'yaml-duplicate-key': rule<{ key: string; firstLine: number; firstColumn: number }>({
    ko: (p) => ({ message: `키 ${josa(q(p.key), '이')} 두 번 있습니다 (처음: ${s(p.firstLine)}행 ${s(p.firstColumn)}열)`, hint: '둘 중 하나를 지우거나 합치세요' }),
    en: (p) => ({ message: `duplicate key ${q(p.key)} (first at line ${s(p.firstLine)}, column ${s(p.firstColumn)})`, hint: 'remove one of them or merge them' }),
  }),
  'yaml-alias-limit': rule<{ limit: number }>({
    ko: (p) => ({ message: `별칭(*)이 너무 많이 펼쳐집니다 (한도 ${s(p.limit)}): 값이 기하급수로 불어나는 문서입니다`, hint: '별칭을 쓰지 말고 값을 직접 적으세요' }),
    en: (p) => ({ message: `aliases (*) expand too often (limit ${s(p.limit)}): the document grows exponentially`, hint: 'write the values out instead of using aliases' }),
  }),
  'yaml-leading-zero': rule<{ written: string; read: number }>({
    severity: 'warning',
    ko: (p) => ({ message: `${josa(q(p.written), '은')} 숫자 ${josa(s(p.read), '으로')} 읽힙니다 (앞의 0은 버려짐)`, hint: `코드라면 따옴표로 감싸세요: "${s(p.written)}"; 숫자라면 ${josa(s(p.read), '으로')} 쓰세요` }),
    en: (p) => ({ message: `${q(p.written)} is read as the number ${s(p.read)} (the leading zero is dropped)`, hint: `if it is a code, quote it: "${s(p.written)}"; if it is a number, write ${s(p.read)}` }),
  }),
  // With a suggestion (the kind the file's name or folder names; the kind a typo is close to), that
  // kind alone; the list of every kind only when there is none.
  'kind-missing': rule<{ known: readonly string[]; suggestion?: string | undefined }>({
    ko: (p) => ({ message: '기록 종류(kind)가 없습니다', hint: p.suggestion ? `첫 줄에 ${josa(`kind: ${s(p.suggestion)}`, '을')} 쓰세요 (파일의 이름이나 폴더가 가리키는 종류)` : `첫 줄에 kind: 를 쓰세요. 가능한 값: ${list(p.known)}` }),
    en: (p) => ({ message: 'no kind: line says what record this is', hint: p.suggestion ? `add kind: ${s(p.suggestion)} as the first key (the kind the file's name or folder names)` : `add kind: as the first key; one of: ${list(p.known)}` }),
  }),
  'kind-unknown': rule<{ known: readonly string[]; suggestion?: string | undefined }>({
    ko: (p, pr) => ({ message: `알 수 없는 기록 종류${written(pr)}`, hint: p.suggestion ? `${josa(q(p.suggestion), '을')} 쓰려던 것인가요?` : `가능한 값: ${list(p.known)}` }),
    en: (p, pr) => ({ message: `unknown record kind${written(pr)}`, hint: p.suggestion ? `did you mean ${q(p.suggestion)}?` : `one of: ${list(p.known)}` }),
  }),
  'schema-unknown-key': rule<{ key: string; allowed: readonly string[]; suggestion?: string | undefined }>({
    ko: (p) => ({ message: `알 수 없는 키 ${q(p.key)}`, hint: p.suggestion ? `${josa(q(p.suggestion), '을')} 쓰려던 것인가요?` : `쓸 수 있는 키: ${list(p.allowed)}` }),
    en: (p) => ({ message: `unknown key ${q(p.key)}`, hint: p.suggestion ? `did you mean ${q(p.suggestion)}?` : `known keys: ${list(p.allowed)}` }),
  }),
  'schema-required': rule<{ missing: string; example?: string | undefined }>({
    ko: (p) => ({ message: `필수 항목 ${josa(q(p.missing), '이')} 없습니다`, hint: p.example ? `예: ${s(p.missing)}: ${s(p.example)}` : undefined }),
    en: (p) => ({ message: `missing required key ${q(p.missing)}`, hint: p.example ? `for example: ${s(p.missing)}: ${s(p.example)}` : undefined }),
  }),
  'number-with-commas': rule<{ fixed: string }>({
    ko: (p, pr) => ({ message: `${josa(written(pr).trim(), '은')} 문구입니다: 숫자가 와야 합니다`, hint: `쉼표 없이 숫자로 쓰세요: ${s(p.fixed)}` }),
    en: (p, pr) => ({ message: `${written(pr).trim()} is text; expected a number`, hint: `write the number without commas: ${s(p.fixed)}` }),
  }),
  'yaml-11-boolean': rule<{ fixed: 'true' | 'false' }>({
    ko: (p, pr) => ({ message: `${josa(written(pr).trim(), '은')} YAML 1.2에서 참/거짓이 아니라 문구입니다`, hint: `${josa(s(p.fixed), '으로')} 쓰세요` }),
    en: (p, pr) => ({ message: `${written(pr).trim()} is text in YAML 1.2, not a true/false value`, hint: `write ${s(p.fixed)}` }),
  }),
  'schema-integer': rule<{ example?: string | undefined }>({
    ko: (p, pr) => ({ message: `정수가 와야 하는데${written(pr)}에 소수가 있습니다`, hint: `금액과 인원은 단위에 맞춘 정수로 씁니다${p.example ? ` (예: ${s(p.example)})` : ''}` }),
    en: (p, pr) => ({ message: `expected a whole number, found a fraction${written(pr)}`, hint: `amounts and counts are whole numbers in their unit${p.example ? ` (e.g. ${s(p.example)})` : ''}` }),
  }),
  'schema-empty-value': rule<{ expected: string; example?: string | undefined }>({
    ko: (p) => ({ message: `값이 비어 있습니다: ${josa(word(TYPE, 'ko', s(p.expected)) ?? s(p.expected), '이')} 와야 합니다`, hint: p.example ? `예: ${s(p.example)}` : undefined }),
    en: (p) => ({ message: `the value is empty; expected ${word(TYPE, 'en', s(p.expected)) ?? s(p.expected)}`, hint: p.example ? `for example: ${s(p.example)}` : undefined }),
  }),
  'schema-type': rule<{ expected: string; found: string; example?: string | undefined }>({
    ko: (p, pr) => ({ message: `${josa(word(TYPE, 'ko', s(p.expected)) ?? s(p.expected), '이')} 와야 하는데 ${josa(`${word(TYPE, 'ko', s(p.found)) ?? s(p.found)}${written(pr)}`, '이')} 있습니다`, hint: p.example ? `예: ${s(p.example)}` : undefined }),
    en: (p, pr) => ({ message: `expected ${word(TYPE, 'en', s(p.expected)) ?? s(p.expected)}, found ${word(TYPE, 'en', s(p.found)) ?? s(p.found)}${written(pr)}`, hint: p.example ? `for example: ${s(p.example)}` : undefined }),
  }),
  'schema-enum': rule<{ allowed: readonly string[]; suggestion?: string | undefined }>({
    ko: (p, pr) => ({ message: `허용되지 않는 값${written(pr)}`, hint: p.suggestion ? `${josa(q(p.suggestion), '을')} 쓰려던 것인가요? 가능한 값: ${list(p.allowed)}` : `가능한 값: ${list(p.allowed)}` }),
    en: (p, pr) => ({ message: `value not allowed${written(pr)}`, hint: p.suggestion ? `did you mean ${q(p.suggestion)}? one of: ${list(p.allowed)}` : `one of: ${list(p.allowed)}` }),
  }),
  'schema-const': rule<{ expected: string }>({
    ko: (p, pr) => ({ message: `값은 ${josa(q(p.expected), '이어야')} 합니다${pr.actual ? ` (적힌 값${written(pr)})` : ''}`, hint: `${josa(s(p.expected), '으로')} 쓰세요` }),
    en: (p, pr) => ({ message: `the value must be ${q(p.expected)}${pr.actual ? ` (found${written(pr)})` : ''}`, hint: `write ${s(p.expected)}` }),
  }),
  'schema-negative': rule<{ limit: number }>({
    ko: (_p, pr) => ({ message: `음수${josa(written(pr), '은')} 쓸 수 없습니다: 0 이상이어야 합니다`, hint: pr.path.startsWith('entries[') ? '반납·정정이면 type: 반납(또는 정정)과 reason을 함께 적으세요' : '감액은 예산 조정(adjustments)에 음수 증감액으로 적으세요' }),
    en: (_p, pr) => ({ message: `negative amount${written(pr)}: expected 0 or more`, hint: pr.path.startsWith('entries[') ? 'for a refund or correction, add type: 반납 (or 정정) and a reason' : 'record a decrease as an adjustment with a negative amount' }),
  }),
  'schema-minimum': rule<{ limit: number }>({
    ko: (p, pr) => ({ message: `${s(p.limit)} 이상이어야 합니다${written(pr) ? ` (적힌 값${written(pr)})` : ''}` }),
    en: (p, pr) => ({ message: `must be at least ${s(p.limit)}${written(pr) ? ` (found${written(pr)})` : ''}` }),
  }),
  'schema-maximum': rule<{ limit: number }>({
    ko: (p, pr) => ({ message: `${s(p.limit)} 이하여야 합니다${written(pr) ? ` (적힌 값${written(pr)})` : ''}` }),
    en: (p, pr) => ({ message: `must be at most ${s(p.limit)}${written(pr) ? ` (found${written(pr)})` : ''}` }),
  }),
  'date-invalid': rule<{ reason: string; example?: string | undefined }>({
    ko: (p, pr) => {
      const r = s(p.reason);
      const why = r === 'month' ? '월은 01~12입니다' : r.startsWith('day:') ? `그 달은 ${r.slice(4)}일까지입니다` : 'YYYY-MM-DD 형식이어야 합니다';
      if (r === 'format') return { message: `날짜 형식이 아닙니다${written(pr)}`, hint: `YYYY-MM-DD로 쓰세요${p.example ? ` (예: ${s(p.example)})` : ''}` };
      return { message: `없는 날짜${written(pr)}: ${why}`, hint: `실제 날짜를 YYYY-MM-DD로 쓰세요${p.example ? ` (예: ${s(p.example)})` : ''}` };
    },
    en: (p, pr) => {
      const r = s(p.reason);
      const why = r === 'month' ? 'months run from 01 to 12' : r.startsWith('day:') ? `that month has ${r.slice(4)} days` : 'expected YYYY-MM-DD';
      if (r === 'format') return { message: `not a date in the form YYYY-MM-DD${written(pr)}`, hint: `write it as YYYY-MM-DD${p.example ? ` (e.g. ${s(p.example)})` : ''}` };
      return { message: `not a real date${written(pr)}: ${why}`, hint: `write a date that exists, as YYYY-MM-DD${p.example ? ` (e.g. ${s(p.example)})` : ''}` };
    },
  }),
  'schema-pattern': rule<{ example?: string | undefined }>({
    ko: (p, pr) => ({ message: `형식이 맞지 않습니다${written(pr)}`, hint: p.example ? `예: ${s(p.example)}` : undefined }),
    en: (p, pr) => ({ message: `the value does not have the expected form${written(pr)}`, hint: p.example ? `for example: ${s(p.example)}` : undefined }),
  }),
  'schema-empty-text': rule<{ example?: string | undefined }>({
    ko: (p) => ({ message: '빈 문구입니다', hint: p.example ? `내용을 쓰세요 (예: ${s(p.example)})` : '내용을 쓰세요' }),
    en: (p) => ({ message: 'the text is empty', hint: p.example ? `write something (e.g. ${s(p.example)})` : 'write something' }),
  }),
  'schema-min-items': rule<{ limit: number; example?: string | undefined }>({
    ko: (p) => ({ message: `항목이 ${s(p.limit)}개 이상 있어야 합니다`, hint: p.example ? `예: ${s(p.example)}` : undefined }),
    en: (p) => ({ message: `the list needs at least ${s(p.limit)} item(s)`, hint: p.example ? `for example: ${s(p.example)}` : undefined }),
  }),
  'schema-unique-items': rule<{ first: number; second: number }>({
    ko: (p) => ({ message: `같은 값이 ${s(p.first)}번째와 ${s(p.second)}번째에 두 번 있습니다`, hint: '하나를 지우세요' }),
    en: (p) => ({ message: `the same value stands twice, at positions ${s(p.first)} and ${s(p.second)}`, hint: 'remove one' }),
  }),
  'schema-other': rule<{ detail: string }>({
    ko: (p) => ({ message: `스키마에 맞지 않습니다 (${s(p.detail)})` }),
    en: (p) => ({ message: `does not match the schema (${s(p.detail)})` }),
  }),
  'schema-checking-stopped': rule<{ shown: number; more: number }>({
    ko: (p) => ({
      message: `이 파일에서 오류 ${count(p.shown)}개를 찾고 검사를 멈췄습니다 (보이지 않은 스키마 오류 ${count(p.more)}건)`,
      hint: '같은 실수가 되풀이된 경우가 많습니다 (잘못 가져온 표 등): 보이는 오류부터 고치고 다시 검사하세요',
    }),
    en: (p) => ({
      message: `checking of this file stopped after ${count(p.shown)} errors (${count(p.more)} more schema findings not shown)`,
      hint: 'often one mistake repeated (a table imported wrongly …): fix the errors shown, then validate again',
    }),
  }),
  'duplicate-id': rule<{ what: string; id: string; firstFile: string; firstLine: number }>({
    ko: (p) => ({ message: `${word(WHAT, 'ko', s(p.what)) ?? s(p.what)} ${josa(q(p.id), '이')} 이미 있습니다 (${s(p.firstFile)}:${s(p.firstLine)})`, hint: '식별자는 하나에 하나씩: 하나를 고치거나 지우세요' }),
    en: (p) => ({ message: `${word(WHAT, 'en', s(p.what)) ?? s(p.what)} ${q(p.id)} already exists (${s(p.firstFile)}:${s(p.firstLine)})`, hint: 'an id names one thing: change or remove one of them' }),
  }),
  'unknown-ref': rule<{ what: string; id: string; suggestion?: string | undefined; known?: readonly string[] | undefined }>({
    ko: (p) => ({ message: `${word(WHAT, 'ko', s(p.what)) ?? s(p.what)} ${josa(q(p.id), '을')} 찾을 수 없습니다`, hint: p.suggestion ? `${josa(q(p.suggestion), '을')} 쓰려던 것인가요?` : Array.isArray(p.known) && p.known.length ? `있는 값: ${list(p.known)}` : '가리키는 기록을 먼저 추가하세요' }),
    en: (p) => ({ message: `no ${word(WHAT, 'en', s(p.what)) ?? s(p.what)} ${q(p.id)} exists`, hint: p.suggestion ? `did you mean ${q(p.suggestion)}?` : Array.isArray(p.known) && p.known.length ? `known: ${list(p.known)}` : 'add the record it points at first' }),
  }),
  'unknown-budget-line': rule<{ id: string; year: number; noBudget?: true; addLine?: string; addName?: string; suggestion?: string | undefined; known?: readonly string[]; programs?: readonly string[]; program?: string; knownPrograms?: readonly string[] }>({
    ko: (p) => ({
      message: p.noBudget
        ? `${s(p.year)}회계연도 예산 기록이 없어 과목 ${josa(q(p.id), '을')} 확인할 수 없습니다`
        : p.programs
          ? `과목 ${josa(q(p.id), '이')} ${s(p.year)}회계연도 예산의 여러 세부사업(${list(p.programs)})에 있어 어느 것인지 알 수 없습니다`
          : p.knownPrograms
            ? `${s(p.year)}회계연도 예산에 없는 세부사업 ${q(p.program)}`
            : `${s(p.year)}회계연도 예산에 없는 과목 ${q(p.id)}`,
      hint: p.noBudget
        ? `data/budget/${s(p.year)}.yaml을 추가하세요`
        : p.programs
          ? `program: ${s(p.programs[0])}처럼 세부사업 코드를 적으세요`
          : p.knownPrograms
            ? `있는 세부사업: ${list(p.knownPrograms)}`
            : p.addLine
              ? `${s(p.addLine)} ${s(p.addName)} 과목을 예산에 추가하세요`
              : p.suggestion
                ? `${josa(q(p.suggestion), '을')} 쓰려던 것인가요?`
                : `있는 과목: ${list(p.known)}`,
    }),
    en: (p) => ({
      message: p.noBudget
        ? `no budget record for fiscal year ${s(p.year)}, so line ${q(p.id)} cannot be checked`
        : p.programs
          ? `budget line ${q(p.id)} is under several programs of the ${s(p.year)} budget (${list(p.programs)}), so which one is not known`
          : p.knownPrograms
            ? `program ${q(p.program)} is not in the ${s(p.year)} budget`
            : `budget line ${q(p.id)} is not in the ${s(p.year)} budget`,
      hint: p.noBudget
        ? `add data/budget/${s(p.year)}.yaml`
        : p.programs
          ? `name the program, e.g. program: ${s(p.programs[0])}`
          : p.knownPrograms
            ? `known programs: ${list(p.knownPrograms)}`
            : p.addLine
              ? `add a ${s(p.addLine)} line (${s(p.addName)}) to the budget`
              : p.suggestion
                ? `did you mean ${q(p.suggestion)}?`
                : `known lines: ${list(p.known)}`,
    }),
  }),
  'date-outside-fiscal-year': rule<{ date: string; year: number }>({
    ko: (p) => ({ message: `날짜 ${josa(s(p.date), '이')} ${s(p.year)}회계연도(${s(p.year)}-01-01~${s(p.year)}-12-31) 밖입니다`, hint: '날짜나 회계연도를 고치세요' }),
    en: (p) => ({ message: `date ${s(p.date)} is outside fiscal year ${s(p.year)} (${s(p.year)}-01-01 to ${s(p.year)}-12-31)`, hint: 'correct the date or the fiscal year' }),
  }),
  'period-unreadable': rule<{ forms: readonly string[] }>({
    severity: 'warning',
    ko: (p, pr) => ({ message: `기간 문구${josa(written(pr), '을')} 날짜로 읽을 수 없어 '기간 미상'으로 둡니다`, hint: `이해하는 형식 (docs/periods.md): ${list(p.forms, ', ')}` }),
    en: (p, pr) => ({ message: `the period phrase${written(pr)} cannot be read as dates; the item is listed as undated`, hint: `understood forms (docs/periods.md): ${list(p.forms)}` }),
  }),
  'period-reversed': rule<{ start: string; end: string }>({
    ko: (p, pr) => ({ message: `기간${josa(written(pr), '은')} 끝(${s(p.end)})이 시작(${s(p.start)})보다 앞섭니다`, hint: '시작과 끝의 순서나 연도를 고치세요' }),
    en: (p, pr) => ({ message: `the period${written(pr)} ends (${s(p.end)}) before it starts (${s(p.start)})`, hint: 'put start and end in order, or correct the year' }),
  }),
  'headcount-figure-missing': rule<{ figure: 'quota' | 'current' | 'count' | 'any' }>({
    ko: (p) =>
      p.figure === 'any'
        ? { message: '인력 기록에 정원도 현원도 없습니다', hint: '표에 있는 수치를 적으세요: 직급마다 quota(정원)나 current(현원), 또는 둘 다' }
        : {
            message: `이 행에 ${p.figure === 'quota' ? '정원(quota)' : p.figure === 'count' ? '인원(count)' : '현원(current)'}이 없습니다: 같은 기록의 다른 행에는 있습니다`,
            hint: `모든 행에 ${p.figure}를 적거나, 표에 없는 수치라면 모든 행에서 빼세요`,
          },
    en: (p) =>
      p.figure === 'any'
        ? { message: 'the headcount record gives neither 정원 nor 현원', hint: 'write the figures the table gives: quota (정원), current (현원) or both on each row' }
        : {
            message: `this row has no ${p.figure} (${p.figure === 'quota' ? '정원' : p.figure === 'count' ? '인원' : '현원'}) while other rows of the record have one`,
            hint: `give ${p.figure} on every row, or, if the table does not have it, on none`,
          },
  }),
  'headcount-group-figures': rule<{ group: string }>({
    ko: (p) => ({ message: `${josa(s(p.group), '은')} 직급(grades)을 적었으므로 자체 인원을 적지 않습니다: 소계는 계산합니다`, hint: '이 값을 빼거나, 보고서에 적힌 소계라면 stated 아래로 옮기세요' }),
    en: (p) => ({ message: `${s(p.group)} lists its grades, so it gives no figure of its own: its subtotal is computed`, hint: 'remove this value, or move a printed subtotal under stated' }),
  }),
  'headcount-group-split': rule<{ group: string }>({
    ko: (p) => ({ message: `${josa(s(p.group), '은')} 직급(grades)을 적었으므로 묶음 자체를 나누지(split) 않습니다: 소계는 열로 나누지 않습니다`, hint: '이 split을 빼거나, 표가 나눈 직급 행마다 split을 옮겨 적으세요' }),
    en: (p) => ({ message: `${s(p.group)} lists its grades, so the group itself is not split: a subtotal is never split over the columns`, hint: 'remove this split, or move the cells to the split of each grade row the table splits' }),
  }),
  'headcount-split-column': rule<{ column?: string; columns: readonly string[] }>({
    ko: (p) =>
      p.column === undefined
        ? { message: '이 행을 열로 나눴지만(split) 기록에 나눔 열(split_by)이 없습니다', hint: 'split_by: { name: 관리기관, columns: [본청, …] }처럼 표의 열을 적거나, 표가 이 행을 나누지 않았다면 split을 빼세요' }
        : { message: `나눔 열 ${josa(q(p.column), '은')} split_by.columns(${list(p.columns)})에 없습니다`, hint: '열 이름을 split_by.columns에 적힌 그대로 쓰거나, 표에 있는 열이면 split_by.columns에 더하세요' },
    en: (p) =>
      p.column === undefined
        ? { message: 'this row is split over columns (split), but the record names none (split_by)', hint: "name the table's columns, as in split_by: { name: 관리기관, columns: [본청, …] }, or remove split if the table does not split this row" }
        : { message: `split column ${q(p.column)} is not one of split_by.columns (${list(p.columns)})`, hint: "write the column's name as split_by.columns has it, or add it there if the table has that column" },
  }),
  'headcount-split-sum': rule<{ figure: string; row: string; sum: string; value: string }>({
    ko: (p) =>
      p.row === ''
        ? { message: `나눔 열(split_by)은 한 가지 수치를 나눕니다: 이 기록은 ${list(s(p.figure).split('+').map(figureKo), '과 ')}을 적었습니다`, hint: '정원만, 현원만 또는 인원만 적은 교차표에 split_by를 쓰세요; 아니면 split_by와 split을 빼고 계 열만 적으세요' }
        : { message: `${s(p.row)}의 나눔 칸 합계(${s(p.sum)})가 이 행의 ${figureKo(s(p.figure))} ${josa(s(p.value), '과')} 다릅니다`, hint: '칸과 행의 수치를 표에 적힌 그대로 고치세요' },
    en: (p) =>
      p.row === ''
        ? { message: `split_by splits one figure, and this record gives ${list(s(p.figure).split('+').map(figureEn), ' and ')}`, hint: 'use split_by for a cross table of 정원 only, 현원 only or 인원 only; otherwise remove split_by and split and keep the 계 columns' }
        : { message: `the split cells of ${s(p.row)} add up to ${s(p.sum)}, not to the row's ${figureEn(s(p.figure))} ${s(p.value)}`, hint: 'correct the cells or the row as the table prints them' },
  }),
  'stated-mismatch': rule<{ what: string; stated: number | string; computed: number | string; sum?: string }>({
    ko: (p) => ({
      message: `보고서 표기 ${word(WHAT, 'ko', s(p.what)) ?? s(p.what)} ${josa(fig(p.stated), '이')} 기록에서 계산한 값 ${josa(fig(p.computed), '과')} 다릅니다${p.sum ? ` (${s(p.sum)} = ${fig(p.computed)})` : ''}`,
      hint: '기록의 수치를 고치거나, 표기값이 틀렸다면 stated 값을 고치세요',
    }),
    en: (p) => ({
      message: `the stated ${word(WHAT, 'en', s(p.what)) ?? s(p.what)} ${fig(p.stated)} differs from ${fig(p.computed)} computed from the records${p.sum ? ` (${s(p.sum)} = ${fig(p.computed)})` : ''}`,
      hint: 'correct the records, or the stated value if the document was wrong',
    }),
  }),
  'execution-mismatch': rule<{ line: string; date: string; snapshot: number; unit: string; entries: number; entriesWon: number }>({
    ko: (p) => ({
      message: `과목 ${s(p.line)}의 ${s(p.date)} 집행액이 스냅숏에는 ${n(p.snapshot)}${s(p.unit)}인데 그날까지의 집행 내역 합계는 ${n(p.entries)}${s(p.unit)}(${n(p.entriesWon)}원)입니다`,
      hint: '빠진 집행 내역을 더하거나 스냅숏 금액을 고치세요',
    }),
    en: (p) => ({
      message: `line ${s(p.line)} on ${s(p.date)}: the snapshot says ${n(p.snapshot)} ${s(p.unit)} executed, the entries up to that day add up to ${n(p.entries)} ${s(p.unit)} (${n(p.entriesWon)} 원)`,
      hint: 'add the missing entries or correct the snapshot',
    }),
  }),
  'data-empty': rule<{ folder: string; files: number }>({
    ko: (p) => ({ message: `기록 폴더 '${s(p.folder)}'에 기록 파일이 없습니다 (YAML 파일 ${n(p.files)}개)`, hint: '--data로 기록 폴더를 바르게 가리키거나, mayor-office init으로 기록을 만드세요' }),
    en: (p) => ({ message: `the records folder '${s(p.folder)}' holds no record file (${n(p.files)} YAML files)`, hint: 'point --data at the records folder, or make records with mayor-office init' }),
  }),
  'executed-decreased': rule<{ line: string; date: string; executed: number; previousDate: string; previous: number; unit: string }>({
    severity: 'warning',
    ko: (p) => ({
      message: `과목 ${s(p.line)}의 누적 집행액이 ${s(p.previousDate)} ${n(p.previous)}${s(p.unit)}에서 ${s(p.date)} ${josa(`${n(p.executed)}${s(p.unit)}`, '으로')} 줄었습니다`,
      hint: '누적 집행액은 줄지 않습니다: 금액을 확인하세요 (반납·정정이면 그대로 두어도 됩니다)',
    }),
    en: (p) => ({
      message: `line ${s(p.line)}: the cumulative executed amount went down from ${n(p.previous)} ${s(p.unit)} on ${s(p.previousDate)} to ${n(p.executed)} ${s(p.unit)} on ${s(p.date)}`,
      hint: 'a cumulative amount does not go down: check the figure (a refund or correction may be right)',
    }),
  }),
  'snapshot-line-dropped': rule<{ line: string; date: string; previousDate: string }>({
    severity: 'warning',
    ko: (p) => ({ message: `${s(p.date)} 스냅숏에 ${s(p.previousDate)} 스냅숏에 있던 과목 ${josa(s(p.line), '이')} 없습니다`, hint: `lines에 과목 ${s(p.line)}의 누적 집행액을 적으세요` }),
    en: (p) => ({ message: `the snapshot of ${s(p.date)} leaves out line ${s(p.line)}, which the snapshot of ${s(p.previousDate)} had`, hint: `add line ${s(p.line)} with its cumulative executed amount under lines` }),
  }),
  'executed-over-current': rule<{ line: string; date: string; executed: number; current: number; unit: string }>({
    severity: 'warning',
    ko: (p) => ({
      message: `과목 ${s(p.line)}의 ${s(p.date)} 집행액 ${josa(`${n(p.executed)}${s(p.unit)}`, '이')} 예산현액 ${josa(`${n(p.current)}${s(p.unit)}`, '을')} ${n(p.executed - p.current)}${s(p.unit)} 넘습니다`,
      hint: '금액이나 과목을 확인하고, 예산이 늘었다면 adjustments에 적으세요',
    }),
    en: (p) => ({
      message: `line ${s(p.line)} on ${s(p.date)}: executed ${n(p.executed)} ${s(p.unit)} is ${n(p.executed - p.current)} ${s(p.unit)} over its current budget (예산현액) of ${n(p.current)} ${s(p.unit)}`,
      hint: 'check the amount and the line; if the budget grew, record it under adjustments',
    }),
  }),
  'entry-after-report': rule<{ date: string; asOf: string; issue: string; more: number }>({
    severity: 'warning',
    ko: (p) => ({
      message: `집행일 ${josa(s(p.date), '이')} 최근 보고서 ${s(p.issue)}의 기준일 ${s(p.asOf)}보다 뒤입니다${Number(p.more) > 0 ? ` (이 파일에 그 뒤의 집행 건이 ${n(p.more)}건 더 있습니다)` : ''}`,
      hint: '날짜를 확인하거나, 새 달의 보고서 기록을 시작하세요 (mayor-office report new)',
    }),
    en: (p) => ({
      message: `the entry of ${s(p.date)} is dated after ${s(p.asOf)}, the as-of date of the latest report issue ${s(p.issue)}${Number(p.more) > 0 ? ` (and ${n(p.more)} more entr${Number(p.more) === 1 ? 'y' : 'ies'} of this file)` : ''}`,
      hint: "check the date, or start the new month's report issue (mayor-office report new)",
    }),
  }),
  'import-not-table': rule<{ reason: string }>({
    ko: (p) => ({
    message: `표로 읽을 수 없는 파일입니다 (${({ empty: '빈 파일', zip: 'xlsx 통합문서가 아닌 zip', binary: '글자가 아닌 내용', json: '행 목록이 없는 JSON', text: '쉼표로 나뉜 행이 없음', unreadable: '읽을 수 없음', nul: '이 자리에 NUL 바이트가 있음', 'stray-byte': 'UTF-8 파일의 이 자리에 UTF-8이 아닌 바이트가 있음', 'too-large': '256 MiB보다 큼; 나누어 가져오세요', 'too-large-unzipped': '압축을 풀면 512 MiB보다 큼', 'too-many-rows': '행이 1,000,000개보다 많음; 나누어 가져오세요', 'unclosed-quote': '이 자리에서 연 큰따옴표가 파일 끝까지 닫히지 않음', 'stream-sheets-lost': '시트가 여럿인 큰 통합문서를 끝까지 읽지 못함; 가져올 시트를 csv로 저장해 가져오세요', 'quoted-too-long': '이 자리에서 연 큰따옴표가 10,000자 안에 닫히지 않음' } as Record<string, string>)[s(p['reason'])] ?? s(p['reason'])})`,
    hint: /quote/.test(s(p.reason)) ? '값 안의 큰따옴표는 두 번("") 쓰고, 연 따옴표는 닫으세요: 표 프로그램에서 다시 저장하면 맞게 써 줍니다' : 'csv(UTF-8 또는 CP949), xlsx, 또는 열린데이터 API의 JSON 파일을 주세요',
  }),
    en: (p) => ({
    message: `the file cannot be read as a table (${({ empty: 'it is empty', zip: 'a zip that is not an xlsx workbook', binary: 'it is not text', json: 'JSON without a list of rows', text: 'no comma-separated rows', unreadable: 'it cannot be read', nul: 'a NUL byte here', 'stray-byte': 'a byte that is not UTF-8 here, in a UTF-8 file', 'too-large': 'larger than 256 MiB; import it in parts', 'too-large-unzipped': 'it unzips to more than 512 MiB', 'too-many-rows': 'more than 1,000,000 rows; import it in parts', 'unclosed-quote': 'the double quote opened here is never closed', 'stream-sheets-lost': 'a large workbook of several sheets could not be read to its end; save the sheet to import as csv and import that', 'quoted-too-long': 'the double quote opened here is not closed within 10,000 characters' } as Record<string, string>)[s(p['reason'])] ?? s(p['reason'])})`,
    hint: /quote/.test(s(p.reason)) ? 'write a double quote inside a value as two (""), and close the quote that opens a value: saving the file again from a spreadsheet writes them right' : 'give a csv (UTF-8 or CP949), an xlsx, or the JSON of the open-data API',
  }),
  }),
  'import-header-unmapped': rule<{ needed: readonly string[]; missing: readonly string[]; found: readonly string[] }>({
    ko: (p) => ({
    message: `머리글 행을 찾지 못했습니다: 필요한 열(${list(p['needed'])}) 가운데 없는 열: ${list(p['missing'])}`,
    hint: `찾은 열: ${list(p['found']) || '(없음)'}; 열 이름은 docs/import.md의 동의어 표를 보세요`,
  }),
    en: (p) => ({
    message: `no header row found: of the columns needed (${list(p['needed'])}), ${list(p['missing'])} missing`,
    hint: `columns found: ${list(p['found']) || '(none)'}; see the synonyms table in docs/import.md for the names understood`,
  }),
  }),
  'import-missing-value': rule<{ column: string; known?: readonly string[] }>({
    ko: (p) => ({ message: `${s(p['column'])} 열이 비어 있습니다`, hint: Array.isArray(p['known']) ? `비목을 적으세요 (예산의 과목: ${list(p['known'])})` : '값을 채우거나 --skip-bad로 이 행을 건너뛰세요' }),
    en: (p) => ({ message: `column ${s(p['column'])} is empty`, hint: Array.isArray(p['known']) ? `write the 비목 (the budget's lines: ${list(p['known'])})` : 'fill it in, or pass --skip-bad to leave this row out' }),
  }),
  'import-bad-date': rule<{ column: string; value: string }>({
    ko: (p) => ({ message: `${s(p['column'])} 열의 ${josa(q(p['value']), '은')} 있는 날짜가 아닙니다`, hint: '2019-03-05, 2019.03.05, 2019. 3. 5., 20190305 (시각을 붙여도 됨)처럼 쓰세요' }),
    en: (p) => ({ message: `${q(p['value'])} in column ${s(p['column'])} is not a date that exists`, hint: 'write 2019-03-05, 2019.03.05, 2019. 3. 5. or 20190305 (a time may follow)' }),
  }),
  'import-bad-time': rule<{ column: string; value: string }>({
    ko: (p) => ({ message: `${s(p['column'])} 열의 ${josa(q(p['value']), '은')} 시각이 아닙니다`, hint: '13:10 또는 13시 10분처럼 쓰세요' }),
    en: (p) => ({ message: `${q(p['value'])} in column ${s(p['column'])} is not a time of day`, hint: 'write 13:10 or 13시 10분' }),
  }),
  'import-bad-amount': rule<{ column: string; value: string }>({
    ko: (p) => ({ message: `${s(p['column'])} 열의 ${josa(q(p['value']), '은')} 금액이 아닙니다`, hint: '132000, 132,000, 132,000원처럼 원 단위 정수로 쓰세요' }),
    en: (p) => ({ message: `${q(p['value'])} in column ${s(p['column'])} is not an amount`, hint: 'write whole 원: 132000, 132,000 or 132,000원' }),
  }),
  'import-no-budget': rule<{ year: number }>({
    ko: (p) => ({ message: `${s(p['year'])}회계연도 예산 기록이 없어 비목을 과목에 맞출 수 없습니다`, hint: `data/budget/${s(p['year'])}.yaml을 먼저 추가하세요` }),
    en: (p) => ({ message: `no budget record for fiscal year ${s(p['year'])}, so the 비목 cannot be matched to a line`, hint: `add data/budget/${s(p['year'])}.yaml first` }),
  }),
  'import-line-not-in-budget': rule<{ value: string; addLine: string; addName: string; year: number }>({
    ko: (p) => ({ message: `비목 ${q(p['value'])}에 해당하는 ${s(p['addLine'])} ${josa(s(p['addName']), '이')} ${s(p['year'])}회계연도 예산에 없습니다`, hint: `${s(p['addLine'])} ${s(p['addName'])} 과목을 예산에 추가하세요` }),
    en: (p) => ({ message: `비목 ${q(p['value'])} (${s(p['addLine'])} ${s(p['addName'])}) is not in the ${s(p['year'])} budget`, hint: `add a ${s(p['addLine'])} line (${s(p['addName'])}) to the budget` }),
  }),
  'import-line-unknown': rule<{ value: string; year: number; suggestion?: string | undefined; known?: readonly string[] }>({
    ko: (p) => ({ message: `비목 ${josa(q(p['value']), '을')} ${s(p['year'])}회계연도 예산의 과목에 맞출 수 없습니다`, hint: p['suggestion'] ? `${josa(q(p['suggestion']), '을')} 쓰려던 것인가요?` : `예산의 과목: ${list(p['known'])}` }),
    en: (p) => ({ message: `비목 ${q(p['value'])} matches no line of the ${s(p['year'])} budget`, hint: p['suggestion'] ? `did you mean ${q(p['suggestion'])}?` : `the budget's lines: ${list(p['known'])}` }),
  }),
  'import-line-ambiguous': rule<{ value: string; year: number; line: string; programs: readonly string[] }>({
    ko: (p) => ({ message: `비목 ${josa(q(p['value']), '이')} 가리키는 과목 ${josa(s(p['line']), '이')} ${s(p['year'])}회계연도 예산의 여러 세부사업(${list(p['programs'])})에 있어 어느 것인지 알 수 없습니다`, hint: '세부사업 열을 두고 세부사업의 코드나 이름을 적으세요' }),
    en: (p) => ({ message: `비목 ${q(p['value'])} is line ${s(p['line'])}, which is under several programs of the ${s(p['year'])} budget (${list(p['programs'])})`, hint: "add a 세부사업 column with the program's code or name" }),
  }),
  'import-program-unknown': rule<{ value: string; year: number; known: readonly string[] }>({
    ko: (p) => ({ message: `세부사업 ${josa(q(p['value']), '이')} ${s(p['year'])}회계연도 예산에 없습니다`, hint: `예산의 세부사업: ${list(p['known'])}` }),
    en: (p) => ({ message: `program ${q(p['value'])} is not in the ${s(p['year'])} budget`, hint: `the budget's programs: ${list(p['known'])}` }),
  }),
  'import-dept-column-unknown': rule<{ column: string; dept: string }>({
    ko: (p) => ({
      message: `--dept ${s(p['dept'])}의 행을 고르려는데 어느 열이 부서인지 알 수 없습니다: 열 ${josa(q(p['column']), '이')} 부서 같지만 이 가져오기가 아는 이름이 아닙니다; 아무것도 가져오지 않았습니다`,
      hint: `그 열이 부서라면 --map ${s(p['column'])}=부서로 알려 주세요`,
    }),
    en: (p) => ({
      message: `--dept ${s(p['dept'])} asks for one department's rows, but which column is the department cannot be told: column ${q(p['column'])} looks like one, under a name this import does not know; nothing was imported`,
      hint: `if it is the department, say so with --map ${s(p['column'])}=dept`,
    }),
  }),
  'import-near-match': rule<{ date: string; amount: number; existing: string }>({
    severity: 'warning',
    ko: (p) => ({
      message: `${s(p['date'])} ${n(p['amount'])}원 집행 건이 ${s(p['existing'])}에 이미 있는데 다른 내용(시각, 장소, 목적 또는 비목)으로 적혀 있어 같은 건인지 알 수 없습니다: 이 행은 가져오지 않았습니다`,
      hint: '같은 건이면 기록의 내용을 공개 자료에 맞게 고치고 다시 가져오세요; 다른 건이면 기록에 직접 추가하세요 (expenses add)',
    }),
    en: (p) => ({
      message: `an entry of ${s(p['date'])} for ${n(p['amount'])} 원 is recorded already at ${s(p['existing'])}, written otherwise (time, place, purpose or line), so it cannot be told whether this row is the same payment: the row was not imported`,
      hint: 'if it is the same payment, make the record agree with the disclosure and import again; if it is another, add it yourself (expenses add)',
    }),
  }),
  'expense-purpose-empty': rule<{ date: string; amount: number }>({
    severity: 'warning',
    ko: (p) => ({ message: `${s(p['date'])} 집행 건(${n(p['amount'])}원)의 사용 목적이 비어 있습니다`, hint: '공개 자료에 목적이 있으면 purpose에 적으세요' }),
    en: (p) => ({ message: `the entry of ${s(p['date'])} (${n(p['amount'])} 원) has an empty purpose`, hint: 'write the purpose under purpose if the disclosure gives one' }),
  }),
  'listed-count': rule<{ what: string; stated: number; listed: number }>({
    ko: (p) => ({ message: `${word(WHAT, 'ko', s(p.what)) ?? s(p.what)}: 보고서 표기 ${s(p.stated)}개인데 기록에 ${s(p.listed)}개가 있습니다`, hint: '목록이나 표기 수를 고치세요' }),
    en: (p) => ({ message: `${word(WHAT, 'en', s(p.what)) ?? s(p.what)}: ${s(p.stated)} stated, but the records list ${s(p.listed)}`, hint: 'correct the list or the stated count' }),
  }),
} as const;

type RuleTable = typeof RULES;
type ParamsOf<E> = E extends RuleEntry<infer P> ? P : never;

// model/problem.ts declares RuleParams empty so that model/ imports nothing; the table fills it
// here (and each rule module of src/rules/ adds its own id), which makes every Problem's `rule`
// one of these ids and its `params` that rule's type.
declare module '../model/problem.js' {
  interface RuleParams extends RuleParamsOfTable {}
}
type RuleParamsOfTable = { [R in keyof RuleTable]: ParamsOf<RuleTable[R]> };

/** The rules of src/rules/, by id. A Map: `__proto__` is no rule there either. */
const MODULE_RULES: ReadonlyMap<string, RuleEntry<MessageParams>> = new Map(FOUND_RULES.map((r) => [r.id, r as unknown as RuleEntry<MessageParams>]));

/** A rule's words and severity, from the table or its module; undefined for an id that is no
 *  rule (own keys only: `constructor` is not a rule). */
export function ruleEntry(id: string): RuleEntry<MessageParams> | undefined {
  return Object.hasOwn(RULES, id) ? (RULES[id as keyof RuleTable] as RuleEntry<MessageParams>) : MODULE_RULES.get(id);
}

/** Every rule id, sorted: the table's and the rule modules'. */
export function ruleIds(): RuleId[] {
  return ([...Object.keys(RULES), ...MODULE_RULES.keys()] as RuleId[]).sort();
}

/** A rule's severity, from the table or its module. */
export function ruleSeverity(id: RuleId): 'error' | 'warning' {
  return ruleEntry(id)?.severity ?? 'error';
}

/** Whether `id` names a rule of the table or of a rule module. */
export function isRuleId(id: string): id is RuleId {
  return ruleEntry(id) !== undefined;
}

export function describe(problem: Problem, lang: Lang): Message {
  // A problem built outside the type system (parsed JSON, a test) may name no rule: say so
  // rather than read an inherited property.
  const entry = ruleEntry(problem.rule);
  if (entry === undefined) return { message: String(problem.rule) };
  return entry[lang](problem.params, problem);
}

/** The sentence a one-line format prints: the YAML path, what is wrong, how to fix it. */
export function oneLine(problem: Problem, lang: Lang): string {
  const m = describe(problem, lang);
  const where = problem.path ? `${problem.path}: ` : '';
  return `${where}${m.message}${m.hint ? `; ${m.hint}` : ''}`;
}
