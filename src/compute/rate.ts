// Percentages are computed once, from whole numbers, and rounded half-up to one decimal.
// Integer arithmetic (BigInt) so 25.85 never becomes 25.8 through a binary fraction.

/** part ÷ whole × 100 in units of 10^-decimals percent, rounded half-up (away from zero):
 *  71882 / 277200 at 1 decimal → 259n (25.9%), at 2 → 2593n. `whole` must not be 0. */
export function rateScaled(part: number, whole: number, decimals: number): bigint {
  const p = BigInt(part);
  const w = BigInt(whole);
  const a = p < 0n ? -p : p;
  const b = w < 0n ? -w : w;
  const q = (a * 10n ** BigInt(decimals + 2) * 2n + b) / (2n * b);
  return p < 0n !== w < 0n ? -q : q;
}

/** part ÷ whole × 100 in tenths of a percent, rounded half-up: 71882 / 277200 → 259 (25.9%).
 *  Null when whole is 0 (no rate exists). */
export function rateTenths(part: number, whole: number): number | null {
  return whole === 0 ? null : Number(rateScaled(part, whole, 1));
}
