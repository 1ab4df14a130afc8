// Every period phrase of a plan (and the new period of a postponed one) says when: a phrase the
// tool cannot read is a warning (the item is listed as 기간 미상, never refused); a range that
// ends before it starts is an error. The year a phrase leaves out is the work item's fiscal year.
import type { Problem } from '../../model/problem.js';
import type { YamlPath } from '../../model/records.js';
import { PERIOD_FORMS, readPeriod } from '../../compute/period.js';
import { walkOutline } from '../../compute/outline.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const periods: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const t of byKind.task) {
    const check = (phrase: string | undefined, path: YamlPath): void => {
      if (phrase === undefined) return;
      const r = readPeriod(phrase, t.record.fiscal_year);
      if (r.ok) return;
      if (r.reason === 'reversed') problems.push(problemAt(t, path, 'period-reversed', { start: r.start, end: r.end }));
      else problems.push(problemAt(t, path, 'period-unreadable', { forms: PERIOD_FORMS }, { severity: 'warning' }));
    };
    for (const v of walkOutline(t.record)) {
      check(v.node.period, [...v.path, 'period']);
      check(v.node.postponed_to, [...v.path, 'postponed_to']);
      v.node.history?.forEach((c, i) => check(c.postponed_to, [...v.path, 'history', i, 'postponed_to']));
    }
  }
  return problems;
};
