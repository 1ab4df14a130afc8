// The default format: `file:line:col severity message [rule]`, then the source line with a
// caret under the spot (aligned for Korean wide characters), then one summary line. Record
// text in a message or an excerpt is shown, never sent (control characters become visible
// ones, visibleText.ts), so a record cannot move the cursor or clear the terminal.
import { Chalk } from 'chalk';
import { displayWidth } from '../displayWidth.js';
import { visibleText } from '../visibleText.js';
import type { Problem } from '../../model/problem.js';
import { countBySeverity } from '../../model/problem.js';
import { oneLine } from '../../messages/catalog.js';
import { summaryLine } from '../../messages/cliText.js';
import type { ProblemRenderer } from './types.js';

export const renderText: ProblemRenderer = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const p of report.problems) {
    const sev = p.severity === 'error' ? c.red('error') : c.yellow('warning');
    const loc = `${p.span.file}:${p.span.line}:${p.span.column}`;
    out.push(`${c.bold(visibleText(loc, false))} ${sev} ${visibleText(oneLine(p, options.lang), false)} ${c.dim(`[${p.rule}]`)}`);
    const excerpt = caretExcerpt(p);
    if (excerpt) out.push(...excerpt.map((l, i) => (i === 1 ? l.replace(/\^+$/, (m) => (p.severity === 'error' ? c.red(m) : c.yellow(m))) : l)));
  }
  const counts = countBySeverity(report.problems);
  const failed = counts.errors > 0 || (report.strict && counts.warnings > 0);
  const summary = summaryLine(options.lang, { ...counts, files: report.files.length });
  out.push(failed ? c.red(summary) : counts.warnings > 0 ? c.yellow(summary) : c.green(summary));
  return out.join('\n') + '\n';
};

/** The source line and a caret line under the problem's columns; tabs shown as one space. */
export function caretExcerpt(p: Problem): [string, string] | undefined {
  if (p.sourceLine === undefined) return undefined;
  const line = visibleText(p.sourceLine.replace(/\t/g, ' '), false);
  const start = Math.max(0, p.span.column - 1);
  const end = p.span.endLine === p.span.line ? Math.max(p.span.endColumn - 1, start + 1) : line.length;
  const gutter = String(p.span.line).padStart(5);
  const pad = ' '.repeat(displayWidth(line.slice(0, start)));
  const marks = '^'.repeat(Math.max(1, displayWidth(line.slice(start, Math.max(end, start + 1)))));
  return [`${gutter} | ${line}`, `${' '.repeat(gutter.length)} | ${pad}${marks}`];
}
