// Whether a path lies inside a folder, following links, for paths that may not exist yet.
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The real path of `p`, or of its nearest existing parent with the rest appended. */
function realish(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(realish(parent), basename(p));
  }
}

export function isInside(dir: string, target: string): boolean {
  const rel = relative(realish(dir), realish(target));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

