// mayor-office expenses import, end to end, on a copy of the second-office fixture: each family
// of disclosure comes in, a second import adds nothing, a bad row stops the write, and the file
// keeps every byte it had before the new lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiJson, bomCsvDoubled, cp949Csv, koreanXlsx, openDataCsv } from '../import/disclosures.js';
import { cli, root } from './cli.js';

let dir: string;
const data = (...p: string[]) => join(dir, 'data', ...p);
const expensesFile = () => readFileSync(data('expenses', '2022.yaml'), 'utf8');
const json = (args: string[]) => {
  const r = cli(['expenses', 'import', ...args, '--format', 'json'], dir);
  return { ...r, summary: r.stdout ? JSON.parse(r.stdout) : undefined };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mayor-import-'));
  cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, '7월.xlsx'), await koreanXlsx());
  writeFileSync(join(dir, '8월.csv'), cp949Csv());
  writeFileSync(join(dir, '9월.csv'), bomCsvDoubled());
  writeFileSync(join(dir, 'open.csv'), openDataCsv());
  writeFileSync(join(dir, 'api.json'), apiJson());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expenses import', () => {
  it('writes nothing with --dry-run', () => {
    const before = expensesFile();
    const r = json(['7월.xlsx', '--dry-run']);
    expect([r.code, r.stderr, r.summary.imported, r.summary.dryRun, r.summary.written]).toEqual([0, '', 2, true, ['data/expenses/2022.yaml']]);
    expect(expensesFile()).toBe(before);
  });

  it('appends every family, one flow line per entry, after the file as it was', () => {
    const before = expensesFile();
    const r = json(['7월.xlsx', '8월.csv', '9월.csv', 'open.csv', 'api.json', '--dept', '디지털정책과']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const s = r.summary;
    expect([s.rows, s.imported, s.duplicates, s.bad]).toEqual([14, 10, 2, 0]);
    expect(s.files.map((f: { file: string; imported: number; duplicates: number; skipped: number }) => [f.file, f.imported, f.duplicates, f.skipped])).toEqual([
      ['7월.xlsx', 2, 0, 1],
      ['8월.csv', 2, 0, 0],
      ['9월.csv', 2, 2, 0],
      ['open.csv', 2, 0, 1],
      ['api.json', 2, 0, 0],
    ]);
    // 8월: 250,000 (203-01) + 30,000 (203-03) + open.csv's 96,000 (203-01) of 30 August.
    expect(s.totals).toEqual([
      { month: '2022-07', line: '203-01', count: 1, amount: 132000 },
      { month: '2022-07', line: '203-03', count: 1, amount: 45000 },
      { month: '2022-08', line: '203-01', count: 2, amount: 346000 },
      { month: '2022-08', line: '203-03', count: 1, amount: 30000 },
      { month: '2022-09', line: '203-01', count: 2, amount: 230000 },
      { month: '2022-09', line: '203-03', count: 1, amount: 60000 },
      { month: '2022-10', line: '203-01', count: 1, amount: 210000 },
      { month: '2022-10', line: '203-03', count: 1, amount: 55000 },
    ]);
    const after = expensesFile();
    expect(after.startsWith(before)).toBe(true);
    const added = after.slice(before.length).split('\n').filter((l) => l !== '');
    expect(added).toHaveLength(10);
    expect(added[0]).toBe('  - { date: 2022-07-04, time: "12:30", line: 203-01, amount: 132000, purpose: 유관기관 간담회, place: 중구 소재 식당, attendees: 과장 외 4명, payment: 법인카드, dept: 디지털정책과 }');
    // 8월.csv names no department: with --dept its rows are that department's.
    expect(added[2]).toBe('  - { date: 2022-08-03, time: "18:40", line: 203-01, amount: 250000, purpose: 협력 회의, place: 종로구 소재 식당, attendees: 국장 외 6명, payment: 카드, dept: 디지털정책과 }');
    expect(added[5]).toBe('  - { date: 2022-09-05, line: 203-03, amount: 60000, purpose: 정책 설명회, payment: "카드,제로페이", dept: 디지털정책과 }');
    expect(cli(['validate'], dir).code).toBe(0);
  });

  it('adds nothing the second time', () => {
    const before = expensesFile();
    const r = json(['7월.xlsx', '8월.csv', '9월.csv', 'open.csv', 'api.json', '--dept', '디지털정책과']);
    expect([r.code, r.summary.imported, r.summary.duplicates]).toEqual([0, 0, 12]);
    expect(expensesFile()).toBe(before);
  });

  it('prints the summary table in Korean', () => {
    const r = cli(['expenses', 'import', '8월.csv'], dir);
    expect(r.stdout.split('\n')[0]).toBe('업무추진비 가져오기');
    expect(r.stdout).toContain('│   8월.csv │ csv cp949 korean │       2 │      0 │    2 │         0 │    0 │      0 │');
  });

  it('locates bad rows, exits 1 and writes nothing; --skip-bad imports the rest', () => {
    writeFileSync(join(dir, 'bad.csv'), ['사용일자,사용목적,사용금액,비목', '2022-11-31,간담회,50000,기관', '2022-11-02,다과,12.5,시책', '2022-11-03,격려,40000,부서', '2022-11-04,회의,10000,기관'].join('\n'));
    const before = expensesFile();
    const r = cli(['expenses', 'import', 'bad.csv', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.csv:2:1 error 사용일자: '2022-11-31' in column 사용일자 is not a date that exists");
    expect(r.stderr).toContain("bad.csv:3:3 error 사용금액: '12.5' in column 사용금액 is not an amount");
    expect(r.stderr).toContain('bad.csv:4:4 error 비목: 비목 \'부서\' (203-04 부서운영업무추진비) is not in the 2022 budget; add a 203-04 line (부서운영업무추진비) to the budget');
    expect(r.stderr).not.toContain('did you mean');
    expect(expensesFile()).toBe(before);
    const skip = json(['bad.csv', '--skip-bad']);
    expect([skip.code, skip.summary.imported, skip.summary.bad]).toEqual([1, 1, 3]);
    expect(expensesFile().slice(before.length)).toBe('  - { date: 2022-11-04, line: 203-01, amount: 10000, purpose: 회의 }\n');
  });

  it('says what a header lacks and that a picture is not a table', () => {
    writeFileSync(join(dir, 'h.csv'), '제목\n날,목적,돈\n2022-01-01,x,1\n');
    writeFileSync(join(dir, 'p.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const r = cli(['expenses', 'import', 'h.csv', 'p.png', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('h.csv:2:1 error no header row found: of the columns needed (사용일자, 사용금액), 사용일자, 사용금액 missing; columns found: 날, 목적, 돈');
    expect(r.stderr).toContain('p.png:1:1 error the file cannot be read as a table (it is not text)');
  });

  it("gives a department without a file of its own a file beside the office's; --year leaves other years out", () => {
    const none = json(['open.csv', '--dept', '스마트도시과', '--year', '2021']);
    expect([none.code, none.summary.imported, none.summary.skipped, none.summary.written]).toEqual([0, 0, 3, []]);
    const r = json(['open.csv', '--dept', '스마트도시과', '--year', '2022']);
    expect([r.code, r.stderr, r.summary.imported, r.summary.written]).toEqual([0, '', 1, ['data/expenses/2022-스마트도시과.yaml']]);
    expect(readFileSync(data('expenses', '2022-스마트도시과.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../../../schemas/expenses.schema.json\nkind: expenses\nfiscal_year: 2022\nunit: 원\ndept: 스마트도시과\nentries:\n  - { date: 2022-09-20, time: "13:10", line: 203-01, amount: 70000, purpose: 다른 과 간담회, place: 시청 인근 식당, attendees: 과장 외 3명, payment: 카드 }\n',
    );
    expect(cli(['validate'], dir).code).toBe(0);
  });

  it('creates the fiscal year file, with the schema modeline, when there is none', () => {
    writeFileSync(join(dir, '2023.csv'), '사용일자,사용목적,사용금액,비목\n2023-01-05,신년 간담회,70000,203-01\n');
    writeFileSync(data('budget', '2023.yaml'), readFileSync(data('budget', '2022.yaml'), 'utf8').replace('fiscal_year: 2022', 'fiscal_year: 2023').replace(/\nadjustments:[\s\S]*$/, '\n'));
    const r = json(['2023.csv']);
    expect([r.code, r.stderr, r.summary.written]).toEqual([0, '', ['data/expenses/2023.yaml']]);
    expect(readFileSync(data('expenses', '2023.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../../../schemas/expenses.schema.json\nkind: expenses\nfiscal_year: 2023\nunit: 원\nentries:\n  - { date: 2023-01-05, line: 203-01, amount: 70000, purpose: 신년 간담회 }\n',
    );
    expect(existsSync(data('expenses', '2023.yaml'))).toBe(true);
  });
});

describe('validate on expense entries as disclosed', () => {
  it('asks for a known line the budget lacks, warns of an empty purpose, needs a type for a negative amount', () => {
    const d = mkdtempSync(join(tmpdir(), 'mayor-vocab-'));
    try {
      cpSync(join(root, 'test', 'fixtures', 'other-office'), join(d, 'data'), { recursive: true });
      const f = join(d, 'data', 'expenses', '2022.yaml');
      writeFileSync(f, readFileSync(f, 'utf8') + '  - { date: 2022-06-29, line: 203-04, amount: 1000, purpose: 부서 회의 }\n  - { date: 2022-06-29, line: 203-01, amount: 1000, purpose: "" }\n');
      // A second file, of one department: its schema problems do not hide the first file's.
      writeFileSync(
        join(d, 'data', 'expenses', '2022-team.yaml'),
        'kind: expenses\nfiscal_year: 2022\nunit: 원\ndept: 데이터팀\nentries:\n  - { date: 2022-06-29, line: 203-01, amount: -1000, purpose: 취소 }\n  - { date: 2022-06-29, line: 203-01, amount: -1000, purpose: 취소, type: 반납 }\n',
      );
      const r = cli(['validate', '--lang', 'en', '--format', 'json'], d);
      expect(r.code).toBe(1);
      // The expense files' problems (the fixture's work items carry a warning of their own).
      const ps = (JSON.parse(r.stdout).problems as { file: string; rule: string; severity: string; line: number; hint: string }[]).filter((p) => p.file.includes('/expenses/'));
      expect(ps.map((p) => [p.file.split('/').pop(), p.line, p.severity, p.rule])).toEqual([
        ['2022-team.yaml', 6, 'error', 'schema-negative'],
        ['2022-team.yaml', 7, 'error', 'schema-required'],
        ['2022.yaml', 21, 'error', 'unknown-budget-line'],
        ['2022.yaml', 22, 'warning', 'expense-purpose-empty'],
      ]);
      expect(ps[0]!.hint).toBe('for a refund or correction, add type: 반납 (or 정정) and a reason');
      expect(ps[2]!.hint).toBe('add a 203-04 line (부서운영업무추진비) to the budget');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
