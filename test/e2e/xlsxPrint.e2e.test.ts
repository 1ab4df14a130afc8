// Every command's workbook prints as an office hands it in: A4 landscape, one page wide, the
// header rows repeated and frozen, one named font in every written cell, figures stored as
// numbers and dates as dates, 기준일 above the header; XML-forbidden characters never reach it.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, root } from './cli.js';
import { xmlSafe } from '../../src/render/formats/officeZip.js';

async function workbook(args: string[]): Promise<ExcelJS.Workbook> {
  const out = join(mkdtempSync(join(tmpdir(), 'mayor-office-print-')), 'w.xlsx');
  expect(cli([...args, '--format', 'xlsx', '--out', out]).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

function checkPrint(ws: ExcelJS.Worksheet, headerRows: string): void {
  const p = ws.pageSetup;
  expect([p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight]).toEqual([9, 'landscape', true, 1, 0]);
  expect(p.printTitlesRow).toBe(headerRows);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: Number(headerRows.split(':')[1]) });
  expect(String(ws.getCell('A1').value)).toMatch(/^기준일 : '\d\d\. \d+\. \d+\./);
  const fonts = new Set<string>();
  ws.eachRow((row) => row.eachCell((cell) => void fonts.add(`${cell.font?.name}/${cell.font?.size}`)));
  expect([...fonts]).toEqual(['맑은 고딕/10']);
}

describe('xlsx print setup', () => {
  it('report: every sheet A4 landscape, one page wide, titles repeated, one font, numbers and dates', async () => {
    const wb = await workbook(['report']);
    for (const ws of wb.worksheets) checkPrint(ws, '2:2');
    const budget = wb.getWorksheet('예산 집행현황')!;
    for (let c = 3; c <= 7; c++) expect(typeof budget.getCell(4, c).value).toBe('number');
    // Rates are stored as shown: 3.7% is 0.037, not 0.037000000000000005.
    expect(budget.getCell('G5').value).toBe(0.037);
    const schedule = wb.getWorksheet('주요업무 일정')!;
    const dates = [5, 6].flatMap((c) => schedule.getColumn(c).values.slice(3).filter((v) => v !== null && v !== undefined));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toBeInstanceOf(Date);
    // Column widths fit Korean text (two columns a character): 주요 업무 titles are wide.
    expect(schedule.getColumn(2).width).toBeGreaterThanOrEqual(40);
  });

  it('budget status: the same print setup; numbers are numbers', async () => {
    const ws = (await workbook(['budget', 'status'])).worksheets[0]!;
    checkPrint(ws, '2:2');
    expect(ws.getRow(3).values).toEqual([undefined, '계', 337200, 74085, 263115, 0.22, '부진 △10.3%p']);
    // The widest Korean line name (9 characters, 18 columns) fits its column.
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(18);
  });

  it('a budget with an unknown 예산액: – in a column of figures is aligned with them, right', async () => {
    const ws = (await workbook(['--data', join(root, 'test/fixtures/district'), 'budget', 'status'])).worksheets[0]!;
    checkPrint(ws, '2:2');
    const total = ws.getRow(3);
    expect(total.values).toEqual([undefined, '계', '–', '–', 14, '–', '–', '–']);
    // 예산액, 예산현액, 잔액 and 집행률 are figures; 구분 and 진도 are text columns.
    for (const c of [2, 3, 5, 6]) expect(total.getCell(c).alignment).toMatchObject({ horizontal: 'right' });
    for (const c of [1, 7]) expect(total.getCell(c).alignment?.horizontal).toBeUndefined();
  });

  it('headcount status: the same print setup', async () => {
    const ws = (await workbook(['headcount', 'status'])).worksheets[0]!;
    checkPrint(ws, '2:2');
  });

  it('headcount status --by grade: a grouped two-row header with merged cells, both rows repeated and frozen', async () => {
    const ws = (await workbook(['headcount', 'status', '--by', 'grade'])).worksheets[0]!;
    checkPrint(ws, '2:3');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['C2:H2', 'I2:M2', 'A2:A3', 'B2:B3']));
    expect(ws.getRow(3).values).toEqual([undefined, '구분', '총계', '소계', '3급', '5급', '6급', '7급', '8·9급', '소계', '4급상당', '5급상당', '6급상당', '7~9급상당']);
    expect(ws.getRow(4).values).toEqual([undefined, '정원', 23, 7, 1, 2, 2, 1, 1, 16, 2, 12, 2, 0]);
  });

  it('characters XML forbids are dropped, the rest kept', () => {
    expect(xmlSafe('a\u0001b\u000bc\td\ne\uFFFE한\uD800글')).toBe('abc\td\ne한글');
    expect(xmlSafe('😀')).toBe('😀');
  });

  it('each sheet prints its table\'s title at the head of every page, and the workbook is dated by its records', async () => {
    const budget = await workbook(['budget', 'status']);
    const ws = budget.worksheets[0]!;
    expect(ws.headerFooter.oddHeader).toBe("&C예산 집행현황 (기준 / 단위 : '21. 4. 28. / 천원)");
    expect(ws.headerFooter.oddFooter).toBe('&C- &P -');
    expect(budget.created.toISOString()).toBe('2021-04-28T00:00:00.000Z');
    const headcount = await workbook(['headcount', 'status', '--as-of', '2021-05-01']);
    expect(headcount.created.toISOString()).toBe('2021-04-28T00:00:00.000Z');
    const report = await workbook(['report']);
    expect(report.worksheets.map((w) => w.headerFooter.oddHeader)).toEqual(report.worksheets.map((w) => `&C${w.name}`));
  });
});
