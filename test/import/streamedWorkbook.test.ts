// A workbook read as a stream and stopped at the row limit leaves nothing in the OS temp folder:
// exceljs copies a sheet that comes before the shared strings in the zip to a temporary file and
// removes it only when the reading goes past that sheet.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readTable } from '../../src/import/readTable.js';

/** Two sheets of 20 rows, zipped with xl/sharedStrings.xml after the sheets. */
async function sharedStringsLast(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of ['내역', '요약']) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['사용일자', '사용목적', '사용금액', '비목']);
    for (let i = 1; i < 20; i++) ws.addRow([`2022-07-${String(i).padStart(2, '0')}`, `간담회 ${i}`, 1000 * i, '기관']);
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  // The workbook and its relations first (the stream reader needs them before a sheet), then
  // the sheets, then the shared strings.
  const last = (n: string): number => (n === 'xl/sharedStrings.xml' ? 2 : n.startsWith('xl/worksheets/') ? 1 : 0);
  const out = new JSZip();
  for (const n of names.sort((a, b) => last(a) - last(b))) out.file(n, await zip.file(n)!.async('uint8array'));
  expect(Object.keys(out.files).filter((n) => n.startsWith('xl/')).at(-1)).toBe('xl/sharedStrings.xml');
  return out.generateAsync({ type: 'uint8array' });
}

const exceljsTemp = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

describe('a streamed workbook stopped at the row limit', () => {
  it('is refused as too many rows and its temporary sheet files are gone', async () => {
    const bytes = await sharedStringsLast();
    const before = new Set(exceljsTemp());
    const read = await readTable('big.xlsx', bytes, 0, 10);
    expect(read.problems.map((p) => p.params['reason'])).toEqual(['too-many-rows']);
    // exceljs removes a file once it is past it; give its unlink a moment.
    await new Promise((r) => setTimeout(r, 100));
    expect(exceljsTemp().filter((f) => !before.has(f))).toEqual([]);
    // Under the limit, the same workbook reads to its end (its amounts; exceljs's stream reader
    // gives the text of a sheet read before the shared strings as a bare index, read as empty).
    const whole = await readTable('big.xlsx', bytes, 0, 100);
    expect(whole.problems).toEqual([]);
    expect(whole.tables[0]!.rows.map((r) => r.fields[2])).toEqual(['', ...Array.from({ length: 19 }, (_, i) => String(1000 * (i + 1)))]);
  });
});
