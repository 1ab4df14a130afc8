// A headcount snapshot cannot be dated after the data's reference date (the latest `as_of` of
// the report records): it would describe a future the records do not know yet.
import type { Problem } from '../../model/problem.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';
import { referenceDate } from '../../compute/recordsOf.js';

export const snapshotDates: Check = ({ byKind }) => {
  const reference = referenceDate(byKind.report.map((r) => r.record));
  if (reference === undefined) return [];
  const problems: Problem[] = [];
  for (const h of byKind.headcount) {
    if (h.record.as_of > reference) problems.push(problemAt(h, ['as_of'], 'snapshot-in-future', { date: h.record.as_of, reference }));
  }
  return problems;
};
