// --format github: workflow commands that GitHub shows as annotations on the changed lines of a
// pull request (::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message), and the
// job summary: every problem as Markdown, since GitHub shows only 10 annotations per step.
// Paths are made relative to the repository root (options.workspace) so an annotation lands on
// the right file when the tool runs from a subfolder.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { oneLine } from '../../messages/catalog.js';
import { countBySeverity } from '../../model/problem.js';
import type { Problem } from '../../model/problem.js';
import { GITHUB_SUMMARY_TEXT, summaryLine } from '../../messages/cliText.js';
import type { ProblemReport, ProblemRenderer, RenderOptions } from './types.js';

/** GitHub's escaping of a workflow command's message. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** GitHub's escaping of a workflow command's property value: the message's, plus : and ,. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A shown path (relative to the cwd, or absolute) as GitHub wants it: relative to the
 *  repository root with '/' separators. Outside the repository it stays as shown. */
export function workspacePath(file: string, options: RenderOptions): string {
  const ws = options.workspace;
  if (ws === undefined) return file;
  const rel = relative(ws.root, isAbsolute(file) ? file : resolve(ws.cwd, file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

export const renderGithub: ProblemRenderer = (report, options) => {
  const lines = report.problems.map((p) => {
    const cmd = p.severity === 'error' ? 'error' : 'warning';
    const { line, column, endLine, endColumn } = p.span;
    const file = workspacePath(p.span.file, options);
    const title = p.path ? `${p.rule}: ${p.path}` : p.rule;
    const props = `file=${escapeProperty(file)},line=${line},col=${column},endLine=${endLine},endColumn=${endColumn},title=${escapeProperty(title)}`;
    return `::${cmd} ${props}::${escapeData(`${file}:${line}: ${oneLine(p, options.lang)} [${p.rule}]`)}`;
  });
  const counts = countBySeverity(report.problems);
  lines.push(summaryLine(options.lang, { ...counts, files: report.files.length }));
  return lines.join('\n') + '\n';
};

/** Text for a Markdown table cell: no column breaks, no line breaks, no HTML. */
const cell = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
/** A code span that holds any text: fenced with more backticks than the text contains. */
const code = (s: string): string => {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s.replace(/\|/g, '\\|')}${pad}${fence}`;
};

/** GitHub refuses a step summary over 1 MiB; the summary stops short of it, with room for the
 *  line that says what was left out. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4 * 1024;

/** The job summary: a heading, the count line and the problems in a table, errors first, up to
 *  GitHub's size limit; then a line with how many were left out and where they all are. */
export function renderGithubSummary(report: ProblemReport, options: RenderOptions): string {
  const t = GITHUB_SUMMARY_TEXT[options.lang];
  const counts = countBySeverity(report.problems);
  const out = [`## ${t.heading}`, '', summaryLine(options.lang, { ...counts, files: report.files.length })];
  if (report.problems.length > 0) {
    out.push('', `| ${t.severity} | ${t.place} | ${t.problem} | ${t.rule} |`, '|---|---|---|---|');
    const head = Buffer.byteLength(out.join('\n')) + 1;
    const rows = report.problems.map((p) => summaryRow(p, options));
    const all = rows.reduce((n, r) => n + Buffer.byteLength(r) + 1, head);
    if (all <= SUMMARY_LIMIT_BYTES) out.push(...rows);
    else {
      // Too many for one summary: errors first, as many as fit.
      const order = report.problems.map((p, i) => [p.severity === 'error' ? 0 : 1, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let bytes = head;
      let shown = 0;
      for (const [, i] of order) {
        const size = Buffer.byteLength(rows[i]!) + 1;
        if (bytes + size > SUMMARY_LIMIT_BYTES) break;
        out.push(rows[i]!);
        bytes += size;
        shown++;
      }
      out.push('', t.leftOut(rows.length - shown));
    }
  }
  return out.join('\n') + '\n';
}

function summaryRow(p: Problem, options: RenderOptions): string {
  const t = GITHUB_SUMMARY_TEXT[options.lang];
  const where = `${workspacePath(p.span.file, options)}:${p.span.line}:${p.span.column}`;
  const severity = p.severity === 'error' ? `❌ ${t.error}` : `⚠️ ${t.warning}`;
  return `| ${severity} | ${code(where)} | ${cell(oneLine(p, options.lang))} | ${code(p.rule)} |`;
}
