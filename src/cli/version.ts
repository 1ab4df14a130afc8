// The tool's version and where it was installed from, from its package.json: two folders up from
// src/cli and dist/cli; the release bundle (scripts/bundle.mjs), one folder below the package
// root, points it one up.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageJson {
  readonly version: string;
  readonly repository?: { readonly url?: string };
}

const packageJsonPath = (): string => createRequire(import.meta.url).resolve('../../package.json');
const packageJson = (): PackageJson => JSON.parse(readFileSync(packageJsonPath(), 'utf8')) as PackageJson;

export function version(): string {
  return packageJson().version;
}

/** `--version`, `-V` or `-v` alone (-v is --version too, as most tools have it): the version. */
export function isVersionOnly(argv: readonly string[]): boolean {
  return argv.length === 1 && ['--version', '-V', '-v'].includes(argv[0]!);
}

/**
 * The code this run is, for what is kept between runs (the roll-up's cache, engine/rollup.ts):
 * what other code computed is never used, even under the same version number. The release bundle
 * names itself: `build-id.txt`, the hash of its files, written by scripts/bundle.mjs. A working
 * copy's dist/ (or src/, which the tests run) has none: it is named by every code file's path,
 * size and modification time there and the compiled validators' (a compile writes them anew),
 * read when asked (a few milliseconds; only a roll-up with its cache asks).
 */
export function buildId(): string {
  return buildIdOf(codeFolder());
}

/** The folder of the code (dist/, src/; bundle/ itself). */
export function codeFolder(): string {
  return fileURLToPath(new URL('../', import.meta.url));
}

/** The release bundle's build id, from its build-id.txt in `code`; undefined elsewhere. */
export function releaseBuildId(code: string): string | undefined {
  try {
    return `${version()}+${readFileSync(join(code, 'build-id.txt'), 'utf8').trim()}`;
  } catch {
    return undefined;
  }
}

/** The build id of the code in folder `code` (exported for its test). */
export function buildIdOf(code: string): string {
  const release = releaseBuildId(code);
  if (release !== undefined) return release;
  const files: string[] = [join(dirname(packageJsonPath()), 'generated', 'validators.cjs')];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.(?:[cm]?js|ts)$/.test(e.name)) files.push(join(dir, e.name));
    }
  };
  walk(code);
  const hash = createHash('sha256');
  for (const f of files.sort()) {
    try {
      const st = statSync(f);
      hash.update(`${f}\u0000${st.size}\u0000${st.mtimeMs}\n`);
    } catch {
      hash.update(`${f}\u0000-\n`);
    }
  }
  return `${version()}+${hash.digest('hex').slice(0, 16)}`;
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
