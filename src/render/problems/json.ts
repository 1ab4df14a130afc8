// --format json: the problems as data, for tools. The shape is documented in
// docs/validate-json.md and versioned by `version`; keys never depend on --lang.
import { countBySeverity } from '../../model/problem.js';
import { describe } from '../../messages/catalog.js';
import type { ProblemRenderer } from './types.js';

export const JSON_FORMAT_VERSION = 1;

export const renderJson: ProblemRenderer = (report, options) => {
  const counts = countBySeverity(report.problems);
  const body = {
    version: JSON_FORMAT_VERSION,
    valid: counts.errors === 0 && !(report.strict && counts.warnings > 0),
    files: report.files.length,
    errors: counts.errors,
    warnings: counts.warnings,
    problems: report.problems.map((p) => {
      const m = describe(p, options.lang);
      return {
        file: p.span.file,
        line: p.span.line,
        column: p.span.column,
        endLine: p.span.endLine,
        endColumn: p.span.endColumn,
        path: p.path,
        severity: p.severity,
        rule: p.rule,
        message: m.message,
        hint: m.hint ?? null,
        actual: p.actual ?? null,
        params: p.params,
        related: (p.related ?? []).map((r) => ({ file: r.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn })),
      };
    }),
  };
  return JSON.stringify(body, null, 2) + '\n';
};
