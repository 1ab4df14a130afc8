// A problem in an imported table, located as file:row:column (row and column 1-based, the row
// as the file counts it: the line of a CSV, the row of a sheet, the item of a JSON list).
import type { Problem, RuleId, RuleParams } from '../model/problem.js';
import { problemOf } from '../model/problem.js';

export function tableProblem<R extends RuleId>(file: string, at: number, column: number, rule: R, params: RuleParams[R], actual?: string, severity: Problem['severity'] = 'error'): Problem {
  // A JSON list's keys stand in row 0, before its first item; a message names row 1 at least.
  const row = Math.max(at, 1);
  const named = (params as Readonly<Record<string, unknown>>)['column'];
  return problemOf(rule, params, {
    severity,
    span: { file, line: row, column, endLine: row, endColumn: column + 1 },
    path: typeof named === 'string' ? named : '',
    ...(actual === undefined ? {} : { actual }),
  });
}
