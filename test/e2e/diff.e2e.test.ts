// mayor-office diff, end to end: a temporary git repository holding a copy of the seed records,
// two commits apart, read through the git-revision source without a checkout.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, golden, seedData } from './cli.js';

// Fixed names and dates, so that the commits (and the hashes json prints) are the same each run.
const GIT_ENV = { ...process.env, GIT_AUTHOR_DATE: '2021-05-01T09:00:00+09:00', GIT_COMMITTER_DATE: '2021-05-01T09:00:00+09:00' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8', env: GIT_ENV });
const BUDGET = join('data', 'budget', '2021.yaml');

/** A repository whose first commit is the seed records and whose second changes `edit`. */
function repository(edit: (budget: string) => string): string {
  const repo = mkdtempSync(join(tmpdir(), 'mayor-office-diff-'));
  cpSync(seedData, join(repo, 'data'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'seed records');
  writeFileSync(join(repo, BUDGET), edit(readFileSync(join(repo, BUDGET), 'utf8')));
  git(repo, 'commit', '-q', '-am', '203-01 executed 81882');
  return repo;
}

const literal = (s: string): string => s.replace('71882', '81882');
/** The same change made as an office would: the stated figures follow. */
const consistent = (s: string): string =>
  literal(s).replace('stated: { balance: 205318, rate: 25.9 }', 'stated: { balance: 195318, rate: 29.5 }').replace('executed: 74085, balance: 263115, rate: 22.0', 'executed: 84085, balance: 253115, rate: 24.9');

const ext = (format: string): string => (format === 'table' ? 'txt' : format);

describe('diff HEAD~1 where 71882 became 81882', () => {
  const repo = repository(literal);

  for (const format of ['table', 'md', 'json']) {
    it(`shows 71,882 → 81,882 and 25.9% → 29.5% for 203-01 (--format ${format})`, () => {
      const status = git(repo, 'status', '--porcelain=v1', '-uall');
      const r = cli(['diff', 'HEAD~1', '--format', format], repo);
      // The new figure no longer matches what the document stated: that is printed and exit 1,
      // but the reviewer still sees how the figures moved.
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('data/budget/2021.yaml:24:42');
      expect(r.stderr).toContain('[stated-mismatch]');
      if (format === 'json') {
        const j = JSON.parse(r.stdout);
        const line = j.budget[0].lines.find((l: { code: string }) => l.code === '203-01');
        expect([line.change, line.base.executed, line.head.executed, line.base.rate, line.head.rate]).toEqual(['changed', 71882, 81882, 25.9, 29.5]);
        expect([j.budget[0].total.base.rate, j.budget[0].total.head.rate]).toEqual([22.0, 24.9]);
        expect(j.base).toEqual({ rev: 'HEAD~1', commit: git(repo, 'rev-parse', 'HEAD~1').trim() });
      } else {
        const row = r.stdout.split('\n').find((l) => l.includes('203-01'))!;
        expect(row).toMatch(/71,882 → 81,882.*205,318 → 195,318.*25\.9% → 29\.5%/);
      }
      // The commit hash changes with the fixture's bytes; the golden holds a stand-in.
      golden(`diff.ko.${ext(format)}`, r.stdout.replace(git(repo, 'rev-parse', 'HEAD~1').trim(), '<commit of HEAD~1>'));
      expect(git(repo, 'status', '--porcelain=v1', '-uall')).toBe(status);
    });
  }

  it('compares two revisions in English', () => {
    const r = cli(['--lang', 'en', 'diff', 'HEAD~1', 'HEAD'], repo);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HEAD:data/budget/2021.yaml:24:42');
    golden('diff.en.txt', r.stdout);
  });
});

describe('diff', () => {
  it('exits 0 when the change is consistent, and says 변경 없음 when nothing changed', () => {
    const repo = repository(consistent);
    const r = cli(['diff', 'HEAD~1', '--format', 'md'], repo);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('| 203-01 기관운영업무추진비 | 277,200 | 71,882 → 81,882 | 205,318 → 195,318 | 25.9% → 29.5% |');
    const same = cli(['diff', 'HEAD', '--format', 'md'], repo);
    expect([same.code, same.stderr, same.stdout]).toEqual([0, '', '## 기록 변경에 따른 수치 변화: HEAD → 작업 트리\n\n변경 없음\n']);
    const en = cli(['--lang', 'en', 'diff', 'HEAD'], repo);
    expect(en.stdout).toBe('How the figures change: HEAD → working tree\n\nNo changes\n');
  });

  it('compares with the merge base of the main branch by default', () => {
    const repo = repository(consistent);
    git(repo, 'checkout', '-q', '-b', 'topic');
    const headcount = join(repo, 'data', 'headcount', '2021-04-28.yaml');
    writeFileSync(headcount, readFileSync(headcount, 'utf8').replace('{ grade: 7급, quota: 1, current: 3 }', '{ grade: 7급, quota: 1, current: 4 }').replace('stated: { quota: 7, current: 9 }', 'stated: { quota: 7, current: 10 }').replace('stated: { quota: 23, current: 22 }', 'stated: { quota: 23, current: 23 }'));
    git(repo, 'commit', '-q', '-am', 'one more 7급');
    // main moves on after the branch left it: the default base stays where the branch began.
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'later on main');
    git(repo, 'checkout', '-q', 'topic');
    const base = git(repo, 'rev-parse', 'main~1').trim();
    const r = cli(['diff', '--format', 'json'], repo);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout);
    expect(j.base).toEqual({ rev: base.slice(0, 10), commit: base, mergeBaseWith: 'main' });
    expect(j.budget).toEqual([]);
    expect(j.headcount.rows.map((x: { track: string | null; grade: string | null; base: { current: number }; head: { current: number } }) => [x.track, x.grade, x.base.current, x.head.current])).toEqual([
      [null, null, 22, 23],
      ['일반직', null, 9, 10],
      ['일반직', '7급', 3, 4],
    ]);
    const table = cli(['diff'], repo).stdout;
    expect(table.split('\n')[0]).toBe(`기록 변경에 따른 수치 변화: main 분기점 ${base.slice(0, 10)} → 작업 트리`);
    expect(table).toContain('일반직 소계');
    expect(table).toMatch(/7급 +│ +1 │ +3 → 4 │ +2 → 3 │/);
  });

  it('a track without grades is named as itself, not as a 소계', () => {
    const repo = repository(consistent);
    const headcount = join(repo, 'data', 'headcount', '2021-04-28.yaml');
    writeFileSync(headcount, readFileSync(headcount, 'utf8').replace('stated: { quota: 23, current: 22 }', '  - { track: 공무직, quota: 2, current: 2 }\nstated: { quota: 25, current: 24 }'));
    expect(cli(['validate'], repo).code).toBe(0);
    const r = cli(['diff', 'HEAD', '--format', 'md'], repo);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('| **공무직 (추가)** | **2** | **2** | **0** |');
    expect(r.stdout).not.toContain('공무직 소계');
    const j = JSON.parse(cli(['diff', 'HEAD', '--format', 'json'], repo).stdout);
    expect(j.headcount.rows.map((x: { track: string | null; grade: string | null; whole: boolean }) => [x.track, x.grade, x.whole])).toEqual([
      [null, null, false],
      ['공무직', null, true],
    ]);
  });

  it('outside a git repository, or with an unknown revision: a clear message, exit 2', () => {
    const plain = mkdtempSync(join(tmpdir(), 'mayor-office-nogit-'));
    cpSync(seedData, join(plain, 'data'), { recursive: true });
    const outside = cli(['--lang', 'en', 'diff', 'HEAD~1'], plain);
    expect([outside.code, outside.stdout, outside.stderr]).toEqual([2, '', 'mayor-office: not a git repository: run diff in a data folder inside a git repository.\n']);
    const repo = repository(literal);
    const unknown = cli(['diff', 'no-such-branch'], repo);
    expect([unknown.code, unknown.stdout, unknown.stderr]).toEqual([2, '', "mayor-office: 리비전 'no-such-branch'을(를) 찾을 수 없습니다: 브랜치, 태그 또는 커밋(예: HEAD~1, main)을 주세요.\n"]);
    const option = cli(['--lang', 'en', 'diff', '--', '--output=x'], repo);
    expect([option.code, option.stderr]).toEqual([2, "mayor-office: unknown revision '--output=x': give a branch, a tag or a commit (e.g. HEAD~1, main).\n"]);
  });
});
