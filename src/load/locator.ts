// Finds where a value is written in a parsed YAML document. Line and column are computed only
// when a problem asks for them (a line-start table is built on first use), so a file with no
// problems costs nothing here.
import { isDeepStrictEqual } from 'node:util';
import { yamlLib } from './yamlLib.js';
import { isDigit, isKeyStart, SPACE } from './flowLines.js';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { Locator, YamlPath } from '../model/records.js';
import type { Span } from '../model/problem.js';

export class TextPositions {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const s = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) s.push(i + 1);
      this.starts = s;
    }
    return this.starts;
  }

  /** 1-based line and column of a character offset. */
  at(offset: number): { line: number; column: number } {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo]! + 1 };
  }

  span(file: string, start: number, end: number): Span {
    const a = this.at(start);
    const b = this.at(Math.max(start, end));
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  line(n: number): string {
    const s = this.lineStarts();
    const start = s[n - 1];
    if (start === undefined) return '';
    const next = s[n];
    const raw = this.text.slice(start, next === undefined ? undefined : next - 1);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }
}

type Found = { node: YamlNode | null; pair: Pair | undefined };

/** Walks `path` down the document; stops at the deepest node that exists. */
function walk(doc: Document, path: YamlPath): Found {
  const { isAlias, isMap, isPair, isSeq } = yamlLib();
  let node = doc.contents as YamlNode | null;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (node && isAlias(node)) node = (node.resolve(doc) as YamlNode | undefined) ?? node;
    if (node && isMap(node)) {
      // The last of duplicate keys wins, as in the loaded value.
      let hit: Pair | undefined;
      for (const p of node.items) if (isPair(p) && keyOf(p) === String(seg)) hit = p as Pair;
      if (!hit) break;
      pair = hit;
      node = (hit.value as YamlNode | null) ?? (hit.key as YamlNode);
    } else if (node && isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      pair = undefined;
      node = node.items[seg] as YamlNode;
    } else break;
  }
  return { node, pair };
}

export function keyOf(p: Pair): string | undefined {
  const { isScalar } = yamlLib();
  const k = p.key;
  if (isScalar(k)) return String(k.value);
  if (k === null || k === undefined) return '';
  return undefined;
}

/** `offset`: where the parsed text starts in the file (a region parsed on its own). */
export function createLocator(file: string, doc: Document, text: string, positions: TextPositions, offset = 0): Locator {
  const rangeSpan = (node: YamlNode | null | undefined): Span => {
    const r = node?.range;
    if (!r) return positions.span(file, 0, 0);
    return positions.span(file, r[0] + offset, r[1] + offset);
  };
  return {
    value(path) {
      const { node, pair } = walk(doc, path);
      // `key:` with nothing after it: point at the key.
      if (pair && (pair.value === null || pair.value === undefined)) return rangeSpan(pair.key as YamlNode);
      return rangeSpan(node);
    },
    key(path) {
      const { node, pair } = walk(doc, path);
      if (pair && path.length > 0 && typeof path[path.length - 1] === 'string') return rangeSpan(pair.key as YamlNode);
      return rangeSpan(node);
    },
    source(path) {
      const { isAlias, isScalar } = yamlLib();
      const { node, pair } = walk(doc, path);
      if (pair && (pair.value === null || pair.value === undefined)) return '';
      if (!node || !(isScalar(node) || isAlias(node)) || !node.range) return undefined;
      return text.slice(node.range[0] + offset, node.range[1] + offset);
    },
    line: (n) => positions.line(n),
  };
}

/** The options of every position-keeping parse: YAML 1.2 core, no merge keys, strict. */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
} as const;

/** Files smaller than this are located by one position-keeping parse of the whole file. */
export const REGION_MIN_CHARS = 64 * 1024;

/** How many list items' locators one file keeps at a time. */
const ITEMS_KEPT = 64;

interface Region {
  readonly start: number;
  readonly end: number;
}

/**
 * Locates values of a large, quickly parsed file by a position-keeping parse of only the region
 * that holds them: the top-level key's lines, or, in a long block list under a top-level key,
 * the one item. The region's own value must equal the value the quick parse read there; when it
 * does not, or the file's layout is not one this can split, the whole file is parsed (`full`).
 * Positions are those of the whole file, so problems read the same either way.
 */
export function createRegionLocator(
  file: string,
  text: string,
  value: Record<string, unknown>,
  positions: TextPositions,
  full: () => Locator,
  minChars = REGION_MIN_CHARS,
): Locator {
  let roots: Map<string, Region> | null | undefined;
  const items = new Map<string, Region[] | null>();
  const cache = new Map<string, Locator | null>();
  const itemCache = new Map<string, Locator | null>();

  const locatorFor = (path: YamlPath): { locate: Locator; path: YamlPath } => {
    if (text.length < minChars || path.length === 0 || typeof path[0] !== 'string') return { locate: full(), path };
    roots ??= rootRegions(text);
    const key = path[0];
    const region = roots?.get(key);
    if (!region || !Object.prototype.hasOwnProperty.call(value, key)) return { locate: full(), path };
    const inner = value[key];
    const index = path[1];
    if (typeof index === 'number' && Array.isArray(inner) && region.end - region.start >= minChars) {
      if (!items.has(key)) items.set(key, listItems(text, region, inner.length));
      const item = items.get(key)?.[index];
      if (item) {
        const id = `${key}\u0000${index}`;
        let located = itemCache.get(id);
        if (located === undefined) {
          located =
            flowLineLocator(file, text, positions, item, inner[index]) ??
            parseRegion(file, text, positions, item, (v) => Array.isArray(v) && v.length === 1 && isDeepStrictEqual(v[0], inner[index]));
          // The problems of one item are asked for together: a few recent items are kept, not
          // every item of a file where most are wrong (their nodes would outlive the need).
          if (itemCache.size >= ITEMS_KEPT) itemCache.delete(itemCache.keys().next().value!);
          itemCache.set(id, located);
        }
        if (located) return { locate: located, path: [0, ...path.slice(2)] };
      }
    }
    if (!cache.has(key)) {
      cache.set(key, parseRegion(file, text, positions, region, (v) => isObject(v) && Object.keys(v).length === 1 && isDeepStrictEqual(v[key], inner)));
    }
    const located = cache.get(key);
    return located ? { locate: located, path } : { locate: full(), path };
  };

  return {
    value: (p) => {
      const { locate, path } = locatorFor(p);
      return locate.value(path);
    },
    key: (p) => {
      const { locate, path } = locatorFor(p);
      return locate.key(path);
    },
    source: (p) => {
      const { locate, path } = locatorFor(p);
      return locate.source(path);
    },
    line: (n) => positions.line(n),
  };
}

// One list item written on one line as a flow mapping of plain keys and plain values, the way
// long entry lists are written: `  - { date: 2021-03-02, line: 203-01, amount: 132000 }`. Read by
// hand (`flowPairs`), as the expressions below would read it: a thousand problems ask for a
// thousand such lines, and the expressions' lazy value with its match arrays was most of the
// cost of locating them.
//   the item's start   ^( *)- \{ *
//   a pair             ([A-Za-z_][A-Za-z0-9_]*): +((?:-(?=\d)|[^\s,{}[\]#"'&*!|>%@`:?-])[^,{}[\]#"'&*!|>%@`:]*?) *(,|\}) *
//   a bare number key  (\d+) *(,|\}) *      (`amount: 697,000` is `amount: 697` and a key `000` with no value)

/** What ends a plain value here: `,{}[]#"'&*!|>%@` and the backquote, and `:`. */
const isValueStop = (c: number): boolean =>
  c === 0x2c || c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x23 || c === 0x22 || c === 0x27 || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === 0x25 || c === 0x40 || c === 0x60 || c === 0x3a;
/** `\s` of an expression. */
const isWhite = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The pairs of a one-line flow item and where its mapping opens and its last pair ends (after
 *  the spaces that follow it); null when the line is not one of the shape above. */
function flowPairs(line: string): { pairs: FlatPair[]; open: number; closed: number } | null {
  const n = line.length;
  let at = 0;
  while (line.charCodeAt(at) === SPACE) at++;
  if (line.charCodeAt(at) !== 0x2d /* - */ || line.charCodeAt(at + 1) !== SPACE || line.charCodeAt(at + 2) !== 0x7b /* { */) return null;
  const open = at + 2;
  at += 3;
  while (line.charCodeAt(at) === SPACE) at++;
  const pairs: FlatPair[] = [];
  for (;;) {
    const keyAt = at;
    let end: number;
    if (isKeyStart(line.charCodeAt(at))) {
      at++;
      while (at < n && (isKeyStart(line.charCodeAt(at)) || isDigit(line.charCodeAt(at)))) at++;
      const keyEnd = at;
      if (line.charCodeAt(at) !== 0x3a /* : */ || line.charCodeAt(at + 1) !== SPACE) return null;
      at += 2;
      while (line.charCodeAt(at) === SPACE) at++;
      const valueAt = at;
      const first = line.charCodeAt(at);
      if (first === 0x2d /* - */ ? !isDigit(line.charCodeAt(at + 1)) : at >= n || isWhite(first) || isValueStop(first) || first === 0x3f /* ? */) return null;
      at++;
      // The value runs to the first stop; it must be `,` or `}`, and the spaces and tabs before it
      // are not the value's (the expression above kept a tab: the parse does not).
      let valueEnd = at;
      for (let c = line.charCodeAt(at); at < n && !isValueStop(c); c = line.charCodeAt(++at)) if (c !== SPACE && c !== 0x09) valueEnd = at + 1;
      end = line.charCodeAt(at);
      pairs.push({ key: line.slice(keyAt, keyEnd), keyAt: [keyAt, keyEnd], valueAt: [valueAt, valueEnd] });
    } else if (isDigit(line.charCodeAt(at))) {
      while (isDigit(line.charCodeAt(at))) at++;
      const keyEnd = at;
      while (line.charCodeAt(at) === SPACE) at++;
      end = line.charCodeAt(at);
      // The core schema reads the key as an integer; the mapping's key is its decimal text.
      pairs.push({ key: String(parseInt(line.slice(keyAt, keyEnd), 10)), keyAt: [keyAt, keyEnd], valueAt: null });
    } else return null;
    if (end !== 0x2c /* , */ && end !== 0x7d /* } */) return null;
    at++;
    while (line.charCodeAt(at) === SPACE) at++;
    if (end === 0x7d) return { pairs, open, closed: at };
  }
}

/**
 * Locates inside a one-line flow-mapping item without a parser: the same nodes and ranges a
 * position-keeping parse gives (keys and values as written, the mapping from `{` to `}`), built
 * only when every pair is a plain key and a plain one-line value and the keys are those the
 * quick parse read. Null otherwise: the region is parsed instead.
 */
function flowLineLocator(file: string, text: string, positions: TextPositions, item: Region, value: unknown): Locator | null {
  if (!isObject(value)) return null;
  const nl = text.indexOf('\n', item.start);
  const lineEndAt = nl === -1 || nl > item.end ? item.end : nl;
  // Whatever follows the line up to the next item must be blank lines or comments.
  if (!/^(?:[ \t]*(?:#[^\n]*)?\r?(?:\n|$))*$/.test(text.slice(lineEndAt + 1 > item.end ? item.end : lineEndAt + 1, item.end))) return null;
  const line = text.slice(item.start, lineEndAt).replace(/\r$/, '');
  const read = flowPairs(line);
  if (!read) return null;
  const { pairs, open, closed } = read;
  if (line.slice(closed).trim() !== '' && !/^#/.test(line.slice(closed).trim())) return null;
  const close = line.lastIndexOf('}', closed);
  // Integer-like keys come first in an object's own keys: compare as sets (no key is written
  // twice in a quickly parsed file).
  const own = Object.keys(value).sort();
  const keys = pairs.map((p) => p.key).sort();
  if (own.length !== keys.length || own.some((k, i) => k !== keys[i])) return null;
  return flatFlowLocator(file, text, positions, item.start, [open, close + 1], pairs);
}

/** A pair of a one-line flow mapping: its key and its value's place in the line (null: a key
 *  with no value). */
interface FlatPair {
  readonly key: string;
  readonly keyAt: readonly [number, number];
  readonly valueAt: readonly [number, number] | null;
}

/**
 * The locator `createLocator` gives for a one-item list whose item is the flow mapping `pairs`
 * (spanning `mapAt`), worked out from the pairs alone: without building the yaml library's
 * nodes, so locating a problem in such a line does not load that library. The same walk: path
 * [0, key, …] stops at the key's value (a scalar), the last of equal keys wins, a missing key
 * stops at the mapping, and anything but item 0 at the list (which has no place: 1:1).
 */
function flatFlowLocator(file: string, text: string, positions: TextPositions, offset: number, mapAt: readonly [number, number], pairs: readonly FlatPair[]): Locator {
  type Node = 'list' | 'map' | readonly [number, number];
  const rangeSpan = (node: Node): Span => (node === 'list' ? positions.span(file, 0, 0) : positions.span(file, (node === 'map' ? mapAt : node)[0] + offset, (node === 'map' ? mapAt : node)[1] + offset));
  const walk = (path: YamlPath): { node: Node; pair: FlatPair | undefined } => {
    if (path.length === 0 || path[0] !== 0) return { node: 'list', pair: undefined };
    if (path.length === 1) return { node: 'map', pair: undefined };
    let hit: FlatPair | undefined;
    for (const p of pairs) if (p.key === String(path[1])) hit = p;
    return hit === undefined ? { node: 'map', pair: undefined } : { node: hit.valueAt ?? hit.keyAt, pair: hit };
  };
  return {
    value(path) {
      const { node, pair } = walk(path);
      if (pair && pair.valueAt === null) return rangeSpan(pair.keyAt);
      return rangeSpan(node);
    },
    key(path) {
      const { node, pair } = walk(path);
      if (pair && typeof path[path.length - 1] === 'string') return rangeSpan(pair.keyAt);
      return rangeSpan(node);
    },
    source(path) {
      const { node, pair } = walk(path);
      if (pair && pair.valueAt === null) return '';
      if (node === 'list' || node === 'map') return undefined;
      return text.slice(node[0] + offset, node[1] + offset);
    },
    line: (n) => positions.line(n),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function parseRegion(file: string, text: string, positions: TextPositions, region: Region, same: (v: unknown) => boolean): Locator | null {
  const { parseAllDocuments } = yamlLib();
  const docs = parseAllDocuments(text.slice(region.start, region.end), YAML_OPTIONS);
  if (!Array.isArray(docs) || docs.length !== 1) return null;
  const doc = docs[0] as Document;
  if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
  let v: unknown;
  try {
    v = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return null;
  }
  return same(v) ? createLocator(file, doc, text, positions, region.start) : null;
}

const lineEnd = (text: string, from: number): number => {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i + 1;
};
const isBlankOrComment = (line: string): boolean => /^[ \t]*(?:#.*)?\r?\n?$/.test(line);

/** Top-level keys written plainly at column 0, each with its lines (up to the next such key).
 *  Null when the top level holds anything else (quoted or complex keys, markers, flow style). */
function rootRegions(text: string): Map<string, Region> | null {
  const found = new Map<string, Region>();
  let current: { key: string; start: number } | undefined;
  for (let at = 0; at < text.length; ) {
    const end = lineEnd(text, at);
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x23 /* # */) {
      const line = text.slice(at, Math.min(end, at + 200));
      const m = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]|\r?\n|$)/.exec(line);
      if (!m) {
        if (!isBlankOrComment(line)) return null;
      } else {
        if (current) found.set(current.key, { start: current.start, end: at });
        if (found.has(m[1]!)) return null;
        current = { key: m[1]!, start: at };
      }
    } else if (!current && !isBlankOrComment(text.slice(at, Math.min(end, at + 200)))) {
      return null;
    }
    at = end;
  }
  if (current) found.set(current.key, { start: current.start, end: text.length });
  return found;
}

/** The items of a block list that is a top-level key's value: each from its `-` line to the
 *  next. Null when the lines are not one plain block list of `count` items. */
function listItems(text: string, region: Region, count: number): Region[] | null {
  let at = lineEnd(text, region.start);
  let indent = -1;
  const starts: number[] = [];
  while (at < region.end) {
    const end = Math.min(lineEnd(text, at), region.end);
    let i = at;
    while (text.charCodeAt(i) === 0x20) i++;
    const c = text.charCodeAt(i);
    const blank = i >= end || c === 0x0a || c === 0x0d || c === 0x23;
    if (!blank) {
      if (indent === -1) {
        if (c !== 0x2d /* - */) return null;
        indent = i - at;
      }
      const next = text.charCodeAt(i + 1);
      if (i - at === indent && c === 0x2d && (next === 0x20 || next === 0x0a || next === 0x0d || i + 1 >= region.end)) starts.push(at);
      else if (i - at <= indent) return null;
    }
    at = end;
  }
  if (starts.length !== count) return null;
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? region.end }));
}
