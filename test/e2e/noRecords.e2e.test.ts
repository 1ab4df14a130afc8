// One rule for a kind of record the data does not hold at all (engine/noRecords.ts): every
// command that shows records prints its table, empty (in every format it offers: json an object
// a program reads), one note on stderr that names the kind, the folder and how to add a record,
// and exits 0. A lookup of one thing (`tasks show 1`) is an error, exit 1. The commands come from
// the command table itself: a new command fails here until it follows the rule or is listed
// below with the reason it reads no kind of record.
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, seedData } from './cli.js';
import { runCli } from '../helpers.js';
import { COMMANDS } from '../../src/cli/options.js';
import { REPORTS } from '../../src/engine/reports.js';

/** The commands of the table that show no kind of record, and why. */
const READS_NO_KIND: Readonly<Record<string, string>> = {
  validate: 'judges the folder itself: a folder without a record file is an error (data-empty), a folder of records that are all valid passes',
  'expenses add': 'writes an entry; with no budget there is no line to write it under (an error of the entry)',
  'expenses import': 'writes the entries of the files it is given',
  'report new': 'writes the next issue from the latest one; with none there is nothing to follow (exit 2, docs/records.md)',
  diff: 'compares two revisions of a git repository',
  rollup: 'reads the offices rollup.yaml names, each under this rule',
  init: 'makes a new data repository',
  serve: 'a web page whose reports run under this rule',
  completion: 'prints a shell script',
};

/** A value for each option a command requires. */
const SAMPLE: Readonly<Record<string, string>> = { '--month': '2021-05' };

function folder(withOffice: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-no-records-'));
  mkdirSync(join(dir, 'data'));
  if (withOffice) copyFileSync(join(seedData, 'office.yaml'), join(dir, 'data', 'office.yaml'));
  return dir;
}

const NOTE_EN = /^no [A-Za-z -]+ in data\/, so the table is empty: .+ \(kinds and fields: docs\/records\.md\)\.\n$/;
const NOTE_KO = /^data\/에 [^\n]+ 기록이 없어 빈 표를 냅니다: .+ \(종류와 필드: docs\/records\.md\)\.\n$/;

const reports = COMMANDS.filter((c) => REPORTS.some((r) => r.name === c.name));
const listings = reports.filter((c) => c.args === undefined);
const lookups = reports.filter((c) => c.args !== undefined);

describe('the command table under the rule', () => {
  it('every command either shows a kind of record (a report of the registry, with its kind) or is listed with why it reads none', () => {
    const others = COMMANDS.filter((c) => !reports.includes(c)).map((c) => c.name);
    expect(others.sort()).toEqual(Object.keys(READS_NO_KIND).sort());
    expect(listings.length).toBeGreaterThanOrEqual(13);
  });
});

for (const [what, withOffice] of [
  ['a data folder without a single record file', false],
  ['a data folder holding only office.yaml', true],
] as const) {
  describe(what, () => {
    const dir = folder(withOffice);
    for (const c of listings) {
      const required = c.options.filter((o) => 'required' in o && o.required).flatMap((o) => {
        const flag = o.flags.split(' ')[0]!;
        return [flag, SAMPLE[flag]!];
      });
      const formats = (c.options.find((o) => o.flags.startsWith('--format'))?.choices ?? []) as readonly string[];

      // In process (the cli's run with its own streams): what is tested is the output and the exit
      // code, not the process; the Korean run below starts the built tool as a user does.
      it(`${c.name}: its empty table in every format (${formats.join(', ')}), one note naming the kind and the folder, exit 0`, async () => {
        expect(formats.length).toBeGreaterThan(0);
        for (const format of formats) {
          const file = format === 'xlsx' || format === 'docx' ? join(dir, `${c.name.replace(/ /g, '-')}.${format}`) : undefined;
          const r = await runCli([...c.name.split(' '), ...required, '--lang', 'en', '--format', format, ...(file ? ['--out', file] : [])], dir);
          expect([format, r.code], r.stderr).toEqual([format, 0]);
          expect(r.stderr, format).toMatch(NOTE_EN);
          if (file) {
            expect(readFileSync(file).subarray(0, 2).toString('latin1'), format).toBe('PK');
            continue;
          }
          expect(r.stdout.length, format).toBeGreaterThan(0);
          if (format === 'json') expect(typeof JSON.parse(r.stdout), format).toBe('object');
          if (format === 'html') expect(r.stdout, format).toMatch(/<table[\s\S]*<\/table>[\s\S]*<\/html>\s*$/);
        }
        // The same in Korean, and the note is the only line on stderr.
        const ko = cli([...c.name.split(' '), ...required, '--lang', 'ko'], dir);
        expect([ko.code, ko.stderr]).toEqual([0, expect.stringMatching(NOTE_KO)]);
      });
    }

    for (const c of lookups) {
      it(`${c.name}: a lookup with nothing to look in is an error that says there are none, exit 1`, () => {
        const r = cli([...c.name.split(' '), '1', '--lang', 'en'], dir);
        expect([r.code, r.stdout]).toEqual([1, '']);
        expect(r.stderr).toBe('there is no work item 1: the records hold no work item at all (add a kind: task record under data/tasks/).\n');
        const ko = cli([...c.name.split(' '), '1', '--lang', 'ko'], dir);
        expect([ko.code, ko.stderr.includes('있는 번호')]).toEqual([1, false]);
      });
    }

    it(withOffice ? 'validate: valid (exit 0)' : 'validate: an error located at the folder (exit 1), as documented', () => {
      const r = cli(['validate', '--lang', 'en'], dir);
      if (withOffice) expect(r.code).toBe(0);
      else {
        expect(r.code).toBe(1);
        expect(r.stdout.split('\n')[0]).toBe("data:1:1 error the records folder 'data' holds no record file (0 YAML files); point --data at the records folder, or make records with mayor-office init [data-empty]");
      }
    });
  });
}

describe('a kind missing beside others', () => {
  it('a report whose kind is missing notes it even when the rest of the office is there; with its records, no note', () => {
    const dir = folder(true);
    copyFileSync(join(seedData, 'report.yaml'), join(dir, 'data', 'report.yaml'));
    const r = cli(['headcount', 'status', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([0, 'no headcount records in data/, so the table is empty: add one as data/headcount/YYYY-MM-DD.yaml with kind: headcount (정원 only, 현원 only or both) (kinds and fields: docs/records.md).\n']);
    const seeded = cli(['headcount', 'status', '--lang', 'en', '--data', seedData], dir);
    expect([seeded.code, seeded.stderr]).toEqual([0, '']);
    expect(existsSync(join(dir, 'data', 'headcount'))).toBe(false);
  });

  it('tasks upcoming with work items but no record to take a date from still asks for --as-of (exit 2): that is no missing kind', () => {
    const dir = folder(true);
    mkdirSync(join(dir, 'data', 'tasks'));
    copyFileSync(join(seedData, 'tasks', '2-field-visits.yaml'), join(dir, 'data', 'tasks', '2-field-visits.yaml'));
    const r = cli(['tasks', 'upcoming', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'mayor-office: no record gives a date to start from (a report, headcount or budget record): pass --as-of YYYY-MM-DD.\n']);
  });
});
