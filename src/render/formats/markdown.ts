// md: GitHub-flavoured Markdown. A titled table prints its title in bold, the table and its
// notes; headings, lists and outlines follow the work report's structure; charts are left out.
import type { Lang } from '../../messages/catalog.js';
import type { Block, Doc } from '../document.js';
import type { FormatExample } from './formatSpec.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';
import { outlineMarkdownLines } from '../outline.js';
import { visibleText } from '../visibleText.js';

/** Plain text that cannot become markup: backslash, code, emphasis, link, raw html and entity
 *  characters are escaped (a tilde only where two could pair as strikethrough, as in
 *  "5~6월 … 7~8월"); at the start of a block (`start`), a leading #, >, +, - or "1." too, so
 *  text never becomes a heading, quote or list. Other text is left as it is, so a document
 *  reads the same in its source. */
export function mdText(s: string, start = false): string {
  // A control or bidi character of a record is shown, never sent to a terminal (as in the table format).
  let out = visibleText(s.replace(/\r\n?/g, '\n')).replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?\w+;)/g, '&amp;');
  if ((s.match(/~/g) ?? []).length > 1) out = out.replace(/~/g, '\\~');
  if (!start) return out;
  // A digit cannot be escaped: "2021. 5." is kept from being a list by escaping its full stop.
  return out.replace(/^(\s*)(#{1,6}|[>+-])(?=\s|$)/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Text of the document's model, whose **bold** spans stay bold and the rest is plain text. */
export function mdInline(s: string, start = false): string {
  return s
    .split(/\*\*(.+?)\*\*/)
    .map((part, i) => (i % 2 === 1 ? `**${mdText(part)}**` : mdText(part, start && i === 0)))
    .join('');
}

/** A table cell: plain text with its pipes escaped too, on one line (a line end would split the
 *  row: it is shown as ␊, as the table format shows it). */
const esc = (s: string): string => mdText(visibleText(s, false)).replace(/\|/g, '\\|');

export function renderMarkdown(table: TableModel, lang: Lang): string {
  const out = [`**${esc(table.title)}**`, '', ...markdownTable(table, lang)];
  for (const n of table.notes ?? []) out.push('', mdText(n, true));
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

const lines = (xs: readonly string[]): string => xs.join('\n') + '\n';

/** Each block as a chunk of lines; a blank line between chunks. */
function chunks(blocks: readonly Block[], lang: Lang): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'cover':
        return [lines([`# ${mdText(b.title)}`, '', mdText(b.issued, true), '', `**${mdText(b.office)}**`])];
      case 'section':
        return chunks(b.blocks, lang);
      case 'heading':
        // Escaped: a revision name or a title must not become markup.
        return [`${'#'.repeat(b.level)} ${b.text.replace(/[\\`*_~[\]<>|#]/g, '\\$&')}\n`];
      case 'paragraph':
        return [`${mdInline(b.text, true)}\n`];
      case 'list':
        return [lines(b.items.flatMap((i) => [`- **${mdText(i.title)}**`, ...i.points.map((p) => `  - ${mdInline(p, true)}`)]))];
      case 'lines':
        if (b.lines.length === 0) return [];
        // Two trailing spaces: a line break inside one paragraph.
        return [lines(b.lines.map((l) => `${mdInline(l, true)}  `))];
      case 'table':
        return [b.titled ? renderMarkdown(b.table, lang) : lines(markdownTable(b.table, lang))];
      case 'chart':
        return [];
      case 'outline': {
        const md = outlineMarkdownLines(b.lines, mdInline);
        return [lines(md[0] === '' ? md.slice(1) : md)];
      }
    }
  });
}

export function writeMarkdown(doc: Doc, lang: Lang): string {
  return chunks(doc.blocks, lang).join('\n');
}

/** What this writer makes of the example document (exampleDoc.ts), in Korean without colour:
 *  its test (test/render/formatExamples.test.ts). */
export const example: FormatExample = [
  '## 1. 예산 집행현황',
  '',
  '집행률은 **반올림**한 값입니다.',
  '',
  "**예산 (기준 / 단위 : '21. 4. 28. / 천원)**",
  '',
  '| 구분 | 예산액 | 집행액 | 집행률 | 비고 |',
  '|:---|---:|---:|---:|:---|',
  '| **계** | **337,200** | **74,085** | **22.0%** |  |',
  '| \u00a0\u00a0기관운영 | 277,200 | 71,882 | 25.9% | 탭\t"인용", 쉼표␊둘째 줄 \\| \\<b> & 끝 |',
  '| \u00a0\u00a0시책추진 | 60,000 | - | - |  |',
  '',
  '※ 집행률은 소수 둘째 자리에서 반올림',
  '',
  '### 2. 인력',
  '',
  '| 직급 | 과부족 | 기준일 |',
  '|:---|---:|:---|',
  "| 5급 | △3 | '21. 4. 28. |",
  '',
].join('\n');
