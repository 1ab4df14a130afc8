// Runs the built CLI as a user would, and compares output with reviewed golden files.
//
// cli() runs the release as it is installed: bin/, schemas/, package.json and the bundle that
// scripts/bundle.mjs makes of the current sources, in a temporary folder built once per run by
// test/setup/release.ts (no dist/ there, so bin/mayor-office.js runs the bundle). It is what users
// run, and it starts faster than dist/'s many ES modules: the end-to-end tests spend most of their
// time starting the cli. checkoutCli() runs this checkout's bin/mayor-office.js (dist/ where `npm
// run compile` made it, else the committed bundle), for the tests about that launcher or about
// where the tool is installed: the bundle and resident tests compare dist/ with the committed
// bundle, init's tests expect the kit to name this checkout's schemas/.
import { expect, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
/** This checkout's launcher. */
export const checkoutBin = join(root, 'bin', 'mayor-office.js');
/** The seed records frozen for the tests: the office's own data/ may change; these do not. */
export const seedRoot = join(root, 'test', 'fixtures', 'secretariat');
export const seedData = join(seedRoot, 'data');

type Run = (args: string[], cwd?: string, env?: Record<string, string>) => { code: number; stdout: string; stderr: string };

/** Runs a launcher in the seed fixture's folder (so `data/` there is the default data), with only
 *  PATH and `env` in its environment. */
const runner =
  (bin: () => string): Run =>
  (args, cwd = seedRoot, env = {}) => {
    const r = spawnSync(process.execPath, [bin(), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, maxBuffer: 256 * 1024 * 1024 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

/** Runs the release built for this run (test/setup/release.ts). */
export const cli: Run = runner(() => inject('releaseBin'));
/** Runs this checkout's bin/mayor-office.js. */
export const checkoutCli: Run = runner(() => checkoutBin);

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
