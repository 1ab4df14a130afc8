// Which files make up the data: every *.yaml / *.yml below the given paths, in a stable order.
// A path that names a directory is walked; a directory that is named like a YAML file, or a path
// that does not exist, is a problem for that path, not a crash.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem, RuleId, RuleParams } from '../model/problem.js';
import { fileSpan, problemOf } from '../model/problem.js';

export interface FoundFiles {
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

const YAML_FILE = /\.ya?ml$/i;

/** `display` turns an absolute path into the one messages show (relative to the cwd). */
export function findDataFiles(paths: readonly string[], display: (p: string) => string): FoundFiles {
  const files: string[] = [];
  const problems: Problem[] = [];
  const problem = <R extends RuleId>(p: string, rule: R, params: RuleParams[R]): void => {
    problems.push(problemOf(rule, params, { severity: 'error', span: fileSpan(display(p)), path: '' }));
  };

  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      problem(dir, 'file-unreadable', { code: (err as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        // A dangling link or a file that vanished: reading it will say what is wrong.
      }
      if (isDir) {
        if (YAML_FILE.test(name)) problem(full, 'file-is-directory', {});
        else walk(full);
      } else if (YAML_FILE.test(name)) files.push(full);
    }
  };

  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      problem(p, 'file-unreadable', { code: (err as NodeJS.ErrnoException).code ?? 'EIO' });
      continue;
    }
    if (isDir) walk(p);
    else files.push(p);
  }
  // Sorted by displayed path with '/' separators, so the order is the same on every machine.
  const unique = [...new Set(files)];
  unique.sort((a, b) => {
    const x = display(a).split(sep).join('/');
    const y = display(b).split(sep).join('/');
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { files: unique, problems };
}

export function displayPath(cwd: string): (p: string) => string {
  return (p) => {
    const rel = relative(cwd, p);
    return (rel === '' ? '.' : rel.startsWith('..') ? p : rel).split(sep).join('/');
  };
}
