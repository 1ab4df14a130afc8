// A line's 예산현액 (its budget plus the adjustments made up to a date) below zero is almost
// always a sign written the wrong way or a reduction larger than the line: a warning at the
// adjustment that first takes it below zero, so the figures are still shown.
import type { Problem } from '../../model/problem.js';
import { budgetLines, lineRefKey } from '../../compute/expenseVocabulary.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const negativeCurrentBudget: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const b of byKind.budget) {
    const adjustments = (b.record.adjustments ?? []).map((a, i) => ({ a, i }));
    // The order the adjustments take effect in: by date, then as written.
    adjustments.sort((x, y) => (x.a.date < y.a.date ? -1 : x.a.date > y.a.date ? 1 : x.i - y.i));
    const lines = budgetLines(b.record);
    for (const line of lines) {
      // A line whose 예산액 is not known has no 예산현액 to go below zero.
      if (line.budget === null) continue;
      let current = line.budget;
      for (const { a, i } of adjustments) {
        if (lineRefKey(a.line, a.program, lines) !== line.key) continue;
        current += a.amount;
        if (current < 0) {
          problems.push(problemAt(b, ['adjustments', i, 'amount'], 'current-budget-negative', { line: line.code, date: a.date, current, unit: b.record.unit }, { severity: 'warning' }));
          break;
        }
      }
    }
  }
  return problems;
};
