// load: a data source → records with their locators, plus every problem met on the way.
// Never throws on bad input; each file is read on its own, so one broken file does not hide
// the problems of the others.
import type { Problem } from '../model/problem.js';
import type { AnyRecord, LoadedRecord } from '../model/records.js';
import { RECORD_KINDS } from '../model/records.js';
import { closest } from '../model/closest.js';
import { MAYBE_NOT_NFC } from '../model/nfc.js';
import type { DataSource } from './dataSource.js';
import { folderSource } from './folderSource.js';
import { parseYaml } from './parseYaml.js';
import { decodeSource } from './readSource.js';

export interface LoadedData {
  readonly files: readonly string[];
  /** Records whose file parsed and whose `kind` is known; not yet checked against a schema. */
  readonly records: readonly LoadedRecord<AnyRecord>[];
  readonly problems: readonly Problem[];
}

export interface LoadOptions {
  readonly display: (absolutePath: string) => string;
  /** How one listed file of the source becomes its record and problems (`loadFile` below unless
   *  given): the engine's record cache answers here for files it has seen. */
  readonly loadFile?: LoadFile | undefined;
}

/** One listed file of a source → its record and problems. */
export type LoadFile = (file: string, source: DataSource) => { record?: LoadedRecord<AnyRecord> | undefined; problems: readonly Problem[] };

/** A file of the source read and loaded (a file that cannot be read is its problem). */
export const loadFile: LoadFile = (file, source) => {
  const read = source.read(file);
  return read.ok ? loadBytes(file, read.bytes) : { problems: [read.problem] };
};

/** Loads every record file of a source. `loadData(paths, { display })` reads folders and files
 *  on disk, as `loadData(folderSource(paths, display))`. */
export function loadData(source: DataSource, options?: Partial<LoadOptions>): LoadedData;
export function loadData(paths: readonly string[], options: LoadOptions): LoadedData;
export function loadData(from: DataSource | readonly string[], options?: Partial<LoadOptions>): LoadedData {
  const source = isPaths(from) ? folderSource(from, options!.display!) : from;
  const load = options?.loadFile ?? loadFile;
  const listing = source.list();
  const problems: Problem[] = [...listing.problems];
  const records: LoadedRecord<AnyRecord>[] = [];
  for (const file of listing.files) {
    const loaded = load(file, source);
    problems.push(...loaded.problems);
    if (loaded.record) records.push(loaded.record);
  }
  return { files: listing.files, records, problems };
}

const isPaths = (from: DataSource | readonly string[]): from is readonly string[] => Array.isArray(from);

/** One file's bytes → its record and problems (undecodable bytes are a problem, not a throw). */
export function loadBytes(file: string, bytes: Uint8Array): { record?: LoadedRecord<AnyRecord> | undefined; problems: readonly Problem[] } {
  const source = decodeSource(file, bytes);
  return source.ok ? loadText(file, source.text) : { problems: [source.problem] };
}

/** The text records are read from: NFC, so decomposed Hangul (as macOS may save or paste it)
 *  compares equal to the same word typed elsewhere, and every column — of a problem's place, its
 *  caret and the quoted source line, and of a table — is counted on the one normalised text. */
export function normalisedText(text: string): string {
  if (!MAYBE_NOT_NFC.test(text)) return text;
  if (text.length <= NFC_PIECE) return text.normalize('NFC');
  // In pieces that each end after a line break: a line break neither composes nor reorders with
  // what is around it, so the pieces normalise as the whole does. One normalize of a 16 MB text
  // asks the allocator for a buffer as large, fresh pages from the system each time (70 ms where
  // the pieces take 10). Nothing is copied when every piece is NFC already, as nearly every text is.
  let out: string[] | undefined;
  for (let start = 0; start < text.length; ) {
    const nl = start + NFC_PIECE >= text.length ? -1 : text.indexOf('\n', start + NFC_PIECE);
    const end = nl === -1 ? text.length : nl + 1;
    const piece = text.slice(start, end);
    const nfc = piece.normalize('NFC');
    if (out === undefined && nfc !== piece) out = [text.slice(0, start)];
    out?.push(nfc);
    start = end;
  }
  return out === undefined ? text : out.join('');
}

/** The UTF-16 units normalised at a time (about 128 KB). */
const NFC_PIECE = 64 * 1024;

/** Parses one file's text and identifies its record kind. */
export function loadText(file: string, raw: string): { record?: LoadedRecord<AnyRecord>; problems: readonly Problem[] } {
  const parsed = parseYaml(file, normalisedText(raw));
  if (parsed.broken) return { problems: parsed.problems };
  const value = parsed.value as Record<string, unknown>;
  const problems = [...parsed.problems];
  const kind = value['kind'];
  if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind)) {
    const has = Object.prototype.hasOwnProperty.call(value, 'kind');
    const span = has ? parsed.locate.value(['kind']) : parsed.locate.value([]);
    // The better answer than every kind: the known kind a typo is close to, or the one the file's
    // name or folder names (data/budget/2022.yaml).
    const suggestion = has ? (typeof kind === 'string' ? closest(kind, RECORD_KINDS) : undefined) : kindOfPlace(file);
    problems.push({
      severity: 'error',
      rule: has ? 'kind-unknown' : 'kind-missing',
      span,
      path: 'kind',
      actual: has ? parsed.locate.source(['kind']) : undefined,
      params: suggestion === undefined ? { known: RECORD_KINDS } : { known: RECORD_KINDS, suggestion },
      sourceLine: parsed.locate.line(span.line),
    });
    return { problems };
  }
  return {
    record: { file, record: value as unknown as AnyRecord, locate: parsed.locate },
    problems,
  };
}

/** The record kind a file's place names, if one does: its folder's name, else the first word of
 *  its own name, when that is a kind or a kind's plural (`budget/2022.yaml`, `tasks/1-title.yaml`,
 *  `office2.yaml`). Later words of a name are its subject (`tasks/1-council-communication.yaml`),
 *  and folders further out the data folder's own place: neither says what the record is. */
export function kindOfPlace(file: string): string | undefined {
  const parts = file.split(/[\\/:]/).filter((p) => p !== '');
  const name = (parts.pop() ?? '').replace(/\.ya?ml$/i, '');
  const kindIn = (word: string): string | undefined => RECORD_KINDS.find((k) => word === k || word === `${k}s` || `${word}s` === k);
  return kindIn((parts.pop() ?? '').toLowerCase()) ?? kindIn(/^[a-z]*/.exec(name.toLowerCase())![0]);
}
