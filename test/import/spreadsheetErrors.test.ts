// A formula that failed in the office's workbook (#DIV/0!, #N/A …) is named as what it is, at
// its cell, not called an empty cell.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/import/readTable.js';
import { tableEntries } from '../../src/import/tableEntries.js';
import type { TableRows } from '../../src/import/tableEntries.js';

/** Each row's line, in order. */
const lines = (rows: TableRows): number[] => Array.from({ length: rows.length }, (_, r) => rows.line(r));

describe('spreadsheet error values', () => {
  it('an amount cell holding #DIV/0! is reported with that value at its row and column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('내역');
    ws.addRow(['사용일자', '사용목적', '사용금액', '비목']);
    ws.addRow(['2022-07-04', '간담회', 132000, '기관']);
    const row = ws.addRow(['2022-07-05', '다과', null, '기관']);
    row.getCell(3).value = { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellValue;
    ws.addRow(['2022-07-06', '회의', { formula: 'NA()', result: { error: '#N/A' } }, '기관']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readTable('f.xlsx', bytes);
    const got = tableEntries(read.tables[0]!, { budgetLines: () => [{ code: '203-01', name: '기관운영업무추진비', key: '203-01' }] as never });
    expect(got.entries.map((e) => e.amount)).toEqual([132000]);
    expect(got.problems.map((p) => [p.rule, p.span.line, p.span.column, p.actual])).toEqual([
      ['import-bad-amount', 3, 3, '#DIV/0!'],
      ['import-bad-amount', 4, 3, '#N/A'],
    ]);
  });
});

describe('a workbook read as a stream', () => {
  it('gives the rows the whole-workbook reading gives: dates, times, rich text, formulas, shared strings, empty rows, every sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('내역');
    ws.addRow(['사용일자', '시간', '사용목적', '사용금액', '비목', '비고']);
    ws.addRow([new Date(Date.UTC(2022, 6, 4)), new Date(Date.UTC(1899, 11, 30, 12, 30)), '간담회', 132000, '기관', { richText: [{ text: '굵게 ' }, { text: '쓴 말' }] }]);
    ws.getCell('A2').numFmt = 'yyyy-mm-dd';
    ws.getCell('B2').numFmt = 'hh:mm';
    ws.addRow([]);
    ws.addRow(['2022-07-05 18:40', '', '다과, 음료', { formula: 'D2/2', result: 66000 }, '시책', '']);
    ws.addRow(['2022-07-06', '', '회의', { formula: 'NA()', result: { error: '#N/A' } }, '기관', { formula: '"a"&"b"', result: 'ab' }]);
    const other = wb.addWorksheet('요약');
    other.addRow(['계', 198000]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const whole = await readTable('f.xlsx', bytes);
    const streamed = await readTable('f.xlsx', bytes, 0);
    expect(whole.tables.length).toBeGreaterThan(0);
    // the one difference: a formula's error value is kept by the whole reading only
    const withoutError = (t: typeof whole) => JSON.stringify(t).replace('"#N/A"', '"=NA()"');
    expect(JSON.stringify(streamed)).toBe(withoutError(whole));
    expect(lines(whole.tables[0]!.rows)).toEqual([1, 2, 4, 5]);
    expect(whole.tables[0]!.rows.fields(1)).toEqual(['2022-07-04', '12:30', '간담회', '132000', '기관', '굵게 쓴 말']);
  });
});

describe('a workbook that says it is long', () => {
  it('is read as a stream, and a sheet that only says so is not refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('내역');
    ws.addRow(['사용일자', '사용목적', '사용금액', '비목']);
    ws.addRow(['2022-07-06', '회의', { formula: 'NA()', result: { error: '#N/A' } }, '기관']);
    // one stray cell far down: the sheet's <dimension> spans 1,000,001 rows
    ws.getCell('A1000001').value = '메모';
    const read = await readTable('f.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(read.problems).toEqual([]);
    expect(lines(read.tables[0]!.rows)).toEqual([1, 2, 1_000_001]);
    // the stream reading shows the formula, not its error value
    expect(read.tables[0]!.rows.fields(1)[2]).toBe('=NA()');
  });
});
