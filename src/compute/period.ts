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

/** 매월, 매월말, 매분기, 반기별, 매년 3월, 연 12회, 2016. 8. ~ 12. (월 1회) …: recurs within its year
 *  (start–end), or within the range a bracketed frequency follows. Each time lasts `months` months
 *  from `firstMonth` of the start's year, every `everyMonths` months (null: times not fixed, e.g.
 *  연 5회, 매주); `days` narrows a one-month time to some of its days (to null: the month's end). */
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
// 'YY (with ' or 년), YYYY (with . or 년) or YY년, then the rest; a stray full stop after 년 is
// tolerated (2019년. 4월).
const YEAR = "(?:'(\\d{2})(?:년\\.?|\\.)?|(\\d{4})(?:년\\.?|\\.)|(\\d{2})년\\.?)";

/** The year a two-digit year names in a document of `contextYear`: of the years ending in those
 *  digits, the one from 79 years before the context year to 20 after it ('95 in 2021 is 1995,
 *  '41 is 2041, '42 is 1942). A plan looks a few years ahead, never decades. */
export function fullYear(yy: number, contextYear: number): number {
  const before = contextYear - ((((contextYear - yy) % 100) + 100) % 100);
  return before + 100 - contextYear <= 20 ? before + 100 : before;
}

const yearOf = (m: RegExpExecArray, context: number): number | null =>
  m[1] !== undefined ? fullYear(Number(m[1]), context) : m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? fullYear(Number(m[3]), context) : null;

const RE = {
  half: new RegExp(`^${YEAR}?(상|하)반기${WHOLE}?$`),
  quarter: new RegExp(`^${YEAR}?([1-4])(?:/4)?분기${WHOLE}?$`),
  dayKo: new RegExp(`^${YEAR}?(\\d{1,2})월(\\d{1,2})일$`),
  dayDots: new RegExp(`^${YEAR}(\\d{1,2})\\.(\\d{1,2})\\.?$`),
  month: new RegExp(`^${YEAR}?(\\d{1,2})(월|\\.)?(?:${PART}|${WHOLE})?$`),
  year: new RegExp(`^(?:'(\\d{2})|(\\d{4})|(\\d{2}))년\\.?(?:(초|말)|${WHOLE})?$`),
  yearPart: /^연(초|말|내)$/,
  // A two-digit year without its apostrophe, known by what follows: YY.M.D, or YY.M where YY
  // cannot be a month (16.1.30, 21.5~12, 21.09.).
  shortDay: /^(\d{2})\.(\d{1,2})\.(\d{1,2})\.?$/,
  shortMonth: /^(\d{2})\.(\d{1,2})\.?$/,
  // A year alone: 2019, 2019. or '19.
  bareYear: /^(?:((?:19|20)\d{2})|'(\d{2}))\.?$/,
};

/** One end of a range, written without spaces. */
function readPoint(t: string, context: number): Point | null {
  let m: RegExpExecArray | null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { year: Number(iso[1]), unit: 'day', n: Number(iso[2]), days: { from: Number(iso[3]), to: Number(iso[3]) } };
  if ((m = RE.shortDay.exec(t))) {
    const d = Number(m[3]);
    return { year: fullYear(Number(m[1]), context), unit: 'day', n: Number(m[2]), days: { from: d, to: d } };
  }
  if ((m = RE.shortMonth.exec(t)) && Number(m[1]) > 12) return { year: fullYear(Number(m[1]), context), unit: 'month', n: Number(m[2]) };
  if ((m = RE.half.exec(t))) return { year: yearOf(m, context), unit: 'half', n: m[4] === '상' ? 1 : 2 };
  if ((m = RE.quarter.exec(t))) return { year: yearOf(m, context), unit: 'quarter', n: Number(m[4]) };
  if ((m = RE.dayKo.exec(t)) || (m = RE.dayDots.exec(t))) {
    const d = Number(m[5]);
    return { year: yearOf(m, context), unit: 'day', n: Number(m[4]), days: { from: d, to: d } };
  }
  if ((m = RE.month.exec(t))) {
    const year = yearOf(m, context);
    const days = m[6] !== undefined ? PARTS[m[6]] : undefined;
    return { year, unit: 'month', n: Number(m[4]), ...(days ? { days } : {}), ...(year === null && m[5] !== '월' ? { bare: true } : {}) };
  }
  if ((m = RE.year.exec(t))) return { year: yearOf(m, context), unit: 'year', n: 0, ...(m[4] ? { month: m[4] === '초' ? 1 : 12 } : {}) };
  if ((m = RE.yearPart.exec(t))) return { year: null, unit: 'year', n: 0, ...(m[1] !== '내' ? { month: m[1] === '초' ? 1 : 12 } : {}) };
  if ((m = RE.bareYear.exec(t))) return { year: m[1] !== undefined ? Number(m[1]) : fullYear(Number(m[2]), context), unit: 'year', n: 0 };
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

/** `single`: the piece is one point (a day, a month, a quarter …), not a range of two. */
type Piece = { span: DateSpan; year: number; single?: true } | { open: DateSpan; year: number } | { reversed: DateSpan } | null;

/** One range, one point or an open range (`2019.05~`), written without spaces. */
function readPiece(t: string, contextYear: number): Piece {
  const pair = /^(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/.exec(t);
  const parts = pair ? [pair[1]!, pair[2]!] : t.includes('~') ? t.split('~') : t.includes('–') ? t.split('–') : /^\d{4}-\d{2}-\d{2}$/.test(t) ? [t] : t.split('-');
  if (parts.length > 2) return null;
  const a0 = readPoint(parts[0]!, contextYear);
  if (!a0) return null;
  if (parts.length === 1 || parts[1] === '' || parts[1] === '계속' || parts[1] === '현재') {
    if (a0.bare) return null;
    const y = a0.year ?? contextYear;
    const s = spanOf(a0, y);
    if (!s) return null;
    return parts.length === 1 ? { span: s, year: y, single: true } : { open: s, year: y };
  }
  // 2021. 5. 26. ~ 6. 4.: month and day without a year after a day.
  const md = a0.unit === 'day' ? /^(\d{1,2})\.(\d{1,2})\.?$/.exec(parts[1]!) : null;
  const b0 = md ? { year: null, unit: 'day' as const, n: Number(md[1]), days: { from: Number(md[2]), to: Number(md[2]) } } : readPoint(parts[1]!, contextYear);
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

// ── Recurring phrases: a recurring word, then when in each time, a count and an activity ─────

type Recurrence = Pick<RecurringPeriod, 'everyMonths' | 'firstMonth' | 'months' | 'days'>;

/** The recurring word, longest first; `needs` when it says nothing alone (월, 분기: 월 1회, 분기 말). */
const HEADS: readonly { re: RegExp; unit: 'month' | 'bimonth' | 'quarter' | 'half' | 'year' | 'week'; needs?: true }[] = [
  { re: /^(?:매월|매달|월별|월간|월마다|다달이)/, unit: 'month' },
  { re: /^격월/, unit: 'bimonth' },
  { re: /^(?:매분기|분기별|분기마다)/, unit: 'quarter' },
  { re: /^(?:매반기|반기별|반기마다|상·?하반기)/, unit: 'half' },
  { re: /^(?:매년|매해|해마다|연간|년간)/, unit: 'year' },
  { re: /^(?:매주|주별|주간|주마다|매일)/, unit: 'week' },
  { re: /^월/, unit: 'month', needs: true },
  { re: /^분기/, unit: 'quarter', needs: true },
  { re: /^반기/, unit: 'half', needs: true },
  { re: /^[연년]/, unit: 'year', needs: true },
  { re: /^주/, unit: 'week', needs: true },
];
const EVERY = { month: 1, bimonth: 2, quarter: 3, half: 6, year: 12 } as const;
const LENGTH = { month: 1, bimonth: 1, quarter: 3, half: 6, year: 12 } as const;
const WEEKDAY = '[월화수목금토일](?:요일)?';
/** Words that say when, not what: an activity word may not start with one. */
const TIME_WORD = /^(?:\d|초|말|중|내|경|께|상반기|하반기|분기|반기|월|연|년|주|일|매|각)/;

/** A word that says the thing is not done, or no longer: 상시 모집 없음, 매월 점검 중단. */
const NEGATION = /(?:불가|없음|없다|아님|아니|마감|종료|중단|중지|제외|미실시|폐지|취소|안함|않음)/;

/** An activity word after when and how often: 점검, 실시, 개최, 신청 … but not a time relative to an
 *  event (검사 결과 후, 회의 전), a word that says when, nor one that says it is not done. */
const activityWord = (rest: string): boolean => /^[가-힣]+$/.test(rest) && !TIME_WORD.test(rest) && !/(?:후|전)$/.test(rest) && !NEGATION.test(rest);

/** What may follow 상시 (at all times): one or two activity words of the plans read (상시신청,
 *  상시 접수, 상시 모집 운영), optionally 가능 or 중. Any other word is not guessed at: 상시 불가 and
 *  상시 모집 없음 say the opposite, so 상시 reads only with a word from this list. */
const ALWAYS_ACTIVITY = '(?:접수|신청|모집|운영|실시|지원|점검|개최|추진|상담|교육|회의|관리|개방|이용|참여|홍보|발굴)';
/** A condition that may end it early, after 이나 or a comma: 상시신청이나 예산 조기소진시 지원 불가.
 *  Its closing word belongs to the condition (…시), not to 상시, as in a bracketed note. */
const EARLY_END = '[가-힣]+시(?:까지|[가-힣]*(?:마감|불가|종료))';
const ALWAYS = new RegExp(`^(?:연중)?상시(?:${ALWAYS_ACTIVITY}{1,2}(?:가능|중)?(?:(?:이나|,)${EARLY_END})?)?$`);

/** `매월 말`, `월 2회 실시`, `매년 3월~11월`, `매 분기 말`, `매주 점검`, `분기별 1회`, `연 4회`. */
function readRecurrence(t: string): Recurrence | null {
  const head = HEADS.map((h) => ({ h, m: h.re.exec(t) })).find((x) => x.m !== null);
  if (!head) return null;
  const { unit, needs } = head.h;
  let rest = t.slice(head.m![0].length);
  let when: Recurrence | null = null;
  let m: RegExpExecArray | null;
  // When within each time.
  if (unit === 'month' || unit === 'bimonth') {
    if ((m = new RegExp(`^${PART}`).exec(rest))) when = { everyMonths: EVERY[unit], firstMonth: 1, months: 1, days: PARTS[m[1]!]! };
    else if ((m = /^(\d{1,2})일/.exec(rest))) {
      const d = Number(m[1]);
      if (d < 1 || d > 28) return null;
      when = { everyMonths: EVERY[unit], firstMonth: 1, months: 1, days: { from: d, to: d } };
    } else if ((m = new RegExp(`^(?:(?:첫|둘|셋|넷|다섯)째|마지막|제?\\d)주(?:차)?${WEEKDAY}`).exec(rest))) when = { everyMonths: EVERY[unit], firstMonth: 1, months: 1, days: null };
  } else if (unit === 'quarter' || unit === 'half') {
    const len = LENGTH[unit];
    if ((m = /^(초|말)/.exec(rest))) when = { everyMonths: EVERY[unit], firstMonth: m[1] === '초' ? 1 : len, months: 1, days: PARTS[m[1]!]! };
  } else if (unit === 'year') {
    if ((m = /^(\d{1,2})월?~(\d{1,2})월/.exec(rest))) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a < 1 || b > 12 || b < a) return null;
      when = { everyMonths: 12, firstMonth: a, months: b - a + 1, days: null };
    } else if ((m = new RegExp(`^(\\d{1,2})월${PART}?`).exec(rest))) {
      const a = Number(m[1]);
      if (a < 1 || a > 12) return null;
      when = { everyMonths: 12, firstMonth: a, months: 1, days: m[2] ? PARTS[m[2]]! : null };
    } else if ((m = /^(상|하)반기/.exec(rest))) when = { everyMonths: 12, firstMonth: m[1] === '상' ? 1 : 7, months: 6, days: null };
  } else if ((m = new RegExp(`^${WEEKDAY}(?:,${WEEKDAY})*`).exec(rest))) when = { everyMonths: null, firstMonth: 1, months: 12, days: null };
  if (m && when) rest = rest.slice(m[0].length);
  // A count in each time: 2회, 1~2회, 각 1회.
  const count = /^각?(\d{1,3})(?:~\d{1,3})?회/.exec(rest);
  if (count) rest = rest.slice(count[0].length);
  // 매년 1월 중: 중 (during) ending the phrase after when (not before a condition: … 중 특보 발효시).
  if (when && rest === '중') rest = '';
  if (rest !== '' && !activityWord(rest)) return null;
  if (needs && !when && !count) return null;
  if (when) return when;
  if (unit === 'week') return { everyMonths: null, firstMonth: 1, months: 12, days: null };
  if (unit === 'year' && count) {
    // 연 N회: evenly through the year when N divides 12; otherwise the times are not fixed.
    const n = Number(count[1]);
    if (n < 1) return null;
    return 12 % n === 0 ? { everyMonths: 12 / n, firstMonth: 1, months: 12 / n, days: null } : { everyMonths: null, firstMonth: 1, months: 12, days: null };
  }
  return { everyMonths: EVERY[unit], firstMonth: 1, months: LENGTH[unit], days: null };
}

// ── Notes a phrase may carry ─────────────────────────────────────────────────────────────────

/** A note after a date that says nothing of when: 까지 (by), 이내, 예정, 완료. */
const TRAILING_NOTE = /(?:까지|이내|예정|완료)$/;
/** A bracket that is only a note: a count (12회), a length (5년, 6개월), a state (예정, 진행중), a
 *  condition that ends it early (자금 소진 시까지, 예산소진시 지원 마감) or a caution (… 달라질 수 있음). */
const NOTE_BRACKET = /^(?:(?:총|약)?\d{1,4}(?:~\d{1,4})?(?:회(?:차)?|년간?|개월간?|일간?)|예정|진행중|추진중|계속|완료|잠정|[가-힣]+시(?:까지|[가-힣]*마감)|[가-힣\d]+수있음)$/;
/** Whenever something happens: 수시, 필요시, 재난발생 시, 변동시, 비정기. */
const AS_NEEDED = /^(?:연중)?(?:(?:수시|필요시)(?:로|개최|추진|실시)?|비정기|부정기|[가-힣]*(?:발생|변동|요청|신청)시)$/;
/** Years named by a word: 익년(도), 내년(도), 차년도 (the next); 금년, 올해, 당해연도 (the context year). */
const YEAR_WORDS: readonly [RegExp, number][] = [
  [/(?:익년도?|내년도?|차년도|명년)/g, 1],
  [/(?:금년도?|올해|당해연도|당해년도)/g, 0],
];

/** The phrase as compared: one form of each mark and space; weekdays after a date and a stray
 *  closing bracket at the end dropped. */
function normalize(text: string): string {
  let s = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[∼〜～]/g, '~')
    .replace(/[—−]/g, '–')
    .replace(/\s+/g, ' ')
    .trim()
    // 2017.2.6.(월)~6.30.(금): the weekday of a date.
    .replace(/([\d.일])\s*\(\s*[월화수목금토일]\s*\)/g, '$1');
  while (s.endsWith(')') && (s.match(/\)/g) ?? []).length > (s.match(/\(/g) ?? []).length) s = s.slice(0, -1).trimEnd();
  return s;
}

/** Reads a period phrase; the year of a phrase that names none is `contextYear`. */
export function readPeriod(text: string, contextYear: number): PeriodReading {
  const s = normalize(text);
  const fy = monthsSpan(contextYear, 1, 12);
  const ok = (period: Exclude<Period, UndatedPeriod>): PeriodReading => ({ ok: true, period });
  if (/^(연중(?: 계속)?|계속|연중계속)$/.test(s)) return ok({ text, ...fy, ongoing: true });
  let t = s.replace(/ /g, '');
  for (const [re, ahead] of YEAR_WORDS) t = t.replace(re, `${contextYear + ahead}년`);
  const asNeeded = (): PeriodReading => ok({ text, kind: 'as-needed', start: null, end: null, ongoing: false });
  const recurring = (span: DateSpan, r: Recurrence): PeriodReading => ok({ text, kind: 'recurring', ...span, ongoing: false, ...r });
  if (AS_NEEDED.test(t)) return asNeeded();
  // 상시, 2026년 연중: all of a year, ongoing; 상시 may carry its activity word (상시신청, 상시 접수).
  if (ALWAYS.test(t)) return ok({ text, ...fy, ongoing: true });
  const whole = /^(\d{4})년연중(?:계속)?$/.exec(t);
  if (whole) return ok({ text, ...monthsSpan(Number(whole[1]), 1, 12), ongoing: true });
  const r = readRecurrence(t);
  if (r) return recurring(fy, r);
  // 연3회(3월, 6월, 9월): the times named.
  const times = /^연\d+회\((.+)\)$/.exec(t);
  if (times) return readSeveral(text, splitList(times[1]!), contextYear);
  // A trailing bracket: a note, a frequency within what it follows, or when it happens.
  const bracket = /^(.+?)\(([^()]*)\)$/.exec(t);
  if (bracket) {
    const [, core, inner] = bracket as unknown as [string, string, string];
    if (NOTE_BRACKET.test(inner)) {
      // The core as a phrase of its own (상시신청, 매년 3월, 2026. 1. ~ 12.), said as written.
      const c = readPeriod(core, contextYear);
      return c.ok ? { ok: true, period: { ...c.period, text } } : c;
    }
    if (AS_NEEDED.test(inner) || AS_NEEDED.test(`${inner}시`)) {
      const c = readPlain(text, core, contextYear);
      return c.ok || core === '연중' ? asNeeded() : c;
    }
    const every = readRecurrence(inner);
    if (!every) return { ok: false, reason: 'unreadable' };
    // 월 2회 실시(연 24회): the bracket says the same count again.
    const again = readRecurrence(core);
    if (again) return recurring(fy, again);
    // 2회(상·하반기 각 1회), 연중(월 1회): the frequency over the year.
    if (/^\d{1,3}회$/.test(core) || core === '연중') return recurring(fy, every);
    // 2016. 8. ~ 12. (월 1회): the frequency within the range, from its first month.
    const c = readPlain(text, core, contextYear);
    if (!c.ok) return c;
    if (periodKind(c.period) !== 'range' || c.period.start === null || c.period.end === null) return { ok: false, reason: 'unreadable' };
    const first = Number(c.period.start.slice(5, 7));
    return recurring({ start: c.period.start, end: c.period.end }, { ...every, firstMonth: every.everyMonths === 12 ? every.firstMonth : first });
  }
  return readPlain(text, t, contextYear);
}

/** Several pieces as one period, in date order. */
function readSeveral(text: string, items: readonly string[], contextYear: number): PeriodReading {
  const r = readList(items, contextYear);
  if (!Array.isArray(r)) return r;
  const sorted = [...r].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const end = sorted.reduce((e, p) => (p.end > e ? p.end : e), sorted[0]!.end);
  return { ok: true, period: { text, kind: 'several', start: sorted[0]!.start, end, ongoing: false, parts: sorted } };
}

/** A phrase without a recurring word or a bracket: a range, a point, open-ended, or several. */
function readPlain(text: string, compact: string, contextYear: number): PeriodReading {
  // 2022. 6.까지, 2023. 예정, 2019. 7. 25. 14시: notes after the date.
  let t = compact;
  while (TRAILING_NOTE.test(t) && t.replace(TRAILING_NOTE, '') !== '') t = t.replace(TRAILING_NOTE, '');
  t = t.replace(/^(.*[.일])\d{1,2}시(?:\d{1,2}분)?$/, '$1');
  // '21. 1. 1일: a day written with 일 after a dotted month.
  t = t.replace(/^(.*\.\d{1,2})일(?=이후|부터|$)/, '$1.');
  // 2010년 (이후)부터: open-ended from the start of what it names; 2019.6.12. 이후: from that day.
  // 이후 after more than a day means after it ends (상반기 이후), which is not read. After a range
  // (2026. 3. ~ 5.부터) 부터 would drop the end the range names, so only one point is read.
  const after = /^(.+?)(이후부터|부터|이후)$/.exec(t);
  if (after) {
    const from = readPiece(after[1]!, contextYear);
    if (from && 'span' in from && from.single && (after[2] !== '이후' || from.span.start === from.span.end)) return { ok: true, period: { text, kind: 'open-ended', start: from.span.start, end: null, ongoing: false } };
    return { ok: false, reason: 'unreadable' };
  }
  const items = splitList(t);
  if (items.length > 1) return readSeveral(text, items, contextYear);
  const r = readPiece(t, contextYear);
  if (!r) return { ok: false, reason: 'unreadable' };
  if ('reversed' in r) return { ok: false, reason: 'reversed', ...r.reversed };
  if ('open' in r) return { ok: true, period: { text, kind: 'open-ended', start: r.open.start, end: null, ongoing: false } };
  return { ok: true, period: { text, start: r.span.start, end: r.span.end, ongoing: false } };
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
  // Each time from the first month of the start's year, every `everyMonths`, while it begins by the
  // end; a time is cut to the period (2016. 8. ~ 12. (월 1회) has five, August to December).
  const out: DateSpan[] = [];
  const year = Number(p.start.slice(0, 4));
  for (let k = p.firstMonth - 1; ; k += p.everyMonths) {
    const y = year + Math.floor(k / 12);
    const m = (k % 12) + 1;
    const whole = monthsSpan(y, m, p.months);
    if (whole.start > p.end) break;
    const last = daysInMonth(y, m);
    const time = p.days ? { start: iso(day(y, m, Math.min(p.days.from, last))), end: iso(day(y, m, Math.min(p.days.to ?? last, last))) } : whole;
    if (time.end < p.start) continue;
    out.push({ start: time.start < p.start ? p.start : time.start, end: time.end > p.end ? p.end : time.end });
  }
  return out;
}
