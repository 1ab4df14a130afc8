// The one calendar of the tool: every step from one day to another, every "is this a real date",
// every month end and day of the year, on dayjs. Dates are ISO text (YYYY-MM-DD) in and out.
import dayjs from 'dayjs';
import type { IsoDate } from '../model/units.js';

const pad = (n: number): string => String(n).padStart(2, '0');
/** A day of the calendar (the month and day must exist; see realDate). */
export const day = (y: number, m: number, d: number): dayjs.Dayjs => dayjs(`${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`);
export const isoOf = (d: dayjs.Dayjs): IsoDate => d.format('YYYY-MM-DD');

// Every imported row and every loaded entry asks whether its date exists: a month's length is
// asked of dayjs once per month and kept (100,000 rows of one year ask twelve times, not 100,000).
const monthLengths = new Map<number, number>();
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return day(year, month, 1).daysInMonth();
  const key = year * 16 + month;
  let n = monthLengths.get(key);
  if (n === undefined) {
    n = day(year, month, 1).daysInMonth();
    monthLengths.set(key, n);
  }
  return n;
}

export function isLeapYear(y: number): boolean {
  return daysInMonth(y, 2) === 29;
}

/** The ISO date of year, month and day, or undefined when that day does not exist. */
export function realDate(y: number, m: number, d: number): IsoDate | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}` : undefined;
}

/** True when `s` is YYYY-MM-DD and that day exists. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && realDate(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined;
}

/** The date `days` days after (before, when negative) an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(dayjs(date).add(days, 'day'));
}

/** The last day of a month (month 1–12). */
export function monthEnd(year: number, month: number): IsoDate {
  return isoOf(day(year, month, 1).endOf('month'));
}

/** Day of the year (1 January = 1). */
export function dayOfYear(date: IsoDate): number {
  const d = dayjs(date);
  return d.diff(d.startOf('year'), 'day') + 1;
}

export const daysInYear = (y: number): number => (isLeapYear(y) ? 366 : 365);
