// Each family of disclosure, read from bytes to entries: what comes in, what is skipped and
// why, and where a row that cannot be read is.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readTable } from '../../src/import/readTable.js';
import { tableEntries } from '../../src/import/tableEntries.js';
import type { Problem } from '../../src/model/problem.js';
import { budgetLines as budgetLinesOf } from '../../src/compute/expenseVocabulary.js';
import { apiJson, bomCsvDoubled, cp949Csv, koreanXlsx, openDataCsv } from './disclosures.js';

const LINES = budgetLinesOf({
  lines: [
    { code: '203-01', name: '기관운영업무추진비' },
    { code: '203-03', name: '시책추진업무추진비' },
  ],
});
const budgetLines = (year: number) => (year === 2022 ? LINES : undefined);

async function entriesOf(file: string, bytes: Uint8Array, dept?: string) {
  const read = await readTable(file, bytes);
  expect(read.problems).toEqual([]);
  const got = tableEntries(read.tables[0]!, { budgetLines, ...(dept ? { dept } : {}) });
  return { read, got, entries: got.entries };
}
const located = (ps: readonly Problem[]) => ps.map((p) => `${p.span.file}:${p.span.line}:${p.span.column} ${p.rule} ${p.params['column']}=${p.actual}`);

describe('import of each disclosure family', () => {
  it('a Korean xlsx: header under a title row, 합계 row skipped, date cells and text dates', async () => {
    const { got, entries } = await entriesOf('7월.xlsx', await koreanXlsx());
    expect(entries).toEqual([
      { date: '2022-07-04', time: '12:30', line: '203-01', amount: 132000, purpose: '유관기관 간담회', place: '중구 소재 식당', attendees: '과장 외 4명', payment: '법인카드', dept: '디지털정책과' },
      { date: '2022-07-12', line: '203-03', amount: 45000, purpose: '자문회의 다과', place: '시청 회의실', payment: '제로페이', dept: '디지털정책과' },
    ]);
    expect([got.family, got.rowsRead, got.skipped.total, got.bad]).toEqual(['korean', 3, 1, 0]);
    expect(got.rows).toEqual([4, 5]);
  });

  it('a CP949 CSV with 집행- headers, a time in the date and 구분 as the 비목', async () => {
    const { read, entries } = await entriesOf('8월.csv', cp949Csv());
    expect(read.encoding).toBe('cp949');
    expect(entries).toEqual([
      { date: '2022-08-03', time: '18:40', line: '203-01', amount: 250000, purpose: '협력 회의', place: '종로구 소재 식당', attendees: '국장 외 6명', payment: '카드' },
      { date: '2022-08-10', line: '203-03', amount: 30000, purpose: '현장 점검 다과', place: '시청', payment: '현금' },
    ]);
  });

  it('a BOM CSV holding every row twice gives both copies (the import counts them as duplicates)', async () => {
    const { read, entries } = await entriesOf('9월.csv', bomCsvDoubled());
    expect(read.encoding).toBe('utf-8-bom');
    expect(entries.map((e) => [e.date, e.line, e.amount, e.payment])).toEqual([
      ['2022-09-02', '203-01', 80000, '부서카드'],
      ['2022-09-05', '203-03', 60000, '카드,제로페이'],
      ['2022-09-02', '203-01', 80000, '부서카드'],
      ['2022-09-05', '203-03', 60000, '카드,제로페이'],
    ]);
  });

  it("the open-data CSV: the purpose the short header leaves out, exec_dt's time, the department's rows only", async () => {
    const { got, entries } = await entriesOf('open.csv', openDataCsv(), '디지털정책과');
    expect(entries).toEqual([
      { date: '2022-08-30', time: '19:10', line: '203-01', amount: 96000, purpose: '유관기관 협의', place: '중구 소재 식당', attendees: '과장 외 2명', payment: '카드', dept: '디지털정책과' },
      { date: '2022-09-14', time: '12:00', line: '203-01', amount: 150000, purpose: '민원 대응 격려', place: '시청 인근 식당', attendees: '팀장 외 5명', payment: '제로페이', dept: '디지털정책과' },
    ]);
    expect([got.family, got.skipped['other-dept']]).toEqual(['open-data', 1]);
  });

  it('the open API JSON rows', async () => {
    const { read, got, entries } = await entriesOf('api.json', apiJson());
    expect([read.format, got.family]).toEqual(['json', 'open-api']);
    expect(entries).toEqual([
      { date: '2022-10-05', time: '10:00', line: '203-03', amount: 55000, purpose: '정책 토론회 다과', place: '시청 회의실', attendees: '직원 10명', payment: '카드', dept: '디지털정책과' },
      { date: '2022-10-19', line: '203-01', amount: 210000, purpose: '직원 격려 간담회', place: '시청 회의실', attendees: '직원 10명', payment: '제로페이', dept: '디지털정책과' },
    ]);
  });
});

describe('what cannot be read', () => {
  const csv = (text: string) => new TextEncoder().encode(text);

  it('locates each bad value by file, row and column, naming the column and the value', async () => {
    const text = ['사용일자,사용목적,사용금액,비목', '2022-02-30,간담회,50000,기관', '2022-03-02,다과,오만원,시책', '2022-03-03,격려,10000,부서', '2022-03-04,회의,10000,기관운영업무추친비', '2022-03-05,회의,10000,'].join('\n');
    const read = await readTable('bad.csv', csv(text));
    const got = tableEntries(read.tables[0]!, { budgetLines });
    expect(located(got.problems)).toEqual([
      'bad.csv:2:1 import-bad-date 사용일자=2022-02-30',
      'bad.csv:3:3 import-bad-amount 사용금액=오만원',
      'bad.csv:4:4 import-line-not-in-budget 비목=부서',
      'bad.csv:5:4 import-line-unknown 비목=기관운영업무추친비',
      'bad.csv:6:4 import-missing-value 비목=',
    ]);
    expect(got.problems[2]!.params['addLine']).toBe('203-04');
    expect(got.problems[3]!.params['suggestion']).toBe('203-01');
    expect([got.bad, got.entries.length]).toEqual([5, 0]);
  });

  it('skips a header repeated between pages, blank rows and a footnote', async () => {
    const text = ['사용일자,사용목적,사용금액,비목', '2022-03-02,다과,5000,시책', ',,,', '사용일자,사용목적,사용금액,비목', '2022-03-03,회의,7000,기관', '※ 자료: 디지털정책과,,,'].join('\n');
    const read = await readTable('pages.csv', csv(text));
    const got = tableEntries(read.tables[0]!, { budgetLines });
    expect([got.entries.map((e) => e.amount), got.skipped.header, got.skipped.blank, got.skipped.note, got.problems]).toEqual([[5000, 7000], 1, 1, 1, []]);
  });

  it('says which columns a header lacks and which it found', async () => {
    const read = await readTable('h.csv', csv('날,목적,돈\n2022-01-01,x,1\n'));
    const got = tableEntries(read.tables[0]!, { budgetLines });
    expect(got.problems.map((p) => [p.rule, p.params['missing'], p.params['found']])).toEqual([['import-header-unmapped', ['사용일자', '사용금액'], ['날', '목적', '돈']]]);
  });

  it('says a file is not a table', async () => {
    const rules = async (bytes: Uint8Array) => (await readTable('x', bytes)).problems.map((p) => p.params['reason']);
    expect(await rules(new Uint8Array())).toEqual(['empty']);
    expect(await rules(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))).toEqual(['binary']);
    expect(await rules(csv('just one line of prose'))).toEqual(['text']);
    expect(await rules(csv('{"a": 1}'))).toEqual(['json']);
    expect(await rules(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual(['zip']);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('1');
    expect(await rules(new Uint8Array(await empty.xlsx.writeBuffer()))).toEqual(['empty']);
  });
});

describe('a budget with programs', () => {
  const csv = (text: string) => new TextEncoder().encode(text);
  // 203-01 under both programs, 203-03 under one.
  const lines = budgetLinesOf({
    programs: [
      { code: '2024110100010101', name: '구정 홍보', lines: [{ code: '203-01', name: '기관운영업무추진비' }, { code: '203-03', name: '시책추진업무추진비' }] },
      { code: '2024110100020101', name: '주민 소통', lines: [{ code: '203-01', name: '기관운영업무추진비' }] },
    ],
  });
  const programLines = (year: number) => (year === 2024 ? lines : undefined);

  it('a 세부사업 column by name or code gives the entry its program; a line under one program needs none', async () => {
    const text = ['사용일자,사용목적,세부사업,비목,사용금액', '2024-06-04,간담회,구정 홍보,기관운영업무추진비,980400', '2024-06-12,다과,2024110100020101,203-01,615000', '2024-06-20,회의,,시책,50000'].join('\n');
    const read = await readTable('2024-06.csv', csv(text));
    const got = tableEntries(read.tables[0]!, { budgetLines: programLines });
    expect(got.problems).toEqual([]);
    expect(got.entries.map((e) => [e.line, e.program])).toEqual([
      ['203-01', '2024110100010101'],
      ['203-01', '2024110100020101'],
      ['203-03', '2024110100010101'],
    ]);
  });

  it('a line under several programs without one, and a program the budget lacks, are located at their cells', async () => {
    const text = ['사용일자,사용목적,세부사업,비목,사용금액', '2024-06-04,간담회,,기관운영업무추진비,980400', '2024-06-05,간담회,구정 홍보사업,기관운영업무추진비,10000'].join('\n');
    const read = await readTable('2024-06.csv', csv(text));
    const got = tableEntries(read.tables[0]!, { budgetLines: programLines });
    expect(located(got.problems)).toEqual(['2024-06.csv:2:4 import-line-ambiguous 비목=기관운영업무추진비', '2024-06.csv:3:3 import-program-unknown 세부사업=구정 홍보사업']);
    expect(got.problems[0]!.params['programs']).toEqual(['2024110100010101', '2024110100020101']);
    expect(got.entries).toEqual([]);
  });
});

describe('합계 rows, however the word is written', () => {
  it('skips a total row whose word is spaced, bracketed, starred or in capitals, and imports the rest', async () => {
    const written = ['합계', '합 계', '소계(원)', '*누계', 'TOTAL', 'To tal', 'total[원]'];
    const rows = ['사용일자,비목,사용금액,사용목적', '2022-03-02,기관운영업무추진비,50000,간담회', ...written.map((w) => `${w},,50000,`)];
    const { entries, got } = await entriesOf('t.csv', new TextEncoder().encode(rows.join('\n') + '\n'));
    expect(entries.map((e) => e.amount)).toEqual([50000]);
    expect(got.skipped.total).toBe(written.length);
  });
});
