// Finds where a value is written in a parsed YAML document. Line and column are computed only
// when a problem asks for them (a line-start table is built on first use), so a file with no
// problems costs nothing here.
import { yamlLib } from './yamlLib.js';
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

export function createLocator(file: string, doc: Document, text: string, positions: TextPositions): Locator {
  const rangeSpan = (node: YamlNode | null | undefined): Span => {
    const r = node?.range;
    if (!r) return positions.span(file, 0, 0);
    return positions.span(file, r[0], r[1]);
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
      return text.slice(node.range[0], node.range[1]);
    },
    line: (n) => positions.line(n),
  };
}
