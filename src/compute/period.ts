// Period phrases as offices write them in 향후계획 → date ranges. Pure: the fiscal year a
// phrase defaults to is an argument. The original text is kept for printing.
import type { IsoDate } from '../model/units.js';

export interface Period {
  /** The phrase as written. */
  readonly text: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** 연중 / 연중 계속 / 계속: the whole year and ongoing, not a deadline. */
  readonly ongoing: boolean;
}

/** The forms understood, for the message of a phrase that does not parse. */
export const PERIOD_FORMS: readonly string[] = [
  '연중',
  '연중 계속',
  '계속',
  '상반기 (중/내)',
  '하반기',
  'N분기',
  "'YY. M월 (중)",
  "'YY. M~N월 (중)",
  "'YY년 M월",
  "'YY년 상반기/하반기",
  'YYYY. M. D.',
  'YYYY-MM-DD',
];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when `s` is YYYY-MM-DD and that day exists. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function months(y: number, from: number, to: number): { start: IsoDate; end: IsoDate } {
  // A range such as 11~2월 runs into the next year.
  const endYear = to < from ? y + 1 : y;
  return { start: iso(y, from, 1), end: iso(endYear, to, daysInMonth(endYear, to)) };
}

const month = (n: number): boolean => n >= 1 && n <= 12;

/** Parses a period phrase; null when it is not one of PERIOD_FORMS. */
export function parsePeriod(text: string, fiscalYear: number): Period | null {
  // ’ and ‘ are the typographic apostrophes Korean word processors put in '21.
  const s = text.normalize('NFC').replace(/[\u2018\u2019\u02BC`]/g, "'").replace(/\s+/g, ' ').trim();
  const suffix = '(?: ?(?:중|내))?';
  const yy = (t: string | undefined): number => (t === undefined ? fiscalYear : 2000 + Number(t));
  const out = (r: { start: IsoDate; end: IsoDate } | null, ongoing = false): Period | null =>
    r ? { text, start: r.start, end: r.end, ongoing } : null;
  let m: RegExpExecArray | null;

  if (/^(연중(?: 계속)?|계속)$/.test(s)) return out({ start: iso(fiscalYear, 1, 1), end: iso(fiscalYear, 12, 31) }, true);

  // 상반기 중 / '21년 하반기 / 2021년 상반기
  m = new RegExp(`^(?:(?:'(\\d{2})|(\\d{4}))년? ?)?(상|하)반기${suffix}$`).exec(s);
  if (m) {
    const y = m[2] ? Number(m[2]) : yy(m[1]);
    return out(m[3] === '상' ? months(y, 1, 6) : months(y, 7, 12));
  }
  // 2분기 / '21년 3분기
  m = new RegExp(`^(?:(?:'(\\d{2})|(\\d{4}))년? ?)?([1-4]) ?분기${suffix}$`).exec(s);
  if (m) {
    const y = m[2] ? Number(m[2]) : yy(m[1]);
    const q = Number(m[3]);
    return out(months(y, q * 3 - 2, q * 3));
  }
  // YYYY-MM-DD
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isRealDate(s) ? out({ start: s, end: s }) : null;
  // 2021. 5. 26.
  m = /^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?$/.exec(s);
  if (m) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return isRealDate(d) ? out({ start: d, end: d }) : null;
  }
  // '21. 5~6월 중 / '21.5월 / '21년 6월 / 2021. 5. / 6월 / 5~6월
  m = new RegExp(`^(?:(?:'(\\d{2})|(\\d{4}))(?:\\.|년) ?)?(\\d{1,2})(?: ?[~\\-–] ?(\\d{1,2}))? ?(?:월|\\.)${suffix}$`).exec(s);
  if (m && (m[1] !== undefined || m[2] !== undefined || s.includes('월'))) {
    const y = m[2] ? Number(m[2]) : yy(m[1]);
    const from = Number(m[3]);
    const to = m[4] === undefined ? from : Number(m[4]);
    return month(from) && month(to) ? out(months(y, from, to)) : null;
  }
  return null;
}
