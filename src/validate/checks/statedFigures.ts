// A figure a document printed (kept under `stated`) must equal the one computed from the records:
// 잔액, 집행률 and the 계 row of a budget snapshot; 소계 and 총계 of headcount (정원, 현원 or 인원); the partner-city
// totals (23 + 48 = 71) and the countries of a roundtable. A stated rate is compared at the
// precision it was printed with (at least one decimal, as the tool prints rates): 25.85 is
// checked against the rate to two decimals, so it differs from a computed 25.93, while 25.9
// equals a computed 25.94.
import type { Problem } from '../../model/problem.js';
import type { LoadedRecord, YamlPath } from '../../model/records.js';
import { budgetStatus, lineStatusByKey } from '../../compute/budgetReport.js';
import { budgetLines, resolveLineRef } from '../../compute/expenseVocabulary.js';
import { headcountTotals } from '../../compute/headcount.js';
import { rateScaled } from '../../compute/rate.js';
import { problemAt } from '../../model/problemAt.js';
import type { Check } from '../../model/check.js';

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
  // No rate to compare where 예산현액 is not known (an unknown 예산액).
  const rate = (loaded: LoadedRecord, path: YamlPath, stated: number | undefined, executed: number, current: number | null): void => {
    if (stated === undefined || current === null) return;
    const decimals = printedDecimals(stated);
    const shown = fixed(stated, decimals);
    const computed = current === 0 ? '-' : rateAt(executed, current, decimals);
    if (shown !== computed) mismatch(loaded, path, 'rate', shown, computed);
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
        rate(b, [...at, 'rate'], l.stated.rate, f.executed, f.current);
      });
      if (snap.stated) {
        const at: YamlPath = ['snapshots', si, 'stated'];
        amount(b, [...at, 'budget'], 'budget-amount', snap.stated.budget, fig.total.budget);
        amount(b, [...at, 'executed'], 'executed', snap.stated.executed, fig.total.executed);
        amount(b, [...at, 'balance'], 'balance', snap.stated.balance, fig.total.balance);
        rate(b, [...at, 'rate'], snap.stated.rate, fig.total.executed, fig.total.current);
      }
    });
  }

  for (const h of byKind.headcount) {
    const totals = headcountTotals(h.record);
    // A sum of '-' cells is no number: a stated figure beside it differs.
    const num = (v: number | '-' | null): number | null => (typeof v === 'number' ? v : null);
    h.record.tracks.forEach((t, ti) => {
      const sub = totals.tracks[ti]!.subtotal;
      amount(h, ['tracks', ti, 'stated', 'quota'], 'quota', t.stated?.quota, num(sub.quota), true);
      amount(h, ['tracks', ti, 'stated', 'current'], 'current', t.stated?.current, num(sub.current), true);
      amount(h, ['tracks', ti, 'stated', 'count'], 'count', t.stated?.count, num(sub.count ?? null), true);
    });
    amount(h, ['stated', 'quota'], 'quota', h.record.stated?.quota, num(totals.total.quota), true);
    amount(h, ['stated', 'current'], 'current', h.record.stated?.current, num(totals.total.current), true);
    // A table of 인원 (neither 정원 nor 현원) prints its 계 as 인원 too.
    amount(h, ['stated', 'count'], 'count', h.record.stated?.count, num(totals.total.count ?? null), true);
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

/** The decimals a stated rate was written with, at least one (a rate is printed with one) and
 *  at most six: 25.85 → 2, 25.9 → 1, 26 → 1. */
export function printedDecimals(stated: number): number {
  const m = /\.(\d+)$/.exec(String(stated));
  return Math.min(6, Math.max(1, m ? m[1]!.length : 1));
}

/** A number with `decimals` decimals and never in exponent notation. */
function fixed(n: number, decimals: number): string {
  if (Math.abs(n) < 1e15) return n.toFixed(decimals);
  return `${BigInt(Math.trunc(n)).toString()}.${'0'.repeat(decimals)}`;
}

/** part ÷ whole × 100 with `decimals` decimals, rounded half-up (away from zero), exactly: from
 *  whole numbers in BigInt, never through a binary fraction. */
export function rateAt(part: number, whole: number, decimals: number): string {
  const scaled = rateScaled(part, whole, decimals);
  const q = (scaled < 0n ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  return `${scaled < 0n ? '-' : ''}${q.slice(0, -decimals)}.${q.slice(-decimals)}`;
}
