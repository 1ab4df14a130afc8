// SVG charts for the html report, drawn as text: no script, no external file. Each has a
// title and a text alternative (desc) that says what it shows in words.
import type { Lang } from '../messages/catalog.js';
import type { BudgetMonthlyReport, BudgetStatusReport, HeadcountStatusReport } from '../model/report.js';
import { formatTenths, groupThousands } from '../model/numbers.js';
import { displayWidth } from './displayWidth.js';
import { shown } from './tables/headcount.js';
import { monthName } from './tableModel.js';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (rate: number): string => `${formatTenths(Math.round(rate * 10))}%`;
const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

export function budgetChart(b: BudgetStatusReport, lang: Lang): string {
  const ko = lang === 'ko';
  const rows = [{ name: ko ? '계' : 'Total', rate: b.total.rate, pace: b.total.pace }, ...b.lines.map((l) => ({ name: l.name, rate: l.rate, pace: l.pace }))];
  const labelW = Math.max(...rows.map((r) => displayWidth(r.name))) * 7 + 16;
  const barW = 420;
  const rowH = 34;
  const top = 30;
  const width = labelW + barW + 70;
  const height = top + rows.length * rowH + 30;
  const x = (p: number): number => labelW + (Math.min(100, Math.max(0, p)) / 100) * barW;
  const title = ko ? '예산 집행률과 연중 경과율' : 'Budget execution against the year elapsed';
  const desc = ko
    ? `${rows.map((r) => `${r.name} ${r.rate === null ? '-' : pct(r.rate)}`).join(', ')}; 연중 경과율 ${pct(b.yearElapsed)} (${b.asOf} 기준)`
    : `${rows.map((r) => `${r.name} ${r.rate === null ? '-' : pct(r.rate)}`).join(', ')}; year elapsed ${pct(b.yearElapsed)} (as of ${b.asOf})`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget" role="img" aria-labelledby="chart-budget-title chart-budget-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="chart-budget-title">${esc(title)}</title>`,
    `<desc id="chart-budget-desc">${esc(desc)}</desc>`,
  ];
  rows.forEach((row, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${labelW - 8}" y="${y + 19}" text-anchor="end" class="label">${esc(row.name)}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 6}" width="${barW}" height="18" class="track"/>`);
    if (row.rate !== null) {
      parts.push(`<rect x="${labelW}" y="${y + 6}" width="${r1(x(row.rate) - labelW)}" height="18" class="${row.pace === 'behind' ? 'bar behind' : 'bar'}"/>`);
      parts.push(`<text x="${labelW + barW + 8}" y="${y + 19}" class="value">${esc(pct(row.rate))}</text>`);
    }
  });
  const ex = r1(x(b.yearElapsed));
  parts.push(`<line x1="${ex}" y1="${top - 4}" x2="${ex}" y2="${top + rows.length * rowH}" class="elapsed"/>`);
  parts.push(`<text x="${ex}" y="${top - 10}" text-anchor="middle" class="elapsed-label">${esc(ko ? `연중 경과율 ${pct(b.yearElapsed)}` : `year elapsed ${pct(b.yearElapsed)}`)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

export function headcountChart(h: HeadcountStatusReport, lang: Lang): string {
  const ko = lang === 'ko';
  // One bar group per grade, or per group counted as a whole; a bar for each figure held.
  const grades = h.tracks.flatMap((t) =>
    t.grades.length
      ? t.grades.map((g) => ({ label: g.grade, track: t.track, quota: g.quota, current: g.current, count: g.count ?? null }))
      : [{ label: t.track, track: '', quota: t.subtotal.quota, current: t.subtotal.current, count: t.subtotal.count ?? null }],
  );
  const { quota: hasQuota, current: hasCurrent, count: hasCount } = shown(h);
  // A '-' cell (no such posts) has no bar, and is labelled '-'.
  const n = (v: number | '-' | null): number => (typeof v === 'number' ? v : 0);
  const max = Math.max(1, ...grades.flatMap((g) => [n(g.quota), n(g.current), n(g.count)]));
  const groupW = 64;
  const plotH = 180;
  const top = 40;
  // Grade names that do not fit under their bars (a city's table names posts such as 서울특별시
  // 자치경찰위원회 상임위원) are drawn slanted, cut at LABEL_MAX_COLS with the whole name in the
  // chart's description and a tooltip; the chart grows downwards (and to the left, for the first).
  const labels = grades.map((g) => cutToWidth(g.label, LABEL_MAX_COLS));
  const slanted = grades.some((g) => displayWidth(g.label) * LABEL_PX > groupW - 6);
  const labelLen = (l: string): number => displayWidth(l) * LABEL_PX;
  const drop = slanted ? Math.ceil(Math.max(...labels.map(labelLen)) * Math.SQRT1_2) : 0;
  const left = slanted ? Math.max(40, Math.ceil(labelLen(labels[0] ?? '') * Math.SQRT1_2) - 16) : 40;
  const width = left + grades.length * groupW + 20;
  const height = top + plotH + (slanted ? 24 + drop : 60);
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const title = hasCount
    ? ko
      ? '인원'
      : 'Head count'
    : ko
      ? hasQuota && hasCurrent
        ? '직급별 정원과 현원'
        : hasQuota
          ? '정원'
          : '현원'
      : hasQuota && hasCurrent
        ? 'Authorized and filled posts by grade'
        : hasQuota
          ? 'Authorized posts'
          : 'Filled posts';
  const who = (g: (typeof grades)[number]): string => (g.track ? `${g.track} ${g.label}` : g.label);
  const ofKo = (v: number | '-' | null): string => (v === '-' ? '-' : `${v}명`);
  const descKo = (g: (typeof grades)[number]): string =>
    [...(hasQuota ? [`정원 ${ofKo(g.quota)}`] : []), ...(hasCurrent ? [`현원 ${ofKo(g.current)}`] : []), ...(hasCount ? [`인원 ${ofKo(g.count)}`] : [])].join(', ');
  const descEn = (g: (typeof grades)[number]): string =>
    [...(hasQuota ? [`${g.quota} authorized`] : []), ...(hasCurrent ? [`${g.current} filled`] : []), ...(hasCount ? [`${g.count} counted`] : [])].join(', ');
  const desc = grades.map((g) => (ko ? `${who(g)} ${descKo(g)}` : `${who(g)}: ${descEn(g)}`)).join('; ');
  const legend: string[] = [];
  if (hasQuota) legend.push(`<rect x="${left}" y="10" width="12" height="12" class="quota"/><text x="${left + 16}" y="21" class="legend">${ko ? '정원' : 'Authorized'}</text>`);
  if (hasCurrent) {
    const lx = hasQuota ? left + 90 : left;
    legend.push(`<rect x="${lx}" y="10" width="12" height="12" class="current"/><text x="${lx + 16}" y="21" class="legend">${ko ? '현원' : 'Filled'}</text>`);
  }
  if (hasCount) legend.push(`<rect x="${left}" y="10" width="12" height="12" class="current"/><text x="${left + 16}" y="21" class="legend">${ko ? '인원' : 'Count'}</text>`);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-headcount" role="img" aria-labelledby="chart-headcount-title chart-headcount-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="chart-headcount-title">${esc(title)}</title>`,
    `<desc id="chart-headcount-desc">${esc(desc)}</desc>`,
    ...legend,
    `<line x1="${left}" y1="${top + plotH}" x2="${width - 10}" y2="${top + plotH}" class="axis"/>`,
  ];
  grades.forEach((g, i) => {
    const gx = left + i * groupW + 8;
    // One figure only: its bar sits in the middle of the group.
    const bars = [
      ...(hasQuota ? [{ v: n(g.quota), shown: g.quota === '-' ? '-' : n(g.quota), cls: 'quota' }] : []),
      ...(hasCurrent ? [{ v: n(g.current), shown: g.current === '-' ? '-' : n(g.current), cls: 'current' }] : []),
      ...(hasCount ? [{ v: n(g.count), shown: g.count === '-' ? '-' : n(g.count), cls: 'current' }] : []),
    ];
    const x0 = bars.length === 2 ? gx : gx + 12;
    bars.forEach((b, k) => {
      const bx = x0 + k * 24;
      parts.push(`<rect x="${bx}" y="${r1(y(b.v))}" width="22" height="${r1(top + plotH - y(b.v))}" class="${b.cls}"/>`);
    });
    bars.forEach((b, k) => {
      const bx = x0 + k * 24;
      parts.push(`<text x="${bx + 11}" y="${r1(y(b.v) - 4)}" text-anchor="middle" class="value">${typeof b.shown === 'number' ? groupThousands(b.shown) : b.shown}</text>`);
    });
    const lx = gx + 23;
    const ly = top + plotH + 18;
    if (!slanted) parts.push(`<text x="${lx}" y="${ly}" text-anchor="middle" class="label small">${esc(g.label)}</text>`);
    else {
      const tip = labels[i] === g.label ? '' : `<title>${esc(g.label)}</title>`;
      parts.push(`<text x="${lx}" y="${ly - 4}" text-anchor="end" transform="rotate(-45 ${lx} ${ly - 4})" class="label small">${tip}${esc(labels[i]!)}</text>`);
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** A grade's name under the headcount chart: about this many columns (a Korean letter is two). */
const LABEL_MAX_COLS = 36;
/** Pixels per column of an 11 px label (the chart's .small text), an upper bound for Noto Sans KR. */
const LABEL_PX = 5.6;

/** `text` cut to at most `cols` display columns, with … where it was cut. */
function cutToWidth(text: string, cols: number): string {
  if (displayWidth(text) <= cols) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > cols - 1) break;
    out += ch;
  }
  return `${out}…`;
}

// Colours of the monthly chart's series (the 계 first), drawn with attributes so the chart needs
// no style sheet of its own.
const SERIES = ['#2f6db5', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#4d7c0f'];

/** Cumulative 집행률 per month (계 and each line) against the share of the year elapsed, on a
 *  January–December axis; a month without data leaves a gap. */
export function monthlyChart(m: BudgetMonthlyReport, lang: Lang): string {
  const ko = lang === 'ko';
  const series = [
    { name: ko ? '계' : 'Total', rates: m.months.map((x) => x.total.rate), width: 3 },
    ...m.lines.map((l, i) => ({ name: `${l.code} ${l.name}`, rates: m.months.map((x) => x.lines[i]!.rate), width: 1.5 })),
  ];
  const elapsed = m.months.map((x) => x.yearElapsed);
  const top = 28 + 18 * (series.length + 1);
  const left = 48;
  const stepX = 44;
  const plotW = stepX * 11;
  const plotH = 220;
  const width = left + plotW + 40;
  const height = top + plotH + 36;
  // Up to the highest value shown, so that a year's first months are not a flat line at the bottom.
  const maxRate = Math.max(20, ...elapsed, ...series.flatMap((s) => s.rates.filter((r): r is number => r !== null)));
  const yMax = Math.ceil(maxRate / 20) * 20;
  const x = (i: number): number => left + i * stepX;
  const y = (p: number): number => top + plotH - (Math.max(0, p) / yMax) * plotH;
  const title = ko ? `월별 누적 집행률과 연중 경과율 (${m.fiscalYear}회계연도)` : `Cumulative execution rate by month against the year elapsed (fiscal year ${m.fiscalYear})`;
  const month = (i: number): string => monthName(lang, i + 1);
  const desc = m.months
    .map((x, i) => `${month(i)} ${x.total.rate === null ? '-' : pct(x.total.rate)} (${ko ? '경과율' : 'elapsed'} ${pct(x.yearElapsed)})`)
    .join(', ');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget-monthly" role="img" aria-labelledby="chart-budget-monthly-title chart-budget-monthly-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<title id="chart-budget-monthly-title">${esc(title)}</title>`,
    `<desc id="chart-budget-monthly-desc">${esc(desc)}</desc>`,
  ];
  // Legend: each series, then the elapsed share.
  series.forEach((s, i) => {
    const ly = 16 + i * 18;
    parts.push(`<line x1="${left}" y1="${ly}" x2="${left + 24}" y2="${ly}" stroke="${SERIES[i % SERIES.length]}" stroke-width="${s.width}"/>`);
    parts.push(`<text x="${left + 30}" y="${ly + 4}" class="legend">${esc(s.name)}</text>`);
  });
  const ey = 16 + series.length * 18;
  parts.push(`<line x1="${left}" y1="${ey}" x2="${left + 24}" y2="${ey}" class="elapsed"/>`);
  parts.push(`<text x="${left + 30}" y="${ey + 4}" class="legend">${esc(ko ? '연중 경과율' : 'year elapsed')}</text>`);
  // Grid and axes.
  for (let p = 0; p <= yMax; p += 20) {
    parts.push(`<line x1="${left}" y1="${r1(y(p))}" x2="${left + plotW}" y2="${r1(y(p))}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${left - 6}" y="${r1(y(p) + 4)}" text-anchor="end" class="label small">${p}%</text>`);
  }
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" class="axis"/>`);
  for (let i = 0; i < 12; i++) parts.push(`<text x="${x(i)}" y="${top + plotH + 18}" text-anchor="middle" class="label small">${esc(month(i))}</text>`);
  // A polyline per run of months with data.
  const runs = (values: readonly (number | null)[]): [number, number][][] => {
    const out: [number, number][][] = [];
    let run: [number, number][] = [];
    values.forEach((v, i) => {
      if (v === null) {
        if (run.length > 0) out.push(run);
        run = [];
      } else run.push([x(i), y(v)]);
    });
    if (run.length > 0) out.push(run);
    return out;
  };
  const points = (run: readonly [number, number][]): string => run.map(([px, py]) => `${r1(px)},${r1(py)}`).join(' ');
  for (const run of runs(elapsed)) parts.push(`<polyline points="${points(run)}" fill="none" class="elapsed"/>`);
  // The lines first, the 계 last, on top.
  [...series.entries()].reverse().forEach(([si, s]) => {
    const colour = SERIES[si % SERIES.length];
    for (const run of runs(s.rates)) {
      if (run.length > 1) parts.push(`<polyline points="${points(run)}" fill="none" stroke="${colour}" stroke-width="${s.width}"/>`);
      for (const [px, py] of run) parts.push(`<circle cx="${r1(px)}" cy="${r1(py)}" r="${si === 0 ? 3.5 : 2.5}" fill="${colour}"/>`);
    }
  });
  // The 계's value at each month.
  for (const [i, rate] of series[0]!.rates.entries()) {
    if (rate !== null) parts.push(`<text x="${x(i)}" y="${r1(y(rate) - 8)}" text-anchor="middle" class="value small">${esc(pct(rate))}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
