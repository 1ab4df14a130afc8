// mayor-office expenses list and expenses disclose on the second-office fixture: reviewed goldens,
// a month without entries, bad options, and the disclose → import round trip (csv and xlsx).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, golden, goldenName, root } from './cli.js';

const OTHER = 'test/fixtures/other-office';
const run = (args: string[]) => cli(['--data', OTHER, 'expenses', ...args], root);

describe('expenses list', () => {
  for (const [format, lang] of [
    ['table', 'ko'],
    ['table', 'en'],
    ['json', 'ko'],
  ] as const) {
    it(`--format ${format} --lang ${lang}`, () => {
      const r = run(['list', '--format', format, '--lang', lang]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      golden(goldenName('other-expenses-list', lang, format), r.stdout);
    });
  }

  it('filters by month, line (as a short word) and department; refunds subtract from the totals', () => {
    const r = run(['list', '--month', '2022-06', '--line', '시책', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const report = JSON.parse(r.stdout);
    // 620,000 and 45,000, less the 45,000 corrected: three entries of 203-03 in June.
    expect(report.entries.map((e: { date: string; amount: number }) => [e.date, e.amount])).toEqual([
      ['2022-06-10', 620000],
      ['2022-06-15', 45000],
      ['2022-06-16', -45000],
    ]);
    expect([report.total, report.lines]).toEqual([{ count: 3, amount: 620000 }, [{ line: '203-03', name: '시책추진업무추진비', count: 3, amount: 620000 }]]);
    expect(JSON.parse(run(['list', '--dept', '없는과', '--format', 'json']).stdout).entries).toEqual([]);
  });

  it('a month without entries: exit 0, the 계 row and a note', () => {
    const r = run(['list', '--month', '2022-07']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('조건에 맞는 집행 건이 없습니다.');
    expect(r.stdout).not.toContain('월별 합계');
  });

  it('a --month or --line that is none: usage error, exit 2', () => {
    for (const m of ['2022-13', '2022-5', 'May']) {
      const r = run(['list', '--month', m]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(`--month '${m}'`);
    }
    const r = run(['list', '--line', '접대비']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('203-01, 203-03');
  });
});

describe('expenses disclose', () => {
  for (const format of ['md', 'csv']) {
    it(`--format ${format}`, () => {
      const r = run(['disclose', '--month', '2022-05', '--format', format]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      golden(`other-expenses-disclose-2022-05.${format}`, r.stdout);
    });
  }

  it('csv starts with the byte-order mark Excel needs, unless --no-bom', () => {
    expect(run(['disclose', '--month', '2022-05', '--format', 'csv']).stdout.startsWith('\uFEFF부서,사용일자,')).toBe(true);
    expect(run(['disclose', '--month', '2022-05', '--format', 'csv', '--no-bom']).stdout.startsWith('부서,사용일자,')).toBe(true);
  });

  it('is in Korean whatever --lang says (the headers are what import reads)', () => {
    expect(run(['disclose', '--month', '2022-05', '--format', 'md', '--lang', 'en']).stdout).toBe(run(['disclose', '--month', '2022-05', '--format', 'md']).stdout);
  });

  it('a month without entries: exit 0, the 합계 row of 0 and a note', () => {
    const r = run(['disclose', '--month', '2022-07', '--format', 'md']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('| **합계** |  |  |  | **0건** |  |  |  | **0** |  |');
    expect(r.stdout).toContain('2022-07에는 집행 건이 없습니다.');
  });

  it('needs --month, a real one; without --out the default xlsx becomes Markdown on stdout; --format xlsx still needs --out', () => {
    expect(run(['disclose']).code).toBe(2);
    const bad = run(['disclose', '--month', '2022-00', '--format', 'md']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain("--month '2022-00'");
    const noOut = run(['disclose', '--month', '2022-05']);
    expect([noOut.code, noOut.stdout]).toEqual([0, run(['disclose', '--month', '2022-05', '--format', 'md']).stdout]);
    expect(noOut.stdout).toContain('2022년 5월 업무추진비 사용 내역');
    const xlsx = run(['disclose', '--month', '2022-05', '--format', 'xlsx']);
    expect([xlsx.code, xlsx.stderr.includes('--out')]).toEqual([2, true]);
  });
});

// The fields an entry is compared on, the 비목 resolved to its code (the records may write 기관,
// import writes 203-01).
const LINE_CODES: Record<string, string> = { '203-01': '203-01', 기관: '203-01', 기관운영업무추진비: '203-01', '203-03': '203-03', 시책: '203-03', 시책추진업무추진비: '203-03' };
interface Entry {
  date: string;
  time?: string;
  line: string;
  amount: number;
  purpose: string;
  place?: string;
  attendees?: string;
  payment?: string;
  dept?: string;
  type?: string;
  reason?: string;
}
const fields = (e: Entry) => ({
  date: e.date,
  time: e.time,
  line: LINE_CODES[e.line] ?? e.line,
  amount: e.amount,
  purpose: e.purpose,
  place: e.place,
  attendees: e.attendees,
  payment: e.payment,
  dept: e.dept,
  type: e.type,
  reason: e.reason,
});

describe('disclose → import round trip', () => {
  let dir: string;
  const fixtureText = readFileSync(join(root, OTHER, 'expenses', '2022.yaml'), 'utf8');
  const entriesOf = async (text: string): Promise<Entry[]> => {
    const { parse } = await import('yaml');
    return (parse(text) as { entries: Entry[] }).entries;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mayor-disclose-'));
    for (const month of ['2022-04', '2022-05']) {
      for (const ext of ['csv', 'xlsx']) {
        const r = run(['disclose', '--month', month, '--out', join(dir, `${month}.${ext}`)]);
        expect([r.code, r.stderr]).toEqual([0, '']);
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the fixture, without the month's entries when `remove` is given. */
  function copy(name: string, remove?: string): string {
    const data = join(dir, name, 'data');
    cpSync(join(root, OTHER), data, { recursive: true });
    if (remove !== undefined) writeFileSync(join(data, 'expenses', '2022.yaml'), fixtureText.split('\n').filter((l) => !l.includes(`date: ${remove}-`)).join('\n'));
    return join(dir, name);
  }
  const importInto = (cwd: string, file: string) => {
    const r = cli(['expenses', 'import', join(dir, file), '--format', 'json'], cwd);
    return { ...r, summary: r.stdout ? JSON.parse(r.stdout) : undefined };
  };

  for (const ext of ['csv', 'xlsx']) {
    it(`${ext}: a month without refunds comes back identical, and adds nothing to the unchanged records`, async () => {
      const cwd = copy(`apr-${ext}`, '2022-04');
      const r = importInto(cwd, `2022-04.${ext}`);
      expect([r.code, r.stderr, r.summary.imported, r.summary.duplicates]).toEqual([0, '', 1, 0]);
      const back = (await entriesOf(readFileSync(join(cwd, 'data', 'expenses', '2022.yaml'), 'utf8'))).filter((e) => e.date.startsWith('2022-04-'));
      const original = (await entriesOf(fixtureText)).filter((e) => e.date.startsWith('2022-04-'));
      expect(back.map(fields)).toEqual(original.map(fields));

      const same = copy(`apr-${ext}-same`);
      const again = importInto(same, `2022-04.${ext}`);
      expect([again.code, again.summary.imported, again.summary.duplicates]).toEqual([0, 0, 1]);
      expect(readFileSync(join(same, 'data', 'expenses', '2022.yaml'), 'utf8')).toBe(fixtureText);
    });

    it(`${ext}: a month with a time and a refund comes back identical, refund type and reason too`, async () => {
      const cwd = copy(`may-${ext}`, '2022-05');
      const r = importInto(cwd, `2022-05.${ext}`);
      expect([r.code, r.stderr, r.summary.imported]).toEqual([0, '', 3]);
      const back = (await entriesOf(readFileSync(join(cwd, 'data', 'expenses', '2022.yaml'), 'utf8'))).filter((e) => e.date.startsWith('2022-05-'));
      const original = (await entriesOf(fixtureText)).filter((e) => e.date.startsWith('2022-05-')).sort((a, b) => a.date.localeCompare(b.date));
      // The disclosure's 비고 (반납: …, 정정: …) carries a refund's type and reason back.
      expect(back.map(fields)).toEqual(original.map(fields));

      const again = importInto(copy(`may-${ext}-same`), `2022-05.${ext}`);
      expect([again.code, again.summary.imported, again.summary.duplicates]).toEqual([0, 0, 3]);
    });
  }
});
