// A table as data: what the table, md and csv formats print. Cells keep their raw values and a
// kind; each format decides how a kind is written (thousands separators in table/md, plain
// integers in csv, △ for a negative gap in Korean, a date as the office writes it in Korean and
// stored as a date in a workbook).
import type { Lang } from '../messages/catalog.js';

export type CellKind = 'text' | 'int' | 'gap' | 'percent' | 'date';

export interface Cell {
  readonly value: string | number | null;
  readonly kind: CellKind;
}

export type RowRole = 'total' | 'subtotal' | 'item';

export interface Row {
  readonly role: RowRole;
  /** 0 for totals, 1 for members of a group; the table format indents members. */
  readonly level: number;
  readonly cells: readonly Cell[];
  /** For colour: a row over its quota or with vacancies, ahead of or behind pace. */
  readonly mark?: 'over' | 'under' | undefined;
  /** Text after the row in the table format only (e.g. a bar). */
  readonly trailer?: string | undefined;
}

export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** The header under its group in a two-row header ("소계" under 일반직); `header` otherwise. */
  readonly grouped?: string;
}

/** A cell of a grouped header's first row over `span` columns; a group of one column named as
 *  its column's header is that column's header over both rows. */
export interface HeaderGroup {
  readonly label: string;
  readonly span: number;
}

export interface TableModel {
  /** Printed above the table, e.g. "인력 현황 (기준 / 단위 : '21. 4. 28. / 명)". */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Lines printed under the table (notes on rounding, completeness …). */
  readonly notes?: readonly string[];
  /** A first header row grouping the columns (html, xlsx and docx draw two header rows; the
   *  text formats keep the one row of `header`s). The spans add up to the number of columns. */
  readonly headerGroups?: readonly HeaderGroup[];
  /** The date the figures are as of (ISO) and their unit, for a sheet's 기준일 line. */
  readonly asOf?: string;
  readonly unit?: string;
}

export const text = (value: string): Cell => ({ value, kind: 'text' });
export const int = (value: number | null): Cell => ({ value, kind: 'int' });
export const gap = (value: number | null): Cell => ({ value, kind: 'gap' });
/** A calendar date held as ISO 'YYYY-MM-DD'. */
export const date = (iso: string | null): Cell => ({ value: iso, kind: 'date' });
/** A percentage held in tenths (259 = 25.9%). */
export const percent = (tenths: number | null): Cell => ({ value: tenths, kind: 'percent' });

/** A number's digits as written by hand: never exponent notation (1e21 is 21 digits), never
 *  Infinity or NaN — a figure that is not a finite number is a fault of the computation, so it
 *  stops the run as an internal error rather than print a wrong figure. */
export function numberDigits(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`a figure is not a finite number: ${String(value)}`);
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const grouped = (digits: string): string => {
  const [whole, fraction] = digits.replace(/^-/, '').split('.');
  const g = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (digits.startsWith('-') ? '-' : '') + g + (fraction === undefined ? '' : `.${fraction}`);
};

/** Tenths of a percent with one decimal: 259 → "25.9", -5 → "-0.5". */
const tenths = (value: unknown): string => {
  const d = numberDigits(Math.round(Number(value)));
  const sign = d.startsWith('-') ? '-' : '';
  const abs = d.replace(/^-/, '').padStart(2, '0');
  return `${sign}${abs.slice(0, -1)}.${abs.slice(-1)}`;
};

/** Writes a cell for people: 337,200 / △3 / 25.9%. */
export function humanCell(cell: Cell, lang: Lang): string {
  if (cell.value === null) return '-';
  switch (cell.kind) {
    case 'text':
      return String(cell.value);
    case 'int':
      return grouped(numberDigits(cell.value));
    case 'gap': {
      const d = grouped(numberDigits(cell.value));
      return d.startsWith('-') && lang === 'ko' ? `△${d.slice(1)}` : d;
    }
    case 'percent':
      return `${tenths(cell.value)}%`;
    case 'date':
      return lang === 'ko' ? officeDate(String(cell.value)) : String(cell.value);
  }
}

/** Writes a cell for machines: plain integers, signed gaps, percentages with one decimal, ISO dates. */
export function plainCell(cell: Cell): string {
  if (cell.value === null) return '';
  if (cell.kind === 'text') return String(cell.value);
  if (cell.kind === 'percent') return tenths(cell.value);
  return numberDigits(cell.value);
}

/** The header cells of a grouped header, row by row: the groups' row (a group of one column
 *  named as its header spans both rows: `rows` 2) and the row under it. */
export function headerRows(t: TableModel): { first: { label: string; span: number; rows: 1 | 2; col: number }[]; second: { label: string; col: number }[] } | undefined {
  const groups = t.headerGroups;
  if (!groups?.length || groups.reduce((n, g) => n + g.span, 0) !== t.columns.length) return undefined;
  const first: { label: string; span: number; rows: 1 | 2; col: number }[] = [];
  const second: { label: string; col: number }[] = [];
  let col = 0;
  for (const g of groups) {
    const whole = g.span === 1 && g.label === t.columns[col]!.header;
    first.push({ label: g.label, span: g.span, rows: whole ? 2 : 1, col });
    if (!whole) for (let i = col; i < col + g.span; i++) second.push({ label: t.columns[i]!.grouped ?? t.columns[i]!.header, col: i });
    col += g.span;
  }
  return { first, second };
}

/** '2021-04-28' → "'21. 4. 28." as the office writes a date. */
export function officeDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `'${y!.slice(2)}. ${Number(m)}. ${Number(d)}.`;
}
