// New expense entries into an expenses file's text, for `expenses add`, `expenses import` and any
// form that records a payment. Every byte of the file before stays as it was (comments, blank
// lines, order, CRLF line ends, a byte-order mark): the line reader (load/flowLines.ts), or for a
// file of another shape the yaml Document API, finds where the entries end, and the new ones are
// spliced in after the last, in the style the entries already have
// (one `- { … }` line each, or block mappings). Every value is written by the yaml library in a
// flow context, so a line break, a leading `-`, a `#`, a `: `, a comma or a control character
// reads back as the same text; nothing is quoted by a pattern of ours.
// The library is taken through yamlLib (loaded when first asked for), so that the release bundle
// holds one copy of it, the CommonJS file the loader uses, and not a second one as an ES chunk.
import type { Document, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { ExpenseEntry } from '../model/records.js';
import { yamlLib } from '../load/yamlLib.js';
import type { FlowListEnd } from '../load/flowLines.js';
import { readFlowLines } from '../load/flowLines.js';

/** The order the files write an entry's fields in. */
const KEY_ORDER: readonly (keyof ExpenseEntry)[] = ['date', 'time', 'line', 'program', 'amount', 'purpose', 'place', 'attendees', 'payment', 'dept', 'type', 'reason'];

const KNOWN_KEYS: ReadonlySet<string> = new Set(KEY_ORDER);

/** Each field an entry gives, in the order the files write them: the documented keys first, then
 *  any other in the entry's own order; a field whose value is undefined is left out. */
function eachField(entry: Readonly<Record<string, unknown>>, visit: (key: string, value: string | number) => void): void {
  for (const k of KEY_ORDER) if (entry[k] !== undefined) visit(k, entry[k] as string | number);
  for (const k in entry) if (!KNOWN_KEYS.has(k) && Object.hasOwn(entry, k) && entry[k] !== undefined) visit(k, entry[k] as string | number);
}

/** An entry as a plain object, keys in the documented order, only those given. */
export function ordered(entry: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  eachField(entry, (k, v) => (out[k] = v));
  return out;
}

/** The text the library writes for one value inside a flow mapping. Asked once per distinct
 *  value: an import of 100,000 rows repeats its 비목, payments and places. Values are written by
 *  YAML 1.1's rules, so that editors and tools that still read 1.1 (where yes, on, 1_000 and 12:30
 *  are not text) read them as text too; a date by 1.2's, plain, as every file writes it. A text
 *  with a line break is written double-quoted (escaped, on one line), and so is a time. */
function valueWriter(): (key: string, value: string | number) => string {
  // One table per key: the key decides the YAML version and whether a time is quoted, so a value
  // is looked up under its key without building a compound id for each of a million fields.
  const memo = new Map<string, Map<string, string>>();
  const { Document, Scalar, YAMLMap } = yamlLib();
  return (key, value) => {
    if (typeof value === 'number') return String(value);
    let byValue = memo.get(key);
    if (byValue === undefined) memo.set(key, (byValue = new Map()));
    let text = byValue.get(value);
    if (text === undefined) {
      const quoted = key === 'time' || /[\n\r\u0085\u2028\u2029]/.test(value);
      const node = new Scalar(value);
      if (quoted) node.type = Scalar.QUOTE_DOUBLE;
      const doc = new Document(new YAMLMap(), { version: key === 'date' ? '1.2' : '1.1' });
      const map = doc.contents as YAMLMap;
      map.flow = true;
      map.set('v', node);
      // `{ v: … }` → the value's text.
      text = doc.toString({ lineWidth: 0 }).trimEnd().slice('{ v: '.length, -' }'.length);
      byValue.set(value, text);
    }
    return text;
  };
}

/** `before`, the entries as lines of text at `indent`, and `after`, joined into one text: one
 *  flow mapping per line, or block mappings, the fields in the order `ordered` gives; each line
 *  starts with `lead` (the line break before it).
 *
 *  The lines are written as a list of pieces that are there already (a key with what goes before
 *  it, a value as the writer keeps it), joined some thousand lines at a time into one piece of
 *  the text, and the pieces joined once at the end: no text is made per line or per field. A
 *  line built by adding its fields to it made 14 joined strings of it (56 MB of short-lived
 *  objects for 100,000 entries). The pieces of the text are kept until the end, which one list
 *  of every line's pieces would not need, but `join` copies its list as it goes into a buffer
 *  that it grows: for 1.4 million pieces more than the text itself. */
function joinedWithEntries(before: readonly string[], entries: readonly ExpenseEntry[], indent: string, flow: boolean, lead: string, after: readonly string[]): string {
  const out = [...before];
  const write = valueWriter();
  const dash = flow ? `${lead}${indent}- { ` : `${lead}${indent}- `;
  const more = `${lead}${indent}  `;
  // Per key, what goes before its value: first in the entry (with the dash), and after another field.
  const prefixes = new Map<string, readonly [string, string]>();
  // One list of pieces, written over for each part of the text.
  const parts = new Array<string>(PIECES_JOINED);
  let n = 0;
  let first = true;
  const field = (k: string, v: string | number): void => {
    let b = prefixes.get(k);
    if (b === undefined) prefixes.set(k, (b = flow ? [`${dash}${k}: `, `, ${k}: `] : [`${dash}${k}: `, `${more}${k}: `]));
    parts[n++] = first ? b[0] : b[1];
    parts[n++] = write(k, v);
    first = false;
  };
  const joinParts = (): void => {
    // Only the pieces written this time (the list is never shorter than half of its room here,
    // so it is not made smaller and grown again).
    parts.length = n;
    out.push(parts.join(''));
    n = 0;
  };
  for (const e of entries) {
    first = true;
    eachField(e as Readonly<Record<string, unknown>>, field);
    if (flow) {
      // A flow line without fields is its `- {` and `}` alone; a block entry without them, nothing.
      if (first) parts[n++] = dash;
      parts[n++] = ' }';
    }
    if (n >= PIECES_JOINED) joinParts();
  }
  if (n > 0) joinParts();
  for (const x of after) out.push(x);
  return out.join('');
}

/** Pieces of lines joined at a time: about a thousand lines of an import, 240 KB of text. */
const PIECES_JOINED = 16_000;

export interface NewExpensesFile {
  /** The schema modeline's path from the file's folder. */
  readonly schemaPath: string;
  readonly fiscalYear: number;
  readonly dept?: string | undefined;
}

export interface EntriesText {
  readonly text: string;
  /** The 1-based line the first new entry starts on. */
  readonly line: number;
}

/** A new expenses file holding `entries`. */
export function newExpensesText(file: NewExpensesFile, entries: readonly ExpenseEntry[]): EntriesText {
  const head = [`# yaml-language-server: $schema=${file.schemaPath}`, 'kind: expenses', `fiscal_year: ${file.fiscalYear}`, 'unit: 원'];
  if (file.dept !== undefined) head.push(`dept: ${valueWriter()('dept', file.dept)}`);
  if (entries.length === 0) return { text: [...head, 'entries: []', ''].join('\n'), line: head.length + 1 };
  return { text: joinedWithEntries([head.join('\n'), '\nentries:'], entries, '  ', true, '\n', ['\n']), line: head.length + 2 };
}

/** `original` with `entries` after its last entry, touching nothing else of the text. */
export function appendEntriesText(original: string, entries: readonly ExpenseEntry[]): EntriesText {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // A file of the shape the line reader reads (top-level keys, lists of one-line flow mappings,
  // as every file of a few thousand entries is written) says itself where its entries end: no
  // Document of it is needed to find the place.
  const ends = new Map<string, FlowListEnd>();
  const listed = readFlowLines(text, undefined, ends) !== undefined ? ends.get('entries') : undefined;
  if (listed !== undefined) return spliced(text, listed.end, ' '.repeat(listed.indent), true, entries, eol, bom);
  const { isMap, isScalar, isSeq, parseDocument } = yamlLib();
  const doc = parseDocument(text, { uniqueKeys: false });
  const root = doc.contents;
  const pair = isMap(root) ? (root.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'entries') : undefined;
  const keyStart = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  if (doc.errors.length > 0 || pair === undefined || keyStart === undefined) return rewritten(doc, entries, eol, bom);
  const keyIndent = keyStart - lineStart(text, keyStart);
  const value = pair.value;
  let at: number;
  let indent: string;
  let flow = true;
  let prefix = text;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    // After the line the last entry ends on, with the indent of its dash.
    const seq = value as YAMLSeq;
    const last = seq.items[seq.items.length - 1]!;
    const lastRange = (last as { range?: [number, number, number] }).range;
    const firstRange = (seq.items[0] as { range?: [number, number, number] }).range;
    if (!lastRange || !firstRange) return rewritten(doc, entries, eol, bom);
    const dash = text.lastIndexOf('-', firstRange[0]);
    indent = ' '.repeat(dash - lineStart(text, dash));
    flow = !isMap(last) || (last as YAMLMap).flow === true;
    at = lineEnd(text, Math.max(lastRange[0], lastRange[1] - 1));
  } else if ((isSeq(value) && value.flow && value.items.length === 0) || value === null || (isScalar(value) && value.value === null)) {
    // `entries: []` or `entries:` with nothing yet: the first entry goes under the key.
    const colon = text.indexOf(':', (pair.key as { range: [number, number, number] }).range[1]);
    const valueEnd = isSeq(value) || isScalar(value) ? (value.range?.[1] ?? colon + 1) : colon + 1;
    prefix = text.slice(0, colon + 1) + text.slice(valueEnd);
    at = lineEnd(prefix, colon);
    indent = ' '.repeat(keyIndent + 2);
  } else {
    return rewritten(doc, entries, eol, bom);
  }
  return spliced(prefix, at, indent, flow, entries, eol, bom);
}

/** `prefix` with the entries' lines put in at `at`. */
function spliced(prefix: string, at: number, indent: string, flow: boolean, entries: readonly ExpenseEntry[], eol: string, bom: string): EntriesText {
  // The whole text joined once, each new line with its line break before it.
  const before = prefix.slice(0, at);
  return { text: joinedWithEntries([bom, before], entries, indent, flow, eol, [prefix.slice(at)]), line: before.split('\n').length + 1 };
}

/** A shape the splice does not know (no entries key, entries written inline, a file that does
 *  not parse): the Document API adds the entries and writes the file again; comments stay, some
 *  spacing may change. */
function rewritten(doc: Document, entries: readonly ExpenseEntry[], eol: string, bom: string): EntriesText {
  const { YAMLSeq, isSeq } = yamlLib();
  const nodes = entries.map((e) => {
    const node = doc.createNode(ordered(e)) as YAMLMap;
    node.flow = true;
    return node;
  });
  const list = doc.get('entries');
  if (isSeq(list)) for (const n of nodes) list.add(n);
  else {
    const seq = new YAMLSeq();
    for (const n of nodes) seq.items.push(n);
    doc.set('entries', seq);
  }
  const text = doc.toString({ lineWidth: 0 });
  // The line of the first new entry: the last line that holds its date and amount.
  const first = entries[0];
  const lines = text.split('\n');
  let line = lines.length;
  if (first) for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.includes(String(first.date)) && lines[i]!.includes(String(first.amount))) { line = i + 1 - (entries.length - 1); break; }
  return { text: bom + (eol === '\n' ? text : text.replace(/\n/g, eol)), line };
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The end of the line holding `at`, before its line break. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}
