// Percentages are computed once, from whole numbers, and rounded half-up to one decimal.
// Integer arithmetic (BigInt) so 25.85 never becomes 25.8 through a binary fraction.

/** part ÷ whole × 100 in tenths of a percent, rounded half-up: 71882 / 277200 → 259 (25.9%).
 *  Null when whole is 0 (no rate exists). */
export function rateTenths(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  const neg = p < 0n !== w < 0n;
  const a = p < 0n ? -p : p;
  const b = w < 0n ? -w : w;
  const q = (a * 2000n + b) / (2n * b);
  return Number(neg ? -q : q);
}
