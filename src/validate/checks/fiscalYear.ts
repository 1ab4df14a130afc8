// Dated facts of a fiscal-year record fall inside that year (1 January – 31 December).
import type { Problem } from '../../model/problem.js';
import type { LoadedRecord, YamlPath } from '../../model/records.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const fiscalYearDates: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  const check = (loaded: LoadedRecord, path: YamlPath, date: string, year: number): void => {
    if (!date.startsWith(`${year}-`)) problems.push(problemAt(loaded, path, 'date-outside-fiscal-year', { date, year }));
  };
  for (const b of byKind.budget) {
    const y = b.record.fiscal_year;
    (b.record.adjustments ?? []).forEach((a, i) => check(b, ['adjustments', i, 'date'], a.date, y));
    (b.record.snapshots ?? []).forEach((s, i) => check(b, ['snapshots', i, 'as_of'], s.as_of, y));
  }
  for (const x of byKind.expenses) x.record.entries.forEach((e, i) => check(x, ['entries', i, 'date'], e.date, x.record.fiscal_year));
  for (const r of byKind.report) check(r, ['as_of'], r.record.as_of, r.record.fiscal_year);
  return problems;
};
