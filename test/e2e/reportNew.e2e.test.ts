// report new: the next month's issue started from the latest one, through the write path.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, seedData } from './cli.js';

function office(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-new-issue-'));
  cpSync(seedData, join(dir, 'data'), { recursive: true });
  return dir;
}

describe('report new', () => {
  it('starts the month after the latest issue beside it, dated the end of the month before, and the report makes it', () => {
    const dir = office();
    const modeline = readFileSync(join(dir, 'data', 'report.yaml'), 'utf8').split('\n')[0]!;
    const r = cli(['report', 'new', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'data/report-2021-06.yaml: the 2021-06 issue of the report is started (as of 2021-05-31). Change as_of if its date is another, add the month\'s records, then make it with mayor-office report.\n',
    );
    // The old issue's header comment and its notes beside the dates do not follow it.
    expect(readFileSync(join(dir, 'data', 'report-2021-06.yaml'), 'utf8')).toBe(
      `${modeline}\nkind: report\nid: 2021-06-work-report\ntitle: 주요업무보고\nissued: 2021-06\noffice: mayor-secretariat\nfiscal_year: 2021\nas_of: 2021-05-31\n`,
    );
    expect(cli(['validate'], dir).code).toBe(0);
    const june = cli(['report'], dir).stdout;
    expect(june.split('\n').slice(0, 3)).toEqual(['# 주요업무보고', '', '2021\\. 6.']);
    // No record since April's snapshot yet: the tables say the date their figures are of.
    expect(june).toContain("### 3. 예산 집행현황 (기준 / 단위 : '21. 4. 28. / 천원)");
    // The next one follows the new latest issue, across a year's end too.
    expect(cli(['report', 'new', '--month', '2021-12'], dir).code).toBe(0);
    expect(cli(['report', 'new'], dir).code).toBe(0);
    const january = readFileSync(join(dir, 'data', 'report-2022-01.yaml'), 'utf8');
    expect(january).toContain('id: 2022-01-work-report\n');
    expect(january).toContain('fiscal_year: 2021\nas_of: 2021-12-31\n');
  });

  it('--dry-run shows the new file and writes nothing', () => {
    const dir = office();
    const before = readdirSync(join(dir, 'data')).sort();
    const r = cli(['report', 'new', '--dry-run'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['--- /dev/null', '+++ b/data/report-2021-06.yaml', '@@ -0,0 +1,8 @@']);
    expect(r.stdout).toContain('+as_of: 2021-05-31\n');
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(before);
  });

  it('refuses a month that has its issue, one before the latest, and one that is not a month; exit 2, nothing written', () => {
    const dir = office();
    const ran = (args: string[]) => cli(['report', 'new', '--lang', 'en', ...args], dir);
    expect(ran(['--month', '2021-05'])).toEqual({ code: 2, stdout: '', stderr: 'mayor-office: the 2021-05 issue exists already (data/report.yaml): give another month with --month YYYY-MM.\n' });
    expect(ran(['--month', '2021-04'])).toEqual({ code: 2, stdout: '', stderr: 'mayor-office: --month 2021-04 comes before the latest issue (2021-05): a new issue is of a later month.\n' });
    const bad = ran(['--month', '2021-13']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/^mayor-office: .*2021-13.*YYYY-MM/)]);
    expect(existsSync(join(dir, 'data', 'report-2021-04.yaml'))).toBe(false);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.startsWith('report-'))).toEqual([]);
  });

  it('never writes over a file that has the new name: a broken draft, or a folder, stops it (also on --dry-run)', () => {
    const dir = office();
    const draft = join(dir, 'data', 'report-2021-06.yaml');
    // Begun by hand and left unfinished: it does not load, so no record says it is the June issue.
    const text = 'kind: report\nid: 2021-06-work-report\ntitle: [주요업무보고\n';
    writeFileSync(draft, text);
    const refused = 'mayor-office: the 2021-06 issue exists already (data/report-2021-06.yaml): give another month with --month YYYY-MM.\n';
    for (const args of [['--dry-run'], []]) expect(cli(['report', 'new', '--lang', 'en', ...args], dir)).toEqual({ code: 2, stdout: '', stderr: refused });
    expect(readFileSync(draft, 'utf8')).toBe(text);
    // A folder of that name (not a record file, so not listed either).
    const other = office();
    mkdirSync(join(other, 'data', 'report-2021-06.yaml'));
    expect(cli(['report', 'new', '--lang', 'en'], other)).toEqual({ code: 2, stdout: '', stderr: refused });
  });

  it('with no issue to follow, says how to write the first one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-new-issue-'));
    cpSync(seedData, join(dir, 'data'), { recursive: true, filter: (src) => !src.endsWith('report.yaml') });
    const r = cli(['report', 'new', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'mayor-office: there is no report issue (kind: report) to follow: write the first one by hand, as mayor-office init writes data/report.yaml.\n']);
  });
});
