// Errors block only the commands whose records they touch: a broken headcount file stops
// `headcount status` (with the located problem) but not `budget status`, which says in one line
// that other records have errors. `validate` still fails on any error; an empty data folder is
// an error for validate and for every command.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, seedData } from './cli.js';

function seedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-inuse-'));
  cpSync(seedData, join(dir, 'data'), { recursive: true });
  return dir;
}

/** The seed with its headcount file cut off in the middle of a flow list: it cannot be parsed. */
function brokenHeadcount(): string {
  const dir = seedCopy();
  writeFileSync(join(dir, 'data', 'headcount', '2021-04-28.yaml'), 'kind: headcount\nas_of: 2021-04-28\ntracks: [\n');
  return dir;
}

describe('a broken headcount file', () => {
  it('does not stop budget status: exit 0, the figures, one line on stderr pointing at validate', () => {
    const dir = brokenHeadcount();
    const ko = cli(['budget', 'status', '--format', 'json'], dir);
    expect(ko.code).toBe(0);
    expect(JSON.parse(ko.stdout).total.executed).toBe(74085);
    expect(ko.stderr).toBe("⚠ 이 명령이 쓰지 않는 기록 1개 파일에 오류 1개가 있습니다: 'mayor-office validate'로 확인하세요.\n");
    const en = cli(['--lang', 'en', 'budget', 'status'], dir);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe("⚠ 1 error in 1 file of records this command does not use: run 'mayor-office validate' to see them.\n");
  });

  it('stops headcount status with the located problem: exit 1, nothing on stdout', () => {
    const r = cli(['--lang', 'en', 'headcount', 'status'], brokenHeadcount());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^data\/headcount\/2021-04-28\.yaml:4:1 error YAML syntax error/m);
    expect(r.stderr).not.toContain('⚠');
  });

  it('still fails validate and the whole report', () => {
    const dir = brokenHeadcount();
    expect(cli(['validate'], dir).code).toBe(1);
    expect(cli(['report'], dir).code).toBe(1);
  });

  it('does not stop the commands that use neither headcount nor its kind (council, cities, tasks list)', () => {
    const dir = brokenHeadcount();
    for (const args of [['council'], ['cities'], ['tasks', 'list']]) expect(cli(args, dir).code, args.join(' ')).toBe(0);
  });
});

describe('a problem whose kind cannot be told', () => {
  it('blocks every command: a broken file whose path names no kind', () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'data', 'notes.yaml'), 'a: [\n');
    const r = cli(['--lang', 'en', 'council'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^data\/notes\.yaml:2:1 error /m);
  });

  it('a record of a needed kind with a schema error blocks its command', () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'data', 'council.yaml'), 'kind: council\n');
    const council = cli(['--lang', 'en', 'council'], dir);
    expect(council.code).toBe(1);
    expect(council.stderr).toMatch(/^data\/council\.yaml:1:1 error /m);
    const budget = cli(['--lang', 'en', 'budget', 'status'], dir);
    expect([budget.code, budget.stderr]).toEqual([0, "⚠ 1 error in 1 file of records this command does not use: run 'mayor-office validate' to see them.\n"]);
  });
});

describe('an empty data folder', () => {
  const empty = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-empty-'));
    mkdirSync(join(dir, 'data'));
    return dir;
  };

  it('is an error for validate, located at the folder', () => {
    const r = cli(['--lang', 'en', 'validate'], empty());
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe("data:1:1 error the records folder 'data' holds no record file (0 YAML files); point --data at the records folder, or make records with mayor-office init [data-empty]");
    expect(r.stdout).not.toContain('✔');
  });

  it('is an error for validate of the folder named as a path, and with --data', () => {
    const dir = empty();
    expect(cli(['validate', 'data'], dir).stdout).toContain("'data'");
    expect(cli(['validate', 'data'], dir).code).toBe(1);
    expect(cli(['--data', 'data', 'validate'], dir).code).toBe(1);
  });

  it('is no error for a report command: each shows its empty table with a note naming the folder (docs/records.md), exit 0', () => {
    const dir = empty();
    for (const args of [['budget', 'status'], ['budget', 'monthly'], ['headcount', 'status'], ['tasks', 'list'], ['cities'], ['events'], ['council'], ['report']]) {
      const r = cli(['--lang', 'en', ...args], dir);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).toMatch(/^no [A-Za-z -]+ in data\/, so the table is empty: /);
    }
  });

  it('a folder with only a file that is not a record (README) is still empty of records', () => {
    const dir = empty();
    writeFileSync(join(dir, 'data', 'README.md'), '# records\n');
    expect(cli(['validate'], dir).code).toBe(1);
  });
});
