// A scratch copy of the repository as a fresh clone has it: the files git knows (committed or
// new, never ignored ones such as dist/, generated/ and the module lists), with this checkout's
// node_modules linked in place of `npm ci`. A test changes it as a developer would and runs
// vitest there, without touching this checkout.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './cli.js';

export function scratchClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-clone-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'bin', 'scripts', 'schemas', 'src', 'test'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((f) => f !== '' && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `npx vitest run` on test files of a scratch clone; its output without colour. */
export function vitestIn(dir: string, files: readonly string[]): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...files], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? dir, CI: '1', NO_COLOR: '1' },
  });
  return { code: r.status, output: (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}
