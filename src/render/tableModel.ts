// A table as data: what the table, md and csv formats print. Cells keep their raw values and a
// kind; each format decides how a kind is written (thousands separators in table/md, plain
// integers in csv, △ for a negative gap in Korean, a date as the office writes it in Korean and
// stored as a date in a workbook).
import type { Lang } from '../messages/catalog.js';
import { formatTenths, groupThousands, numberDigits } from '../model/numbers.js';
import { displayWidth } from './displayWidth.js';

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

/** An empty text cell: one for every empty cell (cells are readonly), not one per cell of a list
 *  of 100,000 rows. */
const EMPTY_TEXT: Cell = { value: '', kind: 'text' };
export const text = (value: string): Cell => (value === '' ? EMPTY_TEXT : { value, kind: 'text' });
export const int = (value: number | null): Cell => ({ value, kind: 'int' });
export const gap = (value: number | null): Cell => ({ value, kind: 'gap' });
/** A headcount figure: '-' (not applicable, as the table wrote it) is text in every format. */
export const heads = (value: number | '-' | null): Cell => (value === '-' ? text('-') : int(value));
/** A 과부족: '-' where both figures are '-'. */
export const headsGap = (value: number | '-' | null): Cell => (value === '-' ? text('-') : gap(value));
/** A calendar date held as ISO 'YYYY-MM-DD'. */
export const date = (iso: string | null): Cell => ({ value: iso, kind: 'date' });
/** A percentage held in tenths (259 = 25.9%). */
export const percent = (tenths: number | null): Cell => ({ value: tenths, kind: 'percent' });

/** Writes a cell for people: 337,200 / △3 / 25.9%. */
export function humanCell(cell: Cell, lang: Lang): string {
  if (cell.value === null) return '-';
  switch (cell.kind) {
    case 'text':
      return String(cell.value);
    case 'int':
      return groupThousands(Number(cell.value));
    case 'gap': {
      const d = groupThousands(Number(cell.value));
      return d.startsWith('-') && lang === 'ko' ? `△${d.slice(1)}` : d;
    }
    case 'percent':
      return `${formatTenths(Number(cell.value))}%`;
    case 'date':
      return lang === 'ko' ? officeDate(String(cell.value)) : String(cell.value);
  }
}

/** Writes a cell for machines: plain integers, signed gaps, percentages with one decimal, ISO dates. */
export function plainCell(cell: Cell): string {
  if (cell.value === null) return '';
  if (cell.kind === 'text' || cell.kind === 'date') return String(cell.value);
  if (cell.kind === 'percent') return formatTenths(Number(cell.value));
  return numberDigits(cell.value);
}

/** Each column's widest cell as shown to people, in display columns (Korean takes two); 0 for a
 *  column without cells. The header is each format's own affair. */
export function cellWidths(t: TableModel, lang: Lang): number[] {
  return t.columns.map((_, i) => Math.max(0, ...t.rows.map((r) => (r.cells[i] ? displayWidth(humanCell(r.cells[i]!, lang)) : 0))));
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

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A month (1–12) as a label: 5월, May. */
export const monthName = (lang: Lang, month: number): string => (lang === 'ko' ? `${month}월` : MONTHS_EN[month - 1]!);

/** '2021-04-28' → "'21. 4. 28." as the office writes a date. */
export function officeDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `'${y!.slice(2)}. ${Number(m)}. ${Number(d)}.`;
}
