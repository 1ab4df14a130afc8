// A line-oriented reader for the shape most record files have, and the big ones always have:
// top-level `key: value` lines and lists of one-line flow mappings
// (`  - { date: 2021-03-02, line: 203-01, amount: 132000, purpose: 간담회 }`). It reads such a
// file several times faster than a general YAML parser. It takes only what it can read exactly
// as js-yaml's core schema does (test/load/flowLines.test.ts compares both on every fixture and
// on a generated corpus); on anything else (a quote with escapes, a number form other than a
// plain integer, a nested block, a comment after a value, a repeated key …) it returns
// undefined and the file is read by js-yaml, as before.

import { plainObjects } from '../model/plainObject.js';

/** The characters js-yaml refuses anywhere in a stream, plus line ends and marks it treats in
 *  ways not worth copying here (NEL, LS, PS, BOM, tab, CR not before LF). */
const SUSPECT = /[\x00-\x08\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF\u2028\u2029\t]/;
const REFUSED = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF\uFEFF\u2028\u2029\t]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?:[ ]+(.*?))?[ ]*\r?$/;
const BLANK_OR_COMMENT = /^[ ]*(?:#.*)?\r?$/;
/** One `key: value` of a flow mapping, then `,` or the end — the expression
 *  `[ ]*([A-Za-z_][A-Za-z0-9_]*):[ ]+(?:"([^"\\]*)"|([^,"'[\]{}#:\\ ](?:[^,"'[\]{}#:\\]*[^,"'[\]{}#:\\ ])?))[ ]*(,|$)`,
 *  read by hand (`flowMapping`): the value double-quoted without escapes, or plain without any
 *  character that could end or change it (`isStop`), spaces at its end not its own. A file of
 *  100,000 entries has 700,000 pairs, and a match object each was most of its garbage. */
const isStop = (c: number): boolean =>
  c === 0x2c /* , */ || c === 0x22 /* " */ || c === 0x27 /* ' */ || c === 0x5b /* [ */ || c === 0x5d /* ] */ || c === 0x7b /* { */ || c === 0x7d /* } */ || c === 0x23 /* # */ || c === 0x3a /* : */ || c === 0x5c; /* \ */
const isKeyStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isKeyPart = (c: number): boolean => isKeyStart(c) || isDigit(c);

/** Keys the core schema reads as null or a boolean and then names as their text (`True:` is the
 *  key 'true', so `True:` and `true:` are one key twice): left to the parser, which says so. */
const CORE_WORD_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const namesOther = (key: string): boolean => (key.length === 4 || key.length === 5) && CORE_WORD_KEYS.has(key);
const SPACE = 0x20;
/** The key a key written in digits is (`000` is the key '0'), as the core schema reads it. */
const digitsKey = (digits: string): string => String(parseInt(digits, 10));
/** The largest array index: far past any element of a line (flowMapping). */
const LAST_INDEX = 4_294_967_294;

const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
/** Digits joined by hyphens (dates, budget codes): text in the core schema. */
const DIGIT_GROUPS = /^[0-9]+(?:-[0-9]+)+$/;
/** Text only: a character no number, boolean or null of the core schema is written with. */
const NOT_NUMBER_LIKE = /[^0-9A-Za-z_.+-]/;
/** A letter first: no number of the core schema starts so (they start with a digit, a sign or a
 *  dot), so only the reserved words below are not text (`office-0001`, `v1.2`). */
const WORD = /^[A-Za-z][A-Za-z0-9_.+-]*$/;
const RESERVED_WORD = /^(?:null|true|false|y|yes|n|no|on|off|nan|inf)$/i;
/** A first character with a meaning of its own in YAML. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`~=<]/;

const NONE = Symbol('none');

/** The value of one scalar as written, or NONE when it is not one this reader takes. */
function scalar(quoted: string | undefined, plain: string | undefined): unknown {
  if (quoted !== undefined) return quoted;
  if (plain === undefined || plain === '') return NONE;
  // Text that starts outside ASCII (Korean, mostly) is none of the forms below but the last:
  // the answer the expressions would give, without running four of them.
  if (plain.charCodeAt(0) >= 0x80) return plain;
  if (INTEGER.test(plain)) return Number(plain);
  if (DIGIT_GROUPS.test(plain)) return plain;
  if (INDICATOR_START.test(plain)) return NONE;
  // No number, boolean or null of the core schema has a character outside [0-9A-Za-z_.+-].
  if (NOT_NUMBER_LIKE.test(plain)) return plain;
  if (WORD.test(plain) && !RESERVED_WORD.test(plain)) return plain;
  return NONE;
}

/** A top-level value written after `key: `. */
function topValue(written: string): unknown {
  const quoted = /^"([^"\\]*)"$/.exec(written);
  if (quoted) return quoted[1];
  if (/[,"'[\]{}#:\\]/.test(written)) return NONE;
  return scalar(undefined, written);
}

/** The texts met so far (keys and values), each in the slot of its characters' hash: a text
 *  taken from here (checked against the text) is the string already made, not a new copy. A list
 *  of 100,000 entries writes the same seven keys 700,000 times, and its dates, 비목, places and
 *  payments a few hundred texts over and over: each entry read then holds those strings instead
 *  of copies of its own, which the collector of young objects copied again and again while the
 *  rest of the file was read. A slot holds one text: two texts of one hash take turns in it, and a
 *  text seen once (an amount) costs what it did. */
export type TextCache = (string | undefined)[];
const TEXT_SLOTS = 4096;

function textAt(text: string, from: number, to: number, cache: TextCache): string {
  let h = to - from;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 15)) & (TEXT_SLOTS - 1);
  const known = cache[slot];
  if (known !== undefined && known.length === to - from && text.startsWith(known, from)) return known;
  const made = text.slice(from, to);
  cache[slot] = made;
  return made;
}

/** The entries the reader makes: plain objects with room for their fields in themselves. */
const Entry = plainObjects();

/** Where one pair of a one-line flow item is written in its line: the key, and the value from
 *  its first character to its last (a quoted value with its quotes); null for a key with no value. */
export interface FlowPairPlace {
  readonly key: string;
  readonly keyAt: readonly [number, number];
  readonly valueAt: readonly [number, number] | null;
}

/** Where the pairs of the mapping flowMapping read last are written (offsets in its text), when
 *  `noting`: four numbers a pair, its key from, to, its value from, to (-1, -1 for a key with no
 *  value), `spotCount` pairs. Numbers only: nothing of a text outlives the read here. */
const spots: number[] = [];
let spotCount = 0;
/** Whether flowMapping notes places (flowItemPlaces). readFlowLines notes those of its first item
 *  line too, so that the reader's code is compiled with that path in it: code compiled without
 *  it was thrown away on the first line read again to locate a problem, and the thousand lines
 *  of a thousand problems ran unoptimised while the compiler made it again. */
let noting = false;
/** The most numbers `spots` keeps between reads: a line of a million pairs noted once is not
 *  held for the life of a resident process. */
const SPOTS_KEPT = 1024;

function stopNoting(): void {
  noting = false;
  if (spots.length > SPOTS_KEPT) spots.length = 0;
}

function note(keyFrom: number, keyTo: number, valueFrom: number, valueTo: number): void {
  const i = spotCount++ * 4;
  spots[i] = keyFrom;
  spots[i + 1] = keyTo;
  spots[i + 2] = valueFrom;
  spots[i + 3] = valueTo;
}

/** The flow mapping between `from` and `n` of `text` (the text between an item's braces); where
 *  its pairs are written is left in `spots`. */
function flowMapping(text: string, from: number, n: number, texts: TextCache): Record<string, unknown> | undefined {
  let at = from;
  spotCount = 0;
  while (at < n && text.charCodeAt(at) === SPACE) at++;
  if (at === n) return undefined;
  const out = new Entry();
  while (at < n) {
    while (at < n && text.charCodeAt(at) === SPACE) at++;
    const keyFrom = at;
    let keyTo: number;
    let valueFrom = -1;
    let valueTo = -1;
    let comma = false;
    if (at < n && isDigit(text.charCodeAt(at))) {
      // `amount: 697,000`: a comma ends a plain value in a flow mapping, so `000` is a key of its
      // own with no value, which the core schema reads as the integer 0 and names '0'. Taken
      // here as js-yaml takes it (a validate problem, not a reason to read the line again).
      while (at < n && isDigit(text.charCodeAt(at))) at++;
      keyTo = at;
      if (keyTo - keyFrom > 15) return undefined;
      const key = digitsKey(text.slice(keyFrom, keyTo));
      while (at < n && text.charCodeAt(at) === SPACE) at++;
      if (at < n && text.charCodeAt(at) !== 0x2c /* , */) return undefined;
      if (Object.prototype.hasOwnProperty.call(out, key)) return undefined;
      // A key of digits is an element to the engine, and `1,800` makes the key 800: an object
      // given element 800 gets room for 1,216 of them, 10 KB for one entry (a file with 2,000
      // such mistakes had 6 MB more to collect and copy). With an element past every index put
      // first (and taken away), it keeps its elements in a table of their own size instead.
      out[LAST_INDEX] = null;
      delete out[LAST_INDEX];
      out[key] = null;
      // `{ a: 1,000, }` as `{ a: 1, }` below
      comma = at < n;
      if (comma) at++;
    } else {
      if (at === n || !isKeyStart(text.charCodeAt(at))) return undefined;
      at++;
      while (at < n && isKeyPart(text.charCodeAt(at))) at++;
      keyTo = at;
      if (at + 1 >= n || text.charCodeAt(at) !== 0x3a /* : */ || text.charCodeAt(at + 1) !== SPACE) return undefined;
      at += 2;
      while (at < n && text.charCodeAt(at) === SPACE) at++;
      valueFrom = at;
      let quoted: string | undefined;
      let plain: string | undefined;
      let integer: number | undefined;
      if (at < n && text.charCodeAt(at) === 0x22 /* " */) {
        // The closing quote inside the braces (not searched for past them, in the rest of the file);
        // an escape before it is left to the parser.
        let close = at + 1;
        for (; close < n && text.charCodeAt(close) !== 0x22; close++) if (text.charCodeAt(close) === 0x5c /* \\ */) return undefined;
        if (close >= n) return undefined;
        quoted = textAt(text, at + 1, close, texts);
        at = close + 1;
      } else {
        if (at === n || text.charCodeAt(at) === SPACE || isStop(text.charCodeAt(at))) return undefined;
        // The value runs to the next stop character; spaces before it are not the value's.
        let end = at + 1;
        for (let i = at + 1; i < n; i++) {
          const c = text.charCodeAt(i);
          if (isStop(c)) break;
          if (c !== SPACE) end = i + 1;
        }
        // Digits without a leading zero, up to 15 (an amount): the integer scalar() reads in them,
        // added up here, with no text made for it (nor put in the cache, where each amount of a
        // year's entries, written once, would push out a text the entries repeat).
        const first = text.charCodeAt(at);
        if (first >= 0x31 && first <= 0x39 && end - at <= 15) {
          let sum = 0;
          let k = at;
          for (; k < end; k++) {
            const d = text.charCodeAt(k) - 0x30;
            if (d < 0 || d > 9) break;
            sum = sum * 10 + d;
          }
          if (k === end) integer = sum;
        }
        if (integer === undefined) plain = textAt(text, at, end, texts);
        at = end;
      }
      valueTo = at;
      while (at < n && text.charCodeAt(at) === SPACE) at++;
      if (at < n) {
        if (text.charCodeAt(at) !== 0x2c /* , */) return undefined;
        comma = true;
        at++;
      }
      const key = textAt(text, keyFrom, keyTo, texts);
      if (Object.prototype.hasOwnProperty.call(out, key) || key === '__proto__' || namesOther(key)) return undefined;
      const v = integer ?? scalar(quoted, plain);
      if (v === NONE) return undefined;
      out[key] = v;
    }
    if (noting) note(keyFrom, keyTo, valueFrom, valueTo);
    // A comma must be followed by another pair: `{ a: 1, }` is left to the parser.
    if (comma && at >= n) return undefined;
  }
  return out;
}

/** Where a list of the text ends: the offset of the end of its last item's line (before its line
 *  break), and the indent of its dashes. */
export interface FlowListEnd {
  readonly end: number;
  readonly indent: number;
}

/** Where the text between the braces of the item line from `start` to `end` of `text` begins —
 *  the expression `^[ ]*-[ ]+\{(.*)\}[ ]*\r?$` read by hand — or -1 when the line is not one;
 *  where it ends and the indent of the dash are left in `item`. `cr`: the text has a CR. */
function itemInner(text: string, start: number, end: number, cr: boolean): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  item.indent = i - start;
  if (i + 1 >= end || text.charCodeAt(i) !== 0x2d /* - */ || text.charCodeAt(i + 1) !== SPACE) return -1;
  i += 2;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  if (i >= end || text.charCodeAt(i) !== 0x7b /* { */) return -1;
  let to = end;
  if (text.charCodeAt(to - 1) === 0x0d /* \r */) to--;
  while (to > i + 1 && text.charCodeAt(to - 1) === SPACE) to--;
  if (to <= i + 1 || text.charCodeAt(to - 1) !== 0x7d /* } */) return -1;
  item.end = to - 1;
  // `.` of the expression takes no line end: a CR inside the braces makes no item.
  if (cr) for (let k = i + 1; k < to - 1; k++) if (text.charCodeAt(k) === 0x0d) return -1;
  return i + 1;
}

/** itemInner's other answers, kept here rather than made an object per line. */
const item = { end: 0, indent: 0 };

/** An empty cache of texts: readFlowLines makes one for a file, and so does whatever reads its
 *  lines again (flowItemPlaces). Filled with undefined from the start, so every cache is an
 *  array of one kind to the compiled reader (an array made empty is first one of small
 *  integers, and a reader compiled for the other kind would be thrown away on meeting it). */
export const textCache = (): TextCache => new Array<string | undefined>(TEXT_SLOTS).fill(undefined);

/** The item line from `start` to `end` of `text` (before its line break) read as readFlowLines
 *  reads it, with where each pair and the braces are written (offsets in `text`: what locating
 *  a problem in it needs); undefined when the reader does not take it. Read in place, in the
 *  text the reader read (a line sliced from it is a string of another shape to the compiled
 *  reader), with what the reader had for the file: whether the text has a CR (`cr`) and a
 *  cache of texts (textCache()). */
export function flowItemPlaces(text: string, start: number, end: number, cr: boolean, texts: TextCache): { value: Record<string, unknown>; open: number; close: number; pairs: FlowPairPlace[] } | undefined {
  const inner = itemInner(text, start, end, cr);
  if (inner === -1) return undefined;
  noting = true;
  const value = flowMapping(text, inner, item.end, texts);
  const pairs: FlowPairPlace[] = [];
  for (let i = 0; value !== undefined && i < spotCount * 4; i += 4) {
    const keyAt = [spots[i]!, spots[i + 1]!] as const;
    // A key of digits is the number they are (`000` is the key '0'), as the reader names it.
    const written = text.slice(keyAt[0], keyAt[1]);
    const key = isDigit(written.charCodeAt(0)) ? digitsKey(written) : written;
    pairs.push({ key, keyAt, valueAt: spots[i + 2]! === -1 ? null : [spots[i + 2]!, spots[i + 3]!] });
  }
  stopNoting();
  // The item's `{` is just before its inside, its `}` just after.
  return value && { value, open: inner - 1, close: item.end, pairs };
}

/** What a value read by readFlowLines can hold, for a check of sizes that need not walk it. Of
 *  the lines it reads itself: integers of at most 15 digits, texts no longer than their line,
 *  null, entries of such values under lists under the root, no `__proto__` key. A line given to
 *  `readItem` may hold anything that reader reads. */
export interface FlowLinesRead {
  /** Item lines given to `readItem`. */
  elsewhere: number;
  /** The length of the longest line (a CR before its line feed counted). */
  longestLine: number;
}

/** The document's value when the text has only the shape above; undefined otherwise. An item
 *  line the reader does not take itself (a nested list, an escape, a quoted key …) is given to
 *  `readItem` as a one-item list of its own: a flow mapping on one line means the same alone as
 *  in its file. `readItem` returns undefined when it cannot read it either. `ends`, when given, is
 *  filled with where each top-level list ends (what an edit appends after); `read`, when given,
 *  with what the value can hold (FlowLinesRead). */
export function readFlowLines(text: string, readItem?: (line: string) => unknown[] | undefined, ends?: Map<string, FlowListEnd>, read?: FlowLinesRead): Record<string, unknown> | undefined {
  // One scan for a character class first; the exact test only when one of them is there.
  if (SUSPECT.test(text) && REFUSED.test(text)) return undefined;
  const root: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let indent: number | undefined;
  let open: string | undefined;
  const cr = text.includes('\r');
  const texts = textCache();
  // The first item line is read noting its places (see `noting`); set just before it is read and
  // cleared just after, so that no return of this reader leaves it set.
  let noted = false;
  let start = 0;
  while (start <= text.length) {
    const from = start;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    start = end + 1;
    if (read !== undefined && end - from > read.longestLine) read.longestLine = end - from;
    const first = from < end ? text.charCodeAt(from) : NaN;
    if (first === 0x20 /* space */ || first === 0x2d /* - */) {
      const inner = itemInner(text, from, end, cr);
      if (inner !== -1) {
        const at = item.indent;
        if (list === undefined || (indent !== undefined && at !== indent)) return undefined;
        indent = at;
        noting = !noted;
        noted = true;
        let entry: unknown = flowMapping(text, inner, item.end, texts);
        if (noting) stopNoting();
        if (entry === undefined && readItem !== undefined) {
          if (read) read.elsewhere++;
          entry = readItem(text.slice(from + at, end))?.[0];
        }
        if (entry === undefined) return undefined;
        list.push(entry);
        ends?.set(open!, { end: text.charCodeAt(end - 1) === 0x0d /* \r */ ? end - 1 : end, indent });
        continue;
      }
    }
    const line = text.slice(from, end);
    if (BLANK_OR_COMMENT.test(line)) continue;
    const top = TOP_KEY.exec(line);
    if (!top) return undefined;
    if (open !== undefined && list!.length === 0) return undefined;
    const key = top[1]!;
    if (Object.prototype.hasOwnProperty.call(root, key) || key === '__proto__' || namesOther(key)) return undefined;
    list = undefined;
    indent = undefined;
    open = undefined;
    if (top[2] === undefined || top[2] === '') {
      list = [];
      open = key;
      root[key] = list;
    } else {
      const v = topValue(top[2]);
      if (v === NONE) return undefined;
      root[key] = v;
    }
  }
  // `key:` with no items under it is null in YAML: left to the parser.
  if (open !== undefined && list!.length === 0) return undefined;
  return Object.keys(root).length > 0 ? root : undefined;
}
