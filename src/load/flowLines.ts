// A line-oriented reader for the shape most record files have, and the big ones always have:
// top-level `key: value` lines and lists of one-line flow mappings
// (`  - { date: 2021-03-02, line: 203-01, amount: 132000, purpose: 간담회 }`). It reads such a
// file several times faster than a general YAML parser. It takes only what it can read exactly
// as js-yaml's core schema does (test/load/flowLines.test.ts compares both on every fixture and
// on a generated corpus); on anything else (a quote with escapes, a number form other than a
// plain integer, a nested block, a comment after a value, a repeated key …) it returns
// undefined and the file is read by js-yaml, as before.

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

/** Where one pair of a one-line flow item is written in its line: the key, and the value from
 *  its first character to its last (a quoted value with its quotes); null for a key with no value. */
export interface FlowPairPlace {
  readonly key: string;
  readonly keyAt: readonly [number, number];
  readonly valueAt: readonly [number, number] | null;
}

/** The pairs between the braces of an item line. `places`, when given, gets where each pair is
 *  written (offsets in the line, the braces' inside starting at `offset`). */
function flowMapping(inner: string, places?: FlowPairPlace[], offset = 0): Record<string, unknown> | undefined {
  const n = inner.length;
  let at = 0;
  while (at < n && inner.charCodeAt(at) === SPACE) at++;
  if (at === n) return undefined;
  const out: Record<string, unknown> = {};
  while (at < n) {
    while (at < n && inner.charCodeAt(at) === SPACE) at++;
    const keyFrom = at;
    if (isDigit(inner.charCodeAt(at))) {
      // `amount: 697,000`: a comma ends a plain value in a flow mapping, so `000` is a key of its
      // own with no value, which the core schema reads as the integer 0 and names '0'. Taken
      // here as js-yaml takes it (a validate problem, not a reason to read the line again).
      while (at < n && isDigit(inner.charCodeAt(at))) at++;
      const digitsTo = at;
      if (digitsTo - keyFrom > 15) return undefined;
      const key = String(parseInt(inner.slice(keyFrom, digitsTo), 10));
      while (at < n && inner.charCodeAt(at) === SPACE) at++;
      if (at < n && inner.charCodeAt(at) !== 0x2c /* , */) return undefined;
      if (Object.prototype.hasOwnProperty.call(out, key)) return undefined;
      out[key] = null;
      places?.push({ key, keyAt: [offset + keyFrom, offset + digitsTo], valueAt: null });
      if (at < n && ++at >= n) return undefined; // `{ a: 1,000, }` as `{ a: 1, }` above
      continue;
    }
    if (at === n || !isKeyStart(inner.charCodeAt(at))) return undefined;
    at++;
    while (at < n && isKeyPart(inner.charCodeAt(at))) at++;
    const keyTo = at;
    if (inner.charCodeAt(at) !== 0x3a /* : */ || inner.charCodeAt(at + 1) !== SPACE) return undefined;
    at += 2;
    while (at < n && inner.charCodeAt(at) === SPACE) at++;
    const valueFrom = at;
    let quoted: string | undefined;
    let plain: string | undefined;
    if (inner.charCodeAt(at) === 0x22 /* " */) {
      const close = inner.indexOf('"', at + 1);
      if (close === -1) return undefined;
      const escape = inner.indexOf('\\', at + 1);
      if (escape !== -1 && escape < close) return undefined;
      quoted = inner.slice(at + 1, close);
      at = close + 1;
    } else {
      if (at === n || inner.charCodeAt(at) === SPACE || isStop(inner.charCodeAt(at))) return undefined;
      // The value runs to the next stop character; spaces before it are not the value's.
      let end = at + 1;
      for (let i = at + 1; i < n; i++) {
        const c = inner.charCodeAt(i);
        if (isStop(c)) break;
        if (c !== SPACE) end = i + 1;
      }
      plain = inner.slice(at, end);
      at = end;
    }
    while (at < n && inner.charCodeAt(at) === SPACE) at++;
    let comma = false;
    if (at < n) {
      if (inner.charCodeAt(at) !== 0x2c /* , */) return undefined;
      comma = true;
      at++;
    }
    const key = inner.slice(keyFrom, keyTo);
    if (Object.prototype.hasOwnProperty.call(out, key) || key === '__proto__' || namesOther(key)) return undefined;
    const v = scalar(quoted, plain);
    if (v === NONE) return undefined;
    out[key] = v;
    places?.push({ key, keyAt: [offset + keyFrom, offset + keyTo], valueAt: [offset + valueFrom, offset + (quoted === undefined ? valueFrom + plain!.length : valueFrom + quoted.length + 2)] });
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

/** The text between the braces of an item line — the expression `^[ ]*-[ ]+\{(.*)\}[ ]*\r?$`
 *  read by hand — or undefined when the line is not one. */
function itemInner(line: string): string | undefined {
  let i = 0;
  while (line.charCodeAt(i) === SPACE) i++;
  if (line.charCodeAt(i) !== 0x2d /* - */ || line.charCodeAt(i + 1) !== SPACE) return undefined;
  i += 2;
  while (line.charCodeAt(i) === SPACE) i++;
  if (line.charCodeAt(i) !== 0x7b /* { */) return undefined;
  let end = line.length;
  if (line.charCodeAt(end - 1) === 0x0d /* \r */) end--;
  while (end > i + 1 && line.charCodeAt(end - 1) === SPACE) end--;
  if (end <= i + 1 || line.charCodeAt(end - 1) !== 0x7d /* } */) return undefined;
  const inner = line.slice(i + 1, end - 1);
  // `.` of the expression takes no line end: a CR inside the braces makes no item.
  return inner.includes('\r') ? undefined : inner;
}

/** An item line read as the reader reads it, with where each pair and the braces are written in
 *  the line (what locating a problem in it needs); undefined when the reader does not take it. */
export function flowItemPlaces(line: string): { value: Record<string, unknown>; open: number; close: number; pairs: FlowPairPlace[] } | undefined {
  const inner = itemInner(line);
  if (inner === undefined) return undefined;
  // The item's `{` is the line's first (after the dash), its `}` the last.
  const open = line.indexOf('{');
  const pairs: FlowPairPlace[] = [];
  const value = flowMapping(inner, pairs, open + 1);
  return value && { value, open, close: line.lastIndexOf('}'), pairs };
}

const indentOf = (line: string): number => {
  let i = 0;
  while (line.charCodeAt(i) === SPACE) i++;
  return i;
};

/** The document's value when the text has only the shape above; undefined otherwise. An item
 *  line the reader does not take itself (a nested list, an escape, a quoted key …) is given to
 *  `readItem` as a one-item list of its own: a flow mapping on one line means the same alone as
 *  in its file. `readItem` returns undefined when it cannot read it either. `ends`, when given, is
 *  filled with where each top-level list ends (what an edit appends after). */
export function readFlowLines(text: string, readItem?: (line: string) => unknown[] | undefined, ends?: Map<string, FlowListEnd>): Record<string, unknown> | undefined {
  // One scan for a character class first; the exact test only when one of them is there.
  if (SUSPECT.test(text) && REFUSED.test(text)) return undefined;
  const root: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let indent: number | undefined;
  let open: string | undefined;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const first = line.charCodeAt(0);
    if (first === 0x20 /* space */ || first === 0x2d /* - */) {
      const inner = itemInner(line);
      if (inner !== undefined) {
        const at = indentOf(line);
        if (list === undefined || (indent !== undefined && at !== indent)) return undefined;
        indent = at;
        const entry = flowMapping(inner) ?? readItem?.(line.slice(at))?.[0];
        if (entry === undefined) return undefined;
        list.push(entry);
        ends?.set(open!, { end: line.endsWith('\r') ? end - 1 : end, indent });
        continue;
      }
    }
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
