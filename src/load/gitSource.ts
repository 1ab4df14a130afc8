// Records as a git revision holds them, read straight from the object store: `git ls-tree`
// lists the files, one `git cat-file --batch` reads them. Nothing is checked out; the working
// tree and the index are never touched. Paths are shown as git names them, `REV:data/…`, so
// `git show REV:data/budget/2021.yaml` opens the file a message points at.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { DataSource, SourceBytes } from './dataSource.js';
import { byDisplayedPath, fileProblem, MAX_FILE_BYTES, RECORD_FILE } from './dataSource.js';
import type { ObjectStore, TreeEntry } from './gitObjects.js';
import { objectStore } from './gitObjects.js';

/** Why a revision cannot be read; the cli words it. */
export type GitFailure = 'no-git' | 'not-a-repository' | 'bad-revision' | 'no-main-branch' | 'outside-repository';

export type GitResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: GitFailure; readonly detail: string };

interface Run {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly missing: boolean;
}

function git(cwd: string, args: readonly string[], input?: string, maxBuffer = 64 * 1024 * 1024): Run {
  const r = spawnSync('git', [...args], { cwd, input, maxBuffer, stdio: ['pipe', 'pipe', 'pipe'] });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  if (r.error && !missing) throw r.error;
  return { ok: r.status === 0, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString('utf8').trim() ?? '', missing };
}

const fail = <T>(reason: GitFailure, detail: string): GitResult<T> => ({ ok: false, reason, detail });

/** The top folder of the working tree that holds `cwd`. */
export function gitTopLevel(cwd: string): GitResult<string> {
  const r = git(cwd, ['rev-parse', '--show-toplevel']);
  if (r.missing) return fail('no-git', 'git');
  if (!r.ok) return fail('not-a-repository', r.stderr);
  return { ok: true, value: r.stdout.toString('utf8').trim() };
}

/** The commit a revision names (full hash). A name starting with '-' is never an option. */
export function resolveCommit(cwd: string, rev: string): GitResult<string> {
  if (rev.startsWith('-') || rev === '') return fail('bad-revision', rev);
  const r = git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (r.missing) return fail('no-git', 'git');
  if (!r.ok) return fail('bad-revision', rev);
  return { ok: true, value: r.stdout.toString('utf8').trim() };
}

/** The merge base of HEAD with the main branch: main, else master, else origin/HEAD. */
export function mainMergeBase(cwd: string): GitResult<{ readonly branch: string; readonly commit: string }> {
  for (const branch of ['main', 'master', 'origin/HEAD']) {
    const c = resolveCommit(cwd, branch);
    if (!c.ok) {
      if (c.reason === 'no-git') return c;
      continue;
    }
    const r = git(cwd, ['merge-base', 'HEAD', c.value]);
    if (r.ok) return { ok: true, value: { branch, commit: r.stdout.toString('utf8').trim() } };
  }
  return fail('no-main-branch', 'main, master, origin/HEAD');
}

function lsTree(top: string, commit: string, dir: string): TreeEntry[] {
  const r = git(top, ['--literal-pathspecs', 'ls-tree', '-r', '-t', '-l', '-z', commit, '--', dir === '' ? '.' : dir], undefined, 1024 * 1024 * 1024);
  if (!r.ok) return [];
  const out: TreeEntry[] = [];
  for (const line of r.stdout.toString('utf8').split('\0')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const [mode, type, object, size] = line.slice(0, tab).split(/ +/) as [string, string, string, string];
    out.push({ mode, type, object, size: size === '-' ? 0 : Number(size), path: line.slice(tab + 1) });
  }
  return out;
}

/** Reads objects with one `git cat-file --batch`. */
function catFiles(top: string, objects: readonly string[], totalSize: number): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  if (objects.length === 0) return found;
  const r = git(top, ['cat-file', '--batch'], objects.join('\n') + '\n', totalSize + objects.length * 128 + 1024 * 1024);
  const buf = r.stdout;
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    if (nl < 0) break;
    const [object, type, size] = buf.subarray(at, nl).toString('utf8').split(' ') as [string, string, string | undefined];
    at = nl + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    found.set(object, buf.subarray(at, at + n));
    at += n + 1;
  }
  return found;
}

export interface GitSourceOptions {
  /** Where git runs (any folder inside the working tree). */
  readonly cwd: string;
  /** The revision as the user wrote it: shown in paths, `HEAD~1:data/…`. */
  readonly rev: string;
  /** The data folder in the working tree (absolute); the same folder is read in the revision. */
  readonly dataDir: string;
  /** What is known already (revisionKey): git is not asked again. */
  readonly known?: KnownRevision | undefined;
}

/** The working tree's top folder (real path), and the commit a revision names where known. */
export interface KnownRevision {
  readonly top: string;
  readonly commit?: string;
}

/** A revision's records, and the commit the revision named when it was opened. */
export interface RevisionSource extends DataSource {
  readonly commit: string;
}

export function gitSource(options: GitSourceOptions): GitResult<RevisionSource> {
  const topLevel = options.known !== undefined ? { ok: true as const, value: options.known.top } : gitTopLevel(options.cwd);
  if (!topLevel.ok) return topLevel;
  const top = topLevel.value;
  const commit = options.known?.commit !== undefined ? { ok: true as const, value: options.known.commit } : resolveCommit(options.cwd, options.rev);
  if (!commit.ok) return commit;
  let real: string;
  try {
    real = realpathSync.native(options.dataDir);
  } catch {
    real = resolve(options.dataDir);
  }
  const rel = relative(top, real).split(sep).join('/');
  if (rel.startsWith('..') || posix.isAbsolute(rel)) return fail('outside-repository', options.dataDir);
  return { ok: true, value: revisionSource(top, options.rev, commit.value, rel) };
}

function revisionSource(top: string, rev: string, commit: string, dir: string): RevisionSource {
  const shown = (path: string): string => `${rev}:${path}`;
  // The objects are read in this process where it can (gitObjects.ts); git runs only for what
  // that cannot read.
  const found = gitDirs(top);
  const store: ObjectStore | undefined = found === undefined ? undefined : objectStore(join(found.common, 'objects'), MAX_FILE_BYTES);
  const blobs = new Map<string, TreeEntry>();
  let contents: Map<string, Buffer> | undefined;
  return {
    label: rev,
    commit,
    list: () => {
      const problems: Problem[] = [];
      const entries = (store?.tree(commit, dir) ?? lsTree(top, commit, dir)).filter((e) => dir === '' || e.path.startsWith(`${dir}/`));
      const inner = (p: string): string[] => (dir === '' ? p : p.slice(dir.length + 1)).split('/');
      const hidden = (p: string): boolean => inner(p).some((s) => s.startsWith('.') || s === 'node_modules');
      // A folder named like a record file is one problem; its files are not records.
      const yamlDirs = entries.filter((e) => e.type === 'tree' && RECORD_FILE.test(e.path) && !hidden(e.path)).map((e) => e.path);
      for (const d of yamlDirs) problems.push(fileProblem(shown(d), 'file-is-directory'));
      const underYamlDir = (p: string): boolean => yamlDirs.some((d) => p.startsWith(`${d}/`));
      const byPath = new Map(entries.filter((e) => e.type === 'blob').map((e) => [e.path, e]));
      const links = entries.filter((e) => e.type === 'blob' && e.mode === '120000' && RECORD_FILE.test(e.path) && !hidden(e.path) && !underYamlDir(e.path));
      const targets = store?.contents(links.map((l) => l.object)) ?? catFiles(top, links.map((l) => l.object), links.reduce((s, l) => s + l.size, 0));
      for (const e of entries) {
        if (e.type !== 'blob' || !RECORD_FILE.test(e.path) || hidden(e.path) || underYamlDir(e.path)) continue;
        if (e.mode !== '120000') {
          blobs.set(shown(e.path), e);
          continue;
        }
        // A link is followed only to a file of the same folder in the same revision.
        const target = posix.normalize(posix.join(posix.dirname(e.path), targets.get(e.object)?.toString('utf8') ?? ''));
        const to = byPath.get(target);
        const inside = dir === '' ? !target.startsWith('..') && !posix.isAbsolute(target) : target.startsWith(`${dir}/`);
        if (!inside) problems.push(fileProblem(shown(e.path), 'file-outside'));
        else if (to === undefined || to.mode === '120000') problems.push(fileProblem(shown(e.path), 'file-unreadable', { code: 'ENOENT' }));
        else blobs.set(shown(e.path), to);
      }
      return { files: [...blobs.keys()].sort(byDisplayedPath), problems };
    },
    read: (file): SourceBytes => {
      const e = blobs.get(file);
      if (e === undefined) return { ok: false, problem: fileProblem(file, 'file-unreadable', { code: 'ENOENT' }) };
      if (e.size > MAX_FILE_BYTES) return { ok: false, problem: fileProblem(file, 'file-too-large', { size: e.size, limit: MAX_FILE_BYTES }) };
      if (contents === undefined) {
        const small = [...new Set([...blobs.values()].filter((b) => b.size <= MAX_FILE_BYTES).map((b) => b.object))];
        const total = [...blobs.values()].reduce((s, b) => s + (b.size <= MAX_FILE_BYTES ? b.size : 0), 0);
        contents = store?.contents(small) ?? catFiles(top, small, total);
      }
      const bytes = contents.get(e.object);
      if (bytes === undefined) return { ok: false, problem: fileProblem(file, 'file-unreadable', { code: 'ENOENT' }) };
      return { ok: true, bytes };
    },
  };
}

/** What the records of `dataDir` at a revision are, read from the repository's files without
 *  running git: `key` names the commit (or tag object) a branch, tag, `HEAD` or full hash names,
 *  and the folder's path in the repository; the same key means the same records. With it, what
 *  opening the revision needs to know (the working tree's top; the commit, where the ref can only
 *  name one). Undefined when it cannot be told this way (`HEAD~1`, a short hash, no such ref …):
 *  read the revision then. */
export function revisionKey(cwd: string, rev: string, dataDir: string): { readonly key: string; readonly known: KnownRevision } | undefined {
  const found = gitDirs(cwd);
  if (found === undefined) return undefined;
  const target = refTarget(found, rev);
  if (target === undefined) return undefined;
  const rel = relative(found.top, realOrResolved(dataDir)).split(sep).join('/');
  if (rel.startsWith('..') || posix.isAbsolute(rel)) return undefined;
  return { key: `${target.object}:${rel}`, known: { top: found.top, ...(target.commit ? { commit: target.object } : {}) } };
}

const realOrResolved = (p: string): string => {
  try {
    return realpathSync.native(p);
  } catch {
    return resolve(p);
  }
};

interface GitDirs {
  /** The working tree's top folder. */
  readonly top: string;
  /** Where HEAD is (a worktree's own folder) and where the refs are (the common folder). */
  readonly dir: string;
  readonly common: string;
}

function gitDirs(cwd: string): GitDirs | undefined {
  for (let at = resolve(cwd); ; at = dirname(at)) {
    const dotGit = join(at, '.git');
    try {
      const st = statSync(dotGit);
      let dir = dotGit;
      if (st.isFile()) {
        const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (!m) return undefined;
        dir = resolve(at, m[1]!.trim());
      }
      // A linked worktree names the folder of the refs; asked first, since an exception for every
      // plain repository is most of the time a roll-up of hundreds spends here.
      const named = join(dir, 'commondir');
      const common = existsSync(named) ? resolve(dir, readFileSync(named, 'utf8').trim()) : dir;
      return { top: realOrResolved(at), dir, common };
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
}

const FULL_HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The object a revision names, as git's own lookup order finds it among the refs; `commit` when
 *  it can only be a commit (a branch, or HEAD), not a tag object or any object a hash names. */
function refTarget(g: GitDirs, rev: string): { readonly object: string; readonly commit: boolean } | undefined {
  if (FULL_HASH.test(rev)) return { object: rev, commit: false };
  if (rev.startsWith('-') || rev.includes('..') || /[~^:@{}\\*?[\s]/.test(rev)) return undefined;
  const candidates = rev === 'HEAD' ? ['HEAD'] : [rev, `refs/${rev}`, `refs/tags/${rev}`, `refs/heads/${rev}`, `refs/remotes/${rev}`, `refs/remotes/${rev}/HEAD`];
  for (const name of candidates) {
    let last = name;
    const object = readRef(g, name, 0, (ref) => (last = ref));
    if (object !== undefined) return { object, commit: last === 'HEAD' || last.startsWith('refs/heads/') || last.startsWith('refs/remotes/') };
  }
  return undefined;
}

/** The hash a ref holds, through symbolic refs; `seen` is told each ref read. */
function readRef(g: GitDirs, name: string, depth: number, seen: (ref: string) => void): string | undefined {
  if (depth > 5) return undefined;
  seen(name);
  let text: string | undefined;
  try {
    text = readFileSync(join(name === 'HEAD' ? g.dir : g.common, ...name.split('/')), 'utf8').trim();
  } catch {
    text = packedRef(g, name);
  }
  if (text === undefined) return undefined;
  if (text.startsWith('ref: ')) return readRef(g, text.slice(5).trim(), depth + 1, seen);
  return FULL_HASH.test(text) ? text : undefined;
}

function packedRef(g: GitDirs, name: string): string | undefined {
  try {
    for (const line of readFileSync(join(g.common, 'packed-refs'), 'utf8').split('\n')) {
      const [hash, ref] = line.split(' ');
      if (ref === name && hash !== undefined && FULL_HASH.test(hash)) return hash;
    }
  } catch {
    // no packed refs
  }
  return undefined;
}

/** A repository named by a URL, kept as a clone without a working tree in `dir` (made on first
 *  use, fetched on each later one): its branches and tags as the remote has them now, read like
 *  any local repository. The clone's folder is returned. */
export function cloneOrFetch(url: string, dir: string): GitResult<string> {
  if (url.startsWith('-')) return fail('not-a-repository', url);
  const here = gitTopLevel(dir);
  const r = here.ok && resolve(here.value) === resolve(dir)
    ? git(dir, ['fetch', '--quiet', '--prune', '--update-head-ok', 'origin', '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*'])
    : git(resolve(dir, '..'), ['clone', '--quiet', '--no-checkout', '--', url, dir]);
  if (r.missing) return fail('no-git', 'git');
  if (!r.ok) return fail('not-a-repository', r.stderr.split('\n')[0] ?? url);
  return { ok: true, value: dir };
}
