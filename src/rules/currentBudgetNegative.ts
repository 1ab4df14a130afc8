// A line's 예산현액 (its budget plus the adjustments made up to a date) below zero is almost
// always a sign written the wrong way or a reduction larger than the line: a warning at the
// adjustment that first takes it below zero, so the figures are still shown.
import type { Problem } from '../model/problem.js';
import { problemAt } from '../model/problemAt.js';
import { budgetLines, lineRefKey } from '../compute/expenseVocabulary.js';
import { defineRule } from './defineRule.js';
import { n, s } from './words.js';

declare module '../model/problem.js' {
  interface RuleParams {
    'current-budget-negative': { line: string; date: string; current: number; unit: string };
  }
}

export const rule = defineRule({
  id: 'current-budget-negative',
  severity: 'warning',
  ko: (p) => ({ message: `과목 ${s(p.line)}의 예산현액이 ${s(p.date)}에 ${n(p.current)}${s(p.unit)}으로 0보다 작아집니다`, hint: '조정 금액의 부호와 크기를 확인하세요 (감액은 그날의 예산현액보다 클 수 없습니다)' }),
  en: (p) => ({ message: `the current budget of line ${s(p.line)} falls below zero on ${s(p.date)}: ${n(p.current)} ${s(p.unit)}`, hint: "check the adjustment's sign and size (a reduction cannot exceed the line's current budget on its date)" }),
  check: ({ byKind }) => {
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
            problems.push(problemAt(b, ['adjustments', i, 'amount'], 'current-budget-negative', { line: line.code, date: a.date, current, unit: b.record.unit }));
            break;
          }
        }
      }
    }
    return problems;
  },
});
