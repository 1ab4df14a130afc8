// Which column holds what: the header names disclosures use, found wherever the header row is
// (title rows above it, 합계 rows below). The synonyms table of docs/import.md is this table.

export type Field = 'dept' | 'date' | 'time' | 'place' | 'purpose' | 'amount' | 'attendees' | 'payment' | 'line' | 'program' | 'note';

/** Header names (spaces, brackets and a unit like "(원)" ignored, case ignored) per field. */
export const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  dept: ['부서', '부서명', '집행부서', '사용부서', '소속', 'dept_nm'],
  date: ['사용일', '사용일자', '집행일', '집행일자', '사용일시', '집행일시', '일자', '날짜', 'exec_dt'],
  time: ['사용시간', '집행시간', '사용시각', '시간', 'exec_tm'],
  place: ['사용장소', '집행장소', '장소', 'exec_loc'],
  purpose: ['사용목적', '집행목적', '목적', '사용내역', '집행내역', 'exec_purpose'],
  amount: ['사용금액', '집행금액', '금액', 'exec_amount'],
  attendees: ['사용자', '대상인원', '집행대상', '대상', '참석자', '참석대상', '인원', 'target_nm'],
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

export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\((?:단위:?)?(?:원|명)\)$/, '')
    .replace(/[()[\]*]/g, '')
    .toLowerCase();
}

const BY_NAME = new Map<string, Field>(Object.entries(SYNONYMS).flatMap(([f, names]) => names.map((n) => [n.toLowerCase(), f as Field] as const)));

export interface HeaderMap {
  /** Column index (0-based) per field found. */
  readonly columns: Partial<Record<Field, number>>;
  /** The open-data department levels dept_nm_lvl_1 … 5, in order. */
  readonly deptLevels: readonly number[];
  readonly names: readonly string[];
  readonly family: 'open-data' | 'open-api' | 'korean';
}

/** Maps one row as a header; the first column wins when two name the same field. */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const columns: Partial<Record<Field, number>> = {};
  const deptLevels: number[] = [];
  cells.forEach((c, i) => {
    const n = normalizeHeader(c);
    if (/^dept_nm_lvl_\d$/.test(n)) deptLevels.push(i);
    const f = BY_NAME.get(n);
    if (f !== undefined && columns[f] === undefined) columns[f] = i;
  });
  const raw = cells.map((c) => c.trim());
  const family = deptLevels.length > 0 || raw.includes('exec_amount') ? 'open-data' : raw.includes('EXEC_AMOUNT') ? 'open-api' : 'korean';
  return { columns, deptLevels, names: cells, family };
}

/** How many fields a row maps, as a header. */
export function headerScore(h: HeaderMap): number {
  return Object.keys(h.columns).length + (h.deptLevels.length > 0 && h.columns.dept === undefined ? 1 : 0);
}

export function isHeader(h: HeaderMap): boolean {
  return REQUIRED_FIELDS.every((f) => h.columns[f] !== undefined) && headerScore(h) >= 3;
}
