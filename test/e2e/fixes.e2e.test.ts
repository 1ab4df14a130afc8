// Behaviour around the edges: where output may go, what one mistake reports, and figures that
// must hold together.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root } from './cli.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'mayor-office-edge-'));

function dataCopy(from = 'test/fixtures/secretariat/data'): string {
  const dir = tmp();
  cpSync(join(root, from), join(dir, 'data'), { recursive: true });
  return dir;
}

describe('--out', () => {
  it('refuses a name inside the data folder even when it starts with two dots, or goes through a link', () => {
    const dir = dataCopy();
    const r = cli(['budget', 'status', '--out', 'data/..x.md', '--lang', 'en'], dir);
    expect([r.code, existsSync(join(dir, 'data', '..x.md'))]).toEqual([2, false]);
    symlinkSync(join(dir, 'data'), join(dir, 'link'));
    const viaLink = cli(['budget', 'status', '--out', 'link/x.md'], dir);
    expect([viaLink.code, existsSync(join(dir, 'data', 'x.md'))]).toEqual([2, false]);
    const fine = cli(['budget', 'status', '--out', '..x.md'], dir);
    expect([fine.code, existsSync(join(dir, '..x.md'))]).toEqual([0, true]);
  });

  it('refuses a dangling link, or a chain of links, that leads into the data folder', () => {
    const dir = dataCopy();
    // A link outside the data folder to a file in it that does not exist yet.
    symlinkSync(join(dir, 'data', 'budget', 'report.md'), join(dir, 'dangling.md'));
    symlinkSync(join(dir, 'dangling.md'), join(dir, 'chain.md'));
    for (const out of ['dangling.md', 'chain.md']) {
      const r = cli(['budget', 'status', '--out', out, '--lang', 'en'], dir);
      expect([r.code, r.stderr, existsSync(join(dir, 'data', 'budget', 'report.md'))]).toEqual([2, `mayor-office: '${out}' is inside the data folder: write reports outside the records folder.\n`, false]);
    }
  });

  it('a write that fails names the file asked for, not a temporary one', () => {
    const r = cli(['budget', 'status', '--out', '/nonexistent-folder/x.md', '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([2, "mayor-office: cannot write '/nonexistent-folder/x.md': ENOENT\n"]);
  });
});

describe('csv', () => {
  it('has one byte-order mark, and tables with the same columns become one', () => {
    const cities = cli(['cities', '--format', 'csv', '--bom']).stdout;
    expect(cities.split('\uFEFF').length - 1).toBe(1);
    const upcoming = cli(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '60d', '--format', 'csv']).stdout;
    expect(upcoming.split('\r\n').filter((l) => l.startsWith('번호,')).length).toBe(1);
    expect(upcoming.split('\r\n').filter((l) => /^\d,/.test(l)).length).toBe(8); // 3 due + 5 all year
  });
});

describe('figures that hold together', () => {
  it('pace is measured on the day the execution figures are from', () => {
    const j = JSON.parse(cli(['budget', 'status', '--as-of', '2021-12-31', '--format', 'json']).stdout);
    expect([j.asOf, j.executionDate, j.yearElapsed, j.total.pace]).toEqual(['2021-12-31', '2021-04-28', 32.3, 'behind']);
  });

  it('each row adds up as printed: 잔액 = 예산현액 − 집행액 of the shown figures', () => {
    const dir = tmp();
    cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'expenses', '2022.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 999999', 'amount: 1000050'));
    const j = JSON.parse(cli(['budget', 'status', '--as-of', '2022-06-30', '--format', 'json'], dir).stdout);
    for (const l of [...j.lines, j.total]) expect(l.balance).toBe(l.current - l.executed);
    expect(j.lines[0].executed).toBe(5590); // 5,589,500원, half-up
  });

  it('cities --type counts against that type, not the total', () => {
    const j = JSON.parse(cli(['cities', '--type', '친선', '--format', 'json']).stdout);
    expect([j.stated, j.listed.cities]).toEqual([{ cities: 23, countries: null }, 7]);
    expect(cli(['cities', '--type', 'sister', '--lang', 'en']).stdout.split('\n')[0]).toBe('Partner cities (7 of 23 listed)');
  });
});

describe('one mistake, one problem', () => {
  it('a broken cities.yaml does not also make work item 5 refer to nothing', () => {
    const dir = dataCopy();
    const file = join(dir, 'data', 'cities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('council_resolution: true', 'council_resolution: yes'));
    const j = JSON.parse(cli(['validate', '--format', 'json'], dir).stdout);
    expect(j.problems.map((p: { file: string; rule: string }) => [p.file, p.rule])).toEqual([['data/cities.yaml', 'yaml-11-boolean']]);
  });

  it('an unreadable file does not make references to it errors', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'data', 'office.yaml'), Buffer.from([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xb0, 0xa1, 0x0a]));
    const j = JSON.parse(cli(['validate', '--format', 'json'], dir).stdout);
    expect(j.problems.map((p: { rule: string }) => p.rule)).toEqual(['file-encoding']);
  });

  it('a known 업무추진비 code the budget lacks in a snapshot: add the line, not a different real line, and no false sums', () => {
    const dir = dataCopy();
    const file = join(dir, 'data', 'budget', '2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - line: 203-03', '      - line: 203-02'));
    const j = JSON.parse(cli(['validate', '--format', 'json', '--lang', 'en'], dir).stdout);
    expect(j.problems.map((p: { rule: string; hint: string }) => [p.rule, p.hint])).toEqual([['unknown-budget-line', 'add a 203-02 line (정원가산업무추진비) to the budget']]);
  });

  it('a wrong line code in a snapshot: the line not yet listed beside it as the suggestion', () => {
    const dir = dataCopy();
    const file = join(dir, 'data', 'budget', '2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - line: 203-03', '      - line: 203-13'));
    const j = JSON.parse(cli(['validate', '--format', 'json', '--lang', 'en'], dir).stdout);
    expect(j.problems.map((p: { rule: string; hint: string }) => [p.rule, p.hint])).toEqual([['unknown-budget-line', "did you mean '203-03'?"]]);
  });

  it('a file named on its own is checked with the rest of the data folder around it', () => {
    const r = cli(['validate', 'data/budget/2021.yaml', '--lang', 'en']);
    expect([r.code, r.stdout]).toEqual([0, '✔ 1 file, no problems\n']);
  });

  it('a syntax error is reported once, not with the parser\'s guesses after it', () => {
    const dir = dataCopy();
    const file = join(dir, 'data', 'budget', '2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    stated: { budget: 337200', '  stated: { budget: 337200'));
    const j = JSON.parse(cli(['validate', '--format', 'json'], dir).stdout);
    expect(j.problems.filter((p: { rule: string }) => p.rule === 'yaml-syntax').length).toBe(1);
  });
});

describe('csv and the byte-order mark', () => {
  it('a csv file of --out starts with the BOM Excel needs unless --no-bom; stdout only with --bom', () => {
    const dir = tmp();
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const starts = (file: string): boolean => readFileSync(file).subarray(0, 3).equals(bom);
    expect(cli(['budget', 'status', '--out', join(dir, 'a.csv')]).code).toBe(0);
    expect(cli(['headcount', 'status', '--format', 'csv', '--out', join(dir, 'b.csv')]).code).toBe(0);
    expect(cli(['budget', 'status', '--out', join(dir, 'c.csv'), '--no-bom']).code).toBe(0);
    expect([starts(join(dir, 'a.csv')), starts(join(dir, 'b.csv')), starts(join(dir, 'c.csv'))]).toEqual([true, true, false]);
    // The same table either way, after the mark.
    expect(readFileSync(join(dir, 'a.csv')).subarray(3).equals(readFileSync(join(dir, 'c.csv')))).toBe(true);
    expect(cli(['budget', 'status', '--format', 'csv']).stdout.startsWith('\ufeff')).toBe(false);
    expect(cli(['budget', 'status', '--format', 'csv', '--bom']).stdout.startsWith('\ufeff')).toBe(true);
  });
});
