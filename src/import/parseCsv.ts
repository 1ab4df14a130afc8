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
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  const endRow = (): void => {
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  // Each turn reads one field and the separator after it. A quote opens a quoted field where
  // only white space was before it in the field (also right after a quoted field that held only
  // white space); after the closing quote, the rest up to the separator belongs to the field.
  while (i < n) {
    let field = '';
    for (;;) {
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 0x22 /* " */ && (field === '' || field.trim() === '')) {
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
      field += text.slice(i, end);
      i = end;
      break;
    }
    fields.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === 0x0d /* \r */ || c === 0x0a /* \n */) {
      if (c === 0x0d && text.charCodeAt(i) === 0x0a) i++;
      endRow();
      line++;
      rowLine = line;
    } else if (i >= n) fields.push(''); // a comma at the very end: one more empty field
  }
  if (fields.length > 0) endRow();
  return { rows };
}

/** White space before an opening quote, as String.prototype.trim sees it. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));
const isSeparator = (c: number): boolean => c === 0x2c /* , */ || c === 0x0a || c === 0x0d;

function countLineEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}
