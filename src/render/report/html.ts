// The work report as one self-contained HTML file: styles and SVG charts inline, no script, no
// font or image fetched; print-ready on A4 with a page break before each part and work item.
import type { Lang } from '../../messages/catalog.js';
import type { WorkReport } from '../../compute/workReport.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';
import type { OutlineLine } from '../outline.js';
import type { ReportSections } from './sections.js';
import { budgetChart, esc, headcountChart } from './charts.js';

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "맑은 고딕", "Apple SD Gothic Neo", "NanumGothic", "Nanum Gothic", sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; }
.cover { text-align: center; margin: 4rem 0; }
.cover h1 { font-size: 2.4rem; letter-spacing: 0.3em; margin-bottom: 2rem; }
.cover .office { font-size: 1.4rem; font-weight: 700; }
h2 { border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
h3 { margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #666; padding: 0.25rem 0.6rem; }
thead th { background: #e8edf3; }
td.num { text-align: right; }
tr.total th, tr.total td { font-weight: 700; background: #f5f5f5; }
ul.outline { list-style: none; padding-left: 0; }
ul.outline ul { list-style: none; padding-left: 1.4rem; }
.marker { display: inline-block; min-width: 1.4rem; }
.section-title { font-weight: 700; margin-top: 1.2rem; }
.purpose { border: 1px solid #999; padding: 0.5rem 0.8rem; background: #fafafa; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.9rem; color: #444; }
svg.chart text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
svg.chart .small { font-size: 11px; }
svg.chart .track { fill: #eef0f3; }
svg.chart .bar { fill: #2f6db5; }
svg.chart .bar.behind { fill: #c2410c; }
svg.chart .elapsed { stroke: #111; stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .quota { fill: #94a3b8; }
svg.chart .current { fill: #2f6db5; }
svg.chart .axis { stroke: #333; }
@page { size: A4; margin: 18mm 15mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  section.part, article.task { break-before: page; }
  table, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

const inline = (s: string): string => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

function htmlTable(t: TableModel, lang: Lang, id: string): string {
  const head = t.columns.map((c) => `<th scope="col">${esc(c.header)}</th>`).join('');
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
  return `<table id="${id}">\n<caption>${esc(t.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
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
      out.push(`<p class="section-title">${esc(l.marker)} ${inline(l.text)}</p>`);
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

export function reportHtml(s: ReportSections, r: WorkReport, lang: Lang): string {
  const ko = lang === 'ko';
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${s.title} — ${s.office} (${s.issued})`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="cover"><h1>${esc(s.title)}</h1><p class="issued">${esc(s.issued)}</p><p class="office">${esc(s.office)}</p></header>`,
    `<section class="part" id="general"><h2>${esc(s.part1)}</h2>`,
    `<h3>${esc(s.functionsTitle)}</h3>`,
    '<ul>',
    ...s.functions.map((f) => `<li><strong>${esc(f.title)}</strong><ul>${f.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></li>`),
    '</ul>',
  ];
  if (s.headcount && s.headcountTitle && r.headcount) {
    out.push(`<h3>${esc(s.headcountTitle)}</h3>`, htmlTable(s.headcount, lang, 'table-headcount'));
    out.push(`<figure>${headcountChart(r.headcount, lang)}<figcaption>${ko ? '그림 1. 직급별 정원과 현원' : 'Figure 1. Authorized and filled posts by grade'}</figcaption></figure>`);
  }
  if (s.budget && s.budgetTitle && r.budget) {
    out.push(`<h3>${esc(s.budgetTitle)}</h3>`, `<p>${esc(s.budgetSubtitle)}</p>`, htmlTable(s.budget, lang, 'table-budget'));
    out.push(`<figure>${budgetChart(r.budget, lang)}<figcaption>${ko ? '그림 2. 과목별 집행률과 연중 경과율' : 'Figure 2. Execution by line against the year elapsed'}</figcaption></figure>`);
  }
  out.push('</section>', `<section class="part" id="work"><h2>${esc(s.part2)}</h2>`, '<ol class="task-list" style="list-style:none;padding-left:0">');
  for (const t of s.taskList) out.push(`<li>${esc(t)}</li>`);
  out.push('</ol>');
  for (const t of s.tasks) {
    out.push(`<article class="task" id="task-${t.number}"><h3>${t.number}. ${esc(t.heading)}</h3>`, `<p class="purpose">${inline(t.purpose)}</p>`, outlineHtml(t.lines), '</article>');
  }
  out.push('</section>', '</body>', '</html>');
  return out.join('\n') + '\n';
}
