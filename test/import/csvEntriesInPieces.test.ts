// A CSV disclosure read a piece at a time gives what the whole file read at once gives, row for
// row and problem for problem, wherever the pieces end; a file it is not sure of is left to the
// whole reading.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvEntriesInPieces } from '../../src/import/csvEntriesInPieces.js';
import { readTable } from '../../src/import/readTable.js';
import { tableEntries } from '../../src/import/tableEntries.js';
import type { ImportOptions } from '../../src/import/tableEntries.js';
import { budgetLines as budgetLinesOf } from '../../src/compute/expenseVocabulary.js';

const LINES = budgetLinesOf({
  lines: [
    { code: '203-01', name: '기관운영업무추진비' },
    { code: '203-03', name: '시책추진업무추진비' },
  ],
});
const options: ImportOptions = { budgetLines: (year) => (year === 2022 ? LINES : undefined) };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = '\uFEFF';

/** What the whole reading gives: the encoding, and each table's entries, rows and problems. */
async function whole(bytes: Uint8Array, rowLimit?: number) {
  const read = await readTable('t.csv', bytes, undefined, rowLimit);
  return { encoding: read.encoding, problems: read.problems, tables: read.tables.map((t) => tableEntries(t, options)) };
}

describe('csvEntriesInPieces', () => {
  it('reads as the whole file is read, wherever the pieces end', async () => {
    const cell = fc.constantFrom('2022-07-01', '2022-07-02 12:30', '2021-01-01', '2022-02-30', '1000', '12,000', '-500', '203-01', '시책추진업무추진비', '203-09', '간담회', '"회의, 다과"', '"두\n줄"', '"say ""hi"""', ' "x" ', '합계', '', ' ', '가\u0301', '\uFEFF간담회', '※ 자료', '5" 화면', '"열림');
    const row = fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(','));
    const end = fc.constantFrom('\n', '\r\n', '\r');
    const table = fc.tuple(fc.array(fc.tuple(row, end), { maxLength: 30 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 64 }));
    await fc.assert(
      fc.asyncProperty(table, async ([rows, bom, title, pieceBytes]) => {
        const text = (bom ? BOM : '') + (title ? '업무추진비 집행내역\n' : '') + '사용일자,비목,사용금액,사용목적\r\n' + rows.map(([r, e]) => r + e).join('');
        const bytes = encode(text);
        const got = csvEntriesInPieces('t.csv', bytes, options, pieceBytes);
        const want = await whole(bytes);
        if (got === undefined) return;
        expect(want.problems).toEqual([]);
        expect({ encoding: got.encoding, tables: [got.got] }).toEqual({ encoding: want.encoding, tables: want.tables });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a plain file in pieces; a file it is not sure of is left to the whole reading', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `2022-07-${String((i % 28) + 1).padStart(2, '0')},203-01,${1000 + i},"회의, ${i}"`);
    const plain = `사용일자,비목,사용금액,사용목적\n${rows.join('\n')}\n`;
    expect(csvEntriesInPieces('t.csv', encode(plain), options, 100)?.got.entries.length).toBe(200);
    expect(csvEntriesInPieces('t.csv', encode(BOM + plain), options, 100)?.encoding).toBe('utf-8-bom');
    // a quoted field over a piece's end: read again to a later line break
    expect(csvEntriesInPieces('t.csv', encode(`사용일자,비목,사용금액,사용목적\n2022-07-01,203-01,1000,"${'긴 줄\n'.repeat(50)}"\n`), options, 10)?.got.entries.length).toBe(1);
    const refused = [
      plain.replace('203-01,1010', '203-01\u0000,1010'), // a NUL
      '[{"a": 1}]',
      `${plain}2022-07-01,203-01,1,"open\n`, // a quote never closed
      'one column\nonly\n', // not a table
    ];
    for (const text of refused) expect(csvEntriesInPieces('t.csv', encode(text), options, 100)).toBeUndefined();
    expect(csvEntriesInPieces('t.csv', new Uint8Array([...encode(plain.slice(0, 60)), 0xff, ...encode(plain.slice(60))]), options, 100)).toBeUndefined(); // not UTF-8
    expect(csvEntriesInPieces('t.csv', encode(plain), options, 100, 150)).toBeUndefined(); // more rows than the limit
    expect(csvEntriesInPieces('t.csv', encode(plain), options, 100, 1000)?.got.entries.length).toBe(200); // fewer line breaks than the limit
    expect(csvEntriesInPieces('t.csv', encode(plain.replace(/\n/g, '\r\n')), options, 100, 250)).toBeUndefined(); // may be more rows than the limit: read whole
  });
});
