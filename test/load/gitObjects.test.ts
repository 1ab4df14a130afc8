// A repository's objects read in this process must be what git itself gives: the same tree
// entries as `git ls-tree -r -t -l`, the same bytes as `git cat-file --batch`, with the objects
// loose, packed with offset deltas and packed with deltas named by hash; and where it cannot read
// an object it says so (undefined), so that git is asked instead.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { objectStore } from '../../src/load/gitObjects.js';
import type { TreeEntry } from '../../src/load/gitObjects.js';
import { gitSource } from '../../src/load/gitSource.js';
import { loadData } from '../../src/load/loadData.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]): Buffer =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd, maxBuffer: 1 << 28 });

/** A repository with history: files changed commit after commit (so a pack holds deltas), nested
 *  folders, a link, an executable, a submodule entry, names with spaces and Hangul, a large file. */
function repository(): { repo: string; commits: string[] } {
  const repo = mkdtempSync(join(tmpdir(), 'mayor-office-objects-'));
  roots.push(repo);
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'data', 'budget', '2024'), { recursive: true });
  const entries = (n: number, salt: number): string =>
    `kind: expenses\nentries:\n${Array.from({ length: n }, (_, i) => `  - { date: 2024-03-${String((i % 28) + 1).padStart(2, '0')}, amount: ${(i * 7919 + salt) % 100000}, purpose: 간담회 ${i} }`).join('\n')}\n`;
  const commits: string[] = [];
  for (let c = 0; c < 6; c++) {
    writeFileSync(join(repo, 'data', 'expenses.yaml'), entries(400 + c * 30, c));
    writeFileSync(join(repo, 'data', 'budget', '2024', '본예산 1.yaml'), `kind: budget\nfiscal_year: 2024\nnote: 변경 ${c}\n`);
    writeFileSync(join(repo, 'README.md'), `not data ${c}\n`);
    if (c === 1) {
      symlinkSync('expenses.yaml', join(repo, 'data', 'link.yaml'));
      writeFileSync(join(repo, 'data', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
      // Incompressible bytes: a blob that deflates to more than its size.
      writeFileSync(join(repo, 'data', 'noise.bin'), Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 2654435761) >>> 24)));
    }
    git(repo, 'add', '-A');
    if (c === 2) git(repo, 'update-index', '--add', '--cacheinfo', `160000,${commits[0]},data/submodule`);
    git(repo, 'commit', '-q', '-m', `commit ${c}`);
    commits.push(git(repo, 'rev-parse', 'HEAD').toString().trim());
  }
  return { repo, commits };
}

/** What git says: ls-tree's entries under `dir`, as the store gives them. */
function lsTree(repo: string, commit: string, dir: string): TreeEntry[] {
  return git(repo, 'ls-tree', '-r', '-t', '-l', '-z', commit, '--', dir)
    .toString('utf8')
    .split('\0')
    .filter((l) => l !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, object, size] = line.slice(0, tab).split(/ +/) as [string, string, string, string];
      return { mode, type, object, size: size === '-' ? 0 : Number(size), path: line.slice(tab + 1) };
    })
    .filter((e) => e.path.startsWith(`${dir}/`));
}

function catFile(repo: string, id: string): Buffer {
  return git(repo, 'cat-file', 'blob', id);
}

/** Every commit's data folder read in process is what git gives. */
function agreesWithGit(repo: string, commits: readonly string[]): void {
  const store = objectStore(join(repo, '.git', 'objects'), 64 * 1024 * 1024);
  for (const commit of commits) {
    const tree = store.tree(commit, 'data');
    expect(tree, commit).toEqual(lsTree(repo, commit, 'data'));
    const blobs = tree!.filter((e) => e.type === 'blob').map((e) => e.object);
    const contents = store.contents(blobs);
    expect(contents).toBeDefined();
    for (const id of blobs) expect(contents!.get(id)!.equals(catFile(repo, id)), id).toBe(true);
  }
}

describe('objects read in this process', () => {
  const { repo, commits } = repository();
  const packs = (): string[] => readdirSync(join(repo, '.git', 'objects', 'pack')).filter((n) => n.endsWith('.pack'));

  it('gives what git gives with loose objects', () => {
    expect(packs()).toEqual([]);
    agreesWithGit(repo, commits);
    expect(objectStore(join(repo, '.git', 'objects'), 1 << 26).tree(commits[5]!, 'data')!.map((e) => e.path)).toContain('data/budget/2024/본예산 1.yaml');
  });

  it('gives what git gives from a pack with offset deltas, and one with deltas named by hash', () => {
    git(repo, 'repack', '-a', '-d', '-f', '--depth=50', '--window=50');
    expect(packs()).toHaveLength(1);
    expect(readdirSync(join(repo, '.git', 'objects')).filter((n) => /^[0-9a-f]{2}$/.test(n))).toEqual([]);
    // The pack really holds deltas (else this would test base objects only).
    const verify = git(repo, 'verify-pack', '-v', join(repo, '.git', 'objects', 'pack', packs()[0]!)).toString();
    expect(verify).toMatch(/chain length = [1-9]/);
    agreesWithGit(repo, commits);
    git(repo, '-c', 'repack.useDeltaBaseOffset=false', 'repack', '-a', '-d', '-f', '--depth=50', '--window=50');
    agreesWithGit(repo, commits);
  });

  it('sizes a blob over the limit without giving its bytes', () => {
    const store = objectStore(join(repo, '.git', 'objects'), 1000);
    const tree = store.tree(commits[5]!, 'data')!;
    const big = tree.find((e) => e.path === 'data/expenses.yaml')!;
    expect(big.size).toBe(catFile(repo, big.object).length);
    expect(big.size).toBeGreaterThan(1000);
    expect(store.contents([big.object])).toBeUndefined();
  });

  it('says it cannot tell (undefined) for what it cannot read: git is asked then', () => {
    const store = objectStore(join(repo, '.git', 'objects'), 1 << 26);
    expect(store.tree('0'.repeat(40), 'data')).toBeUndefined();
    expect(store.tree('HEAD', 'data')).toBeUndefined();
    expect(store.contents(['1'.repeat(40)])).toBeUndefined();
    // A folder that is not in the commit has no entries, as ls-tree has none.
    expect(store.tree(commits[0]!, 'nothing/here')).toEqual([]);
    expect(objectStore(join(repo, 'no-such-folder'), 1 << 26).tree(commits[0]!, 'data')).toBeUndefined();
  });

  it('reads a revision without running git when the commit is known', () => {
    const path = process.env.PATH;
    process.env.PATH = '';
    try {
      const src = gitSource({ cwd: repo, rev: 'main', dataDir: join(repo, 'data'), known: { top: repo, commit: commits[5]! } });
      expect(src.ok).toBe(true);
      const loaded = loadData(src.ok ? src.value : (undefined as never));
      expect(loaded.files).toEqual(['main:data/budget/2024/본예산 1.yaml', 'main:data/expenses.yaml', 'main:data/link.yaml']);
      expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      process.env.PATH = path;
    }
  });
});
