// The `date` format of the schemas (defs.schema.json: an ISO date YYYY-MM-DD that exists on the
// calendar), as the compiled validators check it: the same answers as ajv-formats' full `date`
// format (test/model/isoDateFormat.test.ts compares both), read character by character instead
// of through a regular expression's match, which made an array and three numbers from texts for
// each of a year's 100,000 entry dates. Bundled into generated/validators.cjs by
// scripts/compile-schemas.mjs; CommonJS so that the compiler can use it as it is.
'use strict';

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i` of `s` (ASCII only, as `\d` in a regular expression), else -1. */
function digit(s, i) {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** True when `s` is YYYY-MM-DD and that day exists (the proleptic Gregorian calendar). */
function date(s) {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y0 = digit(s, 0);
  const y1 = digit(s, 1);
  const y2 = digit(s, 2);
  const y3 = digit(s, 3);
  const m0 = digit(s, 5);
  const m1 = digit(s, 6);
  const d0 = digit(s, 8);
  const d1 = digit(s, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month]);
}

module.exports = { date };
