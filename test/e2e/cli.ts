// Runs the built CLI as a user would, and compares output with reviewed golden files.
import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'mayor-office.js');
/** The seed records frozen for the tests: the office's own data/ may change; these do not. */
export const seedRoot = join(root, 'test', 'fixtures', 'secretariat');
export const seedData = join(seedRoot, 'data');

/** Runs the CLI in the seed fixture's folder, so `data/` there is the default data. */
export function cli(args: string[], cwd = seedRoot, env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Compares with test/golden/NAME. Only UPDATE_GOLDEN=1 writes golden files: a missing one
 *  fails, so nothing is ever compared with itself unseen. */
export function golden(name: string, actual: string): void {
  const file = join(root, 'test', 'golden', name);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`golden file test/golden/${name} is missing: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The golden file of a command's output: json is the same in every language, so one file. */
export function goldenName(base: string, lang: string, format: string): string {
  return format === 'json' ? `${base}.json` : `${base}.${lang}.${format === 'table' ? 'txt' : format}`;
}
