// A formula that failed in the office's workbook (#DIV/0!, #N/A …) is named as what it is, at
// its cell, not called an empty cell.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/import/readTable.js';
import { tableEntries } from '../../src/import/tableEntries.js';

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
    expect(got.entries.map((e) => e.entry.amount)).toEqual([132000]);
    expect(got.problems.map((p) => [p.rule, p.span.line, p.span.column, p.actual])).toEqual([
      ['import-bad-amount', 3, 3, '#DIV/0!'],
      ['import-bad-amount', 4, 3, '#N/A'],
    ]);
  });
});
