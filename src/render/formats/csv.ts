// csv: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line end),
// UTF-8; with `bom` one byte-order mark at the start, which Excel needs to show Korean. Numbers
// are plain. Tables with the same columns become one table; others follow after a blank line.
import type { Doc } from '../document.js';
import { docTables } from '../document.js';
import type { TableModel } from '../tableModel.js';
import { plainCell } from '../tableModel.js';

export interface CsvOptions {
  readonly bom: boolean;
}

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const headerOf = (t: TableModel): string => t.columns.map((c) => field(c.header)).join(',');

export function renderCsv(tables: readonly TableModel[], options: CsvOptions): string {
  const blocks: string[][] = [];
  let lastHeader: string | undefined;
  for (const table of tables) {
    const header = headerOf(table);
    if (header !== lastHeader) blocks.push([header]);
    lastHeader = header;
    for (const row of table.rows) blocks[blocks.length - 1]!.push(row.cells.map((c) => field(plainCell(c))).join(','));
  }
  return (options.bom ? '\uFEFF' : '') + blocks.map((b) => b.join('\r\n') + '\r\n').join('\r\n');
}

/** The document's tables; headings, outlines and charts have no place in a csv file. */
export function writeCsv(doc: Doc, options: CsvOptions): string {
  return renderCsv(docTables(doc.blocks), options);
}
