// A new office's data repository (`init`): the files of init/scaffold.ts written all or nothing.
// They are made in a temporary folder beside the target and moved into place only when every one
// is on disk, so a full disk or a killed run leaves no half repository that a second `init` would
// then refuse. It never overwrites: a folder that holds anything but a fresh `.git` is refused.
// Then the folder becomes a git repository with the kit as its first commit (firstCommit), when
// git is there and the folder is not already inside another repository's work tree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ScaffoldOptions } from '../init/scaffold.js';
import { scaffold } from '../init/scaffold.js';
import { gitTopLevel } from '../load/gitSource.js';
import { toolSchemas } from './schemaPath.js';

export { parseToolSpec } from '../init/toolSpec.js';
export type { Tool, ToolSpecResult } from '../init/toolSpec.js';

/** What init asks for: the kit's schemas are this installation's own. */
export type InitOptions = Omit<ScaffoldOptions, 'schemas'>;

/** What became of the git repository. */
export type GitOutcome =
  | { readonly kind: 'committed'; readonly commit: string }
  /** git is not installed: the files are there, not a repository. */
  | { readonly kind: 'no-git' }
  /** The folder lies inside another repository's work tree (`top`): left to that repository. */
  | { readonly kind: 'inside'; readonly top: string }
  /** A repository, but git refused the commit (no user.name, a hook …): git's first words. */
  | { readonly kind: 'not-committed'; readonly reason: string };

export type InitResult =
  | { readonly ok: true; readonly files: number; readonly git: GitOutcome }
  /** `path` is the folder (`not-empty`, `exists` of a non-folder) or the file that is in the way. */
  | { readonly ok: false; readonly reason: 'not-empty' | 'exists'; readonly path: string }
  | { readonly ok: false; readonly reason: 'write-failed'; readonly code: string };

/** The file writes init makes, apart so a test can make the disk fill up half-way. */
export interface InitFs {
  readonly writeFileSync: (path: string, data: string) => void;
}

export function initOffice(root: string, options: InitOptions, fs: InitFs = { writeFileSync }): InitResult {
  const files = scaffold({ ...options, schemas: toolSchemas() });
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) return { ok: false, reason: 'exists', path: '' };
    // A folder that only holds a fresh `git init` is still empty for this purpose.
    if (readdirSync(root).some((name) => name !== '.git')) return { ok: false, reason: 'not-empty', path: '' };
  }
  for (const f of files) if (existsSync(join(root, f.path))) return { ok: false, reason: 'exists', path: f.path };

  const tmp = join(dirname(root), `.${basename(root)}.mayor-office-init.${process.pid}`);
  const moved: string[] = [];
  try {
    for (const f of files) {
      const target = join(tmp, f.path);
      mkdirSync(dirname(target), { recursive: true });
      fs.writeFileSync(target, f.content);
    }
    if (!existsSync(root)) {
      renameSync(tmp, root);
    } else {
      for (const name of readdirSync(tmp)) {
        renameSync(join(tmp, name), join(root, name));
        moved.push(join(root, name));
      }
      rmSync(tmp, { recursive: true, force: true });
    }
  } catch (err) {
    for (const m of moved) rmSync(m, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
    return { ok: false, reason: 'write-failed', code: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
  }
  return { ok: true, files: files.length, git: firstCommit(root, `${options.office} 기록 저장소 (mayor-office init)`) };
}

/** git in `cwd`, its output and whether it could run at all. */
function git(args: readonly string[], cwd: string): { readonly status: number | null; readonly out: string; readonly err: string; readonly missing: boolean } {
  const r = spawnSync('git', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: r.status, out: r.stdout ?? '', err: r.stderr ?? '', missing: (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' };
}

/** `git init` (unless the folder is a repository already) and a first commit of everything in it. */
export function firstCommit(root: string, message: string): GitOutcome {
  const top = gitTopLevel(root);
  if (!top.ok && top.reason === 'no-git') return { kind: 'no-git' };
  if (top.ok && realpathSync(top.value) !== realpathSync(root)) return { kind: 'inside', top: top.value };
  if (!top.ok) {
    const made = git(['-c', 'init.defaultBranch=main', 'init', '-q'], root);
    if (made.status !== 0) return { kind: 'not-committed', reason: firstLine(made.err) };
  }
  const added = git(['add', '-A'], root);
  if (added.status !== 0) return { kind: 'not-committed', reason: firstLine(added.err) };
  const committed = git(['commit', '-q', '-m', message], root);
  if (committed.status !== 0) return { kind: 'not-committed', reason: firstLine(committed.err || committed.out) };
  return { kind: 'committed', commit: git(['rev-parse', '--short', 'HEAD'], root).out.trim() };
}

/** The line of git's message that says what went wrong (its `fatal:` line where it has one). */
function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.find((l) => /^(?:fatal|error):/.test(l)) ?? lines[0] ?? '';
}
