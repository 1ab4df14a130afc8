// mayor-office expenses add: one entry appended, the rest of the file byte for byte as it was;
// refused (file unchanged, exit 1) when the entry is invalid or takes its line over its 예산현액.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, golden, root } from './cli.js';

/** The other-office entries with the comments and blank lines an office's file grows. */
const COMMENTED = `# yaml-language-server: $schema=../../schemas/expenses.schema.json
# 업무추진비 집행 내역 2022 (원). 새 건은 맨 아래에 덧붙입니다.

kind: expenses
fiscal_year: 2022
unit: 원

# 건별 내역: 날짜 순.
entries:
  # 1분기
  - { date: 2022-01-14, line: 203-01, amount: 850500, purpose: 유관기관 업무협의 간담회, place: 중구 소재 식당, attendees: 과장 외 6명, payment: 카드 }
  - { date: 2022-02-08, line: 203-01, amount: 1200000, purpose: 직원 격려 물품 구입, payment: 카드 } # 격려품
  - { date: 2022-02-25, line: 203-03, amount: 300450, purpose: 데이터 개방 설명회 다과, place: 시청 회의실, payment: 카드 }
  - { date: 2022-03-22, line: 203-01, amount: 433700, purpose: 자치구 담당자 간담회, place: 종로구 소재 식당, attendees: 과장 외 4명, payment: 카드 }

  # 2분기
  - { date: 2022-04-11, line: 203-03, amount: 1500000, purpose: 시민 참여 해커톤 운영, payment: 계좌이체 }
  - { date: 2022-05-20, line: 203-01, amount: 2105250, purpose: 유관기관 협력 회의, place: 중구 소재 식당, attendees: 국장 외 12명, payment: 카드 }
  - { date: 2022-06-10, line: 203-03, amount: 620000, purpose: 정책 자문회의, place: 시청 회의실, payment: 카드 }
  - { date: 2022-06-28, line: 203-01, amount: 999999, purpose: 상반기 업무 추진 간담회, attendees: 과장 외 9명, payment: 카드 } # 상반기 마지막 건

# 하반기 내역은 이 위에 이어 씁니다.
`;

const ADD = ['expenses', 'add', '--date', '2022-07-05', '--line', '기관운영업무추진비', '--amount', '132,000', '--purpose', '하반기 현안 간담회: 자치구', '--place', '중구 소재 식당', '--attendees', '과장 외 3명', '--payment', '카드'];
const ADDED = '  - { date: 2022-07-05, line: 203-01, amount: 132000, purpose: "하반기 현안 간담회: 자치구", place: 중구 소재 식당, attendees: 과장 외 3명, payment: 카드 }';

/** A copy of the other-office data whose expenses file is `text`. */
function office(text = COMMENTED): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-add-'));
  cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
  const file = join(dir, 'data', 'expenses', '2022.yaml');
  writeFileSync(file, text);
  return { dir, file };
}

const lines = (s: string): string[] => s.split('\n');

describe('expenses add', () => {
  it('appends one entry after the last, keeping every comment, blank line and the order (golden diff)', () => {
    const { dir, file } = office();
    const dry = cli([...ADD, '--dry-run'], dir);
    expect([dry.code, dry.stderr]).toEqual([0, '']);
    golden('expenses-add.diff', dry.stdout);
    expect(readFileSync(file, 'utf8')).toBe(COMMENTED); // --dry-run writes nothing

    const r = cli(ADD, dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'data/expenses/2022.yaml:21: 집행 건을 추가했습니다 (203-01, 132,000원).\n', '']);
    const after = readFileSync(file, 'utf8');
    // Take the new line out again and the file is the old one, byte for byte.
    const added = lines(after);
    expect(added[20]).toBe(ADDED);
    expect([...added.slice(0, 20), ...added.slice(21)].join('\n')).toBe(COMMENTED);
    expect(readdirSync(join(dir, 'data', 'expenses'))).toEqual(['2022.yaml']);
    // The result is valid and counted: 203-01 executed 5,589,449 + 132,000 원.
    const status = JSON.parse(cli(['budget', 'status', '--as-of', '2022-07-05', '--format', 'json'], dir).stdout);
    expect(status.lines[0].executed).toBe(5721); // 천원, half-up
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const crlf = '\uFEFF' + COMMENTED.replace(/\n/g, '\r\n');
    const { dir, file } = office(crlf);
    expect(cli(ADD, dir).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(after.replace(`${ADDED}\r\n`, '')).toBe(crlf);
  });

  it('refuses an entry that takes its line over its 예산현액, the file byte-identical; --allow-over records it', () => {
    const { dir, file } = office();
    const before = readFileSync(file);
    // 203-01: 예산현액 27,000,000원 (24,000천원 + 추경 3,000천원); entries so far 5,589,449원.
    const at = (amount: string, extra: string[] = []): ReturnType<typeof cli> =>
      cli(['--lang', 'en', 'expenses', 'add', '--date', '2022-07-05', '--line', '203-01', '--amount', amount, '--purpose', '행사', ...extra], dir);
    const over = at('21410552', ['--dry-run']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      'data/expenses/2022.yaml:21:1 error this entry takes 203-01 기관운영업무추진비 over its 예산현액 (current budget): 집행액 27,000,001원 on 2022-07-05 against 27,000,000원, 1원 over. Check the amount, or pass --allow-over if it is right. The file is unchanged. [over-budget]\n',
    );
    expect(at('21410552').code).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'data', 'expenses'))).toEqual(['2022.yaml']);
    // Exactly the 예산현액 is not over.
    expect(at('21410551', ['--dry-run']).code).toBe(0);
    const allowed = at('21410552', ['--allow-over']);
    expect(allowed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('amount: 21410552, purpose: 행사 }');
  });

  it('refuses a date that does not exist as the --date option\'s error (not at a line of the entry not yet written), the file byte-identical', () => {
    const { dir, file } = office();
    const before = readFileSync(file);
    const r = cli(['--lang', 'en', 'expenses', 'add', '--date', '2022-02-30', '--line', '203-01', '--amount', '1000', '--purpose', '다과'], dir);
    expect([r.code, r.stderr]).toEqual([2, "mayor-office: --date '2022-02-30' is not a date that exists: write it as YYYY-MM-DD (e.g. 2022-07-01).\n"]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a 비목 word is stored as its line code, the same in add and in import (기관, 시책, names and codes alike)', () => {
    for (const [word, code] of [['기관', '203-01'], ['기관운영업무추진비', '203-01'], ['203-01', '203-01'], ['시책', '203-03'], ['시책추진업무추진비', '203-03'], ['203-03', '203-03']] as const) {
      const added = office();
      const r = cli(['expenses', 'add', '--date', '2022-07-05', '--line', word, '--amount', '1000', '--purpose', '다과'], added.dir);
      expect([word, r.code]).toEqual([word, 0]);
      expect(readFileSync(added.file, 'utf8'), word).toContain(`line: ${code}, amount: 1000`);
      const imported = office();
      const csv = join(imported.dir, 'rows.csv');
      writeFileSync(csv, '사용일자,사용목적,사용금액\n2022-07-05,다과,1000\n');
      const i = cli(['expenses', 'import', csv, '--line', word], imported.dir);
      expect([word, i.code], i.stderr).toEqual([word, 0]);
      expect(readFileSync(imported.file, 'utf8'), word).toMatch(new RegExp(`line: ${code}, amount: 1000`));
    }
  });

  it('a refusal prints its error first, before the warnings of other entries (entries after the report issue warn)', () => {
    const later = ['07-01', '07-02', '07-03', '07-04'].map((d) => `  - { date: 2022-${d}, line: 203-03, amount: 1000, purpose: 다과 }`).join('\n');
    const { dir, file } = office(`${COMMENTED}${later}\n`);
    const before = readFileSync(file);
    const r = cli(['--lang', 'en', 'expenses', 'add', '--date', '2022-07-05', '--line', '999-99', '--amount', '1000', '--purpose', '다과'], dir);
    const located = r.stderr.split('\n').filter((l) => / (error|warning) /.test(l));
    expect(r.code).toBe(1);
    expect(located[0]).toMatch(/^data\/expenses\/2022\.yaml:\d+:\d+ error entries\[\d+\]\.line/);
    expect(located.filter((l) => l.includes(' warning ')).length).toBeGreaterThan(0);
    const firstWarning = located.findIndex((l) => l.includes(' warning '));
    expect(located.slice(firstWarning).some((l) => l.includes(' error '))).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses what the schema refuses (an amount that is not a number, a budget line that does not exist), located', () => {
    const { dir, file } = office();
    const before = readFileSync(file);
    const r = cli(['--lang', 'en', 'expenses', 'add', '--date', '2022-07-05', '--line', '203-01', '--amount', '12만원', '--purpose', '다과'], dir);
    expect([r.code, /^data\/expenses\/2022\.yaml:21:\d+ error entries\[8\]\.amount/.test(r.stderr)]).toEqual([1, true]);
    const unknownLine = cli(['--lang', 'en', 'expenses', 'add', '--date', '2022-07-05', '--line', '999-99', '--amount', '1000', '--purpose', '다과'], dir);
    expect([unknownLine.code, /^data\/expenses\/2022\.yaml:21:\d+ error entries\[8\]\.line/m.test(unknownLine.stderr)]).toEqual([1, true]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a --date that is no date, or a day that does not exist, is a usage error (exit 2); a missing required option too; 2022-7-5 is read', () => {
    const { dir, file } = office();
    for (const date of ['yesterday', '2022-06-31']) {
      const r = cli(['--lang', 'en', 'expenses', 'add', '--date', date, '--line', '203-01', '--amount', '1000', '--purpose', '다과'], dir);
      expect([r.code, r.stderr]).toEqual([2, `mayor-office: --date '${date}' is not a date that exists: write it as YYYY-MM-DD (e.g. 2022-07-01).\n`]);
    }
    const loose = cli(['expenses', 'add', '--date', '2022-7-5', '--line', '203-01', '--amount', '1000', '--purpose', '다과', '--dry-run'], dir);
    expect([loose.code, loose.stdout.includes('+  - { date: 2022-07-05,')]).toEqual([0, true]);
    const missing = cli(['expenses', 'add', '--date', '2022-07-05', '--line', '203-01', '--amount', '1000'], dir);
    expect([missing.code, missing.stderr.includes('--purpose')]).toEqual([2, true]);
    expect(readFileSync(file, 'utf8')).toBe(COMMENTED);
  });

  it("creates the year's file with the schema modeline when there is none", () => {
    const { dir, file } = office();
    rmSync(join(dir, 'data', 'expenses'), { recursive: true });
    // Without entries the budget's snapshot has nothing to be checked against: drop it too.
    const budgetFile = join(dir, 'data', 'budget', '2022.yaml');
    const budget = readFileSync(budgetFile, 'utf8');
    writeFileSync(budgetFile, budget.slice(0, budget.indexOf('snapshots:')));
    const dry = cli([...ADD, '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n').slice(0, 3)).toEqual(['--- /dev/null', '+++ b/data/expenses/2022.yaml', '@@ -0,0 +1,6 @@']);
    expect(existsSync(join(dir, 'data', 'expenses'))).toBe(false);
    expect(cli(ADD, dir).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    // The modeline the folder's other files use (here the budget's, one folder over), as expenses
    // import writes it, so the editor finds the same schemas.
    const budgetSchemas = /^# yaml-language-server: \$schema=(\S+)\/budget\.schema\.json/.exec(budget)![1]!;
    expect(modeline![1]).toBe(`${budgetSchemas}/expenses.schema.json`);
    expect(text.slice(modeline![0].length)).toBe(`kind: expenses\nfiscal_year: 2022\nunit: 원\nentries:\n${ADDED}\n`);
    expect(cli(['validate'], dir).code).toBe(0);
  });
});
