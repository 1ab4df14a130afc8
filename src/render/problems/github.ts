// --format github: workflow commands that GitHub shows as annotations on the changed lines of a
// pull request: ::error file=…,line=…,col=…,endLine=…,endColumn=…::file:line: message
import { oneLine } from '../../messages/catalog.js';
import { countBySeverity } from '../../model/problem.js';
import { summaryLine } from '../../messages/cliText.js';
import type { ProblemRenderer } from './types.js';

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const renderGithub: ProblemRenderer = (report, options) => {
  const lines = report.problems.map((p) => {
    const cmd = p.severity === 'error' ? 'error' : 'warning';
    const { file, line, column, endLine, endColumn } = p.span;
    const props = `file=${escapeProperty(file)},line=${line},col=${column},endLine=${endLine},endColumn=${endColumn}`;
    return `::${cmd} ${props}::${escapeData(`${file}:${line}: ${oneLine(p, options.lang)} [${p.rule}]`)}`;
  });
  const counts = countBySeverity(report.problems);
  lines.push(summaryLine(options.lang, { ...counts, files: report.files.length }));
  return lines.join('\n') + '\n';
};
