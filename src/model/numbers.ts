// How numbers are written for people, shared by every layer that words or prints them.

/** 337200 → "337,200". */
export function groupThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A percentage held in tenths, written with one decimal: 220 → "22.0", 259 → "25.9". */
export function formatTenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  return `${sign}${Math.floor(a / 10)}.${a % 10}`;
}
