// Expense entries as disclosed: an empty 사용목적 is published often enough that it is a warning
// to look at, not an error that stops every report.
import type { Problem } from '../../model/problem.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const expenseEntries: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const x of byKind.expenses) {
    x.record.entries.forEach((en, i) => {
      if (en.purpose.trim() === '') problems.push(problemAt(x, ['entries', i, 'purpose'], 'expense-purpose-empty', { date: en.date, amount: en.amount }, { severity: 'warning' }));
    });
  }
  return problems;
};
