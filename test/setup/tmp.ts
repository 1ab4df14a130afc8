// Vitest's global setup: every test run gets a temporary folder of its own, and the folders and
// files the tests make under os.tmpdir() (copies of the records, git repositories, written
// reports, the release built for the run) go inside it, since the test processes inherit TMPDIR.
// It is removed at the end of the run, so a run leaves nothing behind in the machine's
// temporary folder, whichever test forgot to clean up after itself.
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  // A short name: sockets of the resident process's tests are made under it, and a socket's
  // path may not be longer than about 100 bytes.
  const dir = mkdtempSync(join(tmpdir(), 'mo-run-'));
  // Others may pass through it: the tests that run the cli as an unprivileged user reach their
  // folders (each made with its own mode) through this one.
  chmodSync(dir, 0o755);
  const saved = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  return () => {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    removeAll(dir);
  };
}

/** Removes `dir` with all in it; a folder a test left read-only (which a user who is not root
 *  cannot empty) is made writable first. Never fails the run: what cannot be removed stays. */
function removeAll(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
    return;
  } catch {
    // A read-only folder inside: opened up below, then removed again.
  }
  const openUp = (path: string): void => {
    try {
      if (!lstatSync(path).isDirectory()) return;
      chmodSync(path, 0o755);
      for (const name of readdirSync(path)) openUp(join(path, name));
    } catch {
      // Not ours to change: left as it is.
    }
  };
  openUp(dir);
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // Left behind rather than fail a run that passed.
  }
}
