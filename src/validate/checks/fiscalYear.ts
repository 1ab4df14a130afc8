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
  // A year has up to 100,000 entries: the year's prefix is made once, and a path only for an
  // entry outside it.
  for (const x of byKind.expenses) {
    const year = x.record.fiscal_year;
    const prefix = `${year}-`;
    const entries = x.record.entries;
    for (let i = 0; i < entries.length; i++) {
      const date = entries[i]!.date;
      if (!date.startsWith(prefix)) problems.push(problemAt(x, ['entries', i, 'date'], 'date-outside-fiscal-year', { date, year }));
    }
  }
  for (const r of byKind.report) check(r, ['as_of'], r.record.as_of, r.record.fiscal_year);
  return problems;
};
