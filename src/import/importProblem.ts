// A problem in an imported table, located as file:row:column (row and column 1-based, the row
// as the file counts it: the line of a CSV, the row of a sheet, the item of a JSON list).
import type { Problem } from '../model/problem.js';

export function tableProblem(file: string, at: number, column: number, rule: string, params: Problem['params'], actual?: string): Problem {
  // A JSON list's keys stand in row 0, before its first item; a message names row 1 at least.
  const row = Math.max(at, 1);
  return {
    severity: 'error',
    rule,
    span: { file, line: row, column, endLine: row, endColumn: column + 1 },
    path: typeof params['column'] === 'string' ? params['column'] : '',
    actual,
    params,
  };
}
