// A headcount record holds 정원, 현원, both, or 인원 (a count the table does not call either), as
// the office's table did; a figure it holds is in every row ('-' where the table wrote '-'), so
// that its totals are of the whole table. A row is a grade, or a group counted as a
// whole; a group that lists grades is their sum and gives no figure of its own (a printed
// subtotal goes under `stated`) and no split of its own (a subtotal is never split). A cross table (`split_by`) splits a row's one figure over
// columns of its own: a row's split names only those columns, and its cells add up to the row's
// figure ('-' cells left out, as in every sum).
import { sumCells } from '../../compute/headcount.js';
import type { Problem } from '../../model/problem.js';
import type { HeadcountCell, HeadcountSplit, YamlPath } from '../../model/records.js';
import { groupThousands } from '../../model/numbers.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

export const headcountFigures: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  for (const h of byKind.headcount) {
    type Cells = { readonly quota?: HeadcountCell; readonly current?: HeadcountCell; readonly count?: HeadcountCell; readonly split?: HeadcountSplit };
    const rows: { at: YamlPath; name: string; cells: Cells }[] = [];
    h.record.tracks.forEach((t, ti) => {
      if (t.grades) {
        const own = (['quota', 'current', 'count'] as const).find((f) => t[f] !== undefined);
        if (own) problems.push(problemAt(h, ['tracks', ti, own], 'headcount-group-figures', { group: t.track }));
        // A 소계 is never split (a column's sum is not the column's where some rows give 계 only).
        if (t.split !== undefined) problems.push(problemAt(h, ['tracks', ti, 'split'], 'headcount-group-split', { group: t.track }));
        t.grades.forEach((g, gi) => rows.push({ at: ['tracks', ti, 'grades', gi], name: g.grade, cells: g }));
      } else rows.push({ at: ['tracks', ti], name: t.track, cells: t });
    });
    const held = (['quota', 'current', 'count'] as const).filter((f) => rows.some((r) => r.cells[f] !== undefined));
    if (held.length === 0) {
      problems.push(problemAt(h, ['tracks'], 'headcount-figure-missing', { figure: 'any' }));
      continue;
    }
    for (const r of rows) for (const f of held) if (r.cells[f] === undefined) problems.push(problemAt(h, r.at, 'headcount-figure-missing', { figure: f }));
    problems.push(...splitProblems(h, rows, held));
  }
  return problems;
};

type Loaded = Parameters<Check>[0]['byKind']['headcount'][number];

/** A cross table's rows: each split names columns of split_by, and its cells add up to the row's
 *  one figure. Without split_by, a split has no columns to name. */
function splitProblems(h: Loaded, rows: readonly { at: YamlPath; name: string; cells: { readonly split?: HeadcountSplit } & Partial<Record<'quota' | 'current' | 'count', HeadcountCell>> }[], held: readonly ('quota' | 'current' | 'count')[]): Problem[] {
  const problems: Problem[] = [];
  const by = h.record.split_by;
  const split = rows.filter((r) => r.cells.split !== undefined);
  if (!by) {
    for (const r of split) problems.push(problemAt(h, [...r.at, 'split'], 'headcount-split-column', { columns: [] }));
    return problems;
  }
  for (const r of split) for (const column of Object.keys(r.cells.split!)) if (!by.columns.includes(column)) problems.push(problemAt(h, [...r.at, 'split', column], 'headcount-split-column', { column, columns: by.columns }));
  if (held.length > 1) {
    problems.push(problemAt(h, ['split_by'], 'headcount-split-sum', { figure: held.join('+'), row: '', sum: '', value: '' }));
    return problems;
  }
  const figure = held[0]!;
  for (const r of split) {
    const value = r.cells[figure];
    if (value === undefined) continue;
    const cells = Object.values(r.cells.split!);
    const total = sumCells(cells);
    if (total === value) continue;
    const shown = (v: HeadcountCell | null) => (typeof v === 'number' ? groupThousands(v) : String(v ?? 0));
    problems.push(problemAt(h, [...r.at, 'split'], 'headcount-split-sum', { figure, row: r.name, sum: `${cells.map(shown).join(' + ')} = ${shown(total)}`, value: shown(value) }));
  }
  return problems;
}
