// Each id names one thing: a second record with the same id is an error at both places.
import type { Problem, Span } from '../../model/problem.js';
import type { AnyRecord, LoadedRecord, YamlPath } from '../../model/records.js';
import { problemAt, spanAt } from '../../model/problemAt.js';
import { walkOutline } from '../../compute/outline.js';
import { lineKey } from '../../compute/expenseVocabulary.js';
import type { Check } from '../../model/check.js';

interface Keyed {
  readonly key: string;
  readonly loaded: LoadedRecord;
  readonly path: YamlPath;
}

/** Reports every repeat of a key after its first place, naming the first place. The first
 *  place is located only when a repeat is found: positions cost a full parse. */
export function duplicates(items: readonly Keyed[], what: string): Problem[] {
  const first = new Map<string, Keyed>();
  const out: Problem[] = [];
  for (const it of items) {
    const prevItem = first.get(it.key);
    if (prevItem) {
      const prev: Span = spanAt(prevItem.loaded, prevItem.path);
      out.push(problemAt(it.loaded, it.path, 'duplicate-id', { what, id: it.key, firstFile: prev.file, firstLine: prev.line }, { related: [prev] }));
    } else first.set(it.key, it);
  }
  return out;
}

/** Every item of a list in each record, keyed by one of its fields. */
function listed<R extends AnyRecord, T>(
  records: readonly LoadedRecord<R>[],
  listName: string,
  list: (r: R) => readonly T[] | undefined,
  field: keyof T & string,
  scope: (r: LoadedRecord<R>) => string = () => '',
): Keyed[] {
  return records.flatMap((r) => (list(r.record) ?? []).map((item, i) => ({ key: scope(r) + String(item[field]), loaded: r, path: [listName, i, field] })));
}

/** One key per record (a record kind that must appear once per key). */
function whole<R extends AnyRecord>(records: readonly LoadedRecord<R>[], field: string, key: (r: R) => string | number): Keyed[] {
  return records.map((r) => ({ key: String(key(r.record)), loaded: r, path: [field] }));
}

export const uniqueIds: Check = ({ byKind }) => {
  // Ids of outline items at any depth, as references look them up.
  const planItems: Keyed[] = byKind.task.flatMap((t) => [...walkOutline(t.record)].flatMap((v) => (v.node.id ? [{ key: v.node.id, loaded: t, path: [...v.path, 'id'] }] : [])));
  return [
    ...duplicates(whole(byKind.office, 'id', (r) => r.id), 'office'),
    ...duplicates(whole(byKind.report, 'id', (r) => r.id), 'report'),
    ...duplicates(whole(byKind.headcount, 'as_of', (r) => r.as_of), 'headcount'),
    ...duplicates(whole(byKind.budget, 'fiscal_year', (r) => r.fiscal_year), 'budget'),
    ...duplicates(whole(byKind.task, 'number', (r) => `${r.fiscal_year}#${r.number}`), 'task'),
    ...duplicates(whole(byKind.cities, 'kind', () => 'cities'), 'cities'),
    ...byKind.budget.flatMap((b) => [
      ...duplicates(listed([b], 'lines', (r) => r.lines, 'code'), 'budget-line'),
      ...duplicates(listed([b], 'snapshots', (r) => r.snapshots, 'as_of'), 'snapshot'),
      // A 통계목 is once within a program; the same code under several programs is fine.
      ...duplicates(listed([b], 'programs', (r) => r.programs, 'code'), 'budget-program'),
      ...(b.record.programs ?? []).flatMap((p, pi) => duplicates(p.lines.map((l, li) => ({ key: l.code, loaded: b, path: ['programs', pi, 'lines', li, 'code'] })), 'budget-line')),
      ...(b.record.snapshots ?? []).flatMap((s, si) =>
        duplicates(s.lines.map((l, li) => ({ key: lineKey(l.program, l.line), loaded: b, path: ['snapshots', si, 'lines', li, 'line'] })), 'snapshot-line'),
      ),
    ]),
    ...byKind.headcount.flatMap((h) => [
      ...duplicates(listed([h], 'tracks', (r) => r.tracks, 'track'), 'track'),
      ...h.record.tracks.flatMap((t, ti) => duplicates((t.grades ?? []).map((g, gi) => ({ key: g.grade, loaded: h, path: ['tracks', ti, 'grades', gi, 'grade'] })), 'grade')),
    ]),
    ...duplicates(listed(byKind.council, 'meetings', (r) => r.meetings, 'id'), 'council'),
    ...duplicates(listed(byKind.ordinances, 'ordinances', (r) => r.ordinances, 'id'), 'ordinance'),
    ...duplicates(listed(byKind.taskforces, 'taskforces', (r) => r.taskforces, 'id'), 'taskforce'),
    ...duplicates(listed(byKind.events, 'events', (r) => r.events, 'id'), 'event'),
    ...duplicates(listed(byKind.countries, 'countries', (r) => r.countries, 'code'), 'country'),
    ...duplicates(listed(byKind.cities, 'cities', (r) => r.cities, 'name'), 'city'),
    ...duplicates(listed(byKind.cities, 'types', (r) => r.types, 'type'), 'city-type'),
    ...duplicates(planItems, 'plan'),
  ];
};
