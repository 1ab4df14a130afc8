// Which column holds what: the header names disclosures use, found wherever the header row is
// (title rows above it, 합계 rows below). The synonyms table of docs/import.md is this table.

export type Field = 'dept' | 'date' | 'time' | 'place' | 'purpose' | 'amount' | 'attendees' | 'payment' | 'line' | 'program' | 'note';

/** Header names (spaces, brackets and a unit like "(원)" ignored, case ignored) per field. */
export const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  dept: ['부서', '부서명', '집행부서', '사용부서', '소속', 'dept_nm', 'dept_nm_full'],
  date: ['사용일', '사용일자', '집행일', '집행일자', '사용일시', '집행일시', '일자', '날짜', 'exec_dt'],
  time: ['사용시간', '집행시간', '사용시각', '시간', 'exec_tm'],
  place: ['사용장소', '집행장소', '장소', 'exec_loc'],
  purpose: ['사용목적', '집행목적', '목적', '사용내역', '집행내역', 'exec_purpose'],
  amount: ['사용금액', '집행금액', '금액', 'exec_amount'],
  attendees: ['대상인원', '집행대상', '대상', '참석자', '참석대상', '인원', 'target_nm', '사용자'],
  payment: ['결제방법', '집행방법', '결제수단', '지급방법', 'payment_method'],
  line: ['비목', '구분', '세목', '통계목', '과목', 'bimok', 'category'],
  program: ['세부사업', '세부사업명', '사업명', 'program'],
  note: ['비고'],
};

/** How the tool names each field when it says which columns it needs. */
export const FIELD_LABEL: Readonly<Record<Field, string>> = {
  dept: '부서',
  date: '사용일자',
  time: '사용시간',
  place: '사용장소',
  purpose: '사용목적',
  amount: '사용금액',
  attendees: '대상인원',
  payment: '결제방법',
  line: '비목',
  program: '세부사업',
  note: '비고',
};

export const REQUIRED_FIELDS: readonly Field[] = ['date', 'amount'];

const NEEDS_CUTTING = /[\s()[\]*（）\uFEFF]/;
/** Whether normalizeHeader does more to `name` than settle its case and composition. */
export const needsCutting = (name: string): boolean => NEEDS_CUTTING.test(name);

/** A header name as matched: NFC, without a byte-order mark, spaces, a note in brackets
 *  (`결제방법(제로페이/법인카드)`, `사용금액 [원]`, `금액（원）`) or a `*` of a required column,
 *  lower case. */
export function normalizeHeader(name: string): string {
  // Most cells asked (every row's first cells, against the words of a 합계 row or a repeated
  // header) have nothing to take out: only the case and the composition to settle.
  if (!NEEDS_CUTTING.test(name)) return name.normalize('NFC').toLowerCase();
  return name
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)|\[[^[\]]*\]|（[^（）]*）/g, '')
    .replace(/[()[\]*]/g, '')
    .toLowerCase();
}

/** The fields by the names a user may give them in `--map 열=필드`: the field's own name or the
 *  Korean label the tool uses for it. */
export function fieldNamed(name: string): Field | undefined {
  const n = name.normalize('NFC').trim().toLowerCase();
  return (Object.keys(FIELD_LABEL) as Field[]).find((f) => f.toLowerCase() === n || FIELD_LABEL[f] === n);
}

/** Columns a user mapped (`--map 열=필드`): the header's name as matched → its field. */
export type ColumnMap = ReadonlyMap<string, Field>;

const BY_NAME = new Map<string, Field>(Object.entries(SYNONYMS).flatMap(([f, names]) => names.map((n) => [n.toLowerCase(), f as Field] as const)));

export interface HeaderMap {
  /** Column index (0-based) per field found. */
  readonly columns: Partial<Record<Field, number>>;
  /** The open-data department levels dept_nm_lvl_1 … 5, in order. */
  readonly deptLevels: readonly number[];
  readonly names: readonly string[];
  readonly family: 'open-data' | 'open-api' | 'korean';
  /** Header names that name no field the import reads, as written. */
  readonly unused: readonly string[];
}

/** Open-data columns that say nothing an entry keeps (the page, the year and month again, the
 *  budget's totals): read and left out on purpose, not named as unused. */
const KNOWN_UNUSED = new Set(['nid', 'title', 'url', 'exec_yr', 'exec_month', 'expense_budget', 'expense_execution', 'no', '순번', '번호', '연번']);

/** Maps one row as a header. When two columns name the same field, the one whose name comes
 *  first in the field's synonyms wins (대상인원 before 사용자, which some files use for the
 *  official who paid), then the first column; the other is named as unused. */
export function mapHeader(cells: readonly string[], map: ColumnMap = new Map()): HeaderMap {
  const columns: Partial<Record<Field, number>> = {};
  const deptLevels: number[] = [];
  const unused: string[] = [];
  const rank = (f: Field, n: string): number => (map.get(n) === f ? -1 : SYNONYMS[f].findIndex((x) => x.toLowerCase() === n));
  const names = cells.map(normalizeHeader);
  names.forEach((n, i) => {
    if (/^dept_nm_lvl_\d$/.test(n)) deptLevels.push(i);
    const f = map.get(n) ?? BY_NAME.get(n);
    if (f === undefined) return;
    const held = columns[f];
    if (held === undefined || rank(f, n) < rank(f, names[held]!)) columns[f] = i;
  });
  const used = new Set(Object.values(columns));
  names.forEach((n, i) => {
    if (n !== '' && !used.has(i) && !/^dept_nm_lvl_\d$/.test(n) && !KNOWN_UNUSED.has(n)) unused.push(cells[i]!.trim());
  });
  const raw = cells.map((c) => c.trim());
  const family = deptLevels.length > 0 || raw.includes('exec_amount') ? 'open-data' : raw.includes('EXEC_AMOUNT') ? 'open-api' : 'korean';
  return { columns, deptLevels, names: cells, family, unused };
}

/** How many fields a row maps, as a header. */
export function headerScore(h: HeaderMap): number {
  return Object.keys(h.columns).length + (h.deptLevels.length > 0 && h.columns.dept === undefined ? 1 : 0);
}

export function isHeader(h: HeaderMap): boolean {
  return REQUIRED_FIELDS.every((f) => h.columns[f] !== undefined) && headerScore(h) >= 3;
}
