// Every reference points at something that exists: outline `ref`s, the plan line an event or a
// TF stage names, country codes, office ids, budget lines of the same fiscal year.
import type { Problem } from '../../model/problem.js';
import type { LoadedRecord, YamlPath } from '../../model/records.js';
import { walkOutline } from '../../compute/outline.js';
import { closest } from '../closest.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const references: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  const unknown = (loaded: LoadedRecord, path: YamlPath, what: string, id: string, known: readonly string[]): void => {
    problems.push(problemAt(loaded, path, 'unknown-ref', { what, id, suggestion: closest(id, known), known: known.length <= 12 ? known : undefined }));
  };

  const refTargets = new Set<string>([
    ...(byKind.cities.length ? ['cities'] : []),
    ...byKind.council.flatMap((c) => c.record.meetings.map((m) => `council/${m.id}`)),
    ...byKind.ordinances.flatMap((o) => o.record.ordinances.map((x) => `ordinance/${x.id}`)),
    ...byKind.taskforces.flatMap((t) => t.record.taskforces.map((x) => `taskforce/${x.id}`)),
    ...byKind.events.flatMap((e) => e.record.events.map((x) => `event/${x.id}`)),
  ]);
  const planIds = new Set<string>();
  for (const t of byKind.task) for (const v of walkOutline(t.record)) if (v.role === 'plans' && v.node.id) planIds.add(v.node.id);
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

  // Budget lines are looked up in the budget of the same fiscal year.
  const linesByYear = new Map<number, string[]>();
  for (const b of byKind.budget) linesByYear.set(b.record.fiscal_year, b.record.lines.map((l) => l.code));
  const line = (loaded: LoadedRecord, path: YamlPath, code: string, year: number): void => {
    const known = linesByYear.get(year);
    if (known === undefined) {
      problems.push(problemAt(loaded, path, 'unknown-budget-line', { id: code, year, noBudget: true }));
    } else if (!known.includes(code)) {
      problems.push(problemAt(loaded, path, 'unknown-budget-line', { id: code, year, suggestion: closest(code, known), known }));
    }
  };
  for (const b of byKind.budget) {
    const y = b.record.fiscal_year;
    (b.record.adjustments ?? []).forEach((a, i) => line(b, ['adjustments', i, 'line'], a.line, y));
    (b.record.snapshots ?? []).forEach((s, i) => s.lines.forEach((l, j) => line(b, ['snapshots', i, 'lines', j, 'line'], l.line, y)));
  }
  for (const x of byKind.expenses) x.record.entries.forEach((en, i) => line(x, ['entries', i, 'line'], en.line, x.record.fiscal_year));
  return problems;
};
