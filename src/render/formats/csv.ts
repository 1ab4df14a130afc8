// csv: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line end),
// UTF-8; with `bom` one byte-order mark at the start, which Excel needs to show Korean. Numbers
// are plain. Tables with the same columns become one table; others follow after a blank line.
// A text cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a
// carriage return) gets a leading apostrophe, as OWASP's CSV-injection advice says; numbers are
// never changed, so -3 stays a number, and neither is a lone '-' (a table's "not applicable"),
// which no spreadsheet runs.
import type { Doc } from '../document.js';
import type { FormatExample } from './formatSpec.js';
import { docTables } from '../document.js';
import type { Cell, TableModel } from '../tableModel.js';
import { plainCell } from '../tableModel.js';

export interface CsvOptions {
  readonly bom: boolean;
}

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** A cell's text, neutralised when it is text a spreadsheet would run as a formula. */
export const csvCell = (cell: Cell): string => {
  const s = plainCell(cell);
  return cell.kind === 'text' && s !== '-' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
};
const headerOf = (t: TableModel): string => t.columns.map((c) => field(csvCell({ value: c.header, kind: 'text' }))).join(',');

export function renderCsv(tables: readonly TableModel[], options: CsvOptions): string {
  const blocks: string[][] = [];
  let lastHeader: string | undefined;
  for (const table of tables) {
    const header = headerOf(table);
    if (header !== lastHeader) blocks.push([header]);
    lastHeader = header;
    for (const row of table.rows) blocks[blocks.length - 1]!.push(row.cells.map((c) => field(csvCell(c))).join(','));
  }
  return (options.bom ? '\uFEFF' : '') + blocks.map((b) => b.join('\r\n') + '\r\n').join('\r\n');
}

/** The document's tables; headings, outlines and charts have no place in a csv file. */
export function writeCsv(doc: Doc, options: CsvOptions): string {
  return renderCsv(docTables(doc.blocks), options);
}

/** What this writer makes of the example document (exampleDoc.ts), in Korean without colour:
 *  its test (test/render/formatExamples.test.ts). */
export const example: FormatExample = [
  '구분,예산액,집행액,집행률,비고',
  '계,337200,74085,22.0,',
  '기관운영,277200,71882,25.9,"탭\t""인용"", 쉼표\n둘째 줄 | <b> & 끝"',
  '시책추진,60000,,,',
  '',
  '직급,과부족,기준일',
  '5급,-3,2021-04-28',
  '',
].join('\r\n');
