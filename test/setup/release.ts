// Vitest's global setup: the release as a user installs it, built once per run from the current
// sources into a temporary folder (bin/, schemas/, package.json and the bundle of
// scripts/bundle.mjs, no dist/), which the end-to-end tests run (test/e2e/cli.ts). Removed at the
// end of the run.
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** bin/mayor-office.js of the release built for this run. */
    releaseBin: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-test-release-'));
  // Readable by all, as an installed package is.
  chmodSync(dir, 0o755);
  const done = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    for (const part of ['bin', 'schemas', 'package.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), '--outdir', join(dir, 'bundle')], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building the release failed (node scripts/bundle.mjs):\n${r.stderr}`);
  } catch (e) {
    done();
    throw e;
  }
  project.provide('releaseBin', join(dir, 'bin', 'mayor-office.js'));
  return done;
}
