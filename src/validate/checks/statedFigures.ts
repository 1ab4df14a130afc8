// A figure a document printed (kept under `stated`) must equal the one computed from the records:
// 잔액, 집행률 and the 계 row of a budget snapshot; 소계 and 총계 of headcount; the partner-city
// totals (23 + 48 = 71) and the countries of a roundtable.
import type { Problem } from '../../model/problem.js';
import type { LoadedRecord, YamlPath } from '../../model/records.js';
import { budgetStatus, lineStatusByKey } from '../../compute/budgetReport.js';
import { budgetLines, resolveLineRef } from '../../compute/expenseVocabulary.js';
import { headcountTotals } from '../../compute/headcount.js';
import { formatTenths } from '../../model/numbers.js';
import { problemAt } from '../problemAt.js';
import type { Check } from './context.js';

export const statedFigures: Check = ({ byKind }) => {
  const problems: Problem[] = [];
  const mismatch = (loaded: LoadedRecord, path: YamlPath, what: string, stated: number | string, computed: number | string, extra: Problem['params'] = {}): void => {
    problems.push(problemAt(loaded, path, 'stated-mismatch', { what, stated, computed, ...extra }));
  };
  // computed is null where the records do not hold the figure. A sum over an unknown 예산액 is
  // not compared; a 현원 stated where the groups give none (a 정원-only headcount) differs.
  const amount = (loaded: LoadedRecord, path: YamlPath, what: string, stated: number | undefined, computed: number | null, unknownDiffers = false): void => {
    if (stated === undefined || stated === computed) return;
    if (computed === null && !unknownDiffers) return;
    mismatch(loaded, path, what, stated, computed ?? '-');
  };
  const rate = (loaded: LoadedRecord, path: YamlPath, stated: number | undefined, computed: number | null): void => {
    if (stated === undefined) return;
    const tenths = computed === null ? null : Math.round(computed * 10);
    if (tenths === null || Math.round(stated * 10) !== tenths) mismatch(loaded, path, 'rate', stated.toFixed(1), tenths === null ? '-' : formatTenths(tenths));
  };

  for (const b of byKind.budget) {
    const refs = budgetLines(b.record);
    (b.record.snapshots ?? []).forEach((snap, si) => {
      const keys = snap.lines.map((l) => resolveLineRef(l.line, l.program, refs));
      // A snapshot naming an unknown line is reported for that; its sums would only mislead.
      if (keys.some((r) => r.kind !== 'line')) return;
      // The figures of this snapshot alone, as the document that printed them saw them.
      const fig = budgetStatus(b.record, [], snap.as_of);
      const byKey = lineStatusByKey(fig);
      snap.lines.forEach((l, li) => {
        const r = keys[li]!;
        const f = r.kind === 'line' ? byKey.get(r.key) : undefined;
        if (!f || !l.stated) return;
        const at: YamlPath = ['snapshots', si, 'lines', li, 'stated'];
        amount(b, [...at, 'balance'], 'balance', l.stated.balance, f.balance);
        rate(b, [...at, 'rate'], l.stated.rate, f.rate);
      });
      if (snap.stated) {
        const at: YamlPath = ['snapshots', si, 'stated'];
        amount(b, [...at, 'budget'], 'budget-amount', snap.stated.budget, fig.total.budget);
        amount(b, [...at, 'executed'], 'executed', snap.stated.executed, fig.total.executed);
        amount(b, [...at, 'balance'], 'balance', snap.stated.balance, fig.total.balance);
        rate(b, [...at, 'rate'], snap.stated.rate, fig.total.rate);
      }
    });
  }

  for (const h of byKind.headcount) {
    const totals = headcountTotals(h.record);
    h.record.tracks.forEach((t, ti) => {
      const sub = totals.tracks[ti]!.subtotal;
      amount(h, ['tracks', ti, 'stated', 'quota'], 'quota', t.stated?.quota, sub.quota, true);
      amount(h, ['tracks', ti, 'stated', 'current'], 'current', t.stated?.current, sub.current, true);
    });
    amount(h, ['stated', 'quota'], 'quota', h.record.stated?.quota, totals.total.quota, true);
    amount(h, ['stated', 'current'], 'current', h.record.stated?.current, totals.total.current, true);
  }

  for (const c of byKind.cities) {
    const r = c.record;
    const parts = r.types.map((t) => t.stated);
    const sum = parts.reduce((s, n) => s + n, 0);
    if (sum !== r.stated.cities) mismatch(c, ['stated', 'cities'], 'city-count', r.stated.cities, sum, { sum: parts.join(' + ') });
    r.types.forEach((t, i) => {
      const listed = r.cities.filter((x) => x.type === t.type).length;
      if (listed > t.stated || (r.listing === 'complete' && listed !== t.stated)) {
        problems.push(problemAt(c, ['types', i, 'stated'], 'listed-count', { what: t.name, stated: t.stated, listed }));
      }
    });
    const countries = new Set(r.cities.map((x) => x.country)).size;
    if (countries > r.stated.countries || (r.listing === 'complete' && countries !== r.stated.countries)) {
      problems.push(problemAt(c, ['stated', 'countries'], 'listed-count', { what: 'countries', stated: r.stated.countries, listed: countries }));
    }
  }

  for (const e of byKind.events) {
    e.record.events.forEach((ev, i) => {
      const listed = ev.countries?.length ?? 0;
      if (ev.stated_countries !== undefined && listed > ev.stated_countries) {
        problems.push(problemAt(e, ['events', i, 'stated_countries'], 'listed-count', { what: 'countries', stated: ev.stated_countries, listed }));
      }
    });
  }
  return problems;
};
