// Every period phrase of a plan parses to a date range in the work item's fiscal year.
import type { Problem } from '../../model/problem.js';
import { parsePeriod, PERIOD_FORMS } from '../../compute/period.js';
import { walkOutline } from '../../compute/outline.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const periods: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const t of byKind.task) {
    for (const v of walkOutline(t.record)) {
      if (v.node.period !== undefined && parsePeriod(v.node.period, t.record.fiscal_year) === null) {
        problems.push(problemAt(t, [...v.path, 'period'], 'period-unparseable', { forms: PERIOD_FORMS }));
      }
    }
  }
  return problems;
};
