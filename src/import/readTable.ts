// A disclosure file's bytes → a table: xlsx (the first sheet with an expense header), JSON (the
// Seoul open API's rows, or a list of objects) or CSV in UTF-8, UTF-8 with BOM or CP949.
import type { Problem } from '../model/problem.js';
import { decodeText, looksBinary } from './decodeText.js';
import type { TextEncodingName } from './decodeText.js';
import type { CsvRows } from './parseCsv.js';
import { readCsv } from './parseCsv.js';
import { tableProblem } from './importProblem.js';
import type { Table, TableRow } from './tableEntries.js';
import { rowList } from './tableEntries.js';
import { isHeader, mapHeader } from './headerColumns.js';

export interface ReadTable {
  readonly tables: readonly Table[];
  readonly problems: readonly Problem[];
  readonly format?: 'csv' | 'xlsx' | 'json';
  readonly encoding?: TextEncodingName;
}

/** The most an import reads: a file of more bytes, a workbook that unzips to more, or a table of
 *  more rows is refused before the work starts (docs/limits.md). A year's disclosures of a whole
 *  city are a few tens of megabytes. */
export const IMPORT_LIMITS = { bytes: 256 * 1024 * 1024, unzippedBytes: 512 * 1024 * 1024, rows: 1_000_000 } as const;

/** A zip archive (an xlsx workbook), by its first four bytes. */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A text that starts, after white space, as JSON does: read as JSON rows, never as CSV. */
export function startsAsJson(text: string): boolean {
  const lead = text.trimStart();
  return lead.startsWith('{') || lead.startsWith('[');
}

const notTable = (file: string, reason: string): ReadTable => ({ tables: [], problems: [tableProblem(file, 1, 1, 'import-not-table', { reason })] });

/** `streamFrom`: the unzipped size from which a workbook is read as a stream; `rowLimit`: the
 *  most rows of a table (tests lower both). */
export async function readTable(file: string, bytes: Uint8Array, streamFrom = STREAM_XLSX_FROM_BYTES, rowLimit: number = IMPORT_LIMITS.rows): Promise<ReadTable> {
  if (bytes.length === 0) return notTable(file, 'empty');
  if (bytes.length > IMPORT_LIMITS.bytes) return notTable(file, 'too-large');
  if (isZip(bytes)) {
    const sheets = await readXlsx(bytes, streamFrom, rowLimit);
    if (sheets === undefined) return notTable(file, 'zip');
    if (sheets === 'too-large') return notTable(file, 'too-large-unzipped');
    if (sheets === 'too-many-rows') return notTable(file, 'too-many-rows');
    if (sheets === 'sheets-lost') return notTable(file, 'stream-sheets-lost');
    if (sheets.reduce((n, rows) => n + rows.length, 0) > rowLimit) return notTable(file, 'too-many-rows');
    if (sheets.every((rows) => rows.length === 0)) return notTable(file, 'empty');
    const withHeader = sheets.filter((rows) => rows.slice(0, 30).some((r) => isHeader(mapHeader(r.fields))));
    const tables = (withHeader.length > 0 ? withHeader : sheets.slice(0, 1)).map((rows) => ({ file, rows: rowList(rows) }));
    return { tables, problems: [], format: 'xlsx' };
  }
  if (looksBinary(bytes)) return notTable(file, 'binary');
  const { text, encoding, strayAt } = decodeText(bytes);
  // A NUL anywhere (not only in the first 4 KB looksBinary reads), or a stray byte in UTF-8: the
  // file is refused at the place, before a NUL could reach a record file.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { tables: [], problems: [atOffset(file, text, nul, 'nul')], encoding };
  if (strayAt !== undefined) return { tables: [], problems: [atOffset(file, text, strayAt, 'stray-byte')], encoding };
  if (startsAsJson(text)) {
    const rows = jsonRows(text);
    if (rows === undefined) return notTable(file, 'json');
    return { tables: [{ file, rows: rowList(rows) }], problems: [], format: 'json', encoding };
  }
  const { rows, unclosed } = readCsv(text);
  if (unclosed) return { tables: [], problems: [atOffset(file, text, unclosed.offset, unclosed.reason)], encoding };
  if (rows.length > rowLimit) return notTable(file, 'too-many-rows');
  if (rows.length < 2 || !someRowHasTwoFields(rows)) return notTable(file, 'text');
  return { tables: [{ file, rows }], problems: [], format: 'csv', encoding };
}

function someRowHasTwoFields(rows: CsvRows): boolean {
  for (let r = 0; r < rows.length; r++) if (rows.size(r) >= 2) return true;
  return false;
}

/** The file's problem at the row and column of a character of its text. */
function atOffset(file: string, text: string, at: number, reason: string): Problem {
  const before = text.slice(0, at);
  const row = (before.match(/\r\n|\r|\n/g) ?? []).length + 1;
  const column = at - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
  return tableProblem(file, row, column, 'import-not-table', { reason });
}

/** The rows of an open API answer ({ "Service": { "row": [ … ] } }) or of a list of objects: the
 *  keys of the first object are the header (row 0); item N is row N. */
function jsonRows(text: string): TableRow[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const list = findObjectList(value, 0);
  if (list === undefined || list.length === 0) return undefined;
  const keys: string[] = [];
  for (const o of list) for (const k of Object.keys(o)) if (!keys.includes(k)) keys.push(k);
  const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return [{ line: 0, fields: keys }, ...list.map((o, i) => ({ line: i + 1, fields: keys.map((k) => str(o[k])) }))];
}

function findObjectList(v: unknown, depth: number): Record<string, unknown>[] | undefined {
  if (depth > 4 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)) ? (v as Record<string, unknown>[]) : undefined;
  for (const x of Object.values(v as Record<string, unknown>)) {
    const found = findObjectList(x, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A cell as text: dates as YYYY-MM-DD (with HH:MM when they have a time), times as HH:MM. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const hm = `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
    if (v.getUTCFullYear() <= 1900) return hm; // a time of day alone
    const d = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    return hm === '00:00' ? d : `${d} ${hm}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    // A formula's error (#DIV/0!, #N/A, #VALUE! …): shown as the sheet shows it, so a message
    // names it instead of calling the cell empty.
    if (typeof o.error === 'string') return o.error;
    if (typeof o.result === 'object' && o.result !== null && typeof (o.result as { error?: unknown }).error === 'string') return (o.result as { error: string }).error;
    // A formula whose value the file does not keep (never calculated, or an error value the
    // stream reader drops) reads as the formula: the import names it at its cell.
    const formula = (o as { formula?: unknown }).formula;
    if (typeof formula === 'string' && (o.result === undefined || (typeof o.result === 'number' && Number.isNaN(o.result)))) return `=${formula}`;
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    return '';
  }
  return String(v);
}

/** A workbook whose parts unzip to more than this, or whose sheets say they span more rows, is
 *  read as a stream (below). */
export const STREAM_XLSX_FROM_BYTES = 48 * 1024 * 1024;
export const STREAM_XLSX_FROM_ROWS = 100_000;

/** Every sheet's rows, or undefined when the zip is not a workbook exceljs can read, or
 *  'too-large' when its parts unzip to more than the limit (checked from the zip's own directory
 *  before anything is unzipped: a small file can hold a gigabyte of zeros), or 'too-many-rows'
 *  when the sheets hold more rows than the limit.
 *
 *  A workbook of the size offices publish (a year of a department: a few thousand rows, a few
 *  megabytes unzipped) is read whole. A larger one is read as a stream, row by row, so memory
 *  holds the rows' text and not a model of the whole workbook (200,000 rows read whole took 28 s
 *  and 1 GB; as a stream 6 s and 140 MB), and reading stops at the row limit. The stream reader
 *  does not keep the error value of a formula (#N/A, #DIV/0! …): such a cell reads as its
 *  formula (`=NA()`), which the import then refuses at its cell as it refuses the error value. */
async function readXlsx(bytes: Uint8Array, streamFrom: number, rowLimit: number): Promise<TableRow[][] | undefined | 'too-large' | 'too-many-rows' | 'sheets-lost'> {
  const { default: JSZip } = await import('jszip');
  let unzipped = 0;
  let declaredRows = 0;
  let sheetParts = 0;
  let shared: readonly string[] = [];
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const f of Object.values(zip.files)) unzipped += (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (unzipped > IMPORT_LIMITS.unzippedBytes) return 'too-large';
    // The rows a sheet says it spans (<dimension ref="A1:G1000001"/>, near its start): a sheet
    // that says it is long is read as a stream even when it unzips small (it may say so wrongly,
    // so it is not refused for it).
    for (const f of Object.values(zip.files)) if (/^xl\/worksheets\/[^/]+\.xml$/.test(f.name)) declaredRows += await dimensionRows(f);
    sheetParts = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).length;
    // The stream reader gives a text cell of a sheet read before the shared strings (as Excel
    // stores them) as a bare index ({ sharedString: n }): the strings are read here, once, to put
    // the text in its place.
    if (unzipped > streamFrom || declaredRows > STREAM_XLSX_FROM_ROWS) {
      const part = zip.file('xl/sharedStrings.xml');
      if (part) shared = sharedStrings(await part.async('string'));
    }
  } catch {
    return undefined;
  }
  const { default: ExcelJS } = await import('exceljs');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sheets: TableRow[][] = [];
  let total = 0;
  const rowOf = (row: RowLike): TableRow => {
    const fields: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      const v = c.value as { sharedString?: unknown } | null;
      fields[col - 1] = v !== null && typeof v === 'object' && typeof v.sharedString === 'number' ? (shared[v.sharedString] ?? '') : cellText(c.value);
    });
    return { line: row.number, fields: Array.from(fields, (f) => f ?? '') };
  };
  try {
    if (unzipped <= streamFrom && declaredRows <= STREAM_XLSX_FROM_ROWS) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
      for (const ws of wb.worksheets) {
        const rows: TableRow[] = [];
        ws.eachRow({ includeEmpty: false }, (row) => rows.push(rowOf(row as unknown as RowLike)));
        total += rows.length;
        sheets.push(rows);
      }
      return total > rowLimit ? 'too-many-rows' : sheets;
    }
    const { Readable } = await import('node:stream');
    const { ReadStream } = await import('node:fs');
    // Styles are read so that date cells come as dates, as the whole-workbook reader gives them.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    // Past the row limit the reader is still run to its end, each sheet left unread: a sheet that
    // comes before the shared strings in the zip is copied to a temporary file in the OS temp
    // folder, which exceljs removes only when the reading goes past that sheet (a return from
    // inside the loop left them there until the process exited).
    let over = false;
    for await (const ws of reader) {
      if (!over) {
        const rows: TableRow[] = [];
        for await (const row of ws as AsyncIterable<RowLike>) {
          if (!row.hasValues) continue;
          if (++total > rowLimit) {
            over = true;
            break;
          }
          rows.push(rowOf(row));
        }
        if (!over) sheets.push(rows);
      }
      // A sheet read from its temporary file: its file stream is closed (unread, or read in part).
      const source = (ws as { iterator?: unknown }).iterator;
      if (over && source instanceof ReadStream) source.destroy();
    }
    if (over) return 'too-many-rows';
    // A workbook whose sheets come before its shared strings can lose a sheet in the stream
    // reader: refused as a whole rather than imported in part.
    if (sheets.length < sheetParts) return 'sheets-lost';
  } catch {
    return undefined;
  }
  return sheets;
}

/** The texts of a workbook's shared-strings part, in order: each `<si>`'s `<t>` runs joined
 *  (rich text is several runs; the phonetic guides of `<rPh>` are not the text). */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const si of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
    const body = (si[1] ?? '').replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    let text = '';
    for (const t of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += t[1]!;
    out.push(unescapeXml(text));
  }
  return out;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references, and Excel's _xHHHH_ escapes of control characters. */
function unescapeXml(text: string): string {
  return text
    .replace(/&(lt|gt|amp|quot|apos);|&#(\d+);|&#x([0-9a-fA-F]+);/g, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? XML_ENTITIES[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The last row of a sheet's `<dimension>`, read from the start of its part only (0 when it has none). */
async function dimensionRows(part: { nodeStream(type: 'nodebuffer'): NodeJS.ReadableStream }): Promise<number> {
  const head = await new Promise<string>((resolve) => {
    let text = '';
    const stream = part.nodeStream('nodebuffer');
    const done = (): void => {
      stream.removeAllListeners('data');
      stream.pause();
      resolve(text);
    };
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.length >= 4096 || text.includes('<sheetData')) done();
    });
    stream.on('end', done);
    stream.on('error', done);
  });
  const m = /<(?:\w+:)?dimension\s+ref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"/.exec(head);
  return m ? Number(m[2] ?? m[1]) : 0;
}

interface RowLike {
  readonly number: number;
  readonly hasValues: boolean;
  eachCell(o: { includeEmpty: boolean }, f: (c: { value: unknown }, col: number) => void): void;
}
