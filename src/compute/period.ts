// Period phrases as offices write them in 향후계획 → what they mean in dates. Pure: the year a
// phrase defaults to (the record's fiscal year) is an argument. The grammar is the project's own
// (docs/periods.md lists every form); calendar arithmetic is dayjs's. The text is kept as written.
import { day, daysInMonth, isoOf } from './dates.js';
import type { IsoDate } from '../model/units.js';

export interface DateSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** One date range. `kind` is left out, so a range reads `{ text, start, end, ongoing }`. */
export interface RangePeriod extends DateSpan {
  /** The phrase as written. */
  readonly text: string;
  readonly kind?: undefined;
  /** 연중 / 연중 계속 / 계속: the whole year and ongoing, not a deadline. */
  readonly ongoing: boolean;
}

/** `2019.05~`: from a start, without an end. */
export interface OpenEndedPeriod {
  readonly text: string;
  readonly kind: 'open-ended';
  readonly start: IsoDate;
  readonly end: null;
  readonly ongoing: false;
}

/** `2020. 1~2월, 11월`, `연3회(3월, 6월, 9월)`: several ranges, in order. */
export interface SeveralPeriod extends DateSpan {
  readonly text: string;
  readonly kind: 'several';
  readonly ongoing: false;
  readonly parts: readonly DateSpan[];
}

/** 매월, 매월말, 매분기, 반기별, 매년 3월, 연 12회 …: recurs within its year (start–end). Each time
 *  lasts `months` months from `firstMonth`, every `everyMonths` months (null: times not fixed,
 *  e.g. 연 5회); `days` narrows a one-month time to some of its days (to null: the month's end). */
export interface RecurringPeriod extends DateSpan {
  readonly text: string;
  readonly kind: 'recurring';
  readonly ongoing: false;
  readonly everyMonths: number | null;
  readonly firstMonth: number;
  readonly months: number;
  readonly days: { readonly from: number; readonly to: number | null } | null;
}

/** 수시: whenever needed, no dates. */
export interface AsNeededPeriod {
  readonly text: string;
  readonly kind: 'as-needed';
  readonly start: null;
  readonly end: null;
  readonly ongoing: false;
}

/** A phrase the tool cannot read (a warning of validate): listed as 기간 미상. */
export interface UndatedPeriod {
  readonly text: string;
  readonly kind: 'undated';
  readonly start: null;
  readonly end: null;
  readonly ongoing: false;
}

export type Period = RangePeriod | OpenEndedPeriod | SeveralPeriod | RecurringPeriod | AsNeededPeriod | UndatedPeriod;
export type PeriodKind = 'range' | Exclude<Period['kind'], undefined>;

export const periodKind = (p: Period): PeriodKind => p.kind ?? 'range';

/** What a phrase says: a period, or why it says none. */
export type PeriodReading =
  | { readonly ok: true; readonly period: Exclude<Period, UndatedPeriod> }
  | { readonly ok: false; readonly reason: 'unreadable' }
  | { readonly ok: false; readonly reason: 'reversed'; readonly start: IsoDate; readonly end: IsoDate };

/** The forms understood, for the message of a phrase that cannot be read (docs/periods.md has them all). */
export const PERIOD_FORMS: readonly string[] = [
  '연중 (계속)',
  '상반기 (중)',
  "'22. 3분기",
  '2019.03~2019.11',
  "'19.9월 ~ '20.3월",
  '4월~9월',
  '2019.11',
  '5월 초/중순/말',
  '2022년 중',
  '2021. 5. 26.',
  '2019.05~',
  '2020. 1~2월, 11월',
  '수시',
  '매월(말)',
  '매분기',
  '반기별',
  '매년 3월',
  '연 12회',
];

const iso = isoOf;

/** `months` months from the first of month `m` of year `y` (a later month may be in a later year). */
export function monthsSpan(y: number, m: number, months = 1): DateSpan {
  const first = day(y, m, 1);
  return { start: iso(first), end: iso(first.add(months - 1, 'month').endOf('month')) };
}

// ── Points: one end of a range, or a whole phrase ────────────────────────────────────────────

type Unit = 'year' | 'half' | 'quarter' | 'month' | 'day';

interface Point {
  /** As written; null takes the year from the context (fiscal year, or the range's other end). */
  readonly year: number | null;
  readonly unit: Unit;
  /** half 1–2, quarter 1–4, month 1–12 (also for a day), 0 for a year. */
  readonly n: number;
  /** Days of the month (초 1–10, 중순 11–20, 말 21–end; a day D–D); to null: the month's end. */
  readonly days?: { readonly from: number; readonly to: number | null };
  /** A year-level part (연말: December, 연초: January). */
  readonly month?: number;
  /** A number with neither year nor 월: its unit comes from the other end of a range. */
  readonly bare?: boolean;
}

const PARTS: Record<string, { from: number; to: number | null } | undefined> = {
  초: { from: 1, to: 10 },
  초순: { from: 1, to: 10 },
  상순: { from: 1, to: 10 },
  중순: { from: 11, to: 20 },
  하순: { from: 21, to: null },
  말: { from: 21, to: null },
};
const WHOLE = '(?:중|내|경|께)';
const PART = '(초순|상순|중순|하순|초|말)';
// 'YY (with ' or 년) or YYYY (with . or 년), then the rest.
const YEAR = "(?:'(\\d{2})(?:년|\\.)?|(\\d{4})(?:년|\\.)|(\\d{2})년)";

const yearOf = (m: RegExpExecArray): number | null =>
  m[1] !== undefined ? 2000 + Number(m[1]) : m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? 2000 + Number(m[3]) : null;

const RE = {
  half: new RegExp(`^${YEAR}?(상|하)반기${WHOLE}?$`),
  quarter: new RegExp(`^${YEAR}?([1-4])(?:/4)?분기${WHOLE}?$`),
  dayKo: new RegExp(`^${YEAR}?(\\d{1,2})월(\\d{1,2})일$`),
  dayDots: new RegExp(`^${YEAR}(\\d{1,2})\\.(\\d{1,2})\\.?$`),
  month: new RegExp(`^${YEAR}?(\\d{1,2})(월|\\.)?(?:${PART}|${WHOLE})?$`),
  year: new RegExp(`^(?:'(\\d{2})|(\\d{4})|(\\d{2}))년(?:(초|말)|${WHOLE})?$`),
  yearPart: /^연(초|말|내)$/,
};

/** One end of a range, written without spaces. */
function readPoint(t: string): Point | null {
  let m: RegExpExecArray | null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { year: Number(iso[1]), unit: 'day', n: Number(iso[2]), days: { from: Number(iso[3]), to: Number(iso[3]) } };
  if ((m = RE.half.exec(t))) return { year: yearOf(m), unit: 'half', n: m[4] === '상' ? 1 : 2 };
  if ((m = RE.quarter.exec(t))) return { year: yearOf(m), unit: 'quarter', n: Number(m[4]) };
  if ((m = RE.dayKo.exec(t)) || (m = RE.dayDots.exec(t))) {
    const d = Number(m[5]);
    return { year: yearOf(m), unit: 'day', n: Number(m[4]), days: { from: d, to: d } };
  }
  if ((m = RE.month.exec(t))) {
    const year = yearOf(m);
    const days = m[6] !== undefined ? PARTS[m[6]] : undefined;
    return { year, unit: 'month', n: Number(m[4]), ...(days ? { days } : {}), ...(year === null && m[5] !== '월' ? { bare: true } : {}) };
  }
  if ((m = RE.year.exec(t))) return { year: yearOf(m), unit: 'year', n: 0, ...(m[4] ? { month: m[4] === '초' ? 1 : 12 } : {}) };
  if ((m = RE.yearPart.exec(t))) return { year: null, unit: 'year', n: 0, ...(m[1] !== '내' ? { month: m[1] === '초' ? 1 : 12 } : {}) };
  return null;
}

/** The dates a point covers in year `y`; null when it names no real date (13월, 2월 30일). */
function spanOf(p: Point, y: number): DateSpan | null {
  switch (p.unit) {
    case 'year':
      return p.month ? monthsSpan(y, p.month) : monthsSpan(y, 1, 12);
    case 'half':
      return monthsSpan(y, p.n * 6 - 5, 6);
    case 'quarter':
      return p.n >= 1 && p.n <= 4 ? monthsSpan(y, p.n * 3 - 2, 3) : null;
    case 'month':
    case 'day': {
      if (p.n < 1 || p.n > 12) return null;
      const whole = monthsSpan(y, p.n);
      if (!p.days) return whole;
      const last = daysInMonth(y, p.n);
      const to = p.days.to ?? last;
      if (p.days.from < 1 || to > last) return null;
      return { start: iso(day(y, p.n, p.days.from)), end: iso(day(y, p.n, to)) };
    }
  }
}

/** The first month a point covers, to tell 11~2월 (into the next year) from a reversed range. */
const firstMonth = (p: Point): number => (p.unit === 'half' ? p.n * 6 - 5 : p.unit === 'quarter' ? p.n * 3 - 2 : p.unit === 'year' ? (p.month ?? 1) : p.n);

/** A bare number takes the unit of the range's other end: 10.~12월, 2019. 4. ~ 11., 1~2분기. */
function unbare(p: Point, other: Point, isEnd: boolean, otherMonth: number): Point | null {
  if (!p.bare) return p;
  if (other.bare) return null;
  if (other.unit === 'quarter') return { year: null, unit: 'quarter', n: p.n };
  if (other.unit === 'month' || other.unit === 'year') return { year: null, unit: 'month', n: p.n };
  // 2021. 5. 3. ~ 7.: a day of the same month.
  if (other.unit === 'day' && isEnd) return { year: null, unit: 'day', n: otherMonth, days: { from: p.n, to: p.n } };
  return null;
}

type Piece = { span: DateSpan; year: number } | { open: DateSpan; year: number } | { reversed: DateSpan } | null;

/** One range, one point or an open range (`2019.05~`), written without spaces. */
function readPiece(t: string, contextYear: number): Piece {
  const pair = /^(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/.exec(t);
  const parts = pair ? [pair[1]!, pair[2]!] : t.includes('~') ? t.split('~') : t.includes('–') ? t.split('–') : /^\d{4}-\d{2}-\d{2}$/.test(t) ? [t] : t.split('-');
  if (parts.length > 2) return null;
  const a0 = readPoint(parts[0]!);
  if (!a0) return null;
  if (parts.length === 1 || parts[1] === '' || parts[1] === '계속' || parts[1] === '현재') {
    if (a0.bare) return null;
    const y = a0.year ?? contextYear;
    const s = spanOf(a0, y);
    if (!s) return null;
    return parts.length === 1 ? { span: s, year: y } : { open: s, year: y };
  }
  // 2021. 5. 26. ~ 6. 4.: month and day without a year after a day.
  const md = a0.unit === 'day' ? /^(\d{1,2})\.(\d{1,2})\.?$/.exec(parts[1]!) : null;
  const b0 = md ? { year: null, unit: 'day' as const, n: Number(md[1]), days: { from: Number(md[2]), to: Number(md[2]) } } : readPoint(parts[1]!);
  if (!b0) return null;
  const a = unbare(a0, b0, false, 0);
  const b = a ? unbare(b0, a, true, a.n) : null;
  if (!a || !b) return null;
  const ay = a.year ?? contextYear;
  // Without its own year the end is in the start's year, or the next when its month comes earlier.
  const by = b.year ?? (firstMonth(b) < firstMonth(a) ? ay + 1 : ay);
  const sa = spanOf(a, ay);
  const sb = spanOf(b, by);
  if (!sa || !sb) return null;
  const span = { start: sa.start, end: sb.end };
  return span.end < span.start ? { reversed: span } : { span, year: by };
}

/** Splits at commas (and ·) outside parentheses. */
function splitList(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of t) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if ((c === ',' || c === '·') && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Several pieces: `2020.1~2월,11월`, `3,6,9월`. A later piece takes the year of the one before. */
function readList(items: readonly string[], contextYear: number): PeriodReading | DateSpan[] {
  // 3, 6, 9월: bare numbers take 월 from a later piece.
  const unit = items.find((i) => /월|분기/.test(i));
  const suffix = unit?.includes('분기') ? '분기' : '월';
  const spans: DateSpan[] = [];
  let year = contextYear;
  for (const raw of items) {
    const item = /^\d{1,2}\.?$/.test(raw) && unit ? raw.replace('.', '') + suffix : raw;
    const r = readPiece(item, year);
    if (!r || 'open' in r) return { ok: false, reason: 'unreadable' };
    if ('reversed' in r) return { ok: false, reason: 'reversed', ...r.reversed };
    spans.push(r.span);
    year = r.year;
  }
  return spans;
}

const RECURRING: readonly [RegExp, (m: RegExpExecArray) => Omit<RecurringPeriod, 'text' | 'kind' | 'ongoing' | 'start' | 'end'> | null][] = [
  [/^매월(초순|상순|중순|하순|초|말)?(?:\d+회)?$/, (m) => ({ everyMonths: 1, firstMonth: 1, months: 1, days: m[1] ? PARTS[m[1]]! : null })],
  [/^매월(\d{1,2})일$/, (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 28 ? { everyMonths: 1, firstMonth: 1, months: 1, days: { from: Number(m[1]), to: Number(m[1]) } } : null)],
  [/^월(?:별)?\d+회$/, () => ({ everyMonths: 1, firstMonth: 1, months: 1, days: null })],
  [/^(?:매분기|분기(?:별|마다)|분기)(?:\d+회)?$/, (m) => (m[0] === '분기' ? null : { everyMonths: 3, firstMonth: 1, months: 3, days: null })],
  [/^(?:매반기|반기(?:별|마다)|반기)(?:\d+회)?$/, (m) => (m[0] === '반기' ? null : { everyMonths: 6, firstMonth: 1, months: 6, days: null })],
  [/^매년(\d{1,2})월(초순|상순|중순|하순|초|말)?$/, (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? { everyMonths: 12, firstMonth: Number(m[1]), months: 1, days: m[2] ? PARTS[m[2]]! : null } : null)],
  [/^매년$/, () => ({ everyMonths: 12, firstMonth: 1, months: 12, days: null })],
  [
    /^연(\d{1,3})회$/,
    (m) => {
      const n = Number(m[1]);
      if (n < 1) return null;
      return 12 % n === 0 ? { everyMonths: 12 / n, firstMonth: 1, months: 12 / n, days: null } : { everyMonths: null, firstMonth: 1, months: 12, days: null };
    },
  ],
];

/** Reads a period phrase; the year of a phrase that names none is `contextYear`. */
export function readPeriod(text: string, contextYear: number): PeriodReading {
  // ’ and ‘ are the typographic apostrophes word processors put in '21; ∼ 〜 ～ are tildes.
  const s = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[∼〜～]/g, '~')
    .replace(/[—−]/g, '–')
    .replace(/\s+/g, ' ')
    .trim();
  const t = s.replace(/ /g, '');
  const fy = monthsSpan(contextYear, 1, 12);
  const ok = (period: Exclude<Period, UndatedPeriod>): PeriodReading => ({ ok: true, period });
  if (/^(연중(?: 계속)?|계속|연중계속)$/.test(s)) return ok({ text, ...fy, ongoing: true });
  if (/^(?:연중)?(?:수시|필요시)(?:로|개최|추진|실시)?$/.test(t)) return ok({ text, kind: 'as-needed', start: null, end: null, ongoing: false });
  for (const [re, make] of RECURRING) {
    const m = re.exec(t);
    const r = m ? make(m) : null;
    if (r) return ok({ text, kind: 'recurring', ...fy, ongoing: false, ...r });
  }
  // 연3회(3월, 6월, 9월): the times named.
  const times = /^연\d+회\((.+)\)$/.exec(t);
  const items = splitList(times ? times[1]! : t);
  if (items.length > 1 || times) {
    const r = readList(items, contextYear);
    if (!Array.isArray(r)) return r;
    const sorted = [...r].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const end = sorted.reduce((e, p) => (p.end > e ? p.end : e), sorted[0]!.end);
    return ok({ text, kind: 'several', start: sorted[0]!.start, end, ongoing: false, parts: sorted });
  }
  const r = readPiece(t, contextYear);
  if (!r) return { ok: false, reason: 'unreadable' };
  if ('reversed' in r) return { ok: false, reason: 'reversed', ...r.reversed };
  if ('open' in r) return ok({ text, kind: 'open-ended', start: r.open.start, end: null, ongoing: false });
  return ok({ text, start: r.span.start, end: r.span.end, ongoing: false });
}

/** The period a phrase names, or null when it names none (unreadable or reversed). */
export function parsePeriod(text: string, contextYear: number): Exclude<Period, UndatedPeriod> | null {
  const r = readPeriod(text, contextYear);
  return r.ok ? r.period : null;
}

/** The period of a plan line: what the phrase names, or 기간 미상 when it names nothing readable. */
export function periodOf(text: string, contextYear: number): Period {
  return parsePeriod(text, contextYear) ?? { text, kind: 'undated', start: null, end: null, ongoing: false };
}

/** The times of a recurring period (in order), or the parts of a several one; a range is its one time. */
export function occurrences(p: Period): readonly DateSpan[] {
  if (p.kind === 'several') return p.parts;
  if (p.kind === undefined) return [{ start: p.start, end: p.end }];
  if (p.kind !== 'recurring' || p.everyMonths === null) return [];
  const out: DateSpan[] = [];
  const year = Number(p.start.slice(0, 4));
  for (let m = p.firstMonth; m <= 12; m += p.everyMonths) {
    const whole = monthsSpan(year, m, p.months);
    if (!p.days) {
      out.push(whole);
      continue;
    }
    const last = daysInMonth(year, m);
    out.push({ start: iso(day(year, m, Math.min(p.days.from, last))), end: iso(day(year, m, Math.min(p.days.to ?? last, last))) });
  }
  return out;
}
