// The output pipeline end to end: json is the same whatever --lang says; every table command
// writes html and xlsx; --out's file ending picks the format, and contradicting it is a usage error.
import { FORMAT_NAMES } from '../../src/render/formats/index.js';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './cli.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'mayor-office-formats-'));

describe('json ignores --lang', () => {
  const commands = [['budget', 'status'], ['headcount', 'status'], ['headcount', 'trend'], ['tasks', 'list'], ['tasks', 'upcoming'], ['tasks', 'show', '1'], ['cities'], ['events'], ['council'], ['report']];
  for (const args of commands) {
    it(args.join(' '), () => {
      const ko = cli([...args, '--format', 'json', '--lang', 'ko']);
      const en = cli([...args, '--format', 'json', '--lang', 'en']);
      expect([ko.code, en.code]).toEqual([0, 0]);
      expect(JSON.parse(ko.stdout)).toBeTypeOf('object');
      expect(en.stdout).toBe(ko.stdout);
    });
  }
});

describe('every table command in every format', () => {
  it('budget status --format html is one page with the table and the chart', () => {
    const r = cli(['budget', 'status', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain("<h2>예산 집행현황 (기준 / 단위 : '21. 4. 28. / 천원)</h2>");
    expect(r.stdout).toContain('<td class="num">74,085</td>');
    expect(r.stdout).toContain('id="chart-budget"');
    expect(r.stdout).not.toMatch(/<script|<link|url\(/i);
  });

  it('budget status --format xlsx --out b.xlsx: a sheet with numbers as numbers', async () => {
    const out = join(tmp(), 'b.xlsx');
    expect(cli(['budget', 'status', '--format', 'xlsx', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    // Row 1 is the 기준일 and unit line, so the header is row 2.
    expect(ws.name).toBe('예산 집행현황');
    expect(ws.getCell('A1').value).toBe("기준일 : '21. 4. 28. / 단위 : 천원");
    expect(ws.getRow(2).values).toEqual([undefined, '구분', '예산액', '집행액', '잔액', '집행률', '진도']);
    expect(ws.getRow(3).values).toEqual([undefined, '계', 337200, 74085, 263115, 0.22, '부진 △10.3%p']);
    expect(ws.getRow(4).getCell(5).value).toBe(0.259);
    expect(ws.getRow(4).getCell(5).numFmt).toBe('0.0%');
    expect(ws.getRow(3).getCell(1).font?.bold).toBe(true);
  });

  it('headcount status --format xlsx --out h.xlsx: △ for a negative gap, kept as a number', async () => {
    const out = join(tmp(), 'h.xlsx');
    expect(cli(['headcount', 'status', '--format', 'xlsx', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(3).values).toEqual([undefined, '총계', 23, 22, -1]);
    expect(ws.getRow(3).getCell(4).numFmt).toBe('#,##0;"△"#,##0;0');
  });

  it('--out b.xlsx without --format writes a workbook; --out b.md a Markdown file', () => {
    const dir = tmp();
    expect(cli(['budget', 'status', '--out', join(dir, 'b.xlsx')]).code).toBe(0);
    expect(readFileSync(join(dir, 'b.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(cli(['budget', 'status', '--out', join(dir, 'b.md')]).code).toBe(0);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(cli(['budget', 'status', '--format', 'md']).stdout);
  });

  it('--out b.xlsx --format md is a usage error, and nothing is written', () => {
    const dir = tmp();
    const r = cli(['budget', 'status', '--out', join(dir, 'b.xlsx'), '--format', 'md', '--lang', 'en']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain("--format md does not match --out");
    expect(r.stderr).toContain('whose name says xlsx');
  });

  it('xlsx to a terminal is refused: a workbook is written to a file', () => {
    const r = cli(['headcount', 'status', '--format', 'xlsx', '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([2, 'mayor-office: the xlsx format is written to a file only: give a file name with --out report.xlsx.\n']);
  });

  it('an unknown format lists the known ones', () => {
    const r = cli(['budget', 'status', '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(FORMAT_NAMES.join(', '));
  });
});
