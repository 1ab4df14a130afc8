// Bytes of a disclosure file → text. Offices publish CSV in UTF-8, UTF-8 with a byte-order mark,
// or CP949/EUC-KR (what Excel on a Korean Windows writes); the encoding is detected, not asked.
import { createRequire } from 'node:module';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'cp949';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** A UTF-8 file with a few bytes that are not UTF-8 (one stray byte of a bad copy): the offset
   *  in `text` of the first, which the file's problem points at. Read as CP949 instead, such a
   *  file would come in with every Korean word garbled. */
  readonly strayAt?: number;
}

/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else CP949 (a superset of EUC-KR). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const stray = (loose.match(/\uFFFD/g) ?? []).length;
    const hangul = (loose.match(/[\uAC00-\uD7A3]/g) ?? []).length;
    if (stray <= 3 && hangul >= 10) return { text: loose, encoding: 'utf-8', strayAt: loose.indexOf('\uFFFD') };
    // iconv-lite is loaded only for the files that need it (Node's TextDecoder('euc-kr') lacks
    // CP949's 8,822 extra syllables: 0x81 0x41 is 갂 in CP949, "\x81A" to it). The release
    // bundle ships iconv-lite as a CommonJS file beside its chunks (scripts/bundle.mjs).
    const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(b: Uint8Array, enc: string): string };
    return { text: iconv.decode(bytes, 'cp949'), encoding: 'cp949' };
  }
}

/** A file that holds NUL bytes or many control characters is not text (an image, a zip …). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}
