// How numbers are written for people and machines, shared by every layer that words or prints
// them. A figure that is not a finite number is a fault of the computation: these stop the run
// as an internal error rather than print a wrong figure.

/** A number's digits as written by hand: never exponent notation (1e21 is 21 digits), never
 *  Infinity or NaN. */
export function numberDigits(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`a figure is not a finite number: ${String(value)}`);
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** 337200 → "337,200". */
export function groupThousands(n: number): string {
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
