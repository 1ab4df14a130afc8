// A headcount record holds 정원, 현원, both, or 인원 (a count the table does not call either), as
// the office's table did; a figure it holds is in every row ('-' where the table wrote '-'), so
// that its totals are of the whole table. A row is a grade, or a group counted as a
// whole; a group that lists grades is their sum and gives no figure of its own (a printed
// subtotal goes under `stated`).
import type { Problem } from '../../model/problem.js';
import type { YamlPath } from '../../model/records.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const headcountFigures: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const h of byKind.headcount) {
    const rows: { at: YamlPath; quota: boolean; current: boolean; count: boolean }[] = [];
    h.record.tracks.forEach((t, ti) => {
      if (t.grades) {
        const own = (['quota', 'current', 'count'] as const).find((f) => t[f] !== undefined);
        if (own) problems.push(problemAt(h, ['tracks', ti, own], 'headcount-group-figures', { group: t.track }));
        t.grades.forEach((g, gi) => rows.push({ at: ['tracks', ti, 'grades', gi], quota: g.quota !== undefined, current: g.current !== undefined, count: g.count !== undefined }));
      } else rows.push({ at: ['tracks', ti], quota: t.quota !== undefined, current: t.current !== undefined, count: t.count !== undefined });
    });
    const held = (['quota', 'current', 'count'] as const).filter((f) => rows.some((r) => r[f]));
    if (held.length === 0) {
      problems.push(problemAt(h, ['tracks'], 'headcount-figure-missing', { figure: 'any' }));
      continue;
    }
    for (const r of rows) for (const f of held) if (!r[f]) problems.push(problemAt(h, r.at, 'headcount-figure-missing', { figure: f }));
  }
  return problems;
};
