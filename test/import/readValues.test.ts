// Dates, times and amounts as disclosures write them; CSV and encodings.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readAmount, readDateTime, readTime } from '../../src/import/readValues.js';
import { parseCsv } from '../../src/import/parseCsv.js';
import fc from 'fast-check';
import { decodeText } from '../../src/import/decodeText.js';

describe('readDateTime', () => {
  it('reads every written form of a date, with or without a time', () => {
    const forms = ['2019-03-05', '2019.03.05', '2019. 3. 5.', '2019/3/5', '20190305', '2019년 3월 5일', '2019-03-05(화)'];
    expect(forms.map(readDateTime)).toEqual(Array(forms.length).fill({ date: '2019-03-05' }));
    expect(['2017-01-26 13:10', '2017-01-26 13:10:00', '2017.01.26 13시 10분', '201701261310', '2017-01-26T13:10'].map(readDateTime)).toEqual(Array(5).fill({ date: '2017-01-26', time: '13:10' }));
    expect(readDateTime('2019-03-05 00:00:00')).toEqual({ date: '2019-03-05' });
    // Compact and dotted dates with a written time, as real disclosures have them.
    expect(['20251210 12:20', '2025.12.10. 12:20', '2025.12.10 12:20', '20251210 12:20:00'].map(readDateTime)).toEqual(Array(4).fill({ date: '2025-12-10', time: '12:20' }));
  });

  it('refuses dates that do not exist and text that is no date', () => {
    expect(['2019-02-29', '2020-13-01', '20190230', '3월 5일', '', '2019-03-05 25:00'].map(readDateTime)).toEqual(Array(6).fill(undefined));
    expect(readDateTime('2020-02-29')).toEqual({ date: '2020-02-29' });
  });
});

describe('readTime and readAmount', () => {
  it('reads times', () => {
    expect(['13:10', '9:05', '13시 10분', '1310', '13:10:00', '24:00', 'noon'].map(readTime)).toEqual(['13:10', '09:05', '13:10', '13:10', '13:10', undefined, undefined]);
  });
  it('reads amounts with commas, 원 and .0, and refuses the rest', () => {
    expect(['132000', '132,000', '132,000원', '132000.0', ' 1,200,000 원', '-12,000', '△12,000'].map(readAmount)).toEqual([132000, 132000, 132000, 132000, 1200000, -12000, -12000]);
    expect(['12.5', 'abc', '', '1,20,000', '132000원원'].map(readAmount)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('parseCsv and decodeText', () => {
  it('reads quoted fields with commas, doubled quotes and line ends, and rows of any length', () => {
    const { rows } = parseCsv('a,b,c\r\n1,"카드,제로페이","say ""hi"""\n2,"two\nlines",x,extra\n\n3\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '카드,제로페이', 'say "hi"'] },
      { line: 3, fields: ['2', 'two\nlines', 'x', 'extra'] },
      { line: 6, fields: ['3'] },
    ]);
  });
  it('reads as the character-by-character reader it replaced did, on any text whose quotes close', () => {
    // The reader as first written: one character at a time.
    const reference = (text: string): { line: number; fields: string[] }[] => {
      const rows: { line: number; fields: string[] }[] = [];
      let fields: string[] = [];
      let field = '';
      let quoted = false;
      let line = 1;
      let rowLine = 1;
      const endRow = (): void => {
        fields.push(field);
        if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
        fields = [];
        field = '';
      };
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (quoted) {
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i++;
              continue;
            }
            quoted = false;
          } else {
            if (c === '\n') line++;
            field += c;
          }
          continue;
        }
        if (c === '"' && field.trim() === '') {
          quoted = true;
          field = '';
        } else if (c === ',') {
          fields.push(field);
          field = '';
        } else if (c === '\r' || c === '\n') {
          endRow();
          if (c === '\r' && text[i + 1] === '\n') i++;
          line++;
          rowLine = line;
        } else field += c;
      }
      if (field !== '' || fields.length > 0) endRow();
      return rows;
    };
    const csvText = fc.string({ unit: fc.constantFrom('a', '가', ',', '"', '""', '\n', '\r', '\r\n', ' ', '\t', '\u3000', '1'), maxLength: 40 });
    fc.assert(
      fc.property(csvText, (text) => {
        const read = parseCsv(text);
        if (read.unclosed) {
          // the reference reads the rest of the file into one field: a quote opened there
          expect(text[read.unclosed.offset]).toBe('"');
          expect(read.unclosed.reason).toBe('unclosed-quote');
        } else expect(read.rows).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('opens a quote after any character past ASCII that trim takes for white space, and after no other', () => {
    // Every code unit past ASCII, one row each, read in one text.
    const chars = Array.from({ length: 0x10000 - 0x80 }, (_, i) => String.fromCharCode(0x80 + i));
    const { rows } = parseCsv(chars.map((ch) => `${ch}"a,b"\n`).join(''));
    const wrong = chars.filter((ch, i) => JSON.stringify(rows[i]!.fields) !== JSON.stringify(ch.trim() === '' ? ['a,b'] : [`${ch}"a`, 'b"']));
    expect(wrong).toEqual([]);
  });
  it('stops at a quote that is never closed, or not within the limit, and says where it opened', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n4,5\n')).toEqual({ rows: [{ line: 1, fields: ['a', 'b'] }], unclosed: { offset: 6, reason: 'unclosed-quote' } });
    const long = `a,b\n1,"${'x'.repeat(50)}"\n`;
    expect(parseCsv(long, 40).unclosed).toEqual({ offset: 6, reason: 'quoted-too-long' });
    expect(parseCsv(long, 60).rows[1]!.fields[1]).toBe('x'.repeat(50));
  });

  it('detects UTF-8, UTF-8 with BOM and CP949', () => {
    const text = '사용일자,사용금액\n2022-01-03,50000\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array(iconv.encode(text, 'cp949')))).toEqual({ text, encoding: 'cp949' });
  });
});
