// CSV text → rows of fields (RFC 4180: quoted fields may hold commas, doubled quotes and line
// ends). Rows may have different numbers of fields: real files have headers shorter than their
// rows, and the caller decides what a short or long row means.
//
// A quote that is never closed would make the rest of the file one field: the reading stops at
// the first quoted field that runs to the end of the file or past `maxQuoted` characters (no
// record field may be that long), and says where that field opened.

export interface CsvRow {
  /** The line the row starts on, 1-based: what a problem points at. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvText {
  readonly rows: CsvRow[];
  /** Where a quoted field opened that never closed, or closed only past the limit. */
  readonly unclosed?: { readonly offset: number; readonly reason: 'unclosed-quote' | 'quoted-too-long' };
}

/** A quoted field longer than this is a quote left open: no record text is this long. */
export const MAX_QUOTED_CHARS = 10_000;

export function parseCsv(text: string, maxQuoted = MAX_QUOTED_CHARS): CsvText {
  const read = readCsv(text, maxQuoted);
  const rows = Array.from({ length: read.rows.length }, (_, r) => ({ line: read.rows.line(r), fields: read.rows.fields(r) }));
  return read.unclosed ? { rows, unclosed: read.unclosed } : { rows };
}

/** The rows of a CSV text as parseCsv reads them, each field kept as its place in the text until
 *  the row's fields are asked for (each time as a new list), and each row as its line and its
 *  first field's place: a disclosure of 100,000 rows is then a few numbers per row and not seven
 *  strings and a list, nor an object, which an import kept alive while it read them all, each
 *  copied by collections of young objects meanwhile. */
export function readCsv(text: string, maxQuoted = MAX_QUOTED_CHARS): { readonly rows: CsvRows; readonly unclosed?: CsvText['unclosed']; readonly lines?: number } {
  const cells = new CsvCells(text);
  const rows = new CsvRows(cells);
  let rowFrom = 0;
  let count = 0;
  let firstEmpty = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  const endRow = (): void => {
    // A line with nothing on it is no row.
    if (count === 1 && firstEmpty) cells.drop(rowFrom);
    else rows.add(rowLine, rowFrom, count);
    rowFrom = cells.count;
    count = 0;
  };
  const push = (empty: boolean): void => {
    if (count++ === 0) firstEmpty = empty;
  };
  // Each turn reads one field and the separator after it. A quote opens a quoted field where
  // only white space was before it in the field (also right after a quoted field that held only
  // white space); after the closing quote, the rest up to the separator belongs to the field.
  while (i < n) {
    // The field as read so far when a quote was in it (else it is the text from i on).
    let field: string | undefined;
    for (;;) {
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 0x22 /* " */ && (field === undefined || field.trim() === '')) {
        const open = j;
        let k = j + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', k);
          if (q === -1 || q - open > maxQuoted) return { rows, unclosed: { offset: open, reason: q === -1 ? 'unclosed-quote' : 'quoted-too-long' } };
          value += text.slice(k, q);
          if (text.charCodeAt(q + 1) === 0x22) {
            value += '"';
            k = q + 2;
            continue;
          }
          k = q + 1;
          break;
        }
        line += countLineEnds(text, open, k);
        field = value;
        i = k;
        if (value.trim() === '') continue;
      }
      let end = i;
      while (end < n && !isSeparator(text.charCodeAt(end))) end++;
      if (field === undefined) {
        cells.place(i, end);
        push(i === end);
      } else {
        field += text.slice(i, end);
        cells.made(field);
        push(field === '');
      }
      i = end;
      break;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === 0x0d /* \r */ || c === 0x0a /* \n */) {
      if (c === 0x0d && text.charCodeAt(i) === 0x0a) i++;
      endRow();
      line++;
      rowLine = line;
    } else if (i >= n) {
      // a comma at the very end: one more empty field
      cells.place(n, n);
      push(true);
    }
  }
  if (count > 0) endRow();
  // The line the text ends on (after a final line break, the one after it).
  return { rows, lines: line };
}

/** The most places (two per field) made room for at first (128 MB). */
const MAX_PLACES = 1 << 25;

/** The fields of a text's rows: for each, its start and end in the text, or (a quoted field,
 *  whose value is not a piece of the text) a negative start naming its value in `values`. */
class CsvCells {
  private bounds: Int32Array;
  private size = 0;
  private readonly values: string[] = [];
  constructor(private readonly text: string) {
    // Room for a field per four characters (a disclosure's cells average eight or more), up to a
    // limit: the memory is the system's zeroed pages, taken only as they are written, where
    // doubling from a small array wrote every place once more into each larger copy (a field
    // more than that is made room for by doubling, as before).
    this.bounds = new Int32Array(Math.min(Math.max(1024, 2 * Math.ceil(text.length / 4)), MAX_PLACES));
  }
  get count(): number {
    return this.size / 2;
  }
  place(start: number, end: number): void {
    if (this.size === this.bounds.length) {
      const more = new Int32Array(this.bounds.length * 2);
      more.set(this.bounds);
      this.bounds = more;
    }
    this.bounds[this.size++] = start;
    this.bounds[this.size++] = end;
  }
  made(value: string): void {
    this.values.push(value);
    this.place(-this.values.length, 0);
  }
  /** Forgets the fields from `from` on. */
  drop(from: number): void {
    this.size = from * 2;
  }
  fields(from: number, count: number): string[] {
    // A list of its length made at once, not grown field by field.
    const out = new Array<string>(count);
    for (let i = 0, f = from * 2; i < count; i++, f += 2) {
      const start = this.bounds[f]!;
      out[i] = start >= 0 ? this.text.slice(start, this.bounds[f + 1]!) : this.values[-start - 1]!;
    }
    return out;
  }
}

/** The rows read: each one's line and the place of its first field among the cells (a row's
 *  fields follow one another, and the next row's follow them). */
export class CsvRows {
  private lines: Int32Array = new Int32Array(1024);
  private firsts: Int32Array = new Int32Array(1024);
  /** The place after the last row's fields. */
  private end = 0;
  length = 0;
  constructor(private readonly cells: CsvCells) {}
  add(line: number, from: number, count: number): void {
    if (this.length === this.lines.length) {
      this.lines = grown(this.lines);
      this.firsts = grown(this.firsts);
    }
    this.lines[this.length] = line;
    this.firsts[this.length++] = from;
    this.end = from + count;
  }
  line(row: number): number {
    return this.lines[row]!;
  }
  /** How many fields the row has. */
  size(row: number): number {
    return (row + 1 < this.length ? this.firsts[row + 1]! : this.end) - this.firsts[row]!;
  }
  /** Made from the places on each call (a row's texts are not kept until asked for): a reader
   *  that needs them more than once keeps the list. */
  fields(row: number): string[] {
    return this.cells.fields(this.firsts[row]!, this.size(row));
  }
}

function grown(a: Int32Array): Int32Array {
  const more = new Int32Array(a.length * 2);
  more.set(a);
  return more;
}

/** White space before an opening quote, as String.prototype.trim sees it. Past ASCII, the
 *  space separators and the two line separators of Unicode (what `\s` matches there), compared as
 *  numbers: asking `\s` of a one-character string made a string for every field that starts with
 *  a Hangul syllable (four of a disclosure's seven), 35 MB of them for 100,000 rows. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || (c >= 0xa0 && isWideSpace(c));
const isWideSpace = (c: number): boolean => c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isSeparator = (c: number): boolean => c === 0x2c /* , */ || c === 0x0a || c === 0x0d;

function countLineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}
