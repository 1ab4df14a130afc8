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
const isKeyPart = (c: number): boolean => isKeyStart(c) || (c >= 0x30 && c <= 0x39);
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

/** A shape of entry, its keys in order, met so far: a node per key, from the empty shape. The
 *  entries of one shape are made by one object literal (`make`), so they share V8's layout and
 *  no key is sliced or stored one by one: for a year of entries, that was a third of reading. */
interface Shape {
  readonly key: string;
  readonly children: Shape[];
  /** The keys from the empty shape to this one, in order. */
  readonly keys: readonly string[];
  /** A key repeats, or is `__proto__`: left to the parser. */
  readonly refused: boolean;
  make?: (values: readonly unknown[]) => Record<string, unknown>;
}

const noShape: Shape = { key: '', children: [], keys: [], refused: false };
/** At most this many shapes are kept (for the process); an entry of a shape met after that is
 *  made key by key. */
const MAX_SHAPES = 512;
let shapeCount = 0;
/** The values of the entry being read, in key order (one list, reused). */
const values: unknown[] = [];

/** The shape `node` followed by the key `text[from, to)`; undefined when no more are kept. */
function shapeWith(node: Shape, text: string, from: number, to: number): Shape | undefined {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.key.length === to - from && text.startsWith(c.key, from)) return c;
  }
  if (shapeCount >= MAX_SHAPES) return undefined;
  shapeCount++;
  const key = text.slice(from, to);
  const child: Shape = { key, children: [], keys: [...node.keys, key], refused: node.refused || key === '__proto__' || node.keys.includes(key) };
  children.push(child);
  return child;
}

/** An object literal of the keys, taking its values from a list in that order. The keys are
 *  plain words (`[A-Za-z_][A-Za-z0-9_]*`, never `__proto__`), written as JSON strings. */
function literalMaker(keys: readonly string[]): (values: readonly unknown[]) => Record<string, unknown> {
  return new Function('v', `return { ${keys.map((k, i) => `${JSON.stringify(k)}: v[${i}]`).join(', ')} };`) as (values: readonly unknown[]) => Record<string, unknown>;
}

/** The flow mapping written in `text[from, to)` (between an item's braces), or undefined. */
function flowMapping(text: string, from: number, to: number): Record<string, unknown> | undefined {
  let at = from;
  while (at < to && text.charCodeAt(at) === SPACE) at++;
  if (at === to) return undefined;
  let shape: Shape | undefined = noShape;
  let out: Record<string, unknown> | undefined;
  let count = 0;
  while (at < to) {
    while (at < to && text.charCodeAt(at) === SPACE) at++;
    const keyFrom = at;
    if (at === to || !isKeyStart(text.charCodeAt(at))) return undefined;
    at++;
    while (at < to && isKeyPart(text.charCodeAt(at))) at++;
    const keyTo = at;
    if (at + 1 >= to || text.charCodeAt(at) !== 0x3a /* : */ || text.charCodeAt(at + 1) !== SPACE) return undefined;
    at += 2;
    while (at < to && text.charCodeAt(at) === SPACE) at++;
    let quoted: string | undefined;
    let plain: string | undefined;
    if (at < to && text.charCodeAt(at) === 0x22 /* " */) {
      let close = -1;
      for (let i = at + 1; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) return undefined;
        if (c === 0x22) {
          close = i;
          break;
        }
      }
      if (close === -1) return undefined;
      quoted = text.slice(at + 1, close);
      at = close + 1;
    } else {
      if (at === to || text.charCodeAt(at) === SPACE || isStop(text.charCodeAt(at))) return undefined;
      // The value runs to the next stop character; spaces before it are not the value's.
      let end = at + 1;
      for (let i = at + 1; i < to; i++) {
        const c = text.charCodeAt(i);
        if (isStop(c)) break;
        if (c !== SPACE) end = i + 1;
      }
      plain = text.slice(at, end);
      at = end;
    }
    while (at < to && text.charCodeAt(at) === SPACE) at++;
    let comma = false;
    if (at < to) {
      if (text.charCodeAt(at) !== 0x2c /* , */) return undefined;
      comma = true;
      at++;
    }
    const v = scalar(quoted, plain);
    if (v === NONE) return undefined;
    if (shape !== undefined) {
      const next = shapeWith(shape, text, keyFrom, keyTo);
      if (next === undefined) {
        // No more shapes kept: this entry is made key by key.
        out = {};
        for (let i = 0; i < count; i++) out[shape.keys[i]!] = values[i];
      } else if (next.refused) return undefined;
      shape = next;
    }
    if (shape !== undefined) values[count++] = v;
    else {
      const key = text.slice(keyFrom, keyTo);
      if (Object.prototype.hasOwnProperty.call(out, key) || key === '__proto__') return undefined;
      out![key] = v;
    }
    // A comma must be followed by another pair: `{ a: 1, }` is left to the parser.
    if (comma && at >= to) return undefined;
  }
  if (shape === undefined) return out;
  shape.make ??= literalMaker(shape.keys);
  return shape.make(values);
}

/** Where the flow mapping of an item line `text[from, to)` is — the expression
 *  `^[ ]*-[ ]+\{(.*)\}[ ]*\r?$` read by hand — set in `item`; false when the line is not one.
 *  (A CR inside the braces, which `.` would not take, never reaches here: the text was refused.) */
function itemAt(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  item.indent = i - from;
  if (i + 1 >= to || text.charCodeAt(i) !== 0x2d /* - */ || text.charCodeAt(i + 1) !== SPACE) return false;
  i += 2;
  while (i < to && text.charCodeAt(i) === SPACE) i++;
  if (i >= to || text.charCodeAt(i) !== 0x7b /* { */) return false;
  let end = to;
  if (text.charCodeAt(end - 1) === 0x0d /* \r */) end--;
  while (end > i + 1 && text.charCodeAt(end - 1) === SPACE) end--;
  if (end <= i + 1 || text.charCodeAt(end - 1) !== 0x7d /* } */) return false;
  item.from = i + 1;
  item.to = end - 1;
  return true;
}

/** The last item line `itemAt` found: its indent and where its braces' text is. */
const item = { indent: 0, from: 0, to: 0 };

/** The document's value when the text has only the shape above; undefined otherwise. An item
 *  line the reader does not take itself (`amount: 697,000`, a nested list, an escape …) is given to
 *  `readItem` as a one-item list of its own: a flow mapping on one line means the same alone as
 *  in its file. `readItem` returns undefined when it cannot read it either. */
export function readFlowLines(text: string, readItem?: (line: string) => unknown[] | undefined): Record<string, unknown> | undefined {
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
    const lineStart = start;
    start = end + 1;
    // Item lines are read where they are in the text, not sliced out of it.
    const first = text.charCodeAt(lineStart);
    if ((first === 0x20 /* space */ || first === 0x2d) /* - */ && itemAt(text, lineStart, end)) {
      if (list === undefined || (indent !== undefined && item.indent !== indent)) return undefined;
      indent = item.indent;
      const entry = flowMapping(text, item.from, item.to) ?? readItem?.(text.slice(lineStart + indent, end))?.[0];
      if (entry === undefined) return undefined;
      list.push(entry);
      continue;
    }
    const line = text.slice(lineStart, end);
    if (BLANK_OR_COMMENT.test(line)) continue;
    const top = TOP_KEY.exec(line);
    if (!top) return undefined;
    if (open !== undefined && list!.length === 0) return undefined;
    const key = top[1]!;
    if (Object.prototype.hasOwnProperty.call(root, key) || key === '__proto__') return undefined;
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
