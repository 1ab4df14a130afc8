// Records of a git revision, read from the object store: no checkout, the working tree and the
// index stay as they were.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../../src/load/loadData.js';
import { gitSource, mainMergeBase, resolveCommit } from '../../src/load/gitSource.js';
import type { BudgetRecord } from '../../src/model/records.js';
import { BUDGET } from '../helpers.js';

const git = (cwd: string, ...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });

/** A repository whose data/budget.yaml says 71882 in the first commit and 81882 in the second,
 *  with an uncommitted edit (91882) and a staged new file on top. */
function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'mayor-office-git-'));
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'data'));
  writeFileSync(join(repo, 'data', 'budget.yaml'), BUDGET);
  writeFileSync(join(repo, 'README'), 'not data\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'first');
  writeFileSync(join(repo, 'data', 'budget.yaml'), BUDGET.replace('71882', '81882'));
  git(repo, 'commit', '-q', '-am', 'second');
  writeFileSync(join(repo, 'data', 'budget.yaml'), BUDGET.replace('71882', '91882'));
  writeFileSync(join(repo, 'data', 'staged.yaml'), 'kind: office\n');
  git(repo, 'add', 'data/staged.yaml');
  return repo;
}

const executed = (repo: string, rev: string): number[] => {
  const src = gitSource({ cwd: repo, rev, dataDir: join(repo, 'data') });
  if (!src.ok) throw new Error(src.reason);
  const loaded = loadData(src.value);
  expect(loaded.problems).toEqual([]);
  expect(loaded.files).toEqual([`${rev}:data/budget.yaml`]);
  return loaded.records.flatMap((r) => (r.record as BudgetRecord).snapshots!.flatMap((s) => s.lines.map((l) => l.executed)));
};

describe('git revision source', () => {
  it('loads both commits as committed, without touching the working tree or the index', () => {
    const repo = repository();
    const status = git(repo, 'status', '--porcelain=v1', '-uall');
    const index = readFileSync(join(repo, '.git', 'index'));
    expect(executed(repo, 'HEAD~1')).toEqual([71882]);
    expect(executed(repo, 'HEAD')).toEqual([81882]);
    expect(git(repo, 'status', '--porcelain=v1', '-uall')).toBe(status);
    expect(readFileSync(join(repo, '.git', 'index')).equals(index)).toBe(true);
    expect(readFileSync(join(repo, 'data', 'budget.yaml'), 'utf8')).toContain('91882');
  });

  it('reads from a subfolder of the repository, with paths named from its top', () => {
    const repo = repository();
    const src = gitSource({ cwd: join(repo, 'data'), rev: 'HEAD~1', dataDir: join(repo, 'data') });
    expect(src.ok && loadData(src.value).files).toEqual(['HEAD~1:data/budget.yaml']);
  });

  it('says why a revision cannot be read: unknown, or not a repository', () => {
    const repo = repository();
    for (const rev of ['no-such-branch', 'HEAD~9', '--output=x']) {
      const src = gitSource({ cwd: repo, rev, dataDir: join(repo, 'data') });
      expect(src.ok ? 'ok' : src.reason).toBe('bad-revision');
    }
    const plain = mkdtempSync(join(tmpdir(), 'mayor-office-nogit-'));
    const src = gitSource({ cwd: plain, rev: 'HEAD', dataDir: plain });
    expect(src.ok ? 'ok' : src.reason).toBe('not-a-repository');
  });

  it('finds the merge base with the main branch', () => {
    const repo = repository();
    const first = git(repo, 'rev-parse', 'HEAD~1').trim();
    git(repo, 'reset', '-q', '--hard');
    git(repo, 'checkout', '-q', '-b', 'topic', 'HEAD~1');
    writeFileSync(join(repo, 'data', 'office.yaml'), 'kind: office\n');
    git(repo, 'add', 'data/office.yaml');
    git(repo, 'commit', '-q', '-m', 'topic');
    const base = mainMergeBase(repo);
    expect(base.ok && base.value).toEqual({ branch: 'main', commit: first });
    expect(resolveCommit(repo, 'topic~1')).toEqual({ ok: true, value: first });
  });

  it('follows a committed link only to a file of the same folder', () => {
    const repo = repository();
    writeFileSync(join(repo, 'secret.yaml'), 'kind: office\nname: secret-token\n');
    symlinkSync('../secret.yaml', join(repo, 'data', 'out.yaml'));
    symlinkSync('budget.yaml', join(repo, 'data', 'same.yaml'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'links');
    const src = gitSource({ cwd: repo, rev: 'HEAD', dataDir: join(repo, 'data') });
    if (!src.ok) throw new Error(src.reason);
    const loaded = loadData(src.value);
    expect(loaded.problems.map((p) => `${p.span.file} ${p.rule}`)).toContain('HEAD:data/out.yaml file-outside');
    expect(loaded.files).toEqual(['HEAD:data/budget.yaml', 'HEAD:data/same.yaml', 'HEAD:data/staged.yaml']);
    expect(JSON.stringify(loaded)).not.toContain('secret-token');
  });
});
