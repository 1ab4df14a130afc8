// What records are read from is NFC (src/load/loadData.ts normalisedText); a text already NFC
// in the common way (ASCII, Latin-1 and the rest below U+0300, Hangul syllables) is not copied,
// and a large text is normalised in pieces that end after a line break, which must give the same
// as the whole.
import { describe, expect, it } from 'vitest';
import { normalisedText } from '../../src/load/loadData.js';

describe('normalisedText', () => {
  it('composes what NFC composes, and leaves the rest as it is', () => {
    const nfd = '간담회'.normalize('NFD');
    expect(nfd).not.toBe('간담회');
    expect(normalisedText(`purpose: ${nfd}\n`)).toBe('purpose: 간담회\n');
    expect(normalisedText('cafe\u0301 Å')).toBe('café Å');
    // A syllable followed by a trailing jamo composes with it.
    expect(normalisedText('가\u11A8')).toBe('각');
    for (const text of ['kind: expenses\nentries:\n  - { date: 2021-03-02, purpose: 시정 현안 간담회 }\n', 'Zürich ½ ß', '', '힣가']) expect(normalisedText(text)).toBe(text.normalize('NFC'));
  });

  it('agrees with NFC on every character below U+0300 and every Hangul syllable, before and after each other', () => {
    const chars: string[] = [];
    for (let c = 1; c < 0x300; c++) chars.push(String.fromCharCode(c));
    for (let c = 0xac00; c <= 0xd7a3; c += 97) chars.push(String.fromCharCode(c));
    for (const a of chars) for (const b of ['a', '가', '\u0301', '\u11A8', 'é', '각']) {
      expect(normalisedText(a + b)).toBe((a + b).normalize('NFC'));
      expect(normalisedText(b + a)).toBe((b + a).normalize('NFC'));
    }
  });

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
