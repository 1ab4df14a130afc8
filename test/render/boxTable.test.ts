// The terminal table writer: columns line up whatever the cells hold (Korean wide characters,
// colour codes, empty cells), numbers align right, and the cost grows with the rows, not their square.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eastAsianWidth } from 'get-east-asian-width';
import { boxTable } from '../../src/render/formats/table.js';
import { displayWidth, plainWidth } from '../../src/render/displayWidth.js';
import { visibleText } from '../../src/render/visibleText.js';

const strip = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('boxTable', () => {
  it('draws the heading, a rule, the rows and lines every column up', () => {
    const out = boxTable(
      ['비목', '금액'],
      ['left', 'right'],
      [
        ['기관운영업무추진비', '1,000'],
        ['\x1b[1m계\x1b[22m', '\x1b[33m123,456\x1b[39m'],
        ['', ''],
      ],
    );
    expect(strip(out).split('\n')).toEqual([
      '┌────────────────────┬─────────┐',
      '│ 비목               │    금액 │',
      '├────────────────────┼─────────┤',
      '│ 기관운영업무추진비 │   1,000 │',
      '│ 계                 │ 123,456 │',
      '│                    │         │',
      '└────────────────────┴─────────┘',
    ]);
    // the colour codes stay around the text, outside the padding
    expect(out).toContain('│ \x1b[1m계\x1b[22m                 │ \x1b[33m123,456\x1b[39m │');
    const widths = new Set(strip(out).split('\n').map(displayWidth));
    expect(widths.size).toBe(1);
  });

  it('a table of no columns draws no line for a row; a cell 10,000 characters wide is drawn in time', () => {
    expect(boxTable([], [], [[], []])).toBe('┌┐\n├┤\n└┘');
    const wide = '가'.repeat(10_000);
    const rows = Array.from({ length: 2_000 }, (_, i) => [String(i), i === 0 ? wide : '']);
    const lines = boxTable(['번호', '내용'], ['right', 'left'], rows).split('\n');
    expect(lines).toHaveLength(2_000 + 4);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('a cell of several lines makes its row as tall, every line in its column; a tab is a space', () => {
    expect(boxTable(['제목', '금액'], ['left', 'right'], [['첫줄\n둘째 줄이 길다', '1,000'], ['한\t줄', '20\r\n3']]).split('\n')).toEqual([
      '┌────────────────┬───────┐',
      '│ 제목           │  금액 │',
      '├────────────────┼───────┤',
      '│ 첫줄           │ 1,000 │',
      '│ 둘째 줄이 길다 │       │',
      '│ 한 줄          │    20 │',
      '│                │     3 │',
      '└────────────────┴───────┘',
    ]);
  });

  it('a row with fewer cells than the heading gets empty ones', () => {
    expect(boxTable(['a', 'b'], ['left', 'left'], [['x']]).split('\n')[3]).toBe('│ x │   │');
  });
});

describe('displayWidth', () => {
  // The per-character rule, without the fast paths for ASCII and Hangul.
  const reference = (text: string): number =>
    [...text].reduce((w, ch) => {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) return w;
      return w + eastAsianWidth(cp, { ambiguousAsWide: false });
    }, 0);

  it('counts as the per-character rule does, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => displayWidth(s) === reference(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('가', '힣', 'a', ' ', '\t', '😀', '\u0301', '中', 'ｱ', '\u00a0') }), (s) => displayWidth(s) === reference(s)));
    expect(displayWidth('기관 a😀')).toBe(8);
  });
});

describe('plainWidth', () => {
  // The table draws a cell it measures straight from its text: that text must be one line that
  // visibleText leaves as it is, and the width the one displayWidth gives.
  it('is displayWidth for a text shown as it is, and -1 for any other', () => {
    const check = (s: string): boolean => {
      const w = plainWidth(s);
      const asIs = visibleText(s) === s && !/[\t\r\n\x1b]/.test(s);
      return asIs ? w === displayWidth(s) : w === -1;
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('가', 'a', ' ', '\t', '\n', '\r', '\x1b', '\x07', '\u202e', '\u2067', '\u0085', '😀') }), check));
  });
});
