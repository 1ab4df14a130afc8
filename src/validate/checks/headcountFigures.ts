// A headcount record holds 정원, 현원 or both, as the office's table did; a figure it holds is in
// every row, so that its totals are of the whole table. A row is a grade, or a group counted as a
// whole; a group that lists grades is their sum and gives no figure of its own (a printed
// subtotal goes under `stated`).
import type { Problem } from '../../model/problem.js';
import type { YamlPath } from '../../model/records.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const headcountFigures: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const h of byKind.headcount) {
    const rows: { at: YamlPath; quota: boolean; current: boolean }[] = [];
    h.record.tracks.forEach((t, ti) => {
      if (t.grades) {
        if (t.quota !== undefined || t.current !== undefined) {
          problems.push(problemAt(h, ['tracks', ti, t.quota !== undefined ? 'quota' : 'current'], 'headcount-group-figures', { group: t.track }));
        }
        t.grades.forEach((g, gi) => rows.push({ at: ['tracks', ti, 'grades', gi], quota: g.quota !== undefined, current: g.current !== undefined }));
      } else rows.push({ at: ['tracks', ti], quota: t.quota !== undefined, current: t.current !== undefined });
    });
    const held = (['quota', 'current'] as const).filter((f) => rows.some((r) => r[f]));
    if (held.length === 0) {
      problems.push(problemAt(h, ['tracks'], 'headcount-figure-missing', { figure: 'any' }));
      continue;
    }
    for (const r of rows) for (const f of held) if (!r[f]) problems.push(problemAt(h, r.at, 'headcount-figure-missing', { figure: f }));
  }
  return problems;
};
