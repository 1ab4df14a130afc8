// How numbers are written for people and machines, shared by every layer that words or prints
// them. A figure that is not a finite number is a fault of the computation: these stop the run
// as an internal error rather than print a wrong figure.

/** A sum or product of whole amounts past ±9,007,199,254,740,991 (2^53 − 1): no double holds it
 *  exactly, so the figure is refused rather than printed rounded. The cli says so in one line. */
export class FigureOverflow extends RangeError {}

/** `n` when it is a whole number kept exactly, else a FigureOverflow. */
export function exactWhole(n: number): number {
  if (!Number.isSafeInteger(n)) throw new FigureOverflow(`a figure is past the exact range of ±9,007,199,254,740,991: ${numberDigits(n)}`);
  return n;
}

/** a + b of whole amounts, exact (two safe integers whose true sum is safe add exactly). */
export const addWhole = (a: number, b: number): number => exactWhole(a + b);
/** a × k of a whole amount and a unit's factor (천원 → 원), exact. */
export const timesWhole = (a: number, k: number): number => exactWhole(a * k);

/** A number's digits as written by hand: never exponent notation (1e21 is 21 digits), never
 *  Infinity or NaN. */
export function numberDigits(value: unknown): string {
  const n = Number(value);
  // A safe integer's own digits are already plain (exponent notation starts at 1e21): no BigInt.
  if (Number.isSafeInteger(n)) return n === 0 ? '0' : String(n);
  if (!Number.isFinite(n)) throw new RangeError(`a figure is not a finite number: ${String(value)}`);
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** 337200 → "337,200". */
export function groupThousands(n: number): string {
  // The common case, a whole amount under 1,000 or a safe one grouped by hand: no expression.
  if (Number.isSafeInteger(n)) {
    const d = n === 0 ? '0' : String(Math.abs(n));
    let out = d.slice(0, ((d.length - 1) % 3) + 1);
    for (let i = out.length; i < d.length; i += 3) out += `,${d.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
  }
  const digits = numberDigits(n);
  const [whole, fraction] = digits.replace(/^-/, '').split('.');
  const g = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (digits.startsWith('-') ? '-' : '') + g + (fraction === undefined ? '' : `.${fraction}`);
}

/** A percentage held in tenths, written with one decimal: 220 → "22.0", 259 → "25.9", -5 → "-0.5". */
export function formatTenths(t: number): string {
  const d = numberDigits(Math.round(t));
  const sign = d.startsWith('-') ? '-' : '';
  const abs = d.replace(/^-/, '').padStart(2, '0');
  return `${sign}${abs.slice(0, -1)}.${abs.slice(-1)}`;
}

/** 원 per unit of a record's amounts. */
export const wonPer = (unit: '원' | '천원' | '백만원'): number => (unit === '백만원' ? 1_000_000 : unit === '천원' ? 1000 : 1);

/** An amount in `from` written in the finer (or the same) unit `to`, exactly. */
export const toUnit = (v: number, from: '원' | '천원' | '백만원', to: '원' | '천원' | '백만원'): number => timesWhole(v, wonPer(from) / wonPer(to));
