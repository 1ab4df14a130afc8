// The rows of a list a record kind's schema declares (`x-list`, model/listDeclaration.ts): every
// row of every record of the kind (the items of its `rows` array, or each record itself), each
// column's value as the declaration shows it, in the declared order. Pure: the records in, the
// list out; engine/listReport.ts makes it a report and render/tables/recordList.ts its table.
import type { ListColumn, ListDeclaration, ListUnit } from '../model/records.js';
import { toUnit } from '../model/numbers.js';

/** A column's value in a row: text or an ISO date as a string, money (in the column's unit) or a
 *  count as a number; null where the row has none. */
export type ListValue = string | number | null;

export interface RecordList {
  /** The rows as the records write them, in the declared order: what json gives. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  /** Each row's values, one per column. */
  readonly values: readonly (readonly ListValue[])[];
  /** Each column's money unit (null for a column that is not money): the records' unit, or 원
   *  when records of two units meet in the list (천원 figures are then × 1,000, exact). */
  readonly units: readonly (ListUnit | null)[];
}

type Row = Readonly<Record<string, unknown>>;

const UNITS: ReadonlySet<string> = new Set<ListUnit>(['원', '천원', '백만원']);

/** A written value as text: a list as its items, a mapping as JSON. */
function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => textOf(x) ?? '').join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The unit a money column's value of a record is in. */
const unitOf = (c: ListColumn, record: Row): ListUnit | undefined => {
  const u = record['unit'];
  return typeof u === 'string' && UNITS.has(u) ? (u as ListUnit) : c.unit;
};

/** Orders two values: numbers by size, text by code points (the same in every locale), a missing
 *  value after any other. */
function compare(a: ListValue | undefined, b: ListValue | undefined): number {
  const none = (v: ListValue | undefined): boolean => v === null || v === undefined;
  if (none(a) || none(b)) return none(a) === none(b) ? 0 : none(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a! < b! ? -1 : a! > b! ? 1 : 0;
}

/** The list of the records of a kind, as the declaration says. */
export function recordList(decl: ListDeclaration, records: readonly Row[]): RecordList {
  const pairs: { row: Row; record: Row }[] = [];
  for (const record of records) {
    if (decl.rows === undefined) pairs.push({ row: record, record });
    else for (const row of (record[decl.rows] as readonly Row[] | undefined) ?? []) pairs.push({ row, record });
  }
  // A money column is in the unit of every figure it shows, or in 원 when they differ.
  const units = decl.columns.map((c): ListUnit | null => {
    if (c.show !== 'money') return null;
    const used = new Set(pairs.filter((p) => typeof p.row[c.field] === 'number').map((p) => unitOf(c, p.record) ?? '원'));
    return used.size === 1 ? [...used][0]! : '원';
  });
  const valueOf = (p: { row: Row; record: Row }, i: number): ListValue => {
    const c = decl.columns[i]!;
    const v = p.row[c.field];
    if (c.show === 'money') return typeof v === 'number' ? toUnit(v, unitOf(c, p.record) ?? '원', units[i]!) : null;
    if (c.show === 'count') return typeof v === 'number' ? v : null;
    return textOf(v);
  };
  const keyOf = (p: { row: Row; record: Row }, field: string): ListValue => {
    const i = decl.columns.findIndex((c) => c.field === field);
    if (i >= 0) return valueOf(p, i);
    const v = p.row[field];
    return typeof v === 'number' ? v : textOf(v);
  };
  const order = decl.sort.map((s) => ({ field: s.replace(/^-/, ''), sign: s.startsWith('-') ? -1 : 1 }));
  // Array.prototype.sort is stable: rows equal in every sort field keep the records' order.
  const sorted = [...pairs].sort((a, b) => {
    for (const { field, sign } of order) {
      const ka = keyOf(a, field);
      const kb = keyOf(b, field);
      const missing = (ka === null) !== (kb === null);
      const d = compare(ka, kb);
      if (d !== 0) return missing ? d : sign * d;
    }
    return 0;
  });
  return { rows: sorted.map((p) => p.row), values: sorted.map((p) => decl.columns.map((_, i) => valueOf(p, i))), units };
}
