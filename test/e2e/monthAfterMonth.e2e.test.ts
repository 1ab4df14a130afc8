// The records grow month by month: May's entries after April's snapshot, June's headcount and
// report issue; every command keeps working and the May issue is regenerated exactly as it was.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root, seedData } from './cli.js';

const MODELINE = '# yaml-language-server: $schema=../../../schemas/expenses.schema.json\n';

function grownData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-month-'));
  cpSync(seedData, join(dir, 'data'), { recursive: true });
  return dir;
}

const issue = (month: string, asOf: string): string =>
  `kind: report\nid: ${month}-work-report\ntitle: 주요업무보고\nissued: ${month}\noffice: mayor-secretariat\nfiscal_year: 2021\nas_of: ${asOf}\n`;

function addMay(dir: string): void {
  mkdirSync(join(dir, 'data', 'expenses'), { recursive: true });
  writeFileSync(
    join(dir, 'data', 'expenses', '2021.yaml'),
    `${MODELINE}kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n  - { date: 2021-05-03, line: 203-01, amount: 350000, purpose: 시정 현안 간담회 }\n`,
  );
  writeFileSync(join(dir, 'data', 'report-2021-06.yaml'), issue('2021-06', '2021-05-31'));
}

describe('one new expense after the snapshot', () => {
  it('continues from the snapshot: 71,882 + 350 = 72,232, 계 74,435, no error', () => {
    const dir = grownData();
    addMay(dir);
    expect(cli(['validate', '--lang', 'en'], dir).code).toBe(0);
    const r = cli(['budget', 'status', '--format', 'json'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout);
    expect([j.asOf, j.source, j.snapshotDate, j.lines[0].executed, j.lines[1].executed, j.total.executed]).toEqual(['2021-05-31', 'opening+entries', '2021-04-28', 72232, 2203, 74435]);
    const table = cli(['budget', 'status'], dir).stdout;
    expect(table.split('\n')[0]).toBe("예산 집행현황 (기준 / 단위 : '21. 5. 31. / 천원)");
    expect(table).toContain('집행액: 2021-04-28 기준 집행 합계에 2021-05-31까지의 건별 집행 내역을 더함');
  });

  it('a snapshot inside the itemized period must agree with opening + entries', () => {
    const dir = grownData();
    addMay(dir);
    const file = join(dir, 'data', 'budget', '2021.yaml');
    const text = readFileSync(file, 'utf8');
    const june = '  - as_of: 2021-05-31\n    lines:\n      - { line: 203-01, executed: 72232 }\n      - { line: 203-03, executed: 2203 }\n';
    writeFileSync(file, text.replace(/snapshots:\n/, `snapshots:\n${june}`));
    expect(cli(['validate'], dir).code).toBe(0);
    writeFileSync(file, text.replace(/snapshots:\n/, `snapshots:\n${june.replace('72232', '72000')}`));
    const bad = cli(['validate', '--format', 'json', '--lang', 'en'], dir);
    expect(bad.code).toBe(1);
    const p = JSON.parse(bad.stdout).problems;
    expect(p.map((x: { rule: string; line: number }) => [x.rule, x.line])).toEqual([['execution-mismatch', text.split('\n').findIndex((l) => l.startsWith('snapshots:')) + 4]]);
  });
});

describe('June: a headcount snapshot and a second report issue', () => {
  const dir = grownData();
  addMay(dir);
  const hc = readFileSync(join(dir, 'data', 'headcount', '2021-04-28.yaml'), 'utf8');
  writeFileSync(join(dir, 'data', 'headcount', '2021-06-30.yaml'), hc.replace('as_of: 2021-04-28', 'as_of: 2021-06-30'));
  writeFileSync(join(dir, 'data', 'report-2021-07.yaml'), issue('2021-07', '2021-06-30'));
  // A plan of the May report done in June: the May issue must not know it yet.
  const task3 = join(dir, 'data', 'tasks', '3-local-autonomy.yaml');
  writeFileSync(task3, readFileSync(task3, 'utf8').replace('      - text: 서울시 지방분권협의회 개최\n        period: 상반기 중\n', '      - text: 서울시 지방분권협의회 개최\n        period: 상반기 중\n        status: 완료\n        done_on: 2021-06-07\n'));

  const commands = [['validate'], ['budget', 'status'], ['headcount', 'status'], ['headcount', 'trend'], ['tasks', 'list'], ['tasks', 'upcoming'], ['tasks', 'show', '1'], ['cities'], ['events'], ['council'], ['report']];
  for (const args of commands) {
    it(`${args.join(' ')} exits 0`, () => {
      const r = cli(args, dir);
      expect([r.code, r.stderr]).toEqual([0, '']);
    });
  }

  it('report --issue 2021-05 is the May report, byte for byte; without --issue the latest issue', () => {
    const may = cli(['report', '--issue', '2021-05'], dir);
    expect(may.code).toBe(0);
    expect(may.stdout).toBe(readFileSync(join(root, 'test', 'golden', 'report.ko.md'), 'utf8'));
    expect(cli(['report', '--issue', '2021-05-work-report'], dir).stdout).toBe(may.stdout);
    // The json of May too: the plan done on 6/7 carries no status in it.
    const mayJson = JSON.parse(cli(['report', '--issue', '2021-05', '--format', 'json'], dir).stdout);
    const seedJson = JSON.parse(cli(['report', '--issue', '2021-05', '--format', 'json']).stdout);
    expect(mayJson.tasks).toEqual(seedJson.tasks);
    expect(mayJson.plans).toEqual(seedJson.plans);
    // The July issue knows it.
    expect(JSON.stringify(JSON.parse(cli(['report', '--format', 'json'], dir).stdout).tasks)).toContain('"done_on":"2021-06-07"');
    const latest = cli(['report'], dir).stdout;
    // The md escapes the issue date's full stop: alone on a line, '2021. 7.' would be a list.
    expect(latest.split('\n').slice(0, 3)).toEqual(['# 주요업무보고', '', '2021\\. 7.']);
    expect(latest).toContain("### 2. 인력 현황 (기준 / 단위 : '21. 6. 30. / 명)");
    expect(latest).toContain("### 3. 예산 집행현황 (기준 / 단위 : '21. 6. 30. / 천원)");
  });

  it('an unknown issue names the ones there are', () => {
    const r = cli(['report', '--issue', '2021-08', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([2, "mayor-office: there is no report issue '2021-08'. Issues: 2021-05 (2021-05-work-report), 2021-06 (2021-06-work-report), 2021-07 (2021-07-work-report) (give the month YYYY-MM or the id)\n"]);
  });
});

describe('a closed fiscal year', () => {
  it('defaults to 12-31 once the records speak of a later year, and accepts a later --as-of', () => {
    const dir = grownData();
    writeFileSync(join(dir, 'data', 'report-2022-01.yaml'), issue('2022-01', '2021-12-31').replace('as_of: 2021-12-31', 'as_of: 2021-12-31'));
    const hc = readFileSync(join(dir, 'data', 'headcount', '2021-04-28.yaml'), 'utf8');
    writeFileSync(join(dir, 'data', 'headcount', '2022-01-15.yaml'), hc.replace('as_of: 2021-04-28', 'as_of: 2022-01-15'));
    const byYear = JSON.parse(cli(['budget', 'status', '--year', '2021', '--format', 'json'], dir).stdout);
    expect(byYear.asOf).toBe('2021-12-31');
    const later = cli(['budget', 'status', '--year', '2021', '--as-of', '2022-01-15', '--format', 'json'], dir);
    expect(later.code).toBe(0);
    expect(JSON.parse(later.stdout).asOf).toBe('2021-12-31');
  });
});
