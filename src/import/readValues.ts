// Values as disclosures write them → record values. Each reader returns undefined for what it
// cannot read, and the caller says where.
import { realDate } from '../compute/dates.js';

export interface DateTime {
  readonly date: string;
  readonly time?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const existing = realDate;

/** 2019-03-05, 2019.03.05, 2019. 3. 5., 2019/3/5, 2019년 3월 5일, 20190305, each optionally with a
 *  weekday in brackets and a time (13:10, 13:10:00, 13시 10분); also 201903051310. */
export function readDateTime(written: string): DateTime | undefined {
  const w = written.trim().replace(/\s*\((?:[월화수목금토일])\)\s*/, ' ').replace('T', ' ');
  let m = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?\s*(.*)$/.exec(w);
  let rest: string;
  let date: string | undefined;
  if (m) {
    date = existing(Number(m[1]), Number(m[2]), Number(m[3]));
    rest = m[4]!;
  } else {
    // 20190305, 201903051310, and 20190305 13:10 (a compact date with a written time).
    m = /^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2})(\d{2})(?:\d{2})?|\s+(\S.*))?$/.exec(w);
    if (!m) return undefined;
    date = existing(Number(m[1]), Number(m[2]), Number(m[3]));
    rest = m[4] ? `${m[4]}:${m[5]}` : (m[6] ?? '');
  }
  if (date === undefined) return undefined;
  if (rest.trim() === '') return { date };
  const time = readTime(rest);
  // 00:00 is what a date-only cell turns into once it has been a date-time somewhere.
  if (time === undefined) return undefined;
  return time === '00:00' ? { date } : { date, time };
}

/** 13:10, 13:10:00, 9:05, 13시 10분, 13시, 1310 → HH:MM. */
export function readTime(written: string): string | undefined {
  const w = written.trim();
  const m = /^(\d{1,2})\s*(?::|시)\s*(\d{2})?\s*(?:(?::\d{2}(?:\.\d+)?)|분)?$/.exec(w) ?? /^(\d{2})(\d{2})$/.exec(w);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h <= 23 && min <= 59 ? `${pad(h)}:${pad(min)}` : undefined;
}

/** 132000, 132,000, 132,000원, ₩132,000, 132000.0, -12,000, △12,000 → whole 원. */
export function readAmount(written: string): number | undefined {
  // Most cells are plain digits, which every step below leaves as they are.
  if (/^\d{1,15}$/.test(written)) return Number(written);
  let w = written.replace(/\s+/g, '').replace(/^₩/, '').replace(/원$/, '');
  let sign = 1;
  if (/^[-△▲]/.test(w)) {
    sign = -1;
    w = w.slice(1);
  } else if (/^\(.*\)$/.test(w)) {
    sign = -1;
    w = w.slice(1, -1);
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.0+)?$/.test(w)) return undefined;
  const n = Number(w.replace(/,/g, '').replace(/\.0+$/, ''));
  return Number.isSafeInteger(n) ? sign * n : undefined;
}
