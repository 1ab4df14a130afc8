// A fresh checkout packs (the prepare script builds), the tarball installs globally into an
// empty prefix, and the installed command runs from any folder. Dependencies come from the npm
// cache that `npm ci` filled (--prefer-offline: only metadata the cache lacks is asked for).
// Slow (about a minute): it builds and installs for real.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, seedRoot } from './cli.js';

function run(cmd: string, args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('packaging', () => {
  it('npm pack on a fresh checkout, npm i -g of the tarball, then budget status from another folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'mayor-office-pack-'));
    // A fresh checkout: the files git knows (committed or not, never ignored ones like dist/).
    const checkout = join(tmp, 'checkout');
    const files = run('git', ['ls-files', '-co', '--exclude-standard'], root).stdout.split('\n').filter((f) => f !== '' && existsSync(join(root, f)));
    for (const f of files) cpSync(join(root, f), join(checkout, f));
    expect(existsSync(join(checkout, 'dist'))).toBe(false);
    // The locked dependencies as `npm ci` installed them, without installing them again.
    symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'));

    const pack = run('npm', ['pack', '--pack-destination', tmp], checkout);
    expect(pack.code, pack.stderr).toBe(0);
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
    expect(tgz).toMatch(/^mayor-office-\d+\.\d+\.\d+\.tgz$/);

    const prefix = join(tmp, 'prefix');
    const install = run('npm', ['i', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tgz)], tmp);
    expect(install.code, install.stderr).toBe(0);
    const bin = join(prefix, 'bin', 'mayor-office');

    const seedCopy = join(tmp, 'records');
    cpSync(seedRoot, seedCopy, { recursive: true });
    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
    const status = run(bin, ['budget', 'status', '--data', join(seedCopy, 'data')], elsewhere);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/│ 계 +│ 337,200 │ 74,085 │ 263,115 │ +22\.0% │/);
    // Without --data, from a folder below the marker.
    const below = run(bin, ['validate', '--lang', 'en'], join(seedCopy, 'data', 'tasks'));
    expect([below.code, below.stdout]).toEqual([0, '✔ 15 files, no problems\n']);
  });
});
