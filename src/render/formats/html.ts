// html: one self-contained page: styles and SVG charts inline, no script, no font or image
// fetched; print-ready on A4 with a page break before each part and work item (the style sheet,
// and how the page prints, is htmlStyle.ts).
import type { Lang } from '../../messages/catalog.js';
import type { Block, Doc } from '../document.js';
import { TOC_TITLE, tableOfContents } from '../document.js';
import type { TableModel } from '../tableModel.js';
import { headerRows, humanCell } from '../tableModel.js';
import type { OutlineLine } from '../outline.js';
import { budgetChart, esc, headcountChart, monthlyChart } from '../charts.js';
import { REPORT_STYLE } from './htmlStyle.js';
import type { FormatExample } from './formatSpec.js';


const inline = (s: string): string => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

/** The header rows: one, or a grouped header's two (a group over its columns, a column of its
 *  own over both rows). */
function htmlHead(t: TableModel): string {
  const groups = headerRows(t);
  if (!groups) return `<tr>${t.columns.map((c) => `<th scope="col">${esc(c.header)}</th>`).join('')}</tr>`;
  const attrs = (span: number, rows: number): string => `${span > 1 ? ` colspan="${span}"` : ''}${rows > 1 ? ` rowspan="${rows}"` : ''}`;
  const first = groups.first.map((g) => `<th scope="${g.span > 1 ? 'colgroup' : 'col'}"${attrs(g.span, g.rows)}>${esc(g.label)}</th>`).join('');
  const second = groups.second.map((g) => `<th scope="col">${esc(g.label)}</th>`).join('');
  return `<tr>${first}</tr><tr>${second}</tr>`;
}

function htmlTable(t: TableModel, lang: Lang, id: string | undefined): string {
  const head = htmlHead(t);
  const body = t.rows
    .map((r) => {
      const cells = r.cells.map((c, i) => {
        const v = esc(humanCell(c, lang));
        if (i === 0) return `<th scope="row">${v}</th>`;
        return t.columns[i]?.align === 'right' ? `<td class="num">${v}</td>` : `<td>${v}</td>`;
      });
      return `<tr${r.role === 'item' ? '' : ' class="total"'}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table${id === undefined ? '' : ` id="${esc(id)}"`}>\n<caption>${esc(t.title)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function outlineHtml(lines: readonly OutlineLine[]): string {
  const out: string[] = [];
  let depth = 0;
  for (const l of lines) {
    if (l.depth === 0) {
      while (depth > 0) {
        out.push('</li></ul>');
        depth--;
      }
      out.push(`<p class="section-title"><span class="marker">${esc(l.marker)}</span>${inline(l.text)}</p>`);
      continue;
    }
    if (l.depth > depth) {
      while (depth < l.depth) {
        out.push(`<ul class="outline">`);
        depth++;
        if (depth < l.depth) out.push('<li>');
      }
    } else {
      out.push('</li>');
      while (depth > l.depth) {
        out.push('</ul></li>');
        depth--;
      }
    }
    out.push(`<li><span class="marker">${esc(l.marker)}</span>${inline(l.text)}`);
  }
  while (depth > 0) {
    out.push('</li></ul>');
    depth--;
  }
  return out.join('\n');
}

/** The table of contents after the cover, linking each part and work item. */
function tocHtml(blocks: readonly Block[], lang: Lang, pages: Readonly<Record<string, number>> | undefined): string[] {
  const toc = tableOfContents(blocks);
  if (toc.length === 0) return [];
  // The page of each line where it is known (a PDF made from this page counts them); else
  // the print style asks the browser for it (target-counter, where a browser has it).
  const page = (id: string): string => (pages ? `<span class="toc-page">${pages[id] ?? ''}</span>` : '');
  return [
    `<nav class="toc${pages ? ' paged' : ''}"><p class="toc-title">${esc(TOC_TITLE[lang])}</p><ol>`,
    ...toc.map((e) => `<li class="toc-${e.level}"><a href="#${esc(e.id)}">${esc(e.text)}</a>${page(e.id)}</li>`),
    '</ol></nav>',
  ];
}

/** Html lines of each block. A section's heading goes on the line that opens it. */
function blockHtml(blocks: readonly Block[], lang: Lang, pages?: Readonly<Record<string, number>>): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'cover':
        return [`<header class="cover"><h1>${esc(b.title)}</h1><p class="issued">${esc(b.issued)}</p><p class="office">${esc(b.office)}</p></header>`, ...tocHtml(blocks, lang, pages)];
      case 'section': {
        const [open, close] = b.role === 'part' ? [`<section class="part" id="${esc(b.id)}">`, '</section>'] : [`<article class="task" id="${esc(b.id)}">`, '</article>'];
        const inner = blockHtml(b.blocks, lang);
        return [`${open}${inner[0] ?? ''}`, ...inner.slice(1), close];
      }
      case 'heading':
        return [`<h${b.level}>${esc(b.text)}</h${b.level}>`];
      case 'paragraph':
        return [b.boxed ? `<p class="purpose">${inline(b.text)}</p>` : b.subtitle ? `<p class="subtitle">${inline(b.text)}</p>` : `<p>${inline(b.text)}</p>`];
      case 'list':
        return ['<ul class="functions">', ...b.items.map((f) => `<li><strong>${esc(f.title)}</strong><ul>${f.points.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></li>`), '</ul>'];
      case 'lines':
        return ['<ol class="task-list">', ...b.lines.map((l) => `<li>${esc(l)}</li>`), '</ol>'];
      case 'table': {
        const table = htmlTable(b.table, lang, b.id);
        if (!b.titled) return [table];
        return [`<h2>${esc(b.table.title)}</h2>`, table, ...(b.table.notes ?? []).map((n) => `<p class="note">${esc(n)}</p>`)];
      }
      case 'chart': {
        const svg = b.chart.kind === 'budget' ? budgetChart(b.chart.report, lang) : b.chart.kind === 'budget-monthly' ? monthlyChart(b.chart.report, lang) : headcountChart(b.chart.report, lang);
        return [`<figure>${svg}<figcaption>${esc(b.caption)}</figcaption></figure>`];
      }
      case 'outline':
        return [outlineHtml(b.lines)];
    }
  });
}

/** The html of a document's blocks, without the page around them: what a page that shows the
 *  document among other things (a dashboard) puts in its own body. `tocPages`: the page each
 *  section starts on, for the contents of a printed (PDF) copy. */
export function htmlBody(doc: Doc, lang: Lang, tocPages?: Readonly<Record<string, number>>): string {
  return blockHtml(doc.blocks, lang, tocPages).join('\n');
}

export function writeHtml(doc: Doc, lang: Lang, tocPages?: Readonly<Record<string, number>>): string {
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    // No script may run, whatever a record holds: only the inline style sheet and data: images.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    htmlBody(doc, lang, tocPages),
    '</body>',
    '</html>',
  ];
  return out.join('\n') + '\n';
}

/** What this writer makes of the example document (exampleDoc.ts), in Korean: its test
 *  (test/render/formatExamples.test.ts). The style sheet is htmlStyle.ts's, as it is. */
export const example: FormatExample = [
  '<!doctype html>',
  '<html lang="ko">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<title>예시 &lt;문서&gt;</title>',
  `<style>${REPORT_STYLE}</style>`,
  '</head>',
  '<body>',
  '<h2>1. 예산 집행현황</h2>',
  '<p>집행률은 <strong>반올림</strong>한 값입니다.</p>',
  "<h2>예산 (기준 / 단위 : '21. 4. 28. / 천원)</h2>",
  '<table>',
  "<caption>예산 (기준 / 단위 : '21. 4. 28. / 천원)</caption>",
  '<thead><tr><th scope="col" rowspan="2">구분</th><th scope="col" rowspan="2">예산액</th><th scope="colgroup" colspan="2">집행</th><th scope="col" rowspan="2">비고</th></tr><tr><th scope="col">금액</th><th scope="col">비율</th></tr></thead>',
  '<tbody>',
  '<tr class="total"><th scope="row">계</th><td class="num">337,200</td><td class="num">74,085</td><td class="num">22.0%</td><td></td></tr>',
  '<tr><th scope="row">기관운영</th><td class="num">277,200</td><td class="num">71,882</td><td class="num">25.9%</td><td>탭\t&quot;인용&quot;, 쉼표',
  '둘째 줄 | &lt;b&gt; &amp; 끝</td></tr>',
  '<tr><th scope="row">시책추진</th><td class="num">60,000</td><td class="num">-</td><td class="num">-</td><td></td></tr>',
  '</tbody>',
  '</table>',
  '<p class="note">※ 집행률은 소수 둘째 자리에서 반올림</p>',
  '<h3>2. 인력</h3>',
  '<table>',
  '<caption>인력 현황</caption>',
  '<thead><tr><th scope="col">직급</th><th scope="col">과부족</th><th scope="col">기준일</th></tr></thead>',
  '<tbody>',
  '<tr><th scope="row">5급</th><td class="num">△3</td><td>\'21. 4. 28.</td></tr>',
  '</tbody>',
  '</table>',
  '</body>',
  '</html>',
  '',
].join('\n');
