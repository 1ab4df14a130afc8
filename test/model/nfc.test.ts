// `nfc` leaves a text alone, without normalising it, when MAYBE_NOT_NFC finds no character in it:
// that claim (a text of only U+0000–U+02FF and Hangul syllables is NFC) is checked here on every
// code point, on every pair of such characters, and on what such a character does to any
// character that might compose, decompose or reorder before it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAYBE_NOT_NFC, nfc } from '../../src/model/nfc.js';

/** The characters the expression is documented to pass over. */
const isSafe = (unit: number): boolean => unit <= 0x02ff || (unit >= 0xac00 && unit <= 0xd7a3);
/** The UTF-16 units the expression does pass over, each alone: what `nfc` does not normalise
 *  (the first test holds them to the documented ones). */
const SAFE: readonly number[] = Array.from({ length: 0x10000 }, (_, u) => u).filter((u) => !MAYBE_NOT_NFC.test(String.fromCharCode(u)));
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** UTF-16 units as a string, without a string per unit. */
function unitsText(units: Uint16Array): string {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

/** With the characters in order c0 … cN-1, the text `ci ci ci ci+1 ci ci+2 … ci cN-1 ci` for each
 *  i: it has every pair (ci, cj) and (cj, ci) with j ≥ i side by side, so the N texts hold all N²
 *  ordered pairs in about N² characters. */
function eachPairText(chars: readonly number[], visit: (text: string, a: number) => void): void {
  const n = chars.length;
  const units = new Uint16Array(2 * n + 1);
  for (let i = 0; i < n; i++) units[2 * i + 1] = chars[i]!;
  for (let i = 0; i < n; i++) {
    const a = chars[i]!;
    for (let k = 2 * i; k <= 2 * n; k += 2) units[k] = a;
    visit(unitsText(units.subarray(2 * i)), a);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MAYBE_NOT_NFC', () => {
  it('passes over exactly U+0000–U+02FF and U+AC00–U+D7A3, as the expression sees a text: in UTF-16 units', () => {
    // Every unit alone, lone surrogates included.
    for (let u = 0; u <= 0xffff; u++) {
      if (MAYBE_NOT_NFC.test(String.fromCharCode(u)) === isSafe(u)) expect.fail(`U+${u.toString(16)}: expected ${isSafe(u) ? 'no match' : 'a match'}`);
    }
    // Every code point beyond the BMP is two surrogates, neither of them passed over.
    for (let c = 0x10000; c <= 0x10ffff; c++) {
      if (!MAYBE_NOT_NFC.test(String.fromCodePoint(c))) expect.fail(`U+${c.toString(16)} not matched`);
    }
    // One such character anywhere in a long text is found.
    expect(MAYBE_NOT_NFC.test(`${'가a'.repeat(1000)}\u0301${'b'.repeat(1000)}`)).toBe(true);
    expect(MAYBE_NOT_NFC.test(`${'가a\n'.repeat(1000)}`)).toBe(false);
  });

  it('finds every code point that NFC changes', () => {
    let changed = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      // A lone surrogate is not a code point of a text (the loop above checks it as a unit).
      if (isSurrogate(c)) continue;
      const s = String.fromCodePoint(c);
      if (s.normalize('NFC') !== s) {
        changed++;
        if (!MAYBE_NOT_NFC.test(s)) expect.fail(`U+${c.toString(16)} changes under NFC but is not matched`);
      }
    }
    // The loop did meet characters NFC changes (singletons such as U+212B ANGSTROM SIGN).
    expect(changed).toBeGreaterThan(1000);
  });

  it('passes over no pair of characters that NFC changes: every ordered pair of the characters it passes over is NFC', () => {
    // Every ordered pair sits side by side in one of the texts made: a check of the making, on a
    // few characters.
    const seen = new Set<string>();
    eachPairText([0x61, 0x62, 0x63, 0x64], (text) => {
      for (let k = 1; k < text.length; k++) seen.add(text.slice(k - 1, k + 1));
    });
    expect(seen.size).toBe(16);
    let texts = 0;
    eachPairText(SAFE, (text, a) => {
      texts++;
      if (text.normalize('NFC') !== text) expect.fail(`a text of U+${a.toString(16)} and the others changes under NFC`);
    });
    expect(texts).toBe(SAFE.length);
    // The check itself can fail: a syllable and a trailing jamo, side by side in such a text, change.
    let changed = false;
    eachPairText([0xac00, 0x11a8, 0x61], (text) => {
      if (text.normalize('NFC') !== text) changed = true;
    });
    expect(changed).toBe(true);
  });

  it('passes over no character that changes the one before it', () => {
    // Before each character b it passes over, every character that could take part in a change:
    // each one NFC or NFD changes, the first character of every decomposition (what a
    // composition starts with), every combining mark, every conjoining jamo, every Hangul syllable
    // that takes a trailing jamo (LV) and a sample of the rest, and the characters passed over.
    // Each stands alone between U+0000s (no composition starts or ends with U+0000), so the text
    // must become each one's own NFC followed by b, unchanged.
    const before = new Set<number>();
    for (let c = 0; c <= 0x10ffff; c++) {
      if (isSurrogate(c)) continue;
      const s = String.fromCodePoint(c);
      const d = s.normalize('NFD');
      if (d !== s || s.normalize('NFC') !== s || /\p{M}/u.test(s)) {
        before.add(c);
        before.add(d.codePointAt(0)!);
      }
    }
    for (let c = 0x1100; c <= 0x11ff; c++) before.add(c);
    for (let c = 0xac00; c <= 0xd7a3; c += 28) before.add(c); // LV
    for (let c = 0xac01; c <= 0xd7a3; c += 97) before.add(c);
    for (const c of SAFE) if (!(c >= 0xac00 && c <= 0xd7a3)) before.add(c);
    const as = [...before].filter((c) => !isSurrogate(c) && !(c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0 && (c - 0xac01) % 97 !== 0));
    expect(as.length).toBeGreaterThan(5000);
    // Texts `\0 a b \0 a' b …` and what NFC must make of them, with the places of the b's.
    const inUnits: number[] = [];
    const outUnits: number[] = [];
    const inSlots: number[] = [];
    const outSlots: number[] = [];
    for (const a of as) {
      const s = String.fromCodePoint(a);
      const nf = s.normalize('NFC');
      inUnits.push(0);
      for (let i = 0; i < s.length; i++) inUnits.push(s.charCodeAt(i));
      inSlots.push(inUnits.push(0) - 1);
      outUnits.push(0);
      for (let i = 0; i < nf.length; i++) outUnits.push(nf.charCodeAt(i));
      outSlots.push(outUnits.push(0) - 1);
    }
    const input = Uint16Array.from(inUnits);
    const output = Uint16Array.from(outUnits);
    const bs = SAFE.filter((c, i) => !(c >= 0xac00 && c <= 0xd7a3) || i % 97 === 0 || c === 0xd7a3);
    expect(bs.length).toBeGreaterThan(800);
    for (const b of bs) {
      for (const k of inSlots) input[k] = b;
      for (const k of outSlots) output[k] = b;
      if (unitsText(input).normalize('NFC') !== unitsText(output)) {
        // Which one: slower, only to name it.
        const a = as.find((x) => String.fromCodePoint(0, x, b).normalize('NFC') !== `\0${String.fromCodePoint(x).normalize('NFC')}${String.fromCharCode(b)}`);
        expect.fail(`U+${b.toString(16)} changes U+${a?.toString(16)} before it`);
      }
    }
    // The check itself can fail: a combining acute accent in b's place changes the e before it.
    const e = as.indexOf(0x65);
    input[inSlots[e]!] = 0x301;
    expect(unitsText(input).normalize('NFC')).not.toBe(unitsText(input));
  });
});

describe('nfc', () => {
  it('returns a text of only the characters passed over without normalising it', () => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    for (const s of ['', 'kind: expenses\n', '시정 현안 간담회 Zürich ½ ß ǿ', '힣가\u02FF\u0000']) expect(nfc(s)).toBe(s);
    expect(normalize).not.toHaveBeenCalled();
    expect(nfc('a\u0300')).toBe('à');
    expect(normalize).toHaveBeenCalledTimes(1);
  });

  it('composes decomposed Hangul and Latin', () => {
    expect(nfc('\u1100\u1161')).toBe('가');
    expect(nfc('\u1100\u1161\u11A8')).toBe('각');
    expect(nfc('가\u11A8')).toBe('각');
    expect(nfc('e\u0301')).toBe('é');
    expect(nfc('간담회'.normalize('NFD'))).toBe('간담회');
    // A text already NFC but not of the characters passed over is normalised and unchanged.
    expect(nfc('日本 \u{1F600}')).toBe('日本 \u{1F600}');
    // A singleton is replaced by its canonical equivalent.
    expect(nfc('\u212B')).toBe('Å');
  });
});
