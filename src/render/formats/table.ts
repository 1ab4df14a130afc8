// table: a box-drawn terminal table (cli-table3). Columns line up with Korean wide characters;
// with colour, totals are bold and marked rows (over quota, vacancies, behind pace) coloured.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Lang } from '../../messages/catalog.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';

export interface TableOptions {
  readonly lang: Lang;
  readonly color: boolean;
}

export function renderTable(model: TableModel, options: TableOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const hasTrailer = model.rows.some((r) => r.trailer !== undefined);
  const table = new Table({
    head: [...model.columns.map((col) => col.header), ...(hasTrailer ? [''] : [])],
    colAligns: [...model.columns.map((col) => col.align), ...(hasTrailer ? (['left'] as const) : [])],
    style: { head: [], border: [], compact: true, 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of model.rows) {
    const paint = (s: string, i: number): string => {
      let out = s;
      if (i > 0 && row.mark === 'over') out = c.yellow(out);
      if (i > 0 && row.mark === 'under') out = c.cyan(out);
      return row.role === 'item' ? out : c.bold(out);
    };
    const cells = row.cells.map((cell, i) => paint((i === 0 && row.level > 0 ? '  ' : '') + humanCell(cell, options.lang), i));
    table.push(hasTrailer ? [...cells, row.trailer ?? ''] : cells);
  }
  const notes = (model.notes ?? []).map((n) => `${n}\n`).join('');
  return `${model.title}\n${table.toString()}\n${notes}`;
}
