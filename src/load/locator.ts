// Finds where a value is written in a parsed YAML document. Line and column are computed only
// when a problem asks for them (a line-start table is built on first use), so a file with no
// problems costs nothing here.
import { isDeepStrictEqual } from 'node:util';
import { yamlLib } from './yamlLib.js';
import type { FlowPairPlace } from './flowLines.js';
import type { TextCache } from './flowLines.js';
import { flowItemPlaces, textCache } from './flowLines.js';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { Locator, YamlPath } from '../model/records.js';
import type { Span } from '../model/problem.js';

export class TextPositions {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /** Where each line starts (line n at index n - 1). */
  lineStarts(): readonly number[] {
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
  const items = new Map<string, ListItems | null>();
  const cache = new Map<string, Locator | null>();
  const itemCache = new Map<string, Locator | null>();
  // What the line reader had when it read the file, for reading an item line again.
  let lines: { readonly cr: boolean; readonly texts: TextCache } | undefined;

  const locatorFor = (path: YamlPath): { locate: Locator; path: YamlPath } => {
    if (text.length < minChars || path.length === 0 || typeof path[0] !== 'string') return { locate: full(), path };
    roots ??= rootRegions(text);
    const key = path[0];
    const region = roots?.get(key);
    if (!region || !Object.prototype.hasOwnProperty.call(value, key)) return { locate: full(), path };
    const inner = value[key];
    const index = path[1];
    if (typeof index === 'number' && Array.isArray(inner) && region.end - region.start >= minChars) {
      if (!items.has(key)) items.set(key, listItems(text, positions, region, inner.length));
      const item = items.get(key)?.at(index);
      if (item) {
        const id = `${key}\u0000${index}`;
        let located = itemCache.get(id);
        if (located === undefined) {
          located =
            flowLineLocator(file, text, positions, item, inner[index], (lines ??= { cr: text.includes('\r'), texts: textCache() })) ??
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

/**
 * Locates inside a list item written on one line as a flow mapping
 * (`  - { date: 2021-03-02, line: 203-01, amount: 132000 }`, the way long entry lists are
 * written) without a parser: the line reader reads the line again, noting where each key and
 * value is written, and the places are those a position-keeping parse gives (keys and values as
 * written, a quoted value with its quotes, the mapping from `{` to `}`). Only when the line reads
 * to the very value the quick parse read there; null otherwise: the region is parsed instead.
 * The reader's code is the one that read every line of the file, so it is compiled and warm by
 * now: a thousand problems ask for a thousand lines, which a scanner of their own ran cold.
 */
function flowLineLocator(file: string, text: string, positions: TextPositions, item: Region, value: unknown, lines: { readonly cr: boolean; readonly texts: TextCache }): Locator | null {
  if (!isObject(value)) return null;
  const nl = text.indexOf('\n', item.start);
  const lineEndAt = nl === -1 || nl > item.end ? item.end : nl;
  // Whatever follows the line up to the next item must be blank lines or comments.
  if (!/^(?:[ \t]*(?:#[^\n]*)?\r?(?:\n|$))*$/.test(text.slice(lineEndAt + 1 > item.end ? item.end : lineEndAt + 1, item.end))) return null;
  const read = flowItemPlaces(text, item.start, lineEndAt, lines.cr, lines.texts);
  if (!read || !sameScalars(read.value, value)) return null;
  return flatFlowLocator(file, text, positions, [read.open, read.close + 1], read.pairs);
}

/** The same keys with the same values, of mappings of scalars (what the line reader reads). */
function sameScalars(mine: Record<string, unknown>, theirs: Record<string, unknown>): boolean {
  let count = 0;
  for (const k in theirs) {
    if (!Object.prototype.hasOwnProperty.call(theirs, k)) continue;
    if (!Object.prototype.hasOwnProperty.call(mine, k) || mine[k] !== theirs[k]) return false;
    count++;
  }
  return count === Object.keys(mine).length;
}

/**
 * The locator `createLocator` gives for a one-item list whose item is the flow mapping `pairs`
 * (spanning `mapAt`), worked out from the pairs alone: without building the yaml library's
 * nodes, so locating a problem in such a line does not load that library. The same walk: path
 * [0, key, …] stops at the key's value (a scalar), the last of equal keys wins, a missing key
 * stops at the mapping, and anything but item 0 at the list (which has no place: 1:1).
 */
function flatFlowLocator(file: string, text: string, positions: TextPositions, mapAt: readonly [number, number], pairs: readonly FlowPairPlace[]): Locator {
  type Node = 'list' | 'map' | readonly [number, number];
  const rangeSpan = (node: Node): Span => (node === 'list' ? positions.span(file, 0, 0) : positions.span(file, (node === 'map' ? mapAt : node)[0], (node === 'map' ? mapAt : node)[1]));
  const walk = (path: YamlPath): { node: Node; pair: FlowPairPlace | undefined } => {
    if (path.length === 0 || path[0] !== 0) return { node: 'list', pair: undefined };
    if (path.length === 1) return { node: 'map', pair: undefined };
    let hit: FlowPairPlace | undefined;
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
      return text.slice(node[0], node[1]);
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
 *  next (made when asked for: a list of 100,000 items is located for a few of them). */
class ListItems {
  constructor(
    private readonly starts: readonly number[],
    private readonly end: number,
  ) {}
  at(index: number): Region | undefined {
    const start = this.starts[index];
    return start === undefined ? undefined : { start, end: this.starts[index + 1] ?? this.end };
  }
}

/** The items of a block list (ListItems). Null when the lines are not one plain block list of
 *  `count` items. Read from the line starts the problems' places need anyway: a second scan of
 *  the whole text for its line ends cost as much again (14 ms of a 100,000-entry file). */
function listItems(text: string, positions: TextPositions, region: Region, count: number): ListItems | null {
  const lines = positions.lineStarts();
  // The line after the region's first: lines[k] (region.start is on line k, 1-based).
  let k = positions.at(region.start).line;
  let indent = -1;
  const starts: number[] = [];
  for (let at = lines[k] ?? text.length; at < region.end; at = lines[++k] ?? text.length) {
    const end = Math.min(lines[k + 1] ?? text.length, region.end);
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
  }
  if (starts.length !== count) return null;
  return new ListItems(starts, region.end);
}
