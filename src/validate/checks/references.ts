// Every reference points at something that exists: outline `ref`s, the plan line an event or a
// TF stage names, country codes, office ids, budget lines of the same fiscal year.
import type { Problem } from '../../model/problem.js';
import type { LoadedRecord, RecordKind, YamlPath } from '../../model/records.js';
import { walkOutline } from '../../compute/outline.js';
import { budgetLines, resolveLineRef } from '../../compute/expenseVocabulary.js';
import { closest } from '../../model/closest.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

// The record kind a reference of each sort points into.
const TARGET_KIND: Record<string, RecordKind> = {
  cities: 'cities',
  council: 'council',
  ordinance: 'ordinances',
  taskforce: 'taskforces',
  event: 'events',
  plan: 'task',
  country: 'countries',
  office: 'office',
};

export const references: Check = ({ byKind, incomplete }) => {
  const problems: Problem[] = [];
  // A reference into a kind whose records are not all readable may be right: the problem to
  // fix is that record's, reported already.
  const unsure = (what: string): boolean => incomplete.unreadFiles || incomplete.kinds.has(TARGET_KIND[what]!);
  const unknown = (loaded: LoadedRecord, path: YamlPath, what: string, id: string, known: readonly string[]): void => {
    const sort = what === 'ref' ? id.split('/')[0]! : what;
    if (unsure(sort)) return;
    problems.push(problemAt(loaded, path, 'unknown-ref', { what, id, suggestion: closest(id, known), known: known.length > 0 && known.length <= 12 ? known : undefined }));
  };

  const refTargets = new Set<string>([
    ...(byKind.cities.length ? ['cities'] : []),
    ...byKind.council.flatMap((c) => c.record.meetings.map((m) => `council/${m.id}`)),
    ...byKind.ordinances.flatMap((o) => o.record.ordinances.map((x) => `ordinance/${x.id}`)),
    ...byKind.taskforces.flatMap((t) => t.record.taskforces.map((x) => `taskforce/${x.id}`)),
    ...byKind.events.flatMap((e) => e.record.events.map((x) => `event/${x.id}`)),
  ]);
  const planIds = new Set<string>();
  for (const t of byKind.task) for (const v of walkOutline(t.record)) if (v.node.id) planIds.add(v.node.id);
  const countryCodes = new Set(byKind.countries.flatMap((c) => c.record.countries.map((x) => x.code)));
  const officeIds = new Set(byKind.office.map((o) => o.record.id));

  for (const t of byKind.task) {
    for (const v of walkOutline(t.record)) {
      if (v.node.ref && !refTargets.has(v.node.ref)) unknown(t, [...v.path, 'ref'], 'ref', v.node.ref, [...refTargets].sort());
    }
  }
  const plans = [...planIds].sort();
  for (const e of byKind.events) {
    e.record.events.forEach((ev, i) => {
      if (!planIds.has(ev.plan)) unknown(e, ['events', i, 'plan'], 'plan', ev.plan, plans);
    });
  }
  for (const t of byKind.taskforces) {
    t.record.taskforces.forEach((tf, i) =>
      tf.stages.forEach((st, j) => {
        if (st.plan && !planIds.has(st.plan)) unknown(t, ['taskforces', i, 'stages', j, 'plan'], 'plan', st.plan, plans);
      }),
    );
  }

  const codes = [...countryCodes].sort();
  const country = (loaded: LoadedRecord, path: YamlPath, code: string): void => {
    if (!countryCodes.has(code)) unknown(loaded, path, 'country', code, codes);
  };
  for (const c of byKind.cities) c.record.cities.forEach((city, i) => country(c, ['cities', i, 'country'], city.country));
  for (const e of byKind.events) {
    e.record.events.forEach((ev, i) => {
      (ev.countries ?? []).forEach((code, j) => country(e, ['events', i, 'countries', j], code));
      if (ev.partner) country(e, ['events', i, 'partner', 'country'], ev.partner.country);
    });
  }

  const offices = [...officeIds].sort();
  const office = (loaded: LoadedRecord, id: string | undefined): void => {
    if (id !== undefined && !officeIds.has(id)) unknown(loaded, ['office'], 'office', id, offices);
  };
  for (const r of byKind.report) office(r, r.record.office);
  for (const h of byKind.headcount) office(h, h.record.office);
  for (const b of byKind.budget) office(b, b.record.office);

  // Budget lines are looked up in the budget of the same fiscal year; in a budget with programs
  // a line is named by its code and, where the code is under several programs, its program.
  const refsByYear = new Map(byKind.budget.map((b) => [b.record.fiscal_year, budgetLines(b.record)] as const));
  // `at` gives the value's path only when there is a problem to place: a year has 100,000 entries.
  const line = (loaded: LoadedRecord, at: () => YamlPath, written: string, program: string | undefined, year: number, taken: readonly string[] | undefined): void => {
    const refs = refsByYear.get(year);
    const r0 = refs === undefined ? undefined : resolveLineRef(written, program, refs);
    if (r0?.kind === 'line') return;
    const path = at();
    if (refs === undefined) {
      if (incomplete.unreadFiles || incomplete.kinds.has('budget')) return;
      problems.push(problemAt(loaded, path, 'unknown-budget-line', { id: written, year, noBudget: true }));
      return;
    }
    const r = r0!;
    if (r.kind === 'ambiguous') problems.push(problemAt(loaded, path, 'unknown-budget-line', { id: r.code, year, programs: r.programs }));
    else if (r.kind === 'unknown-program') problems.push(problemAt(loaded, path.slice(0, -1).concat('program'), 'unknown-budget-line', { id: written, year, program: r.program, knownPrograms: r.known }));
    // An entry's 비목 may be a code, a full name or a short word; a known 업무추진비 통계목 the
    // budget lacks asks for the line to be added, never for a different real line.
    else if (r.kind === 'missing-known') problems.push(problemAt(loaded, path, 'unknown-budget-line', { id: written, year, addLine: r.code, addName: r.name }));
    else if (r.kind === 'unknown') {
      const known = [...new Set(refs.map((l) => l.code))];
      // A code in a budget record: suggest a line not listed already beside it (203-02 next to
      // 203-01 means 203-03); an entry's word: only a likely typo.
      const free = known.filter((k) => !taken?.includes(k));
      const suggestion = taken !== undefined ? closest(written, free.length ? free : known) : r.suggestion;
      problems.push(problemAt(loaded, path, 'unknown-budget-line', { id: written, year, suggestion, known }));
    }
  };
  for (const b of byKind.budget) {
    const y = b.record.fiscal_year;
    (b.record.adjustments ?? []).forEach((a, i) => line(b, () => ['adjustments', i, 'line'], a.line, a.program, y, []));
    (b.record.snapshots ?? []).forEach((s, i) =>
      s.lines.forEach((l, j) => line(b, () => ['snapshots', i, 'lines', j, 'line'], l.line, l.program, y, s.lines.filter((_, k) => k !== j).map((x) => x.line))),
    );
  }
  for (const x of byKind.expenses) {
    const y = x.record.fiscal_year;
    const refs = refsByYear.get(y);
    x.record.entries.forEach((en, i) => {
      // Nearly every entry names a line of its year's budget: nothing is made for it.
      if (refs !== undefined && resolveLineRef(en.line, en.program, refs).kind === 'line') return;
      line(x, () => ['entries', i, 'line'], en.line, en.program, y, undefined);
    });
  }
  return problems;
};
