// Text in Unicode's composed form (NFC), so that decomposed Hangul (as macOS may save or paste
// it) compares equal to the same word typed elsewhere: the record loader and the import read
// every text so.

/** A character that NFC might change or that might change the one before it. None is below
 *  U+0300 (letters and signs that are their own composition, none combining) or a Hangul
 *  syllable (U+AC00–U+D7A3, composed; only a conjoining jamo, U+1100–U+11FF, joins one), so a
 *  text of only those is already NFC, and is not copied to be normalised (a year of entries is
 *  megabytes; a disclosure of 100,000 rows, 700,000 cells). */
export const MAYBE_NOT_NFC = /[^\u0000-\u02FF\uAC00-\uD7A3]/;

/** `s` in NFC: itself when it cannot be otherwise. */
export const nfc = (s: string): string => (MAYBE_NOT_NFC.test(s) ? s.normalize('NFC') : s);
