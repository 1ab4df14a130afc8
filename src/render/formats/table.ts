// table: what a terminal shows. Tables are box-drawn (cli-table3) and line up with Korean wide
// characters; with colour, totals are bold and marked rows (over quota, vacancies, behind pace)
// coloured. Headings, paragraphs and outlines are plain text; charts are left out. Record text
// is shown, never sent: control characters become visible ones (visibleText.ts) before
// anything is printed, so a record cannot move the cursor or clear the terminal.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { Lang } from '../../messages/catalog.js';
import type { Block, Doc } from '../document.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';
import { visibleText } from '../visibleText.js';

export interface TableOptions {
  readonly lang: Lang;
  readonly color: boolean;
}

export function renderTable(model: TableModel, options: TableOptions, titled = true): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const hasTrailer = model.rows.some((r) => r.trailer !== undefined);
  const table = new Table({
    head: [...model.columns.map((col) => visibleText(col.header)), ...(hasTrailer ? [''] : [])],
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
    const cells = row.cells.map((cell, i) => paint((i === 0 && row.level > 0 ? '  ' : '') + visibleText(humanCell(cell, options.lang)), i));
    table.push(hasTrailer ? [...cells, visibleText(row.trailer ?? '')] : cells);
  }
  if (!titled) return `${table.toString()}\n`;
  const notes = (model.notes ?? []).map((n) => `${visibleText(n)}\n`).join('');
  return `${visibleText(model.title)}\n${table.toString()}\n${notes}`;
}

const plain = (s: string): string => visibleText(s.replace(/\*\*/g, ''));
const v = visibleText;

/** Each block as a chunk of lines; a blank line between chunks. */
function chunks(blocks: readonly Block[], o: TableOptions): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'cover':
        return [`${v(b.title)}\n${v(b.issued)}\n${v(b.office)}\n`];
      case 'section':
        return chunks(b.blocks, o);
      case 'heading':
        return [`${v(b.text)}\n`];
      case 'paragraph':
        return [`${plain(b.text)}\n`];
      case 'list':
        return [b.items.map((i) => [`${v(i.title)}\n`, ...i.points.map((p) => `  - ${v(p)}\n`)].join('')).join('')];
      case 'lines':
        if (b.lines.length === 0) return [];
        return [b.lines.map((l) => `${v(l)}\n`).join('')];
      case 'table':
        return [renderTable(b.table, o, b.titled)];
      case 'chart':
        return [];
      case 'outline': {
        const out: string[] = [];
        for (const l of b.lines) {
          if (l.depth === 0) out.push(...(out.length ? [''] : []), `${v(l.marker)} ${v(l.text)}`);
          else out.push(`${'  '.repeat(l.depth - 1)}${v(l.marker)} ${plain(l.text)}`);
        }
        return [out.join('\n') + '\n'];
      }
    }
  });
}

export function writeText(doc: Doc, o: TableOptions): string {
  return chunks(doc.blocks, o).join('\n');
}
