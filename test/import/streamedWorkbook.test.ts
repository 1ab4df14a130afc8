// A workbook read as a stream and stopped at the row limit leaves nothing in the OS temp folder:
// exceljs copies a sheet that comes before the shared strings in the zip to a temporary file and
// removes it only when the reading goes past that sheet.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readTable } from '../../src/import/readTable.js';
import type { ReadTable } from '../../src/import/readTable.js';

/** What was read, each table's rows as a list of lines and fields (to compare two readings). */
const asRead = (read: ReadTable) => ({ ...read, tables: read.tables.map((t) => ({ file: t.file, rows: Array.from({ length: t.rows.length }, (_, r) => ({ line: t.rows.line(r), fields: t.rows.fields(r) })) })) });

/** Two sheets of 20 rows, zipped with xl/sharedStrings.xml after the sheets. */
async function sharedStringsLast(sheets: readonly string[] = ['내역', '요약']): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const name of sheets) {
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
    // Under the limit, a workbook of several sheets stored so is refused whole: the stream reader
    // can lose a sheet read before the shared strings (never imported in part).
    const several = await readTable('big.xlsx', bytes, 0, 100);
    expect(several.problems.map((p) => p.params['reason'])).toEqual(['stream-sheets-lost']);
    // One sheet stored so reads to its end, text and all (the stream reader gives its text cells
    // as bare indexes; the import puts the shared strings in their place), as read whole.
    const one = await sharedStringsLast(['내역']);
    const streamed = await readTable('big.xlsx', one, 0, 100);
    expect(streamed.problems).toEqual([]);
    expect(streamed.tables[0]!.rows.fields(1)).toEqual(['2022-07-01', '간담회 1', '1000', '기관']);
    expect(asRead(streamed)).toEqual(asRead(await readTable('big.xlsx', one)));
  });
});
