// The tool's version and where it was installed from, from its package.json: two folders up from
// src/cli and dist/cli; the release bundle (scripts/bundle.mjs), one folder below the package
// root, points it one up.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

interface PackageJson {
  readonly version: string;
  readonly repository?: { readonly url?: string };
}

const packageJsonPath = (): string => createRequire(import.meta.url).resolve('../../package.json');
const packageJson = (): PackageJson => JSON.parse(readFileSync(packageJsonPath(), 'utf8')) as PackageJson;

export function version(): string {
  return packageJson().version;
}

/** `owner/repo` of the tool's own GitHub repository (its repository field). */
export function homeRepo(): string {
  const m = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(packageJson().repository?.url ?? '');
  return m ? `${m[1]}/${m[2]}` : 'seoul-mayor-office/mayor-office';
}

/**
 * The spec this tool was installed from, as `init --tool` takes it: what npm recorded in the
 * project's hidden lock file (`node_modules/.package-lock.json`) when this is a project's
 * dependency — a git URL with its commit, a tarball — else this version from the registry (a
 * global install keeps no record of where it came from).
 */
export function installedSpec(): string {
  const root = dirname(packageJsonPath());
  const modules = dirname(root);
  const lock = join(modules, '.package-lock.json');
  if (basename(modules) === 'node_modules' && existsSync(lock)) {
    try {
      const entry = (JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { resolved?: string }> }).packages?.[`node_modules/${basename(root)}`];
      const resolved = entry?.resolved ?? '';
      if (resolved.startsWith('git+')) return resolved;
      if (resolved.startsWith('file:') && /\.(?:tgz|tar\.gz)$/.test(resolved)) {
        const path = resolved.slice('file:'.length);
        return isAbsolute(path) ? path : resolve(dirname(modules), path);
      }
    } catch {
      // An unreadable lock file: the registry version below.
    }
  }
  return version();
}
