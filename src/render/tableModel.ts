// A table as data: what the table, md and csv formats print. Cells keep their raw values and a
// kind; each format decides how a kind is written (thousands separators in table/md, plain
// integers in csv, △ for a negative gap in Korean).
import type { Lang } from '../messages/catalog.js';

export type CellKind = 'text' | 'int' | 'gap' | 'percent';

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
}

export interface TableModel {
  /** Printed above the table, e.g. "인력 현황 (기준 / 단위 : '21. 4. 28. / 명)". */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Lines printed under the table (notes on rounding, completeness …). */
  readonly notes?: readonly string[];
}

export const text = (value: string): Cell => ({ value, kind: 'text' });
export const int = (value: number | null): Cell => ({ value, kind: 'int' });
export const gap = (value: number): Cell => ({ value, kind: 'gap' });
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
  }
}

/** Writes a cell for machines: plain integers, signed gaps, percentages with one decimal. */
export function plainCell(cell: Cell): string {
  if (cell.value === null) return '';
  if (cell.kind === 'text') return String(cell.value);
  if (cell.kind === 'percent') return tenths(cell.value);
  return numberDigits(cell.value);
}

/** '2021-04-28' → "'21. 4. 28." as the office writes a date. */
export function officeDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `'${y!.slice(2)}. ${Number(m)}. ${Number(d)}.`;
}
