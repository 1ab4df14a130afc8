// Step 1 of load: bytes → text. Reads one file without ever throwing: a file that cannot be
// read, a binary file or a file that is not UTF-8 becomes a Problem. A UTF-8 byte-order mark is
// dropped so that positions match the same file saved without one.
//
// Reading is bounded: the file is opened without blocking (a FIFO put in a file's place cannot
// hang the run), must still be a regular file once open, still inside its folder, and no more
// than MAX_FILE_BYTES are ever read.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import type { RuleId, RuleParams } from '../model/problem.js';
import type { Problem } from '../model/problem.js';
import type { SourceBytes, SourceRead } from './dataSource.js';
import { fileProblem, MAX_FILE_BYTES } from './dataSource.js';
import { isWithin, specialType } from './findDataFiles.js';

export type SourceText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const codeOf = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? 'EIO';

export interface ReadGuard {
  /** The real path of the folder the file must lie inside when it is opened (for a file reached
   *  through a link). */
  readonly root?: string | undefined;
  /** The file was listed as a regular file, not a link: opening refuses a link put in its place. */
  readonly noFollow?: boolean;
  readonly limit?: number;
}

/** Reads the file at `path` (shown as `file`), never more than the limit, never blocking. */
export function readFileSafely(file: string, path: string, guard: ReadGuard = {}): SourceBytes {
  return withOpenFile(file, path, guard, (fd, size, limit) => {
    // The size may change while reading: read at most limit + 1 bytes to know.
    const read = readBounded(fd, size, limit);
    return read.length > limit ? tooLarge(file, read.length, limit) : { ok: true, bytes: read };
  });
}

/** The same read as `readFileSafely`, with the same problems, but the bytes are handed to `each`
 *  a piece at a time, in order, in one buffer reused between pieces (valid only during the call):
 *  for a reader that needs them once (a hash) and not together. */
export function readFileInPieces(file: string, path: string, each: (piece: Uint8Array) => void, guard: ReadGuard = {}): SourceRead {
  return withOpenFile(file, path, guard, (fd, _size, limit) => {
    let total = 0;
    for (;;) {
      const n = readSync(fd, piece, 0, piece.length, null);
      if (n === 0) return { ok: true };
      total += n;
      // More than the limit: the file grew while it was read (said as readFileSafely says it,
      // which stops at the limit and one byte).
      if (total > limit) return tooLarge(file, limit + 1, limit);
      each(piece.subarray(0, n));
    }
  });
}

/** The buffer `readFileInPieces` reads into: one for the process, so that reading a large file
 *  touches no new memory (on a machine where that is slow, most of the cost of a read). */
const piece = Buffer.allocUnsafe(256 * 1024);

const tooLarge = (file: string, size: number, limit: number): { ok: false; problem: Problem } => ({ ok: false, problem: fileProblem(file, 'file-too-large', { size, limit }) });

/** Opens the file at `path` as both readers do (no blocking, the guard's checks), runs `body` on
 *  a regular file of at most the limit, and closes it; every failure is a located problem. */
function withOpenFile<T extends { readonly ok: boolean }>(file: string, path: string, guard: ReadGuard, body: (fd: number, size: number, limit: number) => T | { ok: false; problem: Problem }): T | { ok: false; problem: Problem } {
  const limit = guard.limit ?? MAX_FILE_BYTES;
  const fail = <R extends RuleId>(rule: R, params: RuleParams[R] = {} as RuleParams[R]): { ok: false; problem: Problem } => ({ ok: false, problem: fileProblem(file, rule, params) });
  if (guard.root !== undefined) {
    try {
      if (!isWithin(guard.root, realpathSync(path))) return fail('file-outside');
    } catch (err) {
      return fail('file-unreadable', { code: codeOf(err) });
    }
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (guard.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (err) {
    const code = codeOf(err);
    // ELOOP with O_NOFOLLOW: a link was put where a regular file was listed.
    if (code === 'ELOOP' && guard.noFollow) return fail('file-outside');
    return fail(code === 'EISDIR' ? 'file-is-directory' : 'file-unreadable', { code });
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return fail('file-is-directory', { code: 'EISDIR' });
    if (!st.isFile()) return fail('file-special', { type: specialType(st) });
    if (st.size > limit) return fail('file-too-large', { size: st.size, limit });
    return body(fd, st.size, limit);
  } catch (err) {
    return fail('file-unreadable', { code: codeOf(err) });
  } finally {
    closeSync(fd);
  }
}

/** Up to limit + 1 bytes of an open file, starting with room for its stated size. */
function readBounded(fd: number, size: number, limit: number): Uint8Array {
  let buf = Buffer.allocUnsafe(Math.min(limit + 1, size + 1));
  let got = 0;
  for (;;) {
    if (got === buf.length) {
      if (got > limit) return buf;
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, got);
      buf = bigger;
    }
    const n = readSync(fd, buf, got, buf.length - got, null);
    if (n === 0) return buf.subarray(0, got);
    got += n;
  }
}

export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  // UTF-16 (as Windows Notepad may save it) has NUL bytes in every ASCII character: name it.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: fileProblem(file, 'file-utf16', { order: bytes[0] === 0xff ? 'LE' : 'BE' }) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: fileProblem(file, 'file-binary', { offset: nul }) };
  try {
    // With ignoreBOM false the decoder drops a leading BOM itself.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, problem: badUtf8Problem(file, bytes) };
  }
}

/** What decodeSource gives for the UTF-8 bytes `text` is written as, when that is provably the
 *  text itself less a leading byte-order mark: a well-formed text (a lone surrogate is written as
 *  U+FFFD, so such a text would not read back as it is) without NUL (the mark of a binary file,
 *  refused with its byte offset). Undefined otherwise: the caller decodes the bytes. An edit's new
 *  text is checked so without encoding 16 MB only to decode them again. */
export function decodedAsWritten(text: string): string | undefined {
  if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed() || text.includes('\u0000')) return undefined;
  // UTF-8 bytes never begin FF FE or FE FF (no UTF-16 mark to name), and are valid UTF-8.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Locates the first byte that is not valid UTF-8, so the message can point at it. */
function badUtf8Problem(file: string, bytes: Uint8Array): Problem {
  const at = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).replace(/^\uFEFF/, '');
  const lines = before.split('\n');
  const line = lines.length;
  const column = (lines[lines.length - 1] ?? '').length + 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    severity: 'error',
    rule: 'file-encoding',
    span: { file, line, column, endLine: line, endColumn: column + 1 },
    path: '',
    params: { byte: `0x${byte}`, offset: at },
  };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}
