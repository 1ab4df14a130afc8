// Records in folders (and files) on disk: the data folder, or the paths given to validate.
import type { Problem } from '../model/problem.js';
import type { DataSource } from './dataSource.js';
import { fileProblem } from './dataSource.js';
import type { FoundFile } from './findDataFiles.js';
import { findDataFiles } from './findDataFiles.js';
import type { ReadGuard } from './readSource.js';
import { readFileInPieces, readFileSafely } from './readSource.js';

const notListed = (file: string): { ok: false; problem: Problem } => ({ ok: false, problem: fileProblem(file, 'file-unreadable', { code: 'ENOENT' }) });

/** A listed regular file must still be one (O_NOFOLLOW); a linked one still lead inside. */
const guardOf = (f: FoundFile): ReadGuard => (f.root === undefined ? {} : f.viaLink ? { root: f.root } : { noFollow: true });

/** `display` turns an absolute path into the one messages show (relative to the cwd). */
export function folderSource(paths: readonly string[], display: (absolutePath: string) => string, label = paths.map(display).join(', ')): DataSource {
  let byFile: Map<string, FoundFile> | undefined;
  return {
    label,
    list: () => {
      const found = findDataFiles(paths, display);
      byFile = new Map(found.found.map((f) => [display(f.path), f]));
      return { files: [...byFile.keys()], problems: found.problems };
    },
    read: (file) => {
      const f = byFile?.get(file);
      return f === undefined ? notListed(file) : readFileSafely(file, f.path, guardOf(f));
    },
    readInPieces: (file, each) => {
      const f = byFile?.get(file);
      return f === undefined ? notListed(file) : readFileInPieces(file, f.path, each, guardOf(f));
    },
  };
}
