// What a data folder's records are, cheaply: every record file's path, size, modification time
// and inode, without reading one byte of them. Two listings alike mean the folder was not
// written since (an editor or git that writes a file changes its time or inode), so what was
// computed from it may be used again. A git revision has its own, exact, key: the commit it
// names (`revisionKey` in gitSource.ts).
import { statSync } from 'node:fs';
import { findDataFiles } from './findDataFiles.js';

/** One line per record file (sorted), or null when the folder cannot be listed cleanly (a
 *  problem of listing is worth reading it again for, to report it). */
export function folderFingerprint(dir: string): string | null {
  const found = findDataFiles([dir], (p) => p);
  if (found.problems.length > 0) return null;
  const lines: string[] = [];
  for (const f of found.found) {
    try {
      const st = statSync(f.path);
      lines.push(`${f.path}\u0000${st.size}\u0000${st.mtimeMs}\u0000${st.ino}`);
    } catch {
      return null;
    }
  }
  return lines.sort().join('\n');
}
