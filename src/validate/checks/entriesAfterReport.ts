// An expense entry dated after the as-of date of the latest report issue is usually a typo in
// the date (2012 for 2021, a month off) or a month whose report record is not there yet: a
// warning either way, once per file (at its first such entry, with how many more there are), so
// a month of entries made before its report issue does not bury the output.
import type { Problem } from '../../model/problem.js';
import { latestIssue } from '../../compute/asOf.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const entriesAfterReport: Check = ({ byKind }) => {
  const issue = latestIssue(byKind.report.map((r) => r.record));
  if (issue === undefined) return [];
  const problems: Problem[] = [];
  for (const x of byKind.expenses) {
    const after = x.record.entries.flatMap((e, i) => (e.date > issue.as_of ? [i] : []));
    const first = after[0];
    if (first === undefined) continue;
    const e = x.record.entries[first]!;
    problems.push(problemAt(x, ['entries', first, 'date'], 'entry-after-report', { date: e.date, asOf: issue.as_of, issue: issue.id, more: after.length - 1 }, { severity: 'warning' }));
  }
  return problems;
};
