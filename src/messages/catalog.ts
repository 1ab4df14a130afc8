// Every message the tool prints, in Korean and in English, written for the person who has to
// fix the file. A problem carries a rule id and parameters; the words are chosen here, at
// render time, in the language asked for.
import type { MessageParams, Problem } from '../model/problem.js';
import { josa } from './josa.js';
import { groupThousands } from '../model/numbers.js';

const n = (v: unknown): string => groupThousands(Number(v));

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];

export interface Message {
  /** What is wrong and what was expected. */
  readonly message: string;
  /** How to fix it, where we know. */
  readonly hint?: string | undefined;
}

type Render = (p: MessageParams, problem: Problem) => Message;

const list = (v: unknown, sep = ', '): string => (Array.isArray(v) ? v.join(sep) : String(v ?? ''));
/** A value quoted in a message: one line (line ends shown as ⏎) and at most 80 characters. */
const q = (v: unknown): string => {
  const one = String(v).replace(/\r?\n/g, '⏎').replace(/\r/g, '⏎');
  return `'${one.length > 80 ? `${one.slice(0, 79)}…` : one}'`;
};
const s = (v: unknown): string => String(v ?? '');
const written = (pr: Problem): string => (pr.actual === undefined ? '' : pr.actual === '' ? '' : ` ${q(pr.actual)}`);

const TYPE_KO: Record<string, string> = {
  integer: '정수',
  number: '숫자',
  string: '문구',
  boolean: 'true 또는 false',
  object: '키: 값 묶음(매핑)',
  array: '목록',
  null: '빈 값',
  'string,object': '문구 또는 키: 값 묶음',
};
const TYPE_EN: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list',
  null: 'an empty value',
  'string,object': 'text or a mapping',
};

const SYNTAX_KO: Record<string, string> = {
  BAD_INDENT: '들여쓰기가 맞지 않습니다',
  MISSING_CHAR: '닫는 기호(], }, 따옴표)가 빠졌습니다',
  BLOCK_AS_IMPLICIT_KEY: '한 줄 매핑 안에 다른 매핑을 둘 수 없습니다',
  MULTILINE_IMPLICIT_KEY: '키는 한 줄에 써야 합니다',
  UNEXPECTED_TOKEN: '이 자리에 올 수 없는 기호가 있습니다',
  BAD_SCALAR_START: '값이 이 기호로 시작할 수 없습니다',
  BLOCK_IN_FLOW: '[ ] 또는 { } 안에서는 블록 형식을 쓸 수 없습니다',
  BAD_ALIAS: '별칭(*이름)이 가리키는 앵커(&이름)가 없습니다',
  MULTIPLE_ANCHORS: '한 값에 앵커가 둘 이상 있습니다',
  TAG_RESOLVE_FAILED: '알 수 없는 태그입니다',
};

const FORMS_KO = (p: MessageParams): string => list(p['forms'], ', ');

const ko: Record<string, Render> = {
  'file-unreadable': (p) => ({ message: `파일을 읽을 수 없습니다 (${s(p['code'])})`, hint: p['code'] === 'ENOENT' ? '경로가 맞는지, 링크가 끊어지지 않았는지 확인하세요' : '파일 권한을 확인하세요' }),
  'file-is-directory': () => ({ message: 'YAML 파일이어야 할 자리에 폴더가 있습니다', hint: '폴더 이름을 바꾸거나 그 안의 파일을 옮기세요' }),
  'file-binary': (p) => ({ message: `텍스트가 아닌 파일입니다 (${s(p['offset'])}번째 바이트에 NUL 문자)`, hint: 'YAML 기록은 UTF-8 텍스트로 저장하세요' }),
  'file-encoding': (p) => ({ message: `UTF-8이 아닌 바이트 ${josa(s(p['byte']), '이')} 있습니다`, hint: '편집기에서 인코딩을 UTF-8로 바꿔 다시 저장하세요 (EUC-KR/CP949로 저장된 파일일 수 있습니다)' }),
  'file-empty': () => ({ message: '파일이 비어 있습니다: 기록이 없습니다', hint: '첫 줄에 kind: 를 쓰고 기록을 적거나, 파일을 지우세요' }),
  'yaml-syntax': (p) => ({ message: `YAML 문법 오류: ${SYNTAX_KO[s(p['code'])] ?? s(p['detail'])}`, hint: '표시된 위치와 그 앞뒤 줄의 들여쓰기, 괄호, 따옴표를 확인하세요' }),
  'yaml-tab-indent': () => ({ message: '들여쓰기에 탭 문자가 있습니다: YAML은 탭 들여쓰기를 허용하지 않습니다', hint: '탭 대신 공백 두 칸으로 들여 쓰세요' }),
  'yaml-multi-document': (p) => ({ message: `한 파일에 문서가 ${s(p['count'])}개 있습니다 (---로 구분)`, hint: '기록마다 파일을 하나씩 쓰세요' }),
  'root-not-mapping': (p) => ({ message: `파일의 최상위가 ${p['found'] === 'list' ? '목록' : '하나의 값'}입니다: kind: 로 시작하는 키: 값 묶음이어야 합니다`, hint: '첫 줄을 kind: budget 처럼 쓰세요' }),
  'yaml-complex-key': () => ({ message: '키는 문구여야 합니다', hint: '키를 한 단어로 쓰세요' }),
  'yaml-proto-key': (p) => ({ message: `키 ${josa(q(p['key']), '은')} 쓸 수 없습니다`, hint: '이 키를 지우세요' }),
  'yaml-duplicate-key': (p) => ({ message: `키 ${josa(q(p['key']), '이')} 두 번 있습니다 (처음: ${s(p['firstLine'])}행 ${s(p['firstColumn'])}열)`, hint: '둘 중 하나를 지우거나 합치세요' }),
  'yaml-alias-limit': (p) => ({ message: `별칭(*)이 너무 많이 펼쳐집니다 (한도 ${s(p['limit'])}): 값이 기하급수로 불어나는 문서입니다`, hint: '별칭을 쓰지 말고 값을 직접 적으세요' }),
  'yaml-tag': (p) => ({ message: `태그 ${josa(q(p['tag']), '은')} 쓸 수 없습니다: YAML 1.2 기본 스키마의 태그(!!str, !!int 등)만 읽습니다`, hint: '태그를 지우고 값을 그대로 적으세요' }),
  'yaml-depth-limit': (p) => ({ message: `목록과 매핑이 너무 깊게 겹쳐 있습니다 (한도 ${s(p['limit'])}단계)`, hint: '기록은 몇 단계면 충분합니다: 겹친 괄호나 들여쓰기를 줄이세요' }),
  'string-too-long': (p) => ({ message: `문구가 너무 깁니다 (${n(p['length'])}자, 한도 ${n(p['limit'])}자)`, hint: '값을 줄이거나 여러 값으로 나누세요' }),
  'list-too-long': (p) => ({ message: `목록 항목이 너무 많습니다 (${n(p['count'])}개, 한도 ${n(p['limit'])}개)`, hint: '목록을 여러 파일로 나누세요 (예: 월별 파일)' }),
  'number-too-large': (p) => ({ message: `숫자가 너무 커서 정확히 다룰 수 없습니다 (한도 ±${n(p['limit'])})`, hint: '단위를 키워(예: 원 → 천원) 더 작은 수로 적거나 값을 확인하세요' }),
  'number-nan': () => ({ message: '.nan은 숫자가 아닙니다', hint: '실제 값을 적으세요' }),
  'yaml-leading-zero': (p) => ({ message: `${josa(q(p['written']), '은')} 숫자 ${josa(s(p['read']), '으로')} 읽힙니다 (앞의 0은 버려짐)`, hint: `코드라면 따옴표로 감싸세요: "${s(p['written'])}"; 숫자라면 ${josa(s(p['read']), '으로')} 쓰세요` }),
  'kind-missing': (p) => ({ message: '기록 종류(kind)가 없습니다', hint: `첫 줄에 kind: 를 쓰세요. 가능한 값: ${list(p['known'])}` }),
  'kind-unknown': (p, pr) => ({ message: `알 수 없는 기록 종류${written(pr)}`, hint: `가능한 값: ${list(p['known'])}` }),
  'schema-unknown-key': (p) => ({ message: `알 수 없는 키 ${q(p['key'])}`, hint: p['suggestion'] ? `${josa(q(p['suggestion']), '을')} 쓰려던 것인가요?` : `쓸 수 있는 키: ${list(p['allowed'])}` }),
  'schema-required': (p) => ({ message: `필수 항목 ${josa(q(p['missing']), '이')} 없습니다`, hint: p['example'] ? `예: ${s(p['missing'])}: ${s(p['example'])}` : undefined }),
  'number-with-commas': (p, pr) => ({ message: `${josa(written(pr).trim(), '은')} 문구입니다: 숫자가 와야 합니다`, hint: `쉼표 없이 숫자로 쓰세요: ${s(p['fixed'])}` }),
  'yaml-11-boolean': (p, pr) => ({ message: `${josa(written(pr).trim(), '은')} YAML 1.2에서 참/거짓이 아니라 문구입니다`, hint: `${josa(s(p['fixed']), '으로')} 쓰세요` }),
  'schema-integer': (p, pr) => ({ message: `정수가 와야 하는데${written(pr)}에 소수가 있습니다`, hint: `금액과 인원은 단위에 맞춘 정수로 씁니다${p['example'] ? ` (예: ${s(p['example'])})` : ''}` }),
  'schema-empty-value': (p) => ({ message: `값이 비어 있습니다: ${josa(TYPE_KO[s(p['expected'])] ?? s(p['expected']), '이')} 와야 합니다`, hint: p['example'] ? `예: ${s(p['example'])}` : undefined }),
  'schema-type': (p, pr) => ({ message: `${josa(TYPE_KO[s(p['expected'])] ?? s(p['expected']), '이')} 와야 하는데 ${josa(`${TYPE_KO[s(p['found'])] ?? s(p['found'])}${written(pr)}`, '이')} 있습니다`, hint: p['example'] ? `예: ${s(p['example'])}` : undefined }),
  'schema-enum': (p, pr) => ({ message: `허용되지 않는 값${written(pr)}`, hint: p['suggestion'] ? `${josa(q(p['suggestion']), '을')} 쓰려던 것인가요? 가능한 값: ${list(p['allowed'])}` : `가능한 값: ${list(p['allowed'])}` }),
  'schema-const': (p, pr) => ({ message: `값은 ${josa(q(p['expected']), '이어야')} 합니다${pr.actual ? ` (적힌 값${written(pr)})` : ''}`, hint: `${josa(s(p['expected']), '으로')} 쓰세요` }),
  'schema-negative': (_p, pr) => ({ message: `음수${josa(written(pr), '은')} 쓸 수 없습니다: 0 이상이어야 합니다`, hint: '감액은 예산 조정(adjustments)에 음수 증감액으로 적으세요' }),
  'schema-minimum': (p, pr) => ({ message: `${s(p['limit'])} 이상이어야 합니다${written(pr) ? ` (적힌 값${written(pr)})` : ''}` }),
  'schema-maximum': (p, pr) => ({ message: `${s(p['limit'])} 이하여야 합니다${written(pr) ? ` (적힌 값${written(pr)})` : ''}` }),
  'date-invalid': (p, pr) => {
    const r = s(p['reason']);
    const why = r === 'month' ? '월은 01~12입니다' : r.startsWith('day:') ? `그 달은 ${r.slice(4)}일까지입니다` : 'YYYY-MM-DD 형식이어야 합니다';
    if (r === 'format') return { message: `날짜 형식이 아닙니다${written(pr)}`, hint: `YYYY-MM-DD로 쓰세요${p['example'] ? ` (예: ${s(p['example'])})` : ''}` };
    return { message: `없는 날짜${written(pr)}: ${why}`, hint: `실제 날짜를 YYYY-MM-DD로 쓰세요${p['example'] ? ` (예: ${s(p['example'])})` : ''}` };
  },
  'schema-pattern': (p, pr) => ({ message: `형식이 맞지 않습니다${written(pr)}`, hint: p['example'] ? `예: ${s(p['example'])}` : undefined }),
  'schema-empty-text': (p) => ({ message: '빈 문구입니다', hint: p['example'] ? `내용을 쓰세요 (예: ${s(p['example'])})` : '내용을 쓰세요' }),
  'schema-min-items': (p) => ({ message: `항목이 ${s(p['limit'])}개 이상 있어야 합니다`, hint: p['example'] ? `예: ${s(p['example'])}` : undefined }),
  'schema-unique-items': (p) => ({ message: `같은 값이 ${s(p['first'])}번째와 ${s(p['second'])}번째에 두 번 있습니다`, hint: '하나를 지우세요' }),
  'schema-other': (p) => ({ message: `스키마에 맞지 않습니다 (${s(p['detail'])})` }),
  'duplicate-id': (p) => ({ message: `${WHAT_KO[s(p['what'])] ?? s(p['what'])} ${josa(q(p['id']), '이')} 이미 있습니다 (${s(p['firstFile'])}:${s(p['firstLine'])})`, hint: '식별자는 하나에 하나씩: 하나를 고치거나 지우세요' }),
  'unknown-ref': (p) => ({ message: `${WHAT_KO[s(p['what'])] ?? s(p['what'])} ${josa(q(p['id']), '을')} 찾을 수 없습니다`, hint: p['suggestion'] ? `${josa(q(p['suggestion']), '을')} 쓰려던 것인가요?` : Array.isArray(p['known']) && p['known'].length ? `있는 값: ${list(p['known'])}` : '가리키는 기록을 먼저 추가하세요' }),
  'unknown-budget-line': (p) => ({
    message: p['noBudget'] ? `${s(p['year'])}회계연도 예산 기록이 없어 과목 ${josa(q(p['id']), '을')} 확인할 수 없습니다` : `${s(p['year'])}회계연도 예산에 없는 과목 ${q(p['id'])}`,
    hint: p['noBudget'] ? `data/budget/${s(p['year'])}.yaml을 추가하세요` : p['suggestion'] ? `${josa(q(p['suggestion']), '을')} 쓰려던 것인가요?` : `있는 과목: ${list(p['known'])}`,
  }),
  'date-outside-fiscal-year': (p) => ({ message: `날짜 ${josa(s(p['date']), '이')} ${s(p['year'])}회계연도(${s(p['year'])}-01-01~${s(p['year'])}-12-31) 밖입니다`, hint: '날짜나 회계연도를 고치세요' }),
  'period-unparseable': (p, pr) => ({ message: `기간 문구${josa(written(pr), '을')} 날짜로 읽을 수 없습니다`, hint: `이해하는 형식: ${FORMS_KO(p)}` }),
  'stated-mismatch': (p) => ({
    message: `보고서 표기 ${WHAT_KO[s(p['what'])] ?? s(p['what'])} ${josa(s(p['stated']), '이')} 기록에서 계산한 값 ${josa(s(p['computed']), '과')} 다릅니다${p['sum'] ? ` (${s(p['sum'])} = ${s(p['computed'])})` : ''}`,
    hint: '기록의 수치를 고치거나, 표기값이 틀렸다면 stated 값을 고치세요',
  }),
  'execution-mismatch': (p) => ({
    message: `과목 ${s(p['line'])}의 ${s(p['date'])} 집행액이 스냅숏에는 ${n(p['snapshot'])}${s(p['unit'])}인데 그날까지의 집행 내역 합계는 ${n(p['entries'])}${s(p['unit'])}(${n(p['entriesWon'])}원)입니다`,
    hint: '빠진 집행 내역을 더하거나 스냅숏 금액을 고치세요',
  }),
  'snapshot-in-future': (p) => ({ message: `인력 현황 기준일 ${josa(s(p['date']), '이')} 데이터 기준일 ${s(p['reference'])}(report.yaml)보다 뒤입니다`, hint: '기준일을 고치거나, 보고서의 기준일(as_of)을 먼저 옮기세요' }),
  'listed-count': (p) => ({ message: `${WHAT_KO[s(p['what'])] ?? s(p['what'])}: 보고서 표기 ${s(p['stated'])}개인데 기록에 ${s(p['listed'])}개가 있습니다`, hint: '목록이나 표기 수를 고치세요' }),
};

const WHAT_KO: Record<string, string> = {
  office: '사무실 ID',
  report: '보고서 ID',
  headcount: '인력 현황 기준일',
  budget: '예산 회계연도',
  task: '주요 업무 번호',
  cities: '친선·우호도시 기록',
  'budget-line': '예산 과목',
  snapshot: '집행 스냅숏 기준일',
  'snapshot-line': '스냅숏 과목',
  track: '직렬',
  grade: '직급',
  council: '회의 유형 ID',
  ordinance: '조례 ID',
  taskforce: '전담조직 ID',
  event: '행사 ID',
  country: '국가 코드',
  city: '도시',
  'city-type': '결연 종류',
  plan: '향후계획 ID',
  ref: '참조',
  balance: '잔액',
  rate: '집행률',
  executed: '집행액',
  quota: '정원',
  current: '현원',
  countries: '국가 수',
  'city-count': '도시 수',
  'budget-amount': '예산액',
};

const SYNTAX_EN: Record<string, string> = {
  BAD_INDENT: 'the indentation does not line up',
  MISSING_CHAR: 'a closing ], } or quote is missing',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping cannot be nested inside a one-line mapping',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line',
  UNEXPECTED_TOKEN: 'a character that cannot stand here',
  BAD_SCALAR_START: 'a value cannot start with this character',
  BLOCK_IN_FLOW: 'block style cannot be used inside [ ] or { }',
  BAD_ALIAS: 'an alias (*name) refers to an anchor (&name) that does not exist',
  MULTIPLE_ANCHORS: 'a value has more than one anchor',
  TAG_RESOLVE_FAILED: 'unknown tag',
};

const WHAT_EN: Record<string, string> = {
  office: 'office id',
  report: 'report id',
  headcount: 'headcount date',
  budget: 'budget fiscal year',
  task: 'work item number',
  cities: 'partner-city record',
  'budget-line': 'budget line',
  snapshot: 'snapshot date',
  'snapshot-line': 'snapshot line',
  track: 'track',
  grade: 'grade',
  council: 'meeting type id',
  ordinance: 'ordinance id',
  taskforce: 'task force id',
  event: 'event id',
  country: 'country code',
  city: 'city',
  'city-type': 'partnership type',
  plan: 'plan id',
  ref: 'reference',
  balance: 'balance (잔액)',
  rate: 'execution rate (집행률)',
  executed: 'executed (집행액)',
  quota: 'authorized (정원)',
  current: 'filled (현원)',
  countries: 'countries',
  'city-count': 'number of cities',
  'budget-amount': 'budget (예산액)',
};

const en: Record<string, Render> = {
  'file-unreadable': (p) => ({ message: `cannot read the file (${s(p['code'])})`, hint: p['code'] === 'ENOENT' ? 'check the path, or a broken link' : 'check the file permissions' }),
  'file-is-directory': () => ({ message: 'a directory stands where a YAML file is expected', hint: 'rename the directory or move its files' }),
  'file-binary': (p) => ({ message: `not a text file (NUL byte at offset ${s(p['offset'])})`, hint: 'save YAML records as UTF-8 text' }),
  'file-encoding': (p) => ({ message: `byte ${s(p['byte'])} is not UTF-8`, hint: "re-save the file as UTF-8 in your editor (it may have been saved as EUC-KR/CP949)" }),
  'file-empty': () => ({ message: 'the file is empty: it holds no record', hint: 'start it with a kind: line, or delete it' }),
  'yaml-syntax': (p) => ({ message: `YAML syntax error: ${SYNTAX_EN[s(p['code'])] ?? s(p['detail'])}`, hint: 'check the indentation, brackets and quotes here and on the lines around it' }),
  'yaml-tab-indent': () => ({ message: 'a tab is used for indentation: YAML does not allow tab indents', hint: 'indent with two spaces instead of a tab' }),
  'yaml-multi-document': (p) => ({ message: `the file holds ${s(p['count'])} documents (separated by ---)`, hint: 'keep one record per file' }),
  'root-not-mapping': (p) => ({ message: `the file is ${p['found'] === 'list' ? 'a list' : 'a single value'}: expected a mapping that starts with kind:`, hint: 'start the file with a line such as kind: budget' }),
  'yaml-complex-key': () => ({ message: 'a key must be plain text', hint: 'write the key as one word' }),
  'yaml-proto-key': (p) => ({ message: `the key ${q(p['key'])} is not allowed`, hint: 'remove this key' }),
  'yaml-duplicate-key': (p) => ({ message: `duplicate key ${q(p['key'])} (first at line ${s(p['firstLine'])}, column ${s(p['firstColumn'])})`, hint: 'remove one of them or merge them' }),
  'yaml-alias-limit': (p) => ({ message: `aliases (*) expand too often (limit ${s(p['limit'])}): the document grows exponentially`, hint: 'write the values out instead of using aliases' }),
  'yaml-tag': (p) => ({ message: `the tag ${q(p['tag'])} is not allowed: only the tags of the YAML 1.2 core schema (!!str, !!int, …) are read`, hint: 'remove the tag and write the value as it is' }),
  'yaml-depth-limit': (p) => ({ message: `lists and mappings are nested too deeply (limit ${s(p['limit'])} levels)`, hint: 'records need only a few levels: remove the extra brackets or indentation' }),
  'string-too-long': (p) => ({ message: `the text is too long (${n(p['length'])} characters, limit ${n(p['limit'])})`, hint: 'shorten the value or split it into several values' }),
  'list-too-long': (p) => ({ message: `the list has too many items (${n(p['count'])}, limit ${n(p['limit'])})`, hint: 'split the list into several files (for example one a month)' }),
  'number-too-large': (p) => ({ message: `the number is too large to be kept exactly (limit ±${n(p['limit'])})`, hint: 'write it in a larger unit (for example 천원 instead of 원), or check the value' }),
  'number-nan': () => ({ message: '.nan is not a number', hint: 'write the real value' }),
  'yaml-leading-zero': (p) => ({ message: `${q(p['written'])} is read as the number ${s(p['read'])} (the leading zero is dropped)`, hint: `if it is a code, quote it: "${s(p['written'])}"; if it is a number, write ${s(p['read'])}` }),
  'kind-missing': (p) => ({ message: 'no kind: line says what record this is', hint: `add kind: as the first key; one of: ${list(p['known'])}` }),
  'kind-unknown': (p, pr) => ({ message: `unknown record kind${written(pr)}`, hint: `one of: ${list(p['known'])}` }),
  'schema-unknown-key': (p) => ({ message: `unknown key ${q(p['key'])}`, hint: p['suggestion'] ? `did you mean ${q(p['suggestion'])}?` : `known keys: ${list(p['allowed'])}` }),
  'schema-required': (p) => ({ message: `missing required key ${q(p['missing'])}`, hint: p['example'] ? `for example: ${s(p['missing'])}: ${s(p['example'])}` : undefined }),
  'number-with-commas': (p, pr) => ({ message: `${written(pr).trim()} is text; expected a number`, hint: `write the number without commas: ${s(p['fixed'])}` }),
  'yaml-11-boolean': (p, pr) => ({ message: `${written(pr).trim()} is text in YAML 1.2, not a true/false value`, hint: `write ${s(p['fixed'])}` }),
  'schema-integer': (p, pr) => ({ message: `expected a whole number, found a fraction${written(pr)}`, hint: `amounts and counts are whole numbers in their unit${p['example'] ? ` (e.g. ${s(p['example'])})` : ''}` }),
  'schema-empty-value': (p) => ({ message: `the value is empty; expected ${TYPE_EN[s(p['expected'])] ?? s(p['expected'])}`, hint: p['example'] ? `for example: ${s(p['example'])}` : undefined }),
  'schema-type': (p, pr) => ({ message: `expected ${TYPE_EN[s(p['expected'])] ?? s(p['expected'])}, found ${TYPE_EN[s(p['found'])] ?? s(p['found'])}${written(pr)}`, hint: p['example'] ? `for example: ${s(p['example'])}` : undefined }),
  'schema-enum': (p, pr) => ({ message: `value not allowed${written(pr)}`, hint: p['suggestion'] ? `did you mean ${q(p['suggestion'])}? one of: ${list(p['allowed'])}` : `one of: ${list(p['allowed'])}` }),
  'schema-const': (p, pr) => ({ message: `the value must be ${q(p['expected'])}${pr.actual ? ` (found${written(pr)})` : ''}`, hint: `write ${s(p['expected'])}` }),
  'schema-negative': (_p, pr) => ({ message: `negative amount${written(pr)}: expected 0 or more`, hint: 'record a decrease as an adjustment with a negative amount' }),
  'schema-minimum': (p, pr) => ({ message: `must be at least ${s(p['limit'])}${written(pr) ? ` (found${written(pr)})` : ''}` }),
  'schema-maximum': (p, pr) => ({ message: `must be at most ${s(p['limit'])}${written(pr) ? ` (found${written(pr)})` : ''}` }),
  'date-invalid': (p, pr) => {
    const r = s(p['reason']);
    const why = r === 'month' ? 'months run from 01 to 12' : r.startsWith('day:') ? `that month has ${r.slice(4)} days` : 'expected YYYY-MM-DD';
    if (r === 'format') return { message: `not a date in the form YYYY-MM-DD${written(pr)}`, hint: `write it as YYYY-MM-DD${p['example'] ? ` (e.g. ${s(p['example'])})` : ''}` };
    return { message: `not a real date${written(pr)}: ${why}`, hint: `write a date that exists, as YYYY-MM-DD${p['example'] ? ` (e.g. ${s(p['example'])})` : ''}` };
  },
  'schema-pattern': (p, pr) => ({ message: `the value does not have the expected form${written(pr)}`, hint: p['example'] ? `for example: ${s(p['example'])}` : undefined }),
  'schema-empty-text': (p) => ({ message: 'the text is empty', hint: p['example'] ? `write something (e.g. ${s(p['example'])})` : 'write something' }),
  'schema-min-items': (p) => ({ message: `the list needs at least ${s(p['limit'])} item(s)`, hint: p['example'] ? `for example: ${s(p['example'])}` : undefined }),
  'schema-unique-items': (p) => ({ message: `the same value stands twice, at positions ${s(p['first'])} and ${s(p['second'])}`, hint: 'remove one' }),
  'schema-other': (p) => ({ message: `does not match the schema (${s(p['detail'])})` }),
  'duplicate-id': (p) => ({ message: `${WHAT_EN[s(p['what'])] ?? s(p['what'])} ${q(p['id'])} already exists (${s(p['firstFile'])}:${s(p['firstLine'])})`, hint: 'an id names one thing: change or remove one of them' }),
  'unknown-ref': (p) => ({ message: `no ${WHAT_EN[s(p['what'])] ?? s(p['what'])} ${q(p['id'])} exists`, hint: p['suggestion'] ? `did you mean ${q(p['suggestion'])}?` : Array.isArray(p['known']) && p['known'].length ? `known: ${list(p['known'])}` : 'add the record it points at first' }),
  'unknown-budget-line': (p) => ({
    message: p['noBudget'] ? `no budget record for fiscal year ${s(p['year'])}, so line ${q(p['id'])} cannot be checked` : `budget line ${q(p['id'])} is not in the ${s(p['year'])} budget`,
    hint: p['noBudget'] ? `add data/budget/${s(p['year'])}.yaml` : p['suggestion'] ? `did you mean ${q(p['suggestion'])}?` : `known lines: ${list(p['known'])}`,
  }),
  'date-outside-fiscal-year': (p) => ({ message: `date ${s(p['date'])} is outside fiscal year ${s(p['year'])} (${s(p['year'])}-01-01 to ${s(p['year'])}-12-31)`, hint: 'correct the date or the fiscal year' }),
  'period-unparseable': (p, pr) => ({ message: `the period phrase${written(pr)} cannot be read as dates`, hint: `understood forms: ${list(p['forms'])}` }),
  'stated-mismatch': (p) => ({
    message: `the stated ${WHAT_EN[s(p['what'])] ?? s(p['what'])} ${s(p['stated'])} differs from ${s(p['computed'])} computed from the records${p['sum'] ? ` (${s(p['sum'])} = ${s(p['computed'])})` : ''}`,
    hint: 'correct the records, or the stated value if the document was wrong',
  }),
  'execution-mismatch': (p) => ({
    message: `line ${s(p['line'])} on ${s(p['date'])}: the snapshot says ${n(p['snapshot'])} ${s(p['unit'])} executed, the entries up to that day add up to ${n(p['entries'])} ${s(p['unit'])} (${n(p['entriesWon'])} 원)`,
    hint: 'add the missing entries or correct the snapshot',
  }),
  'snapshot-in-future': (p) => ({ message: `headcount snapshot date ${s(p['date'])} is after the data's reference date ${s(p['reference'])} (report.yaml)`, hint: "correct the date, or move the report's as_of first" }),
  'listed-count': (p) => ({ message: `${WHAT_EN[s(p['what'])] ?? s(p['what'])}: ${s(p['stated'])} stated, but the records list ${s(p['listed'])}`, hint: 'correct the list or the stated count' }),
};

const CATALOG: Record<Lang, Record<string, Render>> = { ko, en };

/** Rule ids with a message; a test checks both languages cover the same ones. */
export function catalogRules(lang: Lang): string[] {
  return Object.keys(CATALOG[lang]).sort();
}

export function describe(problem: Problem, lang: Lang): Message {
  const render = CATALOG[lang][problem.rule];
  if (!render) return { message: problem.rule };
  return render(problem.params, problem);
}

/** The sentence a one-line format prints: the YAML path, what is wrong, how to fix it. */
export function oneLine(problem: Problem, lang: Lang): string {
  const m = describe(problem, lang);
  const where = problem.path ? `${problem.path}: ` : '';
  return `${where}${m.message}${m.hint ? `; ${m.hint}` : ''}`;
}
