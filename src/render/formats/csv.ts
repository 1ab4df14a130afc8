// csv: RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line end),
// UTF-8; with `bom` a byte-order mark that Excel needs to show Korean. Numbers are plain.
import type { TableModel } from '../tableModel.js';
import { plainCell } from '../tableModel.js';

export interface CsvOptions {
  readonly bom: boolean;
}

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function renderCsv(table: TableModel, options: CsvOptions): string {
  const lines = [table.columns.map((c) => field(c.header)).join(',')];
  for (const row of table.rows) lines.push(row.cells.map((c) => field(plainCell(c))).join(','));
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
