// An expense entry dated after the as-of date of the latest report issue is usually a typo in
// the date (2012 for 2021, a month off) or a month whose report record is not there yet: a
// warning either way.
import type { Problem } from '../../model/problem.js';
import { latestIssue } from '../../compute/asOf.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const entriesAfterReport: Check = ({ byKind }) => {
  const issue = latestIssue(byKind.report.map((r) => r.record));
  if (issue === undefined) return [];
  const problems: Problem[] = [];
  for (const x of byKind.expenses) {
    x.record.entries.forEach((e, i) => {
      if (e.date > issue.as_of) problems.push(problemAt(x, ['entries', i, 'date'], 'entry-after-report', { date: e.date, asOf: issue.as_of, issue: issue.id }, { severity: 'warning' }));
    });
  }
  return problems;
};
