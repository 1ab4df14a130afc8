// Step 1 of load: bytes → text. Reads one file without ever throwing: a file that cannot be
// read, a binary file or a file that is not UTF-8 becomes a Problem. A UTF-8 byte-order mark is
// dropped so that positions match the same file saved without one.
import { readFileSync } from 'node:fs';
import type { Problem, RuleId, RuleParams } from '../model/problem.js';
import { fileSpan, problemOf } from '../model/problem.js';

export type ReadFile = (path: string) => Uint8Array;

export type SourceText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** `file` is the path messages show; `path` the one to read. */
export function readSource(file: string, path: string, read: ReadFile = readFileSync): SourceText {
  let bytes: Uint8Array;
  try {
    bytes = read(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    const rule = code === 'EISDIR' ? 'file-is-directory' : 'file-unreadable';
    return { ok: false, problem: fileProblem(file, rule, { code }) };
  }
  return decodeSource(file, bytes);
}

export function decodeSource(file: string, bytes: Uint8Array): SourceText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: fileProblem(file, 'file-binary', { offset: nul }) };
  try {
    // With ignoreBOM false the decoder drops a leading BOM itself.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, problem: badUtf8Problem(file, bytes) };
  }
}

function fileProblem<R extends RuleId>(file: string, rule: R, params: RuleParams[R]): Problem {
  return problemOf(rule, params, { severity: 'error', span: fileSpan(file), path: '' });
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
