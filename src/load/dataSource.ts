// Where records come from. Load asks a source two things: which record files there are, and the
// bytes of one of them. A folder on disk, a git revision and a map in memory all answer alike, so
// loading, validating and computing never know where the records live.
//
// Paths are the displayed ones, the same that messages show: `data/budget/2021.yaml` for a folder
// (relative to the working folder), `HEAD~1:data/budget/2021.yaml` for a git revision.
import type { Problem, RuleId, RuleParams } from '../model/problem.js';
import { fileSpan, problemOf } from '../model/problem.js';

/** The most a record file may hold; a larger file is refused with a located error unread. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface SourceListing {
  /** Displayed paths of the record files, sorted with '/' separators. */
  readonly files: readonly string[];
  /** Problems met while listing (a loop, a link leaving the folder, a FIFO …), one per place. */
  readonly problems: readonly Problem[];
}

export type SourceBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: Problem };
/** Whether a file was read whole (`readInPieces`), or why not. */
export type SourceRead = { readonly ok: true } | { readonly ok: false; readonly problem: Problem };

export interface DataSource {
  /** What the records are, for people: a folder, `HEAD~1`, … */
  readonly label: string;
  list(): SourceListing;
  /** The bytes of one listed file (by its displayed path), or the located reason it cannot be read. */
  read(file: string): SourceBytes;
  /** The same read, with the same problems, handed to `each` a piece at a time in a buffer that
   *  is reused (valid only during the call): for what needs the bytes once and not together, the
   *  record cache's hash. A source without it is read whole. */
  readInPieces?(file: string, each: (piece: Uint8Array) => void): SourceRead;
}

/** Record files are named *.yaml or *.yml. */
export const RECORD_FILE = /\.ya?ml$/i;

/** A problem about a whole file, located at its start. */
export function fileProblem<R extends RuleId>(file: string, rule: R, params: RuleParams[R] = {} as RuleParams[R], severity: Problem['severity'] = 'error'): Problem {
  return problemOf(rule, params, { severity, span: fileSpan(file), path: '' });
}

export function byDisplayedPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Records held in memory (path → text or bytes), for tests and tools that have no folder. */
export function memorySource(files: Readonly<Record<string, string | Uint8Array>>, label = 'memory'): DataSource {
  const encoder = new TextEncoder();
  const paths = Object.keys(files).filter((p) => RECORD_FILE.test(p)).sort(byDisplayedPath);
  return {
    label,
    list: () => ({ files: paths, problems: [] }),
    read: (file) => {
      if (!Object.prototype.hasOwnProperty.call(files, file)) return { ok: false, problem: fileProblem(file, 'file-unreadable', { code: 'ENOENT' }) };
      const body = files[file]!;
      const bytes = typeof body === 'string' ? encoder.encode(body) : body;
      if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: fileProblem(file, 'file-too-large', { size: bytes.length, limit: MAX_FILE_BYTES }) };
      return { ok: true, bytes };
    },
  };
}

/** A source as it would be with one file written: `file` (a displayed path) reads as `body` (its
 *  bytes, or a text to be written as UTF-8, encoded when first read), and is listed even where it
 *  does not exist yet. Validates an edit before it is made. */
export function withFile(base: DataSource, file: string, body: Uint8Array | string): DataSource {
  let bytes = typeof body === 'string' ? undefined : body;
  return {
    label: base.label,
    list: () => {
      const listing = base.list();
      const files = listing.files.includes(file) ? listing.files : [...listing.files, file].sort(byDisplayedPath);
      return { files, problems: listing.problems };
    },
    read: (f) => {
      if (f !== file) return base.read(f);
      // The limit of a file on disk holds for the text of an edit too: no write may make a file
      // the loader would then refuse, unreadable with every entry already in it.
      const size = bytes?.length ?? writtenSize(body as string);
      if (size > MAX_FILE_BYTES) return { ok: false, problem: fileProblem(file, 'file-too-large', { size, limit: MAX_FILE_BYTES }) };
      bytes ??= Buffer.from(body as string, 'utf8');
      return { ok: true, bytes };
    },
  };
}

/** The bytes a text takes written as UTF-8 (a lone surrogate as the three of U+FFFD). */
export const writtenSize = (text: string): number => Buffer.byteLength(text, 'utf8');
