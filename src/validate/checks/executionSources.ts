// Where a fiscal year has both itemized expense entries and execution snapshots, each snapshot
// dated within the entries' complete period must equal what the entries give for its date: the
// opening snapshot plus the entries after it, or the entries alone from 1 January (in the
// snapshot's unit, entries rounded half-up from 원). Snapshots before that period are the
// opening figures and are not compared.
import type { Problem } from '../../model/problem.js';
import { divideHalfUp } from '../../compute/budgetReport.js';
import { entryBasis, executionAt } from '../../compute/execution.js';
import { wonPer } from '../../model/numbers.js';
import { budgetLines, lineRefKey } from '../../compute/expenseVocabulary.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const executionSources: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const b of byKind.budget) {
    const files = byKind.expenses.filter((x) => x.record.fiscal_year === b.record.fiscal_year).map((x) => x.record);
    const basis = entryBasis(b.record, files);
    if (basis === undefined) continue;
    const k = wonPer(b.record.unit);
    const refs = budgetLines(b.record);
    (b.record.snapshots ?? []).forEach((snap, si) => {
      if (snap.as_of < basis.completeFrom) return;
      const won = executionAt(b.record, files, snap.as_of)!.byLine;
      snap.lines.forEach((l, li) => {
        const key = lineRefKey(l.line, l.program, refs);
        const fromEntries = divideHalfUp(won.get(key) ?? 0, k);
        if (fromEntries !== l.executed) {
          problems.push(
            problemAt(b, ['snapshots', si, 'lines', li, 'executed'], 'execution-mismatch', {
              line: l.line,
              date: snap.as_of,
              snapshot: l.executed,
              entries: fromEntries,
              entriesWon: won.get(key) ?? 0,
              unit: b.record.unit,
            }),
          );
        }
      });
    });
  }
  return problems;
};
