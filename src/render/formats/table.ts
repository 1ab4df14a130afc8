// table: what a terminal shows. Tables are box-drawn and line up with Korean wide characters;
// with colour, totals are bold and marked rows (over quota, vacancies, behind pace) coloured.
// Headings, paragraphs and outlines are plain text; charts are left out. Record text is shown,
// never sent: control characters become visible ones (visibleText.ts) before anything is
// printed, so a record cannot move the cursor or clear the terminal.
import { Chalk } from 'chalk';
import type { Lang } from '../../messages/catalog.js';
import type { Block, Doc } from '../document.js';
import type { FormatExample } from './formatSpec.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';
import { displayWidth, plainWidth } from '../displayWidth.js';
import { visibleText } from '../visibleText.js';

export interface TableOptions {
  readonly lang: Lang;
  readonly color: boolean;
}

/** The colour codes this renderer itself adds; record text has none (visibleText). */
const SGR = /\x1b\[[0-9;]*m/g;
const widthOf = (cell: string): number => displayWidth(cell.includes('\x1b') ? cell.replace(SGR, '') : cell);

/**
 * A box-drawn table: a heading row, a rule under it, the rows, each column as wide as its widest
 * cell plus a space either side. One pass for the widths and one for the lines, so a list of
 * 100,000 rows costs a hundred times one of 1,000 (the box-drawing library used before compared
 * every cell with every earlier one to place spans this tool never uses).
 */
export function boxTable(head: readonly string[], aligns: readonly ('left' | 'right')[], rows: readonly (readonly string[])[]): string {
  return drawBox(head, aligns, rows.length, (r, widths, at = 0) => {
    const row = rows[r]!;
    if (widths) for (let i = 0; i < head.length; i++) widths[at + i] = plainWidth(row[i] ?? '');
    return row;
  });
}

/**
 * Row `r`'s cells, made anew at each call. With `widths`, also each cell's width from `at` on,
 * as `plainWidth` gives it for the cell without its colour codes, or -1 where it gives none.
 */
type RowAt = (r: number, widths?: Int32Array, at?: number) => readonly string[];

/**
 * boxTable over rows made on demand, each twice (once measured, once drawn) rather than kept:
 * a list of 100,000 entries has a million cells, and keeping them between the passes made the
 * young-generation collections copy them all. A row whose cells are all plain (one line each,
 * nothing to show otherwise) is drawn straight from its texts; any other row is kept as lines
 * and widths per cell. The lines are joined a thousand at a time, so that no line is kept as
 * the pieces it was made of.
 */
function drawBox(head: readonly string[], aligns: readonly ('left' | 'right')[], count: number, rowAt: RowAt): string {
  // A cell may hold several lines (a record's text with line ends): the row is as tall as its
  // tallest cell. A tab is shown as a space: its width on a terminal depends on the column.
  type Shown = { readonly lines: string[]; readonly widths: number[] };
  const shownRow = (row: readonly string[]): Shown[] =>
    head.map((_, i) => {
      const lines = (row[i] ?? '').replace(/\t/g, ' ').split(/\r\n|\r|\n/);
      return { lines, widths: lines.map(widthOf) };
    });
  const n = head.length;
  const heads = shownRow(head);
  const widths = heads.map((c) => Math.max(...c.widths));
  // Each plain cell's width; the rows that are not plain, by index, as lines and widths.
  const cellWidths = new Int32Array(count * n);
  const tall = new Map<number, Shown[]>();
  for (let r = 0; r < count; r++) {
    const row = rowAt(r, cellWidths, r * n);
    // A table of no columns draws no line for a row, as the general path does.
    let plain = n > 0;
    for (let i = 0; i < n; i++) if (cellWidths[r * n + i]! < 0) plain = false;
    if (plain) {
      for (let i = 0; i < n; i++) if (cellWidths[r * n + i]! > widths[i]!) widths[i] = cellWidths[r * n + i]!;
    } else {
      const shown = shownRow(row);
      tall.set(r, shown);
      shown.forEach((c, k) => (widths[k] = Math.max(widths[k]!, ...c.widths)));
    }
  }
  // The gaps of plain cells, each length made once when first needed (not every length up to
  // the widest column, which a cell of 10,000 characters would make quadratic).
  const spaces: string[] = [];
  const gapOf = (k: number): string => (spaces[k] ??= ' '.repeat(k));
  const right = aligns.map((a) => a === 'right');
  const rule = (l: string, m: string, r: string): string => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const out = [rule('┌', '┬', '┐')];
  let batch: string[] = [];
  const draw = (cells: readonly Shown[]): void => {
    const height = Math.max(...cells.map((c) => c.lines.length));
    for (let k = 0; k < height; k++) {
      const parts = widths.map((w, i) => {
        const cell = cells[i]!.lines[k] ?? '';
        const gap = ' '.repeat(w - (cells[i]!.widths[k] ?? 0));
        return ` ${right[i] ? gap + cell : cell + gap} `;
      });
      batch.push(`│${parts.join('│')}│`);
    }
  };
  draw(heads);
  batch.push(rule('├', '┼', '┤'));
  for (let r = 0; r < count; r++) {
    const shown = tall.get(r);
    if (shown) draw(shown);
    else {
      const row = rowAt(r);
      let line = '│';
      for (let i = 0; i < n; i++) {
        const cell = row[i] ?? '';
        const gap = gapOf(widths[i]! - cellWidths[r * n + i]!);
        line += right[i] ? ` ${gap}${cell} │` : ` ${cell}${gap} │`;
      }
      batch.push(line);
    }
    if (batch.length >= 1000) {
      out.push(batch.join('\n'));
      batch = [];
    }
  }
  batch.push(rule('└', '┴', '┘'));
  out.push(batch.join('\n'));
  // The batches chained, not joined: the document's text is copied whole once, where the writer
  // joins its blocks, rather than here as well (each copy of 20 MB of text is fresh memory).
  let table = out[0]!;
  for (let i = 1; i < out.length; i++) table += `\n${out[i]!}`;
  return table;
}

export function renderTable(model: TableModel, options: TableOptions, titled = true): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const hasTrailer = model.rows.some((r) => r.trailer !== undefined);
  const head = [...model.columns.map((col) => visibleText(col.header)), ...(hasTrailer ? [''] : [])];
  const aligns = [...model.columns.map((col) => col.align), ...(hasTrailer ? (['left'] as const) : [])];
  const n = head.length;
  const rowAt: RowAt = (r, widths, at = 0) => {
    const row = model.rows[r]!;
    // Each cell measured as it is made, before its colour: the width boxTable would find.
    const shown = (s: string, i: number): string => {
      const w = plainWidth(s);
      if (widths && i < n) widths[at + i] = w;
      return w < 0 ? visibleText(s) : s;
    };
    const paint = (s: string, i: number): string => {
      let out = s;
      if (i > 0 && row.mark === 'over') out = c.yellow(out);
      if (i > 0 && row.mark === 'under') out = c.cyan(out);
      return row.role === 'item' ? out : c.bold(out);
    };
    const cells = row.cells.map((cell, i) => paint(shown((i === 0 && row.level > 0 ? '  ' : '') + humanCell(cell, options.lang), i), i));
    if (hasTrailer) cells.push(shown(row.trailer ?? '', cells.length));
    // A row of fewer cells than columns: the missing ones are empty.
    if (widths) for (let i = cells.length; i < n; i++) widths[at + i] = 0;
    return cells;
  };
  const table = drawBox(head, aligns, model.rows.length, rowAt);
  if (!titled) return `${table}\n`;
  const notes = (model.notes ?? []).map((n) => `${visibleText(n)}\n`).join('');
  return `${visibleText(model.title)}\n${table}\n${notes}`;
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

/** What this writer makes of the example document (exampleDoc.ts), in Korean without colour:
 *  its test (test/render/formatExamples.test.ts). */
export const example: FormatExample = [
  '1. 예산 집행현황',
  '',
  '집행률은 반올림한 값입니다.',
  '',
  "예산 (기준 / 단위 : '21. 4. 28. / 천원)",
  '┌────────────┬─────────┬────────┬────────┬────────────────────┐',
  '│ 구분       │  예산액 │ 집행액 │ 집행률 │ 비고               │',
  '├────────────┼─────────┼────────┼────────┼────────────────────┤',
  '│ 계         │ 337,200 │ 74,085 │  22.0% │                    │',
  '│   기관운영 │ 277,200 │ 71,882 │  25.9% │ 탭 "인용", 쉼표    │',
  '│            │         │        │        │ 둘째 줄 | <b> & 끝 │',
  '│   시책추진 │  60,000 │      - │      - │                    │',
  '└────────────┴─────────┴────────┴────────┴────────────────────┘',
  '※ 집행률은 소수 둘째 자리에서 반올림',
  '',
  '2. 인력',
  '',
  '┌──────┬────────┬─────────────┐',
  '│ 직급 │ 과부족 │ 기준일      │',
  '├──────┼────────┼─────────────┤',
  "│ 5급  │     △3 │ '21. 4. 28. │",
  '└──────┴────────┴─────────────┘',
  '',
].join('\n');
