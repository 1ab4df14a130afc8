// The text records are read from is the NFC of the file's text, whatever its size: a large text
// is normalised in pieces that end after a line break, which must give the same as the whole.
import { describe, expect, it } from 'vitest';
import { normalisedText } from '../../src/load/loadData.js';

describe('normalisedText', () => {
  it('gives the NFC of the whole text, in pieces or not', () => {
    const nfd = '간담회 다과'.normalize('NFD');
    const line = (i: number): string => `  - { date: 2021-01-01, amount: ${i}, purpose: ${i % 7 === 0 ? nfd : '간담회'} }`;
    const lines = Array.from({ length: 30_000 }, (_, i) => line(i));
    const texts = [
      `${lines.join('\n')}\n`,
      `${lines.join('\r\n')}\r\n`,
      lines.join('\n').normalize('NFC'),
      // A combining mark right after a line break, decomposed Hangul at every place of a piece,
      // a long stretch without a line break, and the same with nothing to change.
      `${lines.join('\n\u0301')}e\u0301`,
      lines.map((l, i) => (i % 1000 === 0 ? `${l}${'\u1100\u1161'.repeat(40_000)}` : l)).join('\n'),
      'a'.repeat(200_000) + nfd,
      'a\n'.repeat(100_000),
    ];
    for (const text of texts) {
      const got = normalisedText(text);
      expect(got === text.normalize('NFC')).toBe(true);
    }
  });
});
