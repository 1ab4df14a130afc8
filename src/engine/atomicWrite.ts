// The one way the tool writes a file: a temporary file in the target's folder, fsync, rename.
// Whoever reads the target sees the old file or the complete new one, never a half. The
// temporary name is short (a legal 255-byte target name must still work) and tied to the
// target, so a temporary file left by a killed run is removed by the next write to the same
// target. The target's mode is kept, a link to a regular file is written through (the link
// stays a link), and anything that is not a regular file (a folder, a device, a FIFO) is refused.
import { createHash } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Lang } from '../messages/catalog.js';
import { CLI_TEXT } from '../messages/cliText.js';
import { UsageError } from './errors.js';

const PREFIX = '.mayor-office.';
const SUFFIX = '.tmp';

/** Temporary files being written now, removed if the run is interrupted. */
const pending = new Set<string>();

/** One file to write: where, what, and the name messages use (what the user typed). */
export interface FileWrite {
  readonly target: string;
  readonly data: string | Uint8Array;
  readonly shown: string;
}

/**
 * Writes `data` to `target` atomically. `shown` is the name messages use (what the user typed).
 * Throws a UsageError (exit 2, one line) when the target is not a regular file or the write fails.
 */
export function atomicWrite(target: string, data: string | Uint8Array, shown: string, lang: Lang): void {
  atomicWriteAll([{ target, data, shown }], lang);
}

interface Prepared {
  readonly path: string;
  readonly tmp: string;
  readonly shown: string;
  /** The bytes the target held, to put back if a later file of the same write fails. */
  readonly before: Uint8Array | undefined;
}

/**
 * Writes several files as one: every new text goes to a temporary file beside its target and is
 * synced first; only when all are on disk are they renamed over their targets. A failure before
 * the renames changes nothing; a failing rename puts back the files already renamed. A reader
 * sees each file old or new, never half of one.
 */
export function atomicWriteAll(files: readonly FileWrite[], lang: Lang): void {
  const t = CLI_TEXT[lang];
  const fail = (shown: string, err: unknown): never => {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError(t.writeFailed(shown, t.writeReason(code)));
  };
  installSignalCleanup();
  const prepared: Prepared[] = [];
  const discard = (): void => {
    for (const p of prepared) {
      rmSync(p.tmp, { force: true });
      pending.delete(p.tmp);
    }
  };
  for (const f of files) {
    let path: string;
    let existing: Stats | undefined;
    try {
      path = throughLinks(resolve(f.target));
      existing = statOrUndefined(path);
    } catch (err) {
      discard();
      return fail(f.shown, err);
    }
    if (existing && !existing.isFile()) {
      discard();
      throw new UsageError(t.notRegularFile(f.shown, existing.isDirectory() ? 'directory' : existing.isFIFO() ? 'fifo' : existing.isSocket() ? 'socket' : 'device'));
    }
    const dir = dirname(path);
    removeStale(dir, tagOf(basename(path)));
    const tmp = temporaryName(path, process.pid);
    let fd: number | undefined;
    pending.add(tmp);
    try {
      const before = files.length > 1 && existing ? readFileSync(path) : undefined;
      // A new file gets the usual mode (0666 less the umask); an existing one keeps its own.
      fd = openSync(tmp, 'wx', 0o666);
      if (existing) fchmodSync(fd, existing.mode & 0o7777);
      const bytes = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
      closeSync(fd);
      fd = undefined;
      prepared.push({ path, tmp, shown: f.shown, before });
    } catch (err) {
      if (fd !== undefined) closeQuietly(fd);
      rmSync(tmp, { force: true });
      pending.delete(tmp);
      discard();
      return fail(f.shown, err);
    }
  }
  const renamed: Prepared[] = [];
  for (const p of prepared) {
    try {
      renameSync(p.tmp, p.path);
      pending.delete(p.tmp);
      renamed.push(p);
    } catch (err) {
      // Put back what this write already changed: the old bytes, or no file where there was none.
      for (const done of renamed.reverse()) {
        if (done.before === undefined) rmSync(done.path, { force: true });
        else writeFileSync(done.path, done.before);
      }
      discard();
      return fail(p.shown, err);
    }
  }
  for (const dir of new Set(prepared.map((p) => dirname(p.path)))) syncFolder(dir);
}

/** The file a chain of links ends at (which may not exist yet). Loops end in ELOOP. */
export function throughLinks(path: string): string {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw err;
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw Object.assign(new Error('too many links'), { code: 'ELOOP' });
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The temporary file a run with process id `pid` writes before it becomes `path`:
 *  `.mayor-office.<10 hex digits of the name's hash>.<pid>.tmp`, at most 42 bytes. */
export function temporaryName(path: string, pid: number): string {
  return join(dirname(path), `${PREFIX}${tagOf(basename(path))}.${pid}${SUFFIX}`);
}

/** A short fixed-length tag of the target's name, so temporary names stay short and findable. */
function tagOf(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 10);
}

/** Removes temporary files of this target whose writer no longer runs (a kill -9). */
function removeStale(dir: string, tag: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // the write itself reports an unreadable folder
  }
  const start = `${PREFIX}${tag}.`;
  for (const name of names) {
    if (!name.startsWith(start) || !name.endsWith(SUFFIX)) continue;
    const pid = Number(name.slice(start.length, -SUFFIX.length));
    if (!Number.isInteger(pid) || pid <= 0) continue;
    if (pid !== process.pid && isRunning(pid)) continue; // another run is writing it now
    rmSync(join(dir, name), { force: true });
  }
}

/** Whether a process of this machine runs (EPERM: it does, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the rename itself durable; some file systems cannot sync a folder, which is fine. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // nothing more to do: the data is written and renamed
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed or broken: the temporary file is removed next
  }
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
let signalsInstalled = false;

/**
 * From the first write on, SIGINT and SIGTERM end the run through here: the temporary files
 * still pending are removed and the run exits with the usual 128 + signal number. Writes are
 * synchronous, so a signal that arrives during one is handled once it has finished or failed:
 * the target is then the old file or the new one. Installed once and never removed, so a
 * signal that arrives between writes is not lost.
 */
function installSignalCleanup(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      removePendingTemporaries();
      // A signal has no caller to return to: this is the one place that ends the process.
      process.exit(code);
    });
  }
}

export function removePendingTemporaries(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
