// The work report as one self-contained HTML file: styles and SVG charts inline, no script, no
// font or image fetched; print-ready on A4 with a page break before each part and work item (the
// style sheet, and how the report prints, is htmlStyle.ts).
import type { Lang } from '../../messages/catalog.js';
import type { WorkReport } from '../../compute/workReport.js';
import type { TableModel } from '../tableModel.js';
import { humanCell } from '../tableModel.js';
import type { OutlineLine } from '../outline.js';
import type { ReportSections } from './sections.js';
import { budgetChart, esc, headcountChart } from './charts.js';
import { REPORT_STYLE } from './htmlStyle.js';

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

export function reportHtml(s: ReportSections, r: WorkReport, lang: Lang): string {
  const ko = lang === 'ko';
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${s.title} — ${s.office} (${s.issued})`)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="cover"><h1>${esc(s.title)}</h1><p class="issued">${esc(s.issued)}</p><p class="office">${esc(s.office)}</p></header>`,
    `<section class="part" id="general"><h2>${esc(s.part1)}</h2>`,
    `<h3>${esc(s.functionsTitle)}</h3>`,
    '<ul class="functions">',
    ...s.functions.map((f) => `<li><strong>${esc(f.title)}</strong><ul>${f.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></li>`),
    '</ul>',
  ];
  if (s.headcount && s.headcountTitle && r.headcount) {
    out.push(`<h3>${esc(s.headcountTitle)}</h3>`, htmlTable(s.headcount, lang, 'table-headcount'));
    out.push(`<figure>${headcountChart(r.headcount, lang)}<figcaption>${ko ? '그림 1. 직급별 정원과 현원' : 'Figure 1. Authorized and filled posts by grade'}</figcaption></figure>`);
  }
  if (s.budget && s.budgetTitle && r.budget) {
    out.push(`<h3>${esc(s.budgetTitle)}</h3>`, `<p class="subtitle">${esc(s.budgetSubtitle)}</p>`, htmlTable(s.budget, lang, 'table-budget'));
    out.push(`<figure>${budgetChart(r.budget, lang)}<figcaption>${ko ? '그림 2. 과목별 집행률과 연중 경과율' : 'Figure 2. Execution by line against the year elapsed'}</figcaption></figure>`);
  }
  out.push('</section>', `<section class="part" id="work"><h2>${esc(s.part2)}</h2>`, '<ol class="task-list">');
  for (const t of s.taskList) out.push(`<li>${esc(t)}</li>`);
  out.push('</ol>');
  // A part with no work items says so, rather than printing a heading alone on its page.
  if (s.tasks.length === 0) out.push(`<p class="none">${ko ? '해당 없음' : 'None recorded.'}</p>`);
  for (const t of s.tasks) {
    out.push(`<article class="task" id="task-${t.number}"><h3>${t.number}. ${esc(t.heading)}</h3>`, `<p class="purpose">${inline(t.purpose)}</p>`, outlineHtml(t.lines), '</article>');
  }
  out.push('</section>', '</body>', '</html>');
  return out.join('\n') + '\n';
}
