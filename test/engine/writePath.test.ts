// The one write path: expenses add and expenses import form their texts the same way, so any
// value a person or a disclosure writes reads back as the same value after either of them, and
// a second import of what was added or imported adds nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addExpense } from '../../src/engine/expenseAdd.js';
import { importExpenses } from '../../src/engine/expenseImport.js';
import { openFolder } from '../../src/engine/office.js';
import { LOCK_NAME } from '../../src/engine/lock.js';
import { applyEdit } from '../../src/engine/applyEdit.js';
import { MAX_FILE_BYTES } from '../../src/load/dataSource.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'other-office');
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function office(): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'write-path-'));
  made.push(dir);
  cpSync(FIXTURE, join(dir, 'data'), { recursive: true });
  return { dir, data: join(dir, 'data') };
}

/** Values that a pattern of ours would get wrong, each a purpose or a place of a payment. */
const HOSTILE = ['첫 줄\n둘째 줄', '- 목록처럼', '# 주석처럼', '키: 값', '종 소리\u0007 제어 문자', "작은'따옴표\"큰", '  앞뒤 공백  ', 'yes', '123', '카드,제로페이', '{중괄호}', '[대괄호]', '&앵커 *별칭', '!태그', '%지시', '@골뱅이', '`역따옴표', '탭\t문자', '\u0085다음 줄', 'DEL\u007f와 C1\u009b'];

const entriesOf = (data: string) => openFolder(data, data).r.expenses.flatMap((x) => x.entries);

describe('the one write path', () => {
  it('expenses add writes each hostile value so that it reads back as the same text', async () => {
    const { dir, data } = office();
    for (const [i, value] of HOSTILE.entries()) {
      const out = await addExpense({ dataDir: data, cwd: dir, lang: 'en' }, { date: `2022-06-${String(11 + i).padStart(2, '0')}`, line: '203-01', amount: '₩1,000', purpose: value, place: value });
      expect(out.ok, JSON.stringify(out)).toBe(true);
    }
    const entries = entriesOf(data);
    for (const value of HOSTILE) {
      const e = entries.find((x) => x.purpose === value);
      expect(e, JSON.stringify(value)).toBeDefined();
      expect(e!.place).toBe(value);
      expect(e!.amount).toBe(1000);
    }
    expect(openFolder(data, dir).problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Comments of the file are kept.
    expect(readFileSync(join(data, 'expenses', '2022.yaml'), 'utf8')).toContain('# yaml-language-server:');
  });

  it('expenses import of a csv whose cells hold the same values: every row read back as written; a second import adds nothing', async () => {
    const { dir, data } = office();
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = HOSTILE.filter((v) => !v.includes('\u0007') && !v.includes('\u007f')).map((v, i) => [`2022-06-${String(11 + i).padStart(2, '0')}`, quote(v), quote(v), '1000', '203-01'].join(','));
    const csv = ['사용일자,사용목적,사용장소,사용금액,비목', ...rows, ''].join('\n');
    const input = { file: 'in.csv', bytes: new TextEncoder().encode(csv) };
    const first = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [input], {});
    expect(first.ok, JSON.stringify(first).slice(0, 2000)).toBe(true);
    if (!first.ok) return;
    expect(first.result.summary.imported).toBe(rows.length);
    const entries = entriesOf(data);
    for (const value of HOSTILE.filter((v) => !v.includes('\u0007') && !v.includes('\u007f'))) {
      // A disclosure's cells are trimmed as offices' tables are read; the text inside is kept.
      const e = entries.find((x) => x.purpose === value.trim());
      expect(e, JSON.stringify(value)).toBeDefined();
    }
    const again = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [input], {});
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.result.summary.imported).toBe(0);
    expect(entriesOf(data).length).toBe(entries.length);
  });

  it('what add wrote, the import of the same payment recognises: nothing counted twice', async () => {
    const { dir, data } = office();
    const value = '다과\n(회의 후)';
    expect((await addExpense({ dataDir: data, cwd: dir, lang: 'en' }, { date: '2022-06-20', line: '203-01', amount: '45,000', purpose: value })).ok).toBe(true);
    const csv = `사용일자,사용목적,사용금액,비목\n2022-06-20,"${value}",45000,203-01\n`;
    const r = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [{ file: 'in.csv', bytes: new TextEncoder().encode(csv) }], {});
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.result.summary.imported, r.result.summary.duplicates]).toEqual([0, 1]);
  });

  it('an import spanning two years writes both files or neither', async () => {
    const { dir, data } = office();
    const before = readFileSync(join(data, 'expenses', '2022.yaml'), 'utf8');
    // 2023 has no budget: its file would not validate (a line of no budget), so nothing is written.
    const csv = '사용일자,사용목적,사용금액,비목\n2022-06-21,간담회,1000,203-01\n2023-01-05,신년 간담회,70000,203-01\n';
    const r = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [{ file: 'in.csv', bytes: new TextEncoder().encode(csv) }], {});
    expect(r.ok).toBe(false);
    expect(readFileSync(join(data, 'expenses', '2022.yaml'), 'utf8')).toBe(before);
    expect(() => readFileSync(join(data, 'expenses', '2023.yaml'))).toThrow();
  });

  it('an import that takes a line over its 예산현액 is refused as expenses add refuses it, at its row; --allow-over takes it', async () => {
    const { dir, data } = office();
    const before = readFileSync(join(data, 'expenses', '2022.yaml'), 'utf8');
    const csv = '사용일자,사용목적,사용금액,비목\n2022-06-21,간담회,1000,203-01\n2022-06-22,대형 행사,99000000,203-01\n';
    const input = { file: 'big.csv', bytes: new TextEncoder().encode(csv) };
    const r = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [input], {});
    expect(r.ok).toBe(false);
    if (!r.ok && 'stopped' in r && r.stopped.reason === 'over-budget') expect([r.stopped.file, r.stopped.row, r.stopped.over.line, r.stopped.over.date]).toEqual(['big.csv', 2, '203-01', '2022-06-22']);
    else throw new Error(JSON.stringify(r).slice(0, 300));
    expect(readFileSync(join(data, 'expenses', '2022.yaml'), 'utf8')).toBe(before);
    const allowed = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [input], { allowOver: true });
    expect(allowed.ok && allowed.result.summary.imported).toBe(2);
  });

  it('no edit writes a file the loader would refuse: past 64 MiB the edit is refused and nothing written', async () => {
    const { dir, data } = office();
    const path = join(data, 'expenses', '2022.yaml');
    const before = readFileSync(path, 'utf8');
    const huge = `${before}# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const r = await applyEdit({ dataDir: data, cwd: dir, lang: 'en' }, () => ({ ok: true as const, changes: [{ path, text: huge }], result: undefined }));
    expect(r.ok).toBe(false);
    if (r.ok || !('invalid' in r)) throw new Error('expected the edit to be refused');
    expect(r.invalid.filter((p) => p.severity === 'error').map((p) => [p.rule, p.span.file])).toEqual([['file-too-large', 'data/expenses/2022.yaml']]);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('a workbook that would unzip past the limit is refused before it is unzipped', async () => {
    const { dir, data } = office();
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', 'x', { createFolders: false });
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    // Say in the zip's own directory that the part unzips to 1 GiB (as a zip bomb's does).
    const view = new DataView(bytes.buffer);
    const central = bytes.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(central + 24, 1024 * 1024 * 1024, true);
    view.setUint32(22, 1024 * 1024 * 1024, true); // and in the part's own header
    const r = await importExpenses({ dataDir: data, cwd: dir, lang: 'en' }, [{ file: 'bomb.xlsx', bytes }], {});
    if (r.ok || !('stopped' in r) || r.stopped.reason !== 'bad-rows') throw new Error(JSON.stringify(r).slice(0, 300));
    expect(r.stopped.imported.problems.map((p) => [p.rule, p.params])).toEqual([['import-not-table', { reason: 'too-large-unzipped' }]]);
  });

  it('departments: an unknown department column with --dept is a refusal, --map names it; the office\'s other names are its own', async () => {
    const { dir, data } = office();
    const target = { dataDir: data, cwd: dir, lang: 'en' as const };
    const csv = (deptHeader: string, rows: [string, string, number][]) => new TextEncoder().encode([`사용일자,사용목적,${deptHeader},사용금액,비목`, ...rows.map(([d, dept, a]) => `${d},회의,${dept},${a},203-01`)].join('\n') + '\n');
    const rows: [string, string, number][] = [
      ['2022-06-21', '디지털정책과', 1000],
      ['2022-06-21', '스마트도시과', 2000],
      ['2022-06-22', '서울특별시 디지털정책과', 3000],
      ['2022-06-22', '재무과', 4000],
    ];
    const before = entriesOf(data).length;
    const unknown = await importExpenses(target, [{ file: 'a.csv', bytes: csv('1소속부서', rows) }], { dept: '디지털정책과' });
    if (unknown.ok || !('stopped' in unknown) || unknown.stopped.reason !== 'bad-rows') throw new Error(JSON.stringify(unknown).slice(0, 300));
    expect(unknown.stopped.imported.problems.map((p) => [p.rule, p.span.line, p.span.column])).toEqual([['import-dept-column-unknown', 1, 3]]);
    expect(entriesOf(data).length).toBe(before);
    // Named with --map: the department's rows only, under its name or with the city before it.
    const mapped = await importExpenses(target, [{ file: 'a.csv', bytes: csv('1소속부서', rows) }], { dept: '디지털정책과', map: new Map([['1소속부서', 'dept']]) });
    if (!mapped.ok) throw new Error(JSON.stringify(mapped).slice(0, 300));
    expect([mapped.result.summary.imported, mapped.result.summary.files[0]!.otherDepts]).toEqual([2, { 스마트도시과: 1, 재무과: 1 }]);
    // The office's other names (office.yaml other_names) are its own with --dept of its name.
    const officeFile = join(data, 'office.yaml');
    writeFileSync(officeFile, readFileSync(officeFile, 'utf8').replace(/^name: (.*)$/m, 'name: $1\nother_names: [데이터전략과]'));
    const name = openFolder(data, dir).r.office[0]!.name;
    const renamed = await importExpenses(target, [{ file: 'b.csv', bytes: csv('부서', [['2022-06-23', '데이터전략과', 5000], ['2022-06-23', name, 6000], ['2022-06-23', '재무과', 7000]]) }], { dept: name });
    if (!renamed.ok) throw new Error(JSON.stringify(renamed).slice(0, 300));
    expect([renamed.result.summary.imported, renamed.result.summary.files[0]!.otherDepts]).toEqual([2, { 재무과: 1 }]);
  });

  it('waits for another writer, and takes over the lock of a run that no longer exists', async () => {
    const { dir, data } = office();
    // A lock left by a process that has ended (pid 2^22 + 1 is above Linux's default pid limit).
    writeFileSync(join(data, LOCK_NAME), JSON.stringify({ pid: 4194305, host: (await import('node:os')).hostname(), since: '2026-01-01T00:00:00Z' }));
    const r = await addExpense({ dataDir: data, cwd: dir, lang: 'en', lockTimeoutMs: 2000 }, { date: '2022-06-22', line: '203-01', amount: '1000', purpose: '잠금 뒤' });
    expect(r.ok).toBe(true);
    // A lock of a live process (this one) is waited for, then the run gives up with a message.
    writeFileSync(join(data, LOCK_NAME), JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), since: new Date().toISOString() }));
    await expect(addExpense({ dataDir: data, cwd: dir, lang: 'en', lockTimeoutMs: 300 }, { date: '2022-06-23', line: '203-01', amount: '1000', purpose: '기다림' })).rejects.toThrow(/another run/);
    rmSync(join(data, LOCK_NAME));
    expect(entriesOf(data).filter((e) => e.purpose === '기다림')).toEqual([]);
  });
});
