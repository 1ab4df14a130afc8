// revisionKey tells what a revision's records are from the ref files alone, as git would resolve
// the revision: loose and packed refs, HEAD on a branch or detached, tags, a linked worktree.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { revisionKey } from '../../src/load/gitSource.js';

const root = mkdtempSync(join(tmpdir(), 'mayor-office-refs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]): string => {
  const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

describe('revisionKey', () => {
  const repo = join(root, 'repo');
  mkdirSync(join(repo, 'data'), { recursive: true });
  writeFileSync(join(repo, 'data', 'office.yaml'), 'kind: office\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'one');
  git(repo, 'tag', '-a', 'v1', '-m', 'first');
  writeFileSync(join(repo, 'data', 'office.yaml'), 'kind: office\nid: x\n');
  git(repo, 'commit', '-q', '-am', 'two');
  const data = join(repo, 'data');
  const same = (rev: string) => expect(revisionKey(repo, rev, data)?.key, rev).toBe(`${git(repo, 'rev-parse', rev)}:data`);

  it('names the object git names, loose refs', () => {
    for (const rev of ['HEAD', 'main', 'v1', 'refs/heads/main', git(repo, 'rev-parse', 'HEAD~1')]) same(rev);
    expect(revisionKey(repo, 'v1', data)?.key).not.toBe(revisionKey(repo, 'main', data)?.key);
    // A branch can only name a commit: opening it needs no git run to resolve it; a tag may name a tag object.
    expect(revisionKey(repo, 'main', data)?.known.commit).toBe(git(repo, 'rev-parse', 'main'));
    expect(revisionKey(repo, 'v1', data)?.known.commit).toBeUndefined();
    expect(revisionKey(repo, 'HEAD', data)?.known.top).toBe(git(repo, 'rev-parse', '--show-toplevel'));
  });
  it('the same with packed refs, and detached', () => {
    git(repo, 'pack-refs', '--all');
    for (const rev of ['HEAD', 'main', 'v1']) same(rev);
    git(repo, 'checkout', '-q', '--detach', 'HEAD~1');
    same('HEAD');
    git(repo, 'checkout', '-q', 'main');
  });
  it('in a linked worktree, HEAD is the worktree’s own', () => {
    const wt = join(root, 'wt');
    git(repo, 'worktree', 'add', '-q', '--detach', wt, 'v1');
    expect(revisionKey(wt, 'HEAD', join(wt, 'data'))?.key).toBe(`${git(wt, 'rev-parse', 'HEAD')}:data`);
    expect(revisionKey(wt, 'main', join(wt, 'data'))?.key).toBe(`${git(repo, 'rev-parse', 'main')}:data`);
  });
  it('leaves to git what it cannot tell from the files', () => {
    for (const rev of ['HEAD~1', 'main^', 'nope', git(repo, 'rev-parse', '--short', 'HEAD'), '-x']) expect(revisionKey(repo, rev, data), rev).toBeUndefined();
    expect(revisionKey(join(root), 'HEAD', root)).toBeUndefined();
  });
});
