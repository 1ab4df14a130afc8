// A CSV disclosure in UTF-8 read into entries a piece of its text at a time: the whole text of
// the table (12 MB for 100,000 rows) and the places of all its fields are never held at once,
// each piece's text dying young once its rows are entries. Only the plain case is read so: a file
// this reading is not sure of (a workbook, not UTF-8, a NUL, JSON, a quoted field left open, too
// many rows, not a table) is left to readTable, which reads it whole and says what it is. What is
// read here is what that reading gives, row for row (the tests compare the two). Pure.
import type { TextEncodingName } from './decodeText.js';
import { looksBinary } from './decodeText.js';
import { readCsv } from './parseCsv.js';
import type { ImportOptions, TableImport, TableReader, TableRow } from './tableEntries.js';
import { HEADER_SEARCH_ROWS, rowList, tableReader } from './tableEntries.js';
import { IMPORT_LIMITS, isZip, startsAsJson } from './readTable.js';

export interface CsvEntries {
  readonly encoding: TextEncodingName;
  readonly got: TableImport;
}

/** Bytes decoded at a time, to the next line break: a piece's text (at most two bytes a
 *  character) stays under V8's large-object size, so it is made and dropped in memory already
 *  in use rather than on pages of its own. */
export const PIECE_BYTES = 60 * 1024;
/** A piece that ends inside a quoted field is read again to a later line break, up to this many
 *  bytes; past it the file is read whole. */
const MAX_PIECE_BYTES = 16 * PIECE_BYTES;

/** The entries of a CSV file in UTF-8 (with or without a byte-order mark), or undefined when the
 *  file is to be read whole (readTable). `pieceBytes` and `rowLimit`: tests lower them. */
export function csvEntriesInPieces(file: string, bytes: Uint8Array, options: ImportOptions, pieceBytes = PIECE_BYTES, rowLimit: number = IMPORT_LIMITS.rows): CsvEntries | undefined {
  if (bytes.length === 0 || bytes.length > IMPORT_LIMITS.bytes) return undefined;
  if (isZip(bytes)) return undefined;
  if (looksBinary(bytes) || bytes.indexOf(0) !== -1) return undefined;
  // A file that may hold more rows than the limit (a row ends at a line break), or that leaves a
  // quote open somewhere (an odd number of them), is read whole, which refuses it before its rows
  // are made entries.
  if (!plainBytes(bytes, rowLimit)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  // As readTable decodes: a file without a mark must be UTF-8 throughout; the first piece drops
  // a second mark as the whole text's decoding does, a later piece keeps one at its start.
  const firstDecoder = new TextDecoder('utf-8', { fatal: !bom });
  const laterDecoder = new TextDecoder('utf-8', { fatal: !bom, ignoreBOM: true });
  const head: TableRow[] = [];
  let reader: TableReader | TableImport | undefined;
  let lineEnds = 0;
  let rowsRead = 0;
  let wide = false;
  // The reader, once the rows the header is looked for in are read (or the file ends): room is
  // made for as many rows as the file holds at the bytes per row of the pieces read so far.
  const begin = (rowsRead: number, bytesRead: number): void => {
    const size = Math.ceil((bytes.length / Math.max(1, bytesRead)) * rowsRead * 1.02) + HEADER_SEARCH_ROWS;
    reader = tableReader(file, rowList(head), size, options);
    if ('row' in reader) for (let r = reader.next; r < head.length; r++) reader.row(head[r]!.line, head[r]!.fields);
  };
  for (let at = start; at < bytes.length; ) {
    let end = at;
    let read: ReturnType<typeof readCsv> | undefined;
    for (let want = pieceBytes; read === undefined; want *= 2) {
      if (want > MAX_PIECE_BYTES) return undefined;
      const nl = at + want >= bytes.length ? -1 : bytes.indexOf(0x0a, at + want);
      end = nl === -1 ? bytes.length : nl + 1;
      let text: string;
      try {
        text = (at === start ? firstDecoder : laterDecoder).decode(bytes.subarray(at, end));
      } catch {
        return undefined;
      }
      // JSON, or a first piece of nothing but white space: what it is, readTable says.
      if (at === start && (startsAsJson(text) || (text.trimStart() === '' && end < bytes.length))) return undefined;
      const got = readCsv(text);
      if (got.unclosed === undefined) read = got;
      else if (end === bytes.length) return undefined;
    }
    const { rows } = read;
    const before = rowsRead;
    for (let r = 0; r < rows.length; r++) {
      if (++rowsRead > rowLimit) return undefined;
      if (rows.size(r) >= 2) wide = true;
      if (reader === undefined) {
        head.push({ line: lineEnds + rows.line(r), fields: rows.fields(r) });
        if (head.length === HEADER_SEARCH_ROWS) begin(before + rows.length, end - start);
      } else if ('row' in reader) reader.row(lineEnds + rows.line(r), rows.fields(r));
    }
    lineEnds += read.lines! - 1;
    at = end;
  }
  if (rowsRead < 2 || !wide) return undefined;
  if (reader === undefined) begin(rowsRead, bytes.length - start);
  const done = reader!;
  return { encoding: bom ? 'utf-8-bom' : 'utf-8', got: 'row' in done ? done.end() : done };
}

/** Whether the bytes hold fewer line breaks (LF and CR bytes) than `limit` and an even number of
 *  quotes: one pass over the bytes (a call of indexOf per line break took three times as long). */
function plainBytes(bytes: Uint8Array, limit: number): boolean {
  let breaks = 0;
  let quotes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x22) quotes++;
    else if ((b === 0x0a || b === 0x0d) && ++breaks >= limit) return false;
  }
  return quotes % 2 === 0;
}
