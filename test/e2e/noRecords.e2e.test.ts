// One rule for a kind of record the data does not hold at all: a command that computes from it
// says so in one line and exits 1 (a fact about the data, as an error in the records is); a
// command that lists records prints its empty table and exits 0.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, seedData } from './cli.js';

function officeOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-empty-'));
  mkdirSync(join(dir, 'data'));
  copyFileSync(join(seedData, 'office.yaml'), join(dir, 'data', 'office.yaml'));
  return dir;
}

describe('no records of a kind', () => {
  const dir = officeOnly();
  for (const [args, kind] of [
    [['budget', 'status'], 'budget'],
    [['budget', 'monthly'], 'budget'],
    [['cities'], 'cities'],
    [['report'], 'report'],
  ] as const) {
    it(`${args.join(' ')}: one line naming the ${kind} records, exit 1`, () => {
      const r = cli([...args, '--lang', 'en'], dir);
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', `the data has no ${kind} records: this command computes from them. Add one (kinds and fields: docs/records.md).\n`]);
    });
  }

  for (const args of [['headcount', 'status'], ['headcount', 'trend']]) {
    it(`${args.join(' ')}: one line at the data folder, exit 1`, () => {
      const r = cli([...args, '--lang', 'en'], dir);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(/^data: there are no headcount records\. Add one as data\/headcount\/YYYY-MM-DD\.yaml/);
    });
  }

  for (const args of [['tasks', 'list'], ['events'], ['council'], ['expenses', 'list'], ['expenses', 'summary']]) {
    it(`${args.join(' ')}: its empty table, exit 0`, () => {
      const r = cli([...args, '--lang', 'en'], dir);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/┌[\s\S]*└/);
    });
  }

  it('tasks upcoming, with no record to take a date from, asks for --as-of (exit 2), and runs with it', () => {
    const r = cli(['tasks', 'upcoming', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'mayor-office: no record gives a date to start from (a report, headcount or budget record): pass --as-of YYYY-MM-DD.\n']);
    expect(cli(['tasks', 'upcoming', '--as-of', '2021-05-01'], dir).code).toBe(0);
  });
});
