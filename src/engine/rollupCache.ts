// The roll-up's cache: what each office gave a report, kept in a folder (beside rollup.yaml by
// default) under a key of what its records are (a git revision's commit and folder, read from the
// ref files; a folder's file names, sizes, times and inodes), the report, its parameters and the
// build of the tool. Looked up without reading any record, so an unchanged office costs a
// listing and one small file.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Refusal } from '../model/refusal.js';
import type { RollupOfficeEntry } from '../model/rollup.js';
import type { ValidationPart } from '../compute/rollup.js';
import { folderFingerprint } from '../load/fingerprint.js';
import { revisionKey } from '../load/gitSource.js';
import type { RollupParams } from './rollupReports.js';

/** What one office gave a report: kept in the cache as it is. */
export interface OfficeOutcome {
  readonly id: string;
  readonly validation: ValidationPart;
  /** The report may not run on it: the errors (and warnings) of the records it needs. */
  readonly blocked: boolean;
  /** Where the first error that blocks it is: its file inside the office's folder, line, column
   *  and rule (kept apart from where the run was started, so a cached one reads right anywhere). */
  readonly firstError?: { readonly file: string; readonly line: number; readonly column: number; readonly rule: string };
  readonly result?: { readonly ok: true; readonly part: unknown } | { readonly ok: false; readonly refusal: Refusal };
}

// ── what an office's records are ─────────────────────────────────────────────────────────────

/** What a local repository's revision is, from its ref files (undefined: git must tell). */
export const revisionOf = (repo: string, entry: RollupOfficeEntry) => (existsSync(repo) ? revisionKey(repo, entry.revision ?? 'HEAD', join(repo, entry.data ?? 'data')) : undefined);

export const folderKey = (dataDir: string): string | null => {
  const fp = folderFingerprint(dataDir);
  return fp === null ? null : `folder\u0000${fp}`;
};

export const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^[^/\\]+@[^/\\]+:/.test(s);

// ── the cache ──────────────────────────────────────────────────────────────────────────────

export function cacheKey(build: string, report: string, params: RollupParams, fingerprint: string): string {
  const p = [params.asOf ?? null, params.year ?? null, params.month ?? null, params.within ?? null];
  // The build holds the shape of what is kept too: a part of another shape is never read back.
  return createHash('sha256').update(JSON.stringify([build, report, p, fingerprint])).digest('hex');
}

const cacheFile = (dir: string, key: string): string => join(dir, 'offices', key.slice(0, 2), `${key}.json`);

export function readCache(dir: string | undefined, key: string): OfficeOutcome | undefined {
  // Not there, or unreadable: the office is read again.
  return dir === undefined ? undefined : (readWhole(cacheFile(dir, key)) as OfficeOutcome | undefined);
}

/** An entry's value; undefined when there is none or it is not whole (cut short, not JSON). */
function readWhole(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Keeps an office's outcome; a cache that cannot be written only costs the next run time.
 *  Written whole under a name of its own, then renamed: a reader sees the entry or none. It is
 *  not synced to disk (the records' write path does that, 3 ms a file): an entry a power cut
 *  leaves empty or cut short is not JSON, and that office is read again. */
export function writeCache(dir: string | undefined, key: string, outcome: OfficeOutcome): void {
  if (dir === undefined) return;
  writeWhole(cacheFile(dir, key), JSON.stringify(outcome));
}

function writeWhole(file: string, text: string): void {
  const tmp = `${file}.${randomUUID()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // a read-only or full disk: the roll-up is still right, only not kept
    rmSync(tmp, { force: true });
  }
}

// ── rollup.yaml itself ───────────────────────────────────────────────────────────────────────

/** Where rollup.yaml's checked value is kept: under a hash of its bytes and the build, so another
 *  text, or a tool whose schema or reader may read it otherwise, is another entry. */
export const checkedFileKey = (build: string, bytes: Uint8Array): string => createHash('sha256').update(`rollup.yaml\u0000${build}\u0000`).update(bytes).digest('hex');

const checkedFile = (dir: string, key: string): string => join(dir, 'rollup-file', `${key}.json`);

/** The value of a rollup.yaml whose bytes passed the checks before, or undefined. */
export function readCheckedFile(dir: string | undefined, key: string): unknown {
  // Not there, or unreadable: the file is read and checked.
  return dir === undefined ? undefined : readWhole(checkedFile(dir, key));
}

/** Keeps the value of a rollup.yaml that passed the checks, when JSON gives it back as it is (it
 *  does for what the YAML reader gives a schema-valid file; anything else is not kept). */
export function writeCheckedFile(dir: string | undefined, key: string, value: unknown): void {
  if (dir === undefined || !jsonExact(value)) return;
  writeWhole(checkedFile(dir, key), JSON.stringify(value));
}

/** Whether JSON.parse(JSON.stringify(v)) is v again, field for field. */
function jsonExact(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(jsonExact);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.entries(v).every(([k, x]) => k !== '__proto__' && jsonExact(x));
}

/** The cache folder of a rollup.yaml: beside it, unless given. */
export const defaultCacheDir = (rollupPath: string): string => join(dirname(rollupPath), '.mayor-office-cache');
