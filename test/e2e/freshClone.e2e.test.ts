// A fresh clone runs a test file right after `npm ci`, without `npm run compile` first: vitest's
// global setup (test/setup/generated.ts) makes the module lists and the compiled schemas that the
// sources import and the repository does not hold.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LIST_FILE, MODULE_LISTS } from '../../scripts/gen-module-lists.mjs';
import { validatorsStale } from '../setup/generated.js';
import { root } from './cli.js';

/** The files a clone has: those git tracks (and new ones it would), without dist/ or generated/. */
function clone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-clone-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'scripts', 'schemas', 'src', 'test'], { cwd: root, encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter((f) => f !== '' && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  // What `npm ci` installs, without installing it again.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('a fresh clone', () => {
  it('runs one test file with npx vitest run, before any compile', () => {
    const dir = clone();
    try {
      const lists = (MODULE_LISTS as { folder: string }[]).map((s) => join(dir, s.folder, LIST_FILE));
      expect([...lists.map(existsSync), existsSync(join(dir, 'generated')), existsSync(join(dir, 'dist'))]).toEqual([...lists.map(() => false), false, false]);
      // A file that imports the report registry (its module list) and validates records (the
      // compiled schemas).
      const r = spawnSync(process.execPath, [join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/engine/noRecords.test.ts'], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? dir, CI: '1', NO_COLOR: '1' },
      });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/Tests +4 passed \(4\)/);
      expect(lists.map(existsSync)).toEqual(lists.map(() => true));
      expect(validatorsStale(dir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
