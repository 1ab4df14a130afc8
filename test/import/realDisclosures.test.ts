// Real public disclosures (test/fixtures/real-disclosures, sources in SOURCES.md there) through
// the whole import: every row is accounted for, the amounts add up to what an independent CSV
// reader (Python's csv module) sums from the same files, and no copy of a payment is counted
// twice — not on a second import, not from a copy in decomposed Hangul or with a renamed header,
// not after the same payment was added by hand.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importExpenses } from '../../src/engine/expenseImport.js';
import type { ImportOptions } from '../../src/engine/expenseImport.js';
import { addExpense } from '../../src/engine/expenseAdd.js';
import { openFolder } from '../../src/engine/office.js';

const REAL = join(import.meta.dirname, '..', 'fixtures', 'real-disclosures');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** An office with a generous budget of 기관운영 and 시책추진 for each year the files cover. */
function office(): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'real-disclosures-'));
  made.push(dir);
  const data = join(dir, 'data');
  mkdirSync(join(data, 'budget'), { recursive: true });
  writeFileSync(join(data, 'office.yaml'), 'kind: office\nid: test-office\nname: 시험과\nfunctions:\n  - { title: 시험, items: [시험] }\n');
  for (const y of [2020, 2022, 2025, 2026]) {
    writeFileSync(
      join(data, 'budget', `${y}.yaml`),
      `kind: budget\noffice: test-office\nfiscal_year: ${y}\nunit: 천원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: 9000000 }\n  - { code: 203-03, name: 시책추진업무추진비, budget: 9000000 }\n`,
    );
  }
  return { dir, data };
}

const run = (o: { dir: string; data: string }, file: string, bytes: Uint8Array, opts: ImportOptions = {}) => importExpenses({ dataDir: o.data, cwd: o.dir, lang: 'en' }, [{ file, bytes }], { skipBad: true, ...opts });
const entries = (o: { data: string; dir: string }) => openFolder(o.data, o.dir).r.expenses.flatMap((x) => x.entries);
const total = (o: { data: string; dir: string }) => entries(o).reduce((a, e) => a + e.amount, 0);

/** Each file: rows, rows imported, rows that cannot be read, and the sum of the imported rows'
 *  amounts as Python's csv module sums them from the same bytes (rows it cannot read left out). */
const FILES = [
  { name: 'seoul-opengov-202001-head60.csv', line: '기관', rows: 60, imported: 60, bad: 0, amount: 11_108_560 },
  { name: 'yongin-mayor-2022-2025-excerpt.csv', line: '기관', rows: 60, imported: 60, bad: 0, amount: 17_363_410 },
  // Two rows carry a word of the place in their date cell ('2025-10-17 11:38 신'): 88,000 and 270,900 left out.
  { name: 'yongin-mayor-2025-10-whole.csv', line: undefined, rows: 47, imported: 45, bad: 2, amount: 12_074_200 - 88_000 - 270_900 },
  // Scraped rows: four without a date, two of a 비목 (부서) the budget lacks, one whose columns slipped.
  { name: 'gangdong-district-scraped-rows25-84.csv', line: '기관', rows: 60, imported: 53, bad: 7, amount: 3_484_800 },
] as const;

describe('real disclosures', () => {
  for (const f of FILES) {
    it(`${f.name}: every row accounted for, the amounts exact, a second import adds nothing`, async () => {
      const o = office();
      const bytes = readFileSync(join(REAL, f.name));
      const opts = f.line === undefined ? {} : { line: f.line };
      const first = await run(o, f.name, bytes, opts);
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      const s = first.result.summary;
      expect([s.rows, s.imported, s.bad]).toEqual([f.rows, f.imported, f.bad]);
      expect(s.rows).toBe(s.imported + s.duplicates + s.near + s.bad + s.skipped);
      expect([s.amount, total(o)]).toEqual([f.amount, f.amount]);
      // Every problem is placed at a row and column of the file.
      for (const p of first.result.problems) expect([p.span.file, p.span.line > 1, p.span.column >= 1]).toEqual([f.name, true, true]);
      const again = await run(o, f.name, bytes, opts);
      expect(again.ok && [again.result.summary.imported, again.result.summary.duplicates]).toEqual([0, f.imported]);
      expect(total(o)).toBe(f.amount);
    });
  }

  it('the same rows in decomposed Hangul (as macOS saves them) or under a renamed header are the same payments', async () => {
    const o = office();
    const text = readFileSync(join(REAL, 'seoul-opengov-202001-head60.csv'), 'utf8');
    await run(o, 'a.csv', new TextEncoder().encode(text), { line: '기관' });
    const nfd = await run(o, 'nfd.csv', new TextEncoder().encode(text.normalize('NFD')), { line: '기관' });
    expect(nfd.ok && [nfd.result.summary.imported, nfd.result.summary.duplicates]).toEqual([0, 60]);
    // Korean headers of the same columns, one with a note in brackets, and the payment column
    // under a name this import only knows once its note is stripped.
    const lines = text.split('\n');
    lines[0] = lines[0]!.replace('exec_dt', '사용일시').replace('exec_purpose', '사용목적 (내용)').replace('payment_method', '결제방법(제로페이/법인카드)').replace('exec_amount', '사용금액');
    const renamed = await run(o, 'renamed.csv', new TextEncoder().encode(lines.join('\n')), { line: '기관' });
    expect(renamed.ok && [renamed.result.summary.imported, renamed.result.summary.duplicates]).toEqual([0, 60]);
    expect(total(o)).toBe(11_108_560);
  });

  it('the same rows under another spelling of the department (with or without the district) add nothing', async () => {
    const o = office();
    const text = readFileSync(join(REAL, 'gangdong-district-scraped-rows25-84.csv'), 'utf8');
    await run(o, 'a.csv', new TextEncoder().encode(text), { line: '기관' });
    const respelled = text.replaceAll('강동구 기획예산과', '기획예산과');
    expect(respelled).not.toBe(text);
    const r = await run(o, 'b.csv', new TextEncoder().encode(respelled), { line: '기관' });
    expect(r.ok && [r.result.summary.imported, r.result.summary.duplicates]).toEqual([0, 53]);
    expect(total(o)).toBe(3_484_800);
  });

  it("Seoul's open data under its short 18-name header, whose rows have 20 fields, reads as the full layout", async () => {
    const o = office();
    const text = readFileSync(join(REAL, 'seoul-opengov-202001-head60.csv'), 'utf8');
    const lines = text.split('\n');
    lines[0] = lines[0]!.replace(',dept_nm_full,', ',').replace(',exec_purpose,', ',');
    expect(lines[0]!.split(',')).toHaveLength(18);
    const r = await run(o, 'short.csv', new TextEncoder().encode(lines.join('\n')), { line: '기관', dept: '사서과' });
    expect(r.ok && [r.result.summary.imported, r.result.summary.bad, r.result.summary.amount]).toEqual([9, 0, 976_830]); // Python's csv module: the 9 rows of 사서과 sum to 976,830
    const first = entries(o).find((e) => e.date === '2020-01-31');
    expect([first?.purpose, first?.place, first?.dept]).toEqual(['전자정보팀 신년업무 추진을 위한 간담회비 지급', '카페시카고(서울시 동대문구 망우로18가길 3)', undefined]);
  });

  it('a payment added by hand and then disclosed is counted once; one written otherwise is held back for a person', async () => {
    const o = office();
    const target = { dataDir: o.data, cwd: o.dir, lang: 'en' as const };
    // Row 2 of the Seoul file, as a person records it the day it is paid (no place, no time, a
    // doubled space).
    expect((await addExpense(target, { date: '2020-01-31', line: '기관', amount: '63,700', purpose: '전자정보팀  신년업무 추진을 위한 간담회비 지급' })).ok).toBe(true);
    // Row 3, recorded with a purpose of the person's own words.
    expect((await addExpense(target, { date: '2020-01-30', line: '기관', amount: '₩54,530', purpose: '아르바이트 학생 간식' })).ok).toBe(true);
    const r = await run(o, 'seoul.csv', readFileSync(join(REAL, 'seoul-opengov-202001-head60.csv')), { line: '기관' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.result.summary.imported, r.result.summary.duplicates, r.result.summary.near]).toEqual([58, 1, 1]);
    const near = r.result.problems.filter((p) => p.rule === 'import-near-match');
    expect(near.map((p) => [p.span.line, p.severity])).toEqual([[3, 'warning']]);
    // 63,700 once (the hand entry's doubled space folded); the disclosure's 54,530 of row 3 not
    // added beside the hand entry of the same day and amount.
    expect(total(o)).toBe(11_108_560);
  });
});

describe('bytes that are not a table', () => {
  it('a NUL after the first 4 KB, a stray non-UTF-8 byte in a UTF-8 file, or a quote never closed, is refused at its row and column and nothing is written', async () => {
    const o = office();
    const text = readFileSync(join(REAL, 'seoul-opengov-202001-head60.csv'), 'utf8');
    const lines = text.split('\n');
    const before = openFolder(o.data, o.dir).files;
    // Row 50, after its 5th character: well past the first 4,096 bytes.
    const withNul = [...lines.slice(0, 49), `${lines[49]!.slice(0, 5)}\u0000${lines[49]!.slice(5)}`, ...lines.slice(50)].join('\n');
    const nul = await run(o, 'nul.csv', new TextEncoder().encode(withNul), { line: '기관', skipBad: false });
    expect(nul.ok).toBe(false);
    const stray = new TextEncoder().encode(text);
    const at = new TextEncoder().encode(lines.slice(0, 9).join('\n') + '\n').length + 3;
    const bad = Uint8Array.from(stray);
    bad[at] = 0xff;
    const strayRun = await run(o, 'stray.csv', bad, { line: '기관', skipBad: false });
    // The closing quote of the last quoted field of row 40 taken away: that quote never closes
    // (the file is cut after row 40, as a copy that stopped halfway would be).
    const row40 = lines[39]!;
    const close = row40.lastIndexOf('"');
    const open = row40.lastIndexOf('"', close - 1);
    const withQuote = [...lines.slice(0, 39), row40.slice(0, close) + row40.slice(close + 1)].join('\n');
    const quoteRun = await run(o, 'quote.csv', new TextEncoder().encode(withQuote), { line: '기관', skipBad: false });
    for (const [r, line, column, reason] of [
      [nul, 50, 6, 'nul'],
      [strayRun, 10, 4, 'stray-byte'],
      [quoteRun, 40, open + 1, 'unclosed-quote'],
    ] as const) {
      expect(r.ok).toBe(false);
      if (r.ok || !('stopped' in r) || r.stopped.reason !== 'bad-rows') throw new Error(JSON.stringify(r).slice(0, 300));
      expect(r.stopped.imported.problems.map((p) => [p.rule, p.span.line, p.span.column, p.params])).toEqual([['import-not-table', line, column, { reason }]]);
    }
    expect(openFolder(o.data, o.dir).files).toEqual(before);
  });
});
