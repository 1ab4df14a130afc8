// The one lock of an office's records: every write (expenses add, import, a status change, a
// dashboard form) holds it from reading the records it changes to the rename of the last file,
// so two writers never both read the old file and each write it back without the other's entry.
// It is a file beside the records (`.mayor-office.lock`, not a record file) made with O_EXCL;
// a writer that finds it waits its turn. A lock whose process no longer runs on this machine,
// or that is older than STALE_MS, is taken over (renamed away under a name of the taker's, so
// two takers cannot both win).
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../messages/catalog.js';
import { CLI_TEXT } from '../messages/cliText.js';
import { UsageError } from './errors.js';
import { isRunning } from './atomicWrite.js';

export const LOCK_NAME = '.mayor-office.lock';
/** A lock older than this is taken to be left by a run that can no longer finish. */
const STALE_MS = 10 * 60 * 1000;

export interface LockOptions {
  /** How long to wait for another writer, in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  readonly lang: Lang;
  /** The lock file's name as messages show it (relative to where the user is). */
  readonly display?: (path: string) => string;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `work` holding the lock of the records in `dataDir`; waits for another holder. */
export async function withLock<T>(dataDir: string, options: LockOptions, work: () => T | Promise<T>): Promise<T> {
  const file = join(dataDir, LOCK_NAME);
  const shown = options.display?.(file) ?? file;
  const timeout = options.timeoutMs ?? 30_000;
  const start = Date.now();
  for (let delay = 10; ; delay = Math.min(delay * 2, 200)) {
    let taken: boolean;
    try {
      taken = tryTake(file);
    } catch (err) {
      // A folder the run may not write in (EACCES, EROFS): the edit could not be written either.
      const t = CLI_TEXT[options.lang];
      throw new UsageError(t.writeFailed(shown, t.writeReason((err as NodeJS.ErrnoException).code ?? (err as Error).message)));
    }
    if (taken) break;
    const holder = readHolder(file);
    if (isStale(file, holder)) {
      takeOver(file, holder);
      continue;
    }
    if (Date.now() - start >= timeout) {
      const who = holder === undefined ? '?' : `pid ${holder.pid}, ${holder.host}, ${holder.since}`;
      throw new UsageError(CLI_TEXT[options.lang].lockTimeout(shown, Math.round(timeout / 1000), who));
    }
    // A little randomness, so writers that woke together do not collide again.
    await sleep(delay + Math.floor(Math.random() * delay));
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

function tryTake(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies Holder) + '\n');
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock's holder; undefined when the file is gone, empty (its writer died while making it)
 *  or unreadable as a holder. */
function readHolder(file: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.since === 'string' ? (h as Holder) : undefined;
  } catch {
    return undefined;
  }
}

/** A lock without a readable holder is being made right now, unless it has been so for seconds
 *  (its maker died between creating and writing it). */
function isStale(file: string, holder: Holder | undefined): boolean {
  if (holder !== undefined && isStaleHolder(holder)) return true;
  try {
    return Date.now() - statSync(file).mtimeMs > (holder === undefined ? 5000 : STALE_MS);
  } catch {
    return false;
  }
}

/** Moves a stale lock away; if what was moved is not the lock judged stale (another taker was
 *  quicker and holds a fresh one), it is put back. */
function takeOver(file: string, judged: Holder | undefined): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already: try again
  }
  const moved = readHolder(aside);
  const same = judged === undefined ? moved === undefined : moved !== undefined && moved.pid === judged.pid && moved.since === judged.since;
  if (same) rmSync(aside, { force: true });
  else {
    try {
      renameSync(aside, file);
    } catch {
      rmSync(aside, { force: true });
    }
  }
}

const isStaleHolder = (h: Holder): boolean => h.host === hostname() && !isRunning(h.pid);
