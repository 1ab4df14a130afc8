// The work report as Markdown, in the seed document's structure and order.
import type { Lang } from '../../messages/catalog.js';
import { markdownTable } from '../formats/markdown.js';
import type { ReportSections } from './sections.js';
import { outlineMarkdownLines } from '../outline.js';

export function reportMarkdown(s: ReportSections, lang: Lang): string {
  const out: string[] = [`# ${s.title}`, '', s.issued, '', `**${s.office}**`, '', `## ${s.part1}`, '', `### ${s.functionsTitle}`, ''];
  for (const f of s.functions) {
    out.push(`- **${f.title}**`);
    for (const item of f.items) out.push(`  - ${item}`);
  }
  if (s.headcount && s.headcountTitle) out.push('', `### ${s.headcountTitle}`, '', ...markdownTable(s.headcount, lang));
  if (s.budget && s.budgetTitle) out.push('', `### ${s.budgetTitle}`, '', s.budgetSubtitle, '', ...markdownTable(s.budget, lang));
  out.push('', `## ${s.part2}`, '');
  for (const t of s.taskList) out.push(`${t}  `);
  for (const t of s.tasks) {
    out.push('', `### ${t.number}. ${t.heading}`, '', t.purpose, ...outlineMarkdownLines(t.lines));
  }
  return out.join('\n') + '\n';
}
