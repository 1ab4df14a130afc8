// A list a schema declares (`x-list`) is a report like the others: its rows from every record of
// its kind in the declared order, money in the records' unit, every format, json the rows, and
// the no-records rule of its kind. The declarations here are the test's own, over the budget
// lines and the expense entries; no product schema needs to hold one.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memorySource, openOffice } from '../../src/engine/office.js';
import { listReport } from '../../src/engine/listReport.js';
import { runReportOrEmpty } from '../../src/engine/noRecords.js';
import { FORMATS } from '../../src/engine/output.js';
import type { ListDeclaration } from '../../src/model/records.js';
import { noticeText } from '../../src/messages/cliText.js';
import { BUDGET_LINES_LIST } from '../model/budgetLinesList.js';

const LINES: ListDeclaration = { kind: 'budget', ...BUDGET_LINES_LIST };

const budget = (year: number, unit: string, lines: string): string => `kind: budget\nfiscal_year: ${year}\nunit: ${unit}\nlines:\n${lines}`;
const B2021 = budget(2021, '천원', '  - { code: 203-01, name: 기관운영업무추진비, budget: 41200 }\n  - { code: 203-03, name: 시책추진업무추진비, budget: 236000 }\n  - { code: 202-01, name: 국내여비 }\n');
const B2022 = budget(2022, '천원', '  - { code: 203-01, name: 기관운영업무추진비, budget: 41200 }\n');
const B2022WON = budget(2022, '원', '  - { code: 203-01, name: 기관운영업무추진비, budget: 41200500 }\n');

const OFFICE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'secretariat', 'data', 'office.yaml'), 'utf8');
const view = { lang: 'ko', color: false } as const;
const OPTS = { lang: 'ko', color: false, bom: false } as const;

async function run(decl: ListDeclaration, files: Record<string, string>, lang: 'ko' | 'en' = 'ko') {
  const office = openOffice(memorySource(files, 'data/'));
  expect(office.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const ran = await runReportOrEmpty(listReport(decl), () => office, {}, [], { ...view, lang });
  if (!ran.ok) throw new Error(`refused: ${JSON.stringify(ran.refusal)}`);
  return ran.value;
}

describe('a list declared in a schema', () => {
  it('is a report of the registry’s shape: its name, words, kind and every format', () => {
    const spec = listReport(LINES);
    expect([spec.name, spec.label, spec.summary, spec.needs, spec.shows]).toEqual(['budget lines', LINES.label, LINES.summary, ['budget'], 'budget']);
    expect(spec.options.map((o) => o.flags)).toEqual(['--format <format>', '--out <file>', '--bom', '--no-bom']);
  });

  it('lists every row of every record of its kind, in the declared order, missing values last', async () => {
    const v = await run(LINES, { 'data/budget/2021.yaml': B2021, 'data/budget/2022.yaml': B2022 });
    // Sorted by budget from high to low, then code; the line without a budget last.
    expect((v.doc.data as { code: string; budget?: number }[]).map((r) => [r.code, r.budget])).toEqual([
      ['203-03', 236000],
      ['203-01', 41200],
      ['203-01', 41200],
      ['202-01', undefined],
    ]);
    expect(v.notices).toEqual([]);
    const table = String(await FORMATS.table.write(v.doc, OPTS));
    expect(table).toContain('예산 과목 (단위 : 천원)');
    expect(table).toMatch(/203-03 +│ 시책추진업무추진비 +│ +236,000 │/);
    expect(table).toMatch(/202-01 +│ 국내여비 +│ +- │/);
  });

  it('shows money of records in two units in 원, exactly', async () => {
    const v = await run(LINES, { 'data/budget/2021.yaml': B2021, 'data/budget/2022.yaml': B2022WON });
    const csv = String(await FORMATS.csv.write(v.doc, OPTS));
    expect(csv.split('\r\n').slice(0, 5)).toEqual(['과목,과목명,예산액', '203-03,시책추진업무추진비,236000000', '203-01,기관운영업무추진비,41200500', '203-01,기관운영업무추진비,41200000', '202-01,국내여비,']);
    const md = String(await FORMATS.md.write(v.doc, OPTS));
    expect(md).toContain('예산 과목 (단위 : 원)');
  });

  it('words its table in the language of the run; json is the same rows in both', async () => {
    const files = { 'data/budget/2021.yaml': B2021 };
    const en = await run(LINES, files, 'en');
    const ko = await run(LINES, files, 'ko');
    expect(String(await FORMATS.table.write(en.doc, { ...OPTS, lang: 'en' }))).toMatch(/Budget lines \(unit: 천원\)[\s\S]*Code +│ Name +│ +Budget/);
    expect(await FORMATS.json.write(en.doc, OPTS)).toBe(await FORMATS.json.write(ko.doc, OPTS));
    expect(JSON.parse(String(await FORMATS.json.write(en.doc, OPTS)))[0]).toEqual({ code: '203-03', name: '시책추진업무추진비', budget: 236000 });
    for (const name of ['html', 'xlsx', 'docx'] as const) expect((await FORMATS[name].write(en.doc, OPTS)).length).toBeGreaterThan(100);
  });

  it('takes each record as a row when it names no array, with dates and counts', async () => {
    const entries: ListDeclaration = {
      kind: 'expenses',
      command: 'expenses short',
      label: { ko: '집행 건', en: 'Entries' },
      summary: { ko: '집행 건', en: 'entries' },
      rows: 'entries',
      columns: [
        { field: 'date', ko: '일자', en: 'Date', show: 'date' },
        { field: 'attendees', ko: '대상', en: 'Attendees', show: 'text' },
        { field: 'amount', ko: '금액', en: 'Amount', show: 'money' },
      ],
      sort: ['date'],
    };
    const exp = 'kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n  - { date: 2021-05-03, line: 203-01, amount: 45000, purpose: b, attendees: 시장 외 3명 }\n  - { date: 2021-04-30, line: 203-01, amount: 1250000, purpose: a }\n';
    const v = await run(entries, { 'data/budget/2021.yaml': B2021, 'data/expenses/2021.yaml': exp });
    const table = String(await FORMATS.table.write(v.doc, OPTS));
    // Korean dates as the office writes them, the earlier first; no value is '-'.
    expect(table).toMatch(/'21\. 4\. 30\. +│ - +│ +1,250,000 │\n[^\n]*'21\. 5\. 3\. +│ 시장 외 3명 │ +45,000 │/);
    const offices: ListDeclaration = { ...entries, kind: 'budget', command: 'budget years', rows: undefined as never, columns: [{ field: 'fiscal_year', ko: '연도', en: 'Year', show: 'count' }, { field: 'unit', ko: '단위', en: 'Unit', show: 'text' }], sort: ['-fiscal_year'] };
    delete (offices as { rows?: string }).rows;
    const years = await run(offices, { 'data/budget/2021.yaml': B2021, 'data/budget/2022.yaml': B2022WON });
    expect(years.doc.data).toEqual([expect.objectContaining({ kind: 'budget', fiscal_year: 2022 }), expect.objectContaining({ kind: 'budget', fiscal_year: 2021 })]);
    // A count right-aligned and grouped by thousands, as every figure of a table.
    expect(String(await FORMATS.table.write(years.doc, OPTS))).toMatch(/│ +2,022 │ 원 +│\n[^\n]*│ +2,021 │ 천원 │/);
  });

  it('without records of its kind: an empty table and the note of its kind, in words made from the kind', async () => {
    const v = await run(LINES, { 'data/office.yaml': OFFICE });
    expect(v.notices).toEqual([{ reason: 'no-records', kind: 'budget', folder: 'data/' }]);
    expect(v.doc.data).toEqual([]);
    expect(noticeText('en', v.notices[0]!)).toBe("no budget records in data/, so the table is empty: add the year's budget as data/budget/YYYY.yaml with kind: budget (kinds and fields: docs/records.md).");
    // A kind without words of its own (any new kind) is worded from the kind.
    expect(noticeText('en', { reason: 'no-records', kind: 'ordinances', folder: 'data/' })).toBe('no records of kind ordinances in data/, so the table is empty: write them as data/ordinances.yaml with kind: ordinances (kinds and fields: docs/records.md).');
    expect(noticeText('ko', { reason: 'no-records', kind: 'ordinances', folder: 'data/' })).toBe('data/에 ordinances 기록이 없어 빈 표를 냅니다: data/ordinances.yaml에 kind: ordinances(으)로 적으세요 (종류와 필드: docs/records.md).');
  });
});
