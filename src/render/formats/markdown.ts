// md: a title line and a GitHub-flavoured Markdown table, figures written as in the report.
import type { Lang } from '../../messages/catalog.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';

const esc = (s: string): string => s.replace(/\|/g, '\\|');

export function renderMarkdown(table: TableModel, lang: Lang): string {
  const out = [`**${esc(table.title)}**`, '', ...markdownTable(table, lang)];
  for (const n of table.notes ?? []) out.push('', n);
  return out.join('\n') + '\n';
}

/** The table's lines alone, without title and notes. */
export function markdownTable(table: TableModel, lang: Lang): string[] {
  const out: string[] = [];
  out.push(`| ${table.columns.map((c) => esc(c.header)).join(' | ')} |`);
  out.push(`|${table.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join('|')}|`);
  for (const row of table.rows) {
    const cells = row.cells.map((c, i) => {
      const s = esc(humanCell(c, lang));
      // Totals in bold; members of a group indented with a non-breaking space pair.
      if (i === 0 && row.level > 0) return `\u00a0\u00a0${s}`;
      return row.role === 'item' || s === '' ? s : `**${s}**`;
    });
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out;
}
