// The one write path of the records. Every change of an office's record files (expenses add,
// expenses import, a work item's status, a dashboard form) is made here, in one way:
//   1. the office's lock is taken (engine/lock.ts), so concurrent writers take turns;
//   2. the records are read afresh under it, and the edit forms the new texts from them and from
//      the files' texts as read here (with the yaml Document API, comments and line ends kept);
//   3. the whole office is validated with the new texts overlaid, and the edit's own checks (a
//      line over its 예산현액 …) run on the office as it would be;
//   4. only then are all the files written together, all or none (engine/atomicWrite.ts).
// Nothing is written on a dry run, when the office would have errors, or when a check refuses.
import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { Lang } from '../messages/catalog.js';
import { displayPath } from '../load/findDataFiles.js';
import { readFileSafely } from '../load/readSource.js';
import type { Office } from './office.js';
import { openFolder, overlay } from './office.js';
import { withLock } from './lock.js';
import { atomicWriteAll } from './atomicWrite.js';

/** A file's new text: the whole of it (a byte-order mark and CRLF line ends as the edit keeps them). */
export interface FileChange {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

/** What an edit forms from the office as it is: the changed files and its own result, or a stop. */
export type Formed<R, S> = { readonly ok: true; readonly changes: readonly FileChange[]; readonly result: R } | { readonly ok: false; readonly stop: S };

export interface ChangedFile {
  /** As messages show it. */
  readonly file: string;
  readonly path: string;
  /** The text before (undefined for a new file) and after. */
  readonly before: string | undefined;
  readonly after: string;
}

export type EditOutcome<R, S> =
  /** Written (or, on a dry run, what would be). */
  | { readonly ok: true; readonly result: R; readonly changed: readonly ChangedFile[]; readonly written: boolean; readonly after: Office }
  /** The edit refused itself (from `form` or `check`). */
  | { readonly ok: false; readonly stopped: S }
  /** The office would have errors with the new texts: nothing written. `files` lists every record
   *  file, `changed` the files the edit would have written. */
  | { readonly ok: false; readonly invalid: readonly Problem[]; readonly files: readonly string[]; readonly changed: readonly string[]; readonly result: R };

export interface EditTarget {
  /** The data folder. */
  readonly dataDir: string;
  /** Where paths are shown from. */
  readonly cwd: string;
  readonly lang: Lang;
  readonly dryRun?: boolean | undefined;
  /** How long to wait for another writer (ms). */
  readonly lockTimeoutMs?: number | undefined;
}

export async function applyEdit<R, S>(
  target: EditTarget,
  form: (office: Office, textOf: (path: string) => string | undefined) => Formed<R, S> | Promise<Formed<R, S>>,
  check?: (after: Office, result: R) => S | undefined,
): Promise<EditOutcome<R, S>> {
  return withLock(resolve(target.dataDir), { lang: target.lang, display: displayPath(target.cwd), ...(target.lockTimeoutMs !== undefined ? { timeoutMs: target.lockTimeoutMs } : {}) }, async () => {
    const office = openFolder(target.dataDir, target.cwd);
    // A file's text is read once under the lock, through the guarded read: the edit forms its new
    // text from the same text the diff shows as before.
    const texts = new Map<string, string | undefined>();
    const textOf = (path: string): string | undefined => {
      if (!texts.has(path)) texts.set(path, readTextSafely(path));
      return texts.get(path);
    };
    const formed = await form(office, textOf);
    if (!formed.ok) return { ok: false, stopped: formed.stop };
    const display = displayPath(target.cwd);
    const changed: ChangedFile[] = formed.changes.map((c) => ({ file: display(c.path), path: c.path, before: textOf(c.path), after: c.text }));
    const after = overlay(
      office,
      changed.map((c) => ({ file: c.file, text: c.after })),
    );
    const errors = after.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) return { ok: false, invalid: after.problems, files: after.files, changed: changed.map((c) => c.file), result: formed.result };
    const stop = check?.(after, formed.result);
    if (stop !== undefined) return { ok: false, stopped: stop };
    if (target.dryRun !== true && changed.length > 0) {
      for (const c of changed) mkdirSync(dirname(c.path), { recursive: true });
      atomicWriteAll(
        changed.map((c) => ({ target: c.path, data: c.after, shown: c.file })),
        target.lang,
      );
    }
    return { ok: true, result: formed.result, changed, written: target.dryRun !== true, after };
  });
}

/** A file's text, or undefined when it is absent or cannot be read as a record file. Read as the
 *  loader reads (load/readSource.ts): without blocking, a regular file only, up to the loader's
 *  size limit, so a FIFO or a device put in a record's place cannot hang a writer or a watcher. */
export function readTextSafely(path: string): string | undefined {
  const read = readFileSafely(path, path);
  return read.ok ? Buffer.from(read.bytes).toString('utf8') : undefined;
}

/** A path relative to a folder with '/' separators (for a schema modeline). */
export const relativeSlashes = (from: string, to: string): string => relative(from, to).split(/[\\/]/).join('/');
