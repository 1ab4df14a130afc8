// Where a fiscal year has both itemized expense entries and execution snapshots, each
// snapshot's total per line must equal the entries up to its date (in the snapshot's unit,
// entries rounded half-up from 원).
import type { Problem } from '../../model/problem.js';
import { divideHalfUp, entriesByLine, wonPer } from '../../compute/budgetReport.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const executionSources: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const b of byKind.budget) {
    const entries = byKind.expenses.filter((x) => x.record.fiscal_year === b.record.fiscal_year).flatMap((x) => x.record.entries);
    if (entries.length === 0) continue;
    const k = wonPer(b.record.unit);
    (b.record.snapshots ?? []).forEach((snap, si) => {
      const won = entriesByLine(entries, snap.as_of, b.record.lines);
      snap.lines.forEach((l, li) => {
        const fromEntries = divideHalfUp(won.get(l.line) ?? 0, k);
        if (fromEntries !== l.executed) {
          problems.push(
            problemAt(b, ['snapshots', si, 'lines', li, 'executed'], 'execution-mismatch', {
              line: l.line,
              date: snap.as_of,
              snapshot: l.executed,
              entries: fromEntries,
              entriesWon: won.get(l.line) ?? 0,
              unit: b.record.unit,
            }),
          );
        }
      });
    });
  }
  return problems;
};
