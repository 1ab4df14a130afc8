// The release artifact needs nothing else: the package has no dependencies and no build step
// when installed, so a fresh checkout packs as it is, and both the tarball and a git URL install
// globally into an empty prefix with an empty npm cache and --offline (no registry, no dev
// dependencies, no prepare); the installed command then runs from any folder. The checkout holds
// the files git knows in the working tree (committed or not, never ignored ones like dist/ and
// node_modules/), so the test checks what would be committed. Slow: it installs for real.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedRoot } from './cli.js';
import { copyCheckout, GIT_CONFIG, runIn, strangerEnv, type Ran } from './stranger.js';

const TOTAL = /│ 계 +│ 337,200 │ 74,085 │ 263,115 │ +22\.0% │/;

/** Bytes of the files below `dir` (what `du --apparent-size` counts). */
function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

describe('packaging', () => {
  let tmp = '';
  let checkout = '';
  let cache = '';
  let records = '';
  let elsewhere = '';
  const run = (cmd: string, args: string[], cwd: string): Ran => runIn(cmd, args, cwd, strangerEnv(cache));
  const git = (args: string[], cwd: string): Ran => run('git', [...GIT_CONFIG, ...args], cwd);

  /** budget status and validate by the installed command, from folders that are not the package's. */
  const runsFromElsewhere = (bin: string): void => {
    const status = run(bin, ['budget', 'status', '--data', join(records, 'data')], elsewhere);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(TOTAL);
    // Without --data, from a folder below the marker; the schemas and validators ship inside.
    const below = run(bin, ['validate', '--lang', 'en'], join(records, 'data', 'tasks'));
    expect([below.code, below.stdout]).toEqual([0, '✔ 15 files, no problems\n']);
  };

  /** What npm put in the prefix: the one package, without a node_modules of its own. */
  const installedAlone = (prefix: string): void => {
    const modules = join(prefix, 'lib', 'node_modules');
    expect(readdirSync(modules).filter((n) => !n.startsWith('.'))).toEqual(['mayor-office']);
    expect(existsSync(join(modules, 'mayor-office', 'node_modules'))).toBe(false);
    expect(existsSync(join(modules, 'mayor-office', 'dist'))).toBe(false);
  };

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mayor-office-pack-'));
    cache = join(tmp, 'npm-cache');
    checkout = join(tmp, 'checkout');
    copyCheckout(checkout);
    records = join(tmp, 'records');
    cpSync(seedRoot, records, { recursive: true });
    elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
  });

  it('the checkout holds the bundle and neither dist/ nor node_modules/; the package has no dependencies', () => {
    expect(existsSync(join(checkout, 'bundle', 'run.js'))).toBe(true);
    expect(existsSync(join(checkout, 'dist'))).toBe(false);
    expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { dependencies?: object; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
    // npm prepares a git dependency (installs its dev dependencies and packs it) when it has any
    // of these scripts: none may be there.
    expect(Object.keys(pkg.scripts).filter((s) => ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall'].includes(s))).toEqual([]);
  });

  it('npm pack, then npm i -g --offline of the tarball, then budget status from another folder', () => {
    const pack = run('npm', ['pack', '--pack-destination', tmp], checkout);
    expect(pack.code, pack.stderr).toBe(0);
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
    expect(tgz).toMatch(/^mayor-office-\d+\.\d+\.\d+\.tgz$/);
    const listed = run('tar', ['-tzf', join(tmp, tgz)], tmp).stdout.split('\n').filter((f) => f !== '');
    expect(listed.filter((f) => !/^package\/(bin|bundle|schemas)\/|^package\/(package\.json|README\.md|LICENSE)$/.test(f))).toEqual([]);

    const prefix = join(tmp, 'prefix-tarball');
    const install = run('npm', ['i', '-g', '--offline', '--prefix', prefix, join(tmp, tgz)], tmp);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toContain('added 1 package');
    installedAlone(prefix);
    // What a global install puts on the disk: one package, no dependency that could be deprecated.
    const bytes = sizeOf(join(prefix, 'lib', 'node_modules'));
    console.log(`npm i -g of the tarball: ${(bytes / 1e6).toFixed(2)} MB installed (target: under 10 MB)`);
    expect(bytes).toBeLessThan(10e6);
    runsFromElsewhere(join(prefix, 'bin', 'mayor-office'));

    // npx runs the tarball without installing it anywhere.
    const npx = run('npx', ['--offline', '--yes', '--package', join(tmp, tgz), 'mayor-office', 'budget', 'status', '--data', join(records, 'data')], elsewhere);
    expect(npx.code, npx.stderr).toBe(0);
    expect(npx.stdout).toMatch(TOTAL);
  });

  it('npm i -g --offline git+file:// of a bare clone, timed, then budget status from another folder; the same URL as a dependency, with npx', () => {
    // The checkout as a repository of its own, and a bare clone of it to install from.
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'the working tree']]) {
      const r = git(args, checkout);
      expect(r.code, r.stderr).toBe(0);
    }
    const bare = join(tmp, 'mayor-office.git');
    const clone = git(['clone', '-q', '--bare', checkout, bare], tmp);
    expect(clone.code, clone.stderr).toBe(0);

    const prefix = join(tmp, 'prefix-git');
    const started = process.hrtime.bigint();
    const install = run('npm', ['i', '-g', '--offline', '--prefix', prefix, `git+file://${bare}`], tmp);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`npm i -g git+file:// took ${seconds.toFixed(1)} s (target: under 30 s)`);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toContain('added 1 package');
    installedAlone(prefix);
    runsFromElsewhere(join(prefix, 'bin', 'mayor-office'));

    // The same URL as a data repository's dependency: a local install, where npm would install
    // the dev dependencies of a git dependency that had a build script, then npx in that folder.
    const office = join(tmp, 'office');
    mkdirSync(office);
    writeFileSync(join(office, 'package.json'), '{ "name": "office", "private": true }\n');
    cpSync(join(records, 'data'), join(office, 'data'), { recursive: true });
    const local = run('npm', ['i', '--offline', '--no-package-lock', `git+file://${bare}`], office);
    expect(local.code, local.stderr).toBe(0);
    const npx = run('npx', ['--offline', '--no-install', 'mayor-office', 'budget', 'status'], office);
    expect(npx.code, npx.stderr).toBe(0);
    expect(npx.stdout).toMatch(TOTAL);
  });
});
