// A new office's data repository (`init`): the files of init/scaffold.ts written all or nothing.
// They are made in a temporary folder beside the target and moved into place only when every one
// is on disk, so a full disk or a killed run leaves no half repository that a second `init` would
// then refuse. It never overwrites: a folder that holds anything but a fresh `.git` is refused.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ScaffoldOptions } from '../init/scaffold.js';
import { scaffold } from '../init/scaffold.js';

export { DEFAULT_ACTION } from '../init/scaffold.js';

export type InitResult =
  | { readonly ok: true; readonly files: number }
  /** `path` is the folder (`not-empty`, `exists` of a non-folder) or the file that is in the way. */
  | { readonly ok: false; readonly reason: 'not-empty' | 'exists'; readonly path: string }
  | { readonly ok: false; readonly reason: 'write-failed'; readonly code: string };

/** The file writes init makes, apart so a test can make the disk fill up half-way. */
export interface InitFs {
  readonly writeFileSync: (path: string, data: string) => void;
}

export function initOffice(root: string, options: ScaffoldOptions, fs: InitFs = { writeFileSync }): InitResult {
  const files = scaffold(options);
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
  return { ok: true, files: files.length };
}
