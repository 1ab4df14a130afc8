// The record cache: what loading and the schema check gave for one record file (its record, its
// problems), kept on disk under a hash of the file's bytes, of its name as messages show it and
// of the build (the sources, the schemas, the libraries: `validatorsBuildId`). It is never
// trusted over the file: every file is read and hashed on every run, and a hit only skips the
// parse and the schema check of bytes already seen. The problems of the checks across files are
// kept too, under the keys of every file of the load together: one changed, added or removed
// file is another key, and the checks run again.
//
// Anything wrong with the cache (a folder that cannot be made or written, an entry that is
// truncated, altered or of another build) is a miss, never an error: the file is then parsed
// as if there were no cache. Entries are written whole or not at all (a temporary file renamed
// into place). Entries not used for MAX_AGE_DAYS are removed, and the oldest-used beyond
// MAX_TOTAL_BYTES, after each run that wrote one (docs/performance.md, "The record cache").
import type { Hash } from 'node:crypto';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadFile } from '../load/loadData.js';
import { loadBytes } from '../load/loadData.js';
import type { Problem } from '../model/problem.js';
import { fileSpan } from '../model/problem.js';
import type { AnyRecord, LoadedRecord, Locator } from '../model/records.js';
import { schemaProblems } from '../validate/schemaProblems.js';
import { validatorsBuildId } from '../validate/schemaValidators.js';
import { recordCacheFolder } from './recordCacheDir.js';
import { decodeValue, encodeValue } from './recordCodec.js';

/** Entries not used for this many days are removed. */
export const MAX_AGE_DAYS = 30;
/** The most the entries may take together; the least recently used go first beyond it. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** The start of every entry, with the layout's version: another layout is a miss. */
const MAGIC = Buffer.from('MOREC03\n', 'latin1');
/** What the key of a set of files' checks across them starts with, apart from a file's. */
const CROSS_MAGIC = Buffer.from('MOXCK01\n', 'latin1');
const SUM_BYTES = 32;
const ENTRY = /^[0-9a-f]{64}\.bin$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export { useRecordCache } from './recordCacheDir.js';

/** The schema problems of records loaded through the cache, found on a miss or kept in the
 *  entry: validation takes them instead of checking the record again. */
const schemaOf = new WeakMap<LoadedRecord, readonly Problem[]>();
export const knownSchemaProblems = (r: LoadedRecord): readonly Problem[] | undefined => schemaOf.get(r);

/** What one entry holds. */
interface Entry {
  readonly key: string;
  /** The record's value; absent when the file gave no record (a syntax error, no kind …). */
  readonly record?: unknown;
  readonly problems: readonly Problem[];
  /** The record's schema problems (absent without a record). */
  readonly schema?: readonly Problem[];
}

/** The problems of the checks across files, kept for one exact set of files (below). */
export interface CrossCheckCache {
  /** `context`: what the checks see besides the records (validate/validate.ts), in the key too. */
  get(context: string): readonly Problem[] | undefined;
  set(context: string, problems: readonly Problem[]): void;
}

export interface RecordCacheRun {
  readonly loadFile: LoadFile;
  /** The kept problems of the checks across `files` (the load's files, in its order), when every
   *  one of them was read through `loadFile` in this run; undefined otherwise. */
  crossChecks(files: readonly string[]): CrossCheckCache | undefined;
  /** Ends a load: removes old entries when this run wrote any. */
  done(): void;
  /** Files answered from the cache and files parsed, so far. */
  counts(): { readonly hits: number; readonly misses: number };
}

/** The loader of one load through the cache, or undefined when the cache is off (or the build
 *  has no id to key entries with). `dir` defaults to the folder `useRecordCache` set. */
export function recordCacheRun(dir: string | undefined = recordCacheFolder()): RecordCacheRun | undefined {
  if (dir === undefined) return undefined;
  const build = validatorsBuildId();
  if (build === undefined) return undefined;
  let wrote = false;
  let hits = 0;
  let misses = 0;
  /** Each file's entry key, as this run read it. */
  const keys = new Map<string, string>();
  /** The file's record and problems from its bytes: the entry of their key, else a parse. */
  const fromBytes = (file: string, bytes: Uint8Array): ReturnType<LoadFile> => {
    const key = entryKey(build, file).update(bytes).digest('hex');
    keys.set(file, key);
    const path = join(dir, `${key}.bin`);
    const hit = readEntry(path, key);
    if (hit !== undefined) {
      hits++;
      return fromEntry(file, hit, () => bytes);
    }
    misses++;
    const loaded = loadBytes(file, bytes);
    const schema = loaded.record === undefined ? undefined : schemaProblems(loaded.record);
    if (loaded.record !== undefined) schemaOf.set(loaded.record, schema!);
    const entry: Entry = { key, problems: loaded.problems, ...(loaded.record === undefined ? {} : { record: loaded.record.record, schema: schema! }) };
    if (writeEntry(dir, path, entry)) wrote = true;
    return loaded;
  };
  return {
    loadFile: (file, source) => {
      if (source.readInPieces !== undefined) {
        // The file is hashed as it is read, a piece at a time: a hit never holds its bytes (a
        // year of entries is megabytes), and reads them again only if a problem asks where a
        // value is written.
        const hash = entryKey(build, file);
        const read = source.readInPieces(file, (piece) => hash.update(piece));
        if (!read.ok) return { problems: [read.problem] };
        const key = hash.digest('hex');
        const hit = readEntry(join(dir, `${key}.bin`), key);
        if (hit !== undefined) {
          keys.set(file, key);
          hits++;
          return fromEntry(file, hit, () => {
            const again = source.read(file);
            return again.ok && entryKey(build, file).update(again.bytes).digest('hex') === key ? again.bytes : undefined;
          });
        }
      }
      // A miss, or a source read whole: the key is that of the very bytes parsed and kept.
      const read = source.read(file);
      return read.ok ? fromBytes(file, read.bytes) : { problems: [read.problem] };
    },
    crossChecks: (files) => {
      if (files.length === 0 || !files.every((f) => keys.has(f))) return undefined;
      // The checks across files read nothing but the records (validate/ has no clock and no
      // file system), so the files' keys (their names and bytes, and the build) decide them.
      const hash = createHash('sha256').update(CROSS_MAGIC).update(build).update('\0');
      for (const f of files) hash.update(f).update('\0').update(keys.get(f)!).update('\0');
      const keyOf = (context: string): string => hash.copy().update(context).digest('hex');
      return {
        get: (context) => {
          const key = keyOf(context);
          const hit = readEntry(join(dir, `${key}.bin`), key);
          return hit === undefined || hit.record !== undefined ? undefined : hit.problems;
        },
        set: (context, problems) => {
          const key = keyOf(context);
          if (writeEntry(dir, join(dir, `${key}.bin`), { key, problems })) wrote = true;
        },
      };
    },
    done: () => {
      if (wrote) pruneRecordCache(dir);
    },
    counts: () => ({ hits, misses }),
  };
}

/** The hash of an entry's key, to be given the file's bytes. */
function entryKey(build: string, file: string): Hash {
  return createHash('sha256').update(MAGIC).update(build).update('\0').update(file).update('\0');
}

/** The entry at `path` if it is whole, of this layout and of this key; undefined otherwise. */
function readEntry(path: string, key: string): Entry | undefined {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size < MAGIC.length + SUM_BYTES) return undefined;
    buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, null);
      if (n === 0) return undefined;
      got += n;
    }
    // Used now: the age that pruning goes by is the time since the last use (touched at most
    // once an hour, so a warm run writes nothing).
    if (Date.now() - st.mtimeMs > DAY_MS / 24) {
      try {
        const now = new Date();
        futimesSync(fd, now, now);
      } catch {
        // A read-only cache is still read.
      }
    }
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const payload = buf.subarray(MAGIC.length + SUM_BYTES);
  const sum = createHash('sha256').update(payload).digest();
  if (!sum.equals(buf.subarray(MAGIC.length, MAGIC.length + SUM_BYTES))) return undefined;
  let entry: unknown;
  try {
    entry = decodeValue(payload);
  } catch {
    return undefined;
  }
  return isEntry(entry, key) ? entry : undefined;
}

function isEntry(e: unknown, key: string): e is Entry {
  if (e === null || typeof e !== 'object') return false;
  const x = e as Record<string, unknown>;
  if (x['key'] !== key || !Array.isArray(x['problems'])) return false;
  const hasRecord = Object.prototype.hasOwnProperty.call(x, 'record');
  return hasRecord ? x['record'] !== null && typeof x['record'] === 'object' && Array.isArray(x['schema']) : x['schema'] === undefined;
}

/** A hit as loading gives it: the record, its problems, and a locator that parses the file's
 *  bytes only when a problem of a later check asks where a value is written. */
function fromEntry(file: string, entry: Entry, bytes: () => Uint8Array | undefined): ReturnType<LoadFile> {
  if (entry.record === undefined) return { problems: entry.problems };
  const record: LoadedRecord<AnyRecord> = { file, record: entry.record as AnyRecord, locate: lazyLocator(file, bytes) };
  schemaOf.set(record, entry.schema!);
  return { record, problems: entry.problems };
}

/** `bytes` gives the bytes the entry was found by, or undefined when they can no longer be had
 *  (the file changed since it was hashed): then every place is the file's start. */
function lazyLocator(file: string, bytes: () => Uint8Array | undefined): Locator {
  let real: Locator | undefined;
  const get = (): Locator => {
    if (real === undefined) {
      // The same bytes of the same build gave a record when the entry was made, so they give it
      // again; the file's start is only a guard.
      const at = fileSpan(file);
      const b = bytes();
      real = (b === undefined ? undefined : loadBytes(file, b).record?.locate) ?? { value: () => at, key: () => at, source: () => undefined, line: () => '' };
    }
    return real;
  };
  return { value: (p) => get().value(p), key: (p) => get().key(p), source: (p) => get().source(p), line: (n) => get().line(n) };
}

/** Writes an entry whole (a temporary file renamed into place); false when it cannot be. */
function writeEntry(dir: string, path: string, entry: Entry): boolean {
  let tmp: string | undefined;
  try {
    const payload = encodeValue(entry);
    const sum = createHash('sha256').update(payload).digest();
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    tmp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(tmp, Buffer.concat([MAGIC, sum, payload]), { flag: 'wx', mode: 0o600 });
    renameSync(tmp, path);
    return true;
  } catch {
    if (tmp !== undefined) rmSync(tmp, { force: true });
    return false;
  }
}

/** Removes entries not used for MAX_AGE_DAYS, then the least recently used until the rest
 *  take at most MAX_TOTAL_BYTES; temporary files of runs that were stopped go after a day.
 *  Files that are not entries are left alone. Never throws. */
export function pruneRecordCache(dir: string, now = Date.now(), limits = { maxAgeDays: MAX_AGE_DAYS, maxTotalBytes: MAX_TOTAL_BYTES }): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const kept: { path: string; used: number; size: number }[] = [];
  const remove = (path: string): void => {
    try {
      rmSync(path, { force: true });
    } catch {
      // Another run may have removed it, or the folder is read-only: nothing to do.
    }
  };
  for (const name of names) {
    const isTmp = /^\.[0-9a-f]{12}\.tmp$/.test(name);
    if (!isTmp && !ENTRY.test(name)) continue;
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (!st.isFile()) continue;
    const age = now - st.mtimeMs;
    if (isTmp) {
      if (age > DAY_MS) remove(path);
    } else if (age > limits.maxAgeDays * DAY_MS) remove(path);
    else kept.push({ path, used: st.mtimeMs, size: st.size });
  }
  let total = kept.reduce((s, e) => s + e.size, 0);
  // The newest first, by name where two were used at the same moment: the same entries go.
  kept.sort((a, b) => b.used - a.used || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  while (total > limits.maxTotalBytes && kept.length > 0) {
    const oldest = kept.pop()!;
    remove(oldest.path);
    total -= oldest.size;
  }
}
