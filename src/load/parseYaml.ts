// Step 2 of load: text → one YAML document as plain values, plus problems. YAML 1.2 core
// schema only (no YAML 1.1 booleans, no timestamps, no merge keys). Looks at how each value is
// written where that matters for a message: duplicate keys (both places), `__proto__`, numbers
// with a leading zero. Never throws.
import type { Document, Node as YamlNode, Pair, Scalar, YAMLError } from 'yaml';
import type { LoadOptions, YAMLException } from 'js-yaml';
import { jsYamlLib } from './jsYamlLib.js';
import { yamlLib } from './yamlLib.js';
import type { FlowLinesRead } from './flowLines.js';
import { readFlowLines } from './flowLines.js';
import type { Problem, ProblemBase, RuleId, RuleParams, Span } from '../model/problem.js';
import { problemOf } from '../model/problem.js';
import type { Locator, YamlPath } from '../model/records.js';
import { formatYamlPath } from '../model/records.js';
import { createLocator, createRegionLocator, keyOf, TextPositions, YAML_OPTIONS } from './locator.js';

/** A billion-laughs document expands aliases without end; this caps the expansion. */
export const MAX_ALIAS_COUNT = 100;
/** Limits of one file, each refused with a located message (docs/limits.md, "Parsing"). */
export const LIMITS = {
  /** Collections inside collections; records need fewer than ten. */
  depth: 100,
  /** Characters of one text value. */
  stringChars: 10_000,
  /** Items of one list (a year of a city's expense entries is about 100,000). */
  listItems: 1_000_000,
} as const;

export interface ParsedYaml {
  /** The document's value; undefined when the file is empty or could not be parsed. */
  readonly value: unknown;
  readonly problems: readonly Problem[];
  readonly locate: Locator;
  /** True when the syntax is broken: the value must not be checked further. */
  readonly broken: boolean;
}

/** Parses one file. Most files take the quick path: a plain parse, with positions worked out
 *  later only if a problem asks for one. Anything the quick path cannot judge goes the full way. */
export function parseYaml(file: string, text: string): ParsedYaml {
  return quickParse(file, text) ?? fullParse(file, text);
}

// What sends a file the full way: tab indents, anchors and aliases (alias bombs), tags,
// __proto__, numbers written with a leading zero (a warning to give), and the number forms the
// two parsers read differently (js-yaml takes 0b101 and 1_000 as numbers, YAML 1.2 core as
// text); also anything but one plain mapping.
// A comma between two digits (`697,000`) is part of a plain value outside brackets, not a list
// separator, so it is not read as a number with a leading zero unless a bracket opens before it
// on its line.
const NEEDS_FULL_PARSE = /^[ ]*\t|(?:^\s*-|[:[{?]|(?<!\d),|,(?!\d))\s*(?:[&*!][^\s,[\]{}]|[-+]?0\d+\s*(?:$|[,\]}#])|[-+]?0b|[-+]?[\d.][\d.]*_)|__proto__|\\x5[fF]|\\u005[fF]/m;
// A complex key (`? [a, b]: 1`, `[a, b]: 1`, `{ a: 1 }: 2`): js-yaml would turn it into the text
// 'a,b' or '[object Object]'; the full parse refuses it where it is written (yaml-complex-key).
// Only js-yaml can read one (the line reader takes plain keys alone), so it is looked for only in
// what js-yaml is given: the whole text, or one item line.
const COMPLEX_KEY = /(?:^|[{,])[ ]*(?:- +)*\?(?:[ ]|$)|(?:^[ ]*(?:- +)*|[{,][ ]*)[[{][^\n]*?[\]}][ ]*:(?:[ ]|$)/m;
/** js-yaml as the fast path reads: the YAML 1.2 core schema, nesting limited. */
let jsYamlOptions: LoadOptions | undefined;
/** js-yaml's `load` as the fast path reads (it loads the library the first time). */
function jsYamlLoad(text: string): unknown {
  const jsYaml = jsYamlLib();
  jsYamlOptions ??= { schema: jsYaml.CORE_SCHEMA, json: false, maxDepth: LIMITS.depth } as LoadOptions;
  return jsYaml.load(text, jsYamlOptions);
}
const DIGIT_COMMA_ZERO = /\d,0\d+\s*(?:$|[,\]}#])/gm;

/** A `1,0123` whose comma may separate list items: a `[` opens before it on its line. */
function digitCommaLeadingZero(text: string): boolean {
  DIGIT_COMMA_ZERO.lastIndex = 0;
  for (let m = DIGIT_COMMA_ZERO.exec(text); m; m = DIGIT_COMMA_ZERO.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (text.slice(lineStart, m.index).includes('[')) return true;
    DIGIT_COMMA_ZERO.lastIndex = m.index + 1;
  }
  return false;
}

function quickParse(file: string, text: string): ParsedYaml | undefined {
  const fullWay = (): ParsedYaml | undefined => {
    // The full parse composes recursively: nesting past the limit is found first, quickly.
    const deep = deepestPoint(text);
    return deep === undefined ? undefined : depthProblem(file, text, deep);
  };
  if (NEEDS_FULL_PARSE.test(text) || digitCommaLeadingZero(text)) return fullWay();
  let value: unknown;
  const read: FlowLinesRead = { elsewhere: 0, longestLine: 0 };
  let byLines = false;
  try {
    // The YAML 1.2 core schema, like the full parse; duplicate keys throw, and go the full way.
    // The common shape (top-level values, lists of one-line flow mappings) is read line by
    // line; anything else by js-yaml.
    value = readFlowLines(text, itemLine, undefined, read);
    byLines = value !== undefined;
    if (value === undefined) {
      if (COMPLEX_KEY.test(text)) return fullWay();
      value = jsYamlLoad(text);
    }
  } catch (err) {
    if (/nesting exceeded maxDepth/.test((err as Error).message)) return depthProblem(file, text, (err as YAMLException).mark?.position ?? 0);
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const over = byLines && withinLimits(value as Record<string, unknown>, read) ? [] : overLimit(value);
  // A `__proto__` key written with escapes ("\x5f_proto__") is judged by the full parse.
  if (over === 'proto') return undefined;
  const positions = new TextPositions(text);
  let full: Locator | undefined;
  const located = (): Locator => (full ??= fullParse(file, text).locate);
  const locate = createRegionLocator(file, text, value as Record<string, unknown>, positions, located);
  if (over.length > 0) return { value: undefined, problems: limitProblems(file, over, locate), locate, broken: true };
  return { value, problems: [], broken: false, locate };
}

/** One item line of a list, as a one-item list, read by js-yaml as the whole file would be;
 *  undefined when js-yaml refuses it (a repeated key …): the whole file is then read by js-yaml. */
export function itemLine(line: string): unknown[] | undefined {
  if (COMPLEX_KEY.test(line)) return undefined;
  try {
    const v = jsYamlLoad(line);
    return Array.isArray(v) && v.length === 1 && v[0] !== null && typeof v[0] === 'object' && !Array.isArray(v[0]) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The position-keeping parse, with every check of how values are written. */
export function fullParse(file: string, text: string): ParsedYaml {
  const { parseAllDocuments, isMap, isSeq } = yamlLib();
  const positions = new TextPositions(text);
  const problems: Problem[] = [];
  const at = (start: number, end: number): Span => positions.span(file, start, end);
  const add: Add = (rule, span, path, params, extra = {}) => {
    problems.push(problemOf(rule, params, { severity: 'error', span, path: formatYamlPath(path), sourceLine: positions.line(span.line), ...extra }));
  };

  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, YAML_OPTIONS);
  } catch (err) {
    // Nesting deep enough to exhaust the stack: said as the nesting limit, at its place.
    if (err instanceof RangeError) return depthProblem(file, text, deepestPoint(text) ?? 0);
    throw err;
  }
  const list: Document[] = Array.isArray(docs) ? (docs as Document[]) : [];
  const first = list[0];
  const emptyLocator = createLocator(file, (first ?? { contents: null }) as Document, text, positions);
  if (!first || first.contents === null) {
    add('file-empty', at(0, 0), [], {}, { sourceLine: undefined });
    return { value: undefined, problems, locate: emptyLocator, broken: true };
  }
  const locate = createLocator(file, first, text, positions);

  // After the first syntax error the parser's guesses are noise (a missing bracket makes four
  // errors): report that one, and every tab indent, which are each a mistake of their own.
  let syntaxReported = false;
  const tabLines = new Set<number>();
  for (const doc of list) {
    for (const e of [...doc.errors, ...doc.warnings] as YAMLError[]) {
      const [start, end] = e.pos;
      const span = at(start, end);
      const isTab = e.code === 'TAB_AS_INDENT';
      if (isTab ? tabLines.has(span.line) : syntaxReported) continue;
      if (isTab) tabLines.add(span.line);
      else syntaxReported = true;
      if (e.code === 'TAG_RESOLVE_FAILED') {
        // A tag outside the core schema (`!foo`): refused, not read as text.
        add('yaml-tag', span, [], { tag: text.slice(start, end).split(/\s/)[0] ?? '' });
        continue;
      }
      if (e.code === 'RESOURCE_EXHAUSTION' && /call stack/.test(e.message)) {
        add('yaml-depth-limit', span, [], { limit: LIMITS.depth });
        continue;
      }
      add(isTab ? 'yaml-tab-indent' : 'yaml-syntax', span, [], { code: e.code, detail: e.message.split('\n')[0] ?? '' }, {
        severity: doc.errors.includes(e) ? 'error' : 'warning',
      });
    }
  }
  if (list.length > 1) {
    const second = list[1]!;
    const start = second.range?.[0] ?? 0;
    add('yaml-multi-document', at(start, start + 3), [], { count: list.length });
  }
  if (problems.some((p) => p.severity === 'error')) return { value: undefined, problems, locate, broken: true };

  const root = first.contents as YamlNode;
  if (!isMap(root)) {
    add('root-not-mapping', at(root.range?.[0] ?? 0, root.range?.[1] ?? 0), [], {
      found: isSeq(root) ? 'list' : 'scalar',
    });
    return { value: undefined, problems, locate, broken: true };
  }

  // Duplicate and __proto__ keys are reported, but the rest of the file is still checked.
  let value: unknown;
  try {
    inspect(root, [], text, add, at);
    // A value of a tag outside the core schema is not a record's value: nothing more to check.
    // Nor a complex key: made into a JS value it would be the text '[ a, b ]' (and the yaml
    // library would print a Node warning), so the file stops at the located yaml-complex-key.
    if (problems.some((p) => p.rule === 'yaml-tag' || p.rule === 'yaml-complex-key')) return { value: undefined, problems, locate, broken: true };
    value = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (err instanceof RangeError) return depthProblem(file, text, deepestPoint(text) ?? 0);
    const alias = firstAlias(root);
    const r = alias?.range ?? root.range ?? [0, 0, 0];
    const excessive = /Excessive alias count/.test((err as Error).message);
    add(excessive ? 'yaml-alias-limit' : 'yaml-syntax', at(r[0], r[1]), [], {
      limit: MAX_ALIAS_COUNT,
      code: excessive ? 'ALIAS_LIMIT' : 'BAD_ALIAS',
      detail: (err as Error).message,
    });
    return { value: undefined, problems, locate, broken: true };
  }
  const over = overLimit(value);
  if (over !== 'proto' && over.length > 0) return { value: undefined, problems: [...problems, ...limitProblems(file, over, locate)], locate, broken: true };
  return { value, problems, locate, broken: false };
}

/** The tags of the YAML 1.2 core schema; any other (`!!binary`, `!!timestamp`, `!foo`) is refused. */
const CORE_TAGS = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`)]);

type Add = <R extends RuleId>(rule: R, span: Span, path: YamlPath, params: RuleParams[R], extra?: Partial<ProblemBase>) => void;


/** Checks of how values are written that the parsed value no longer shows. */
function inspect(node: YamlNode | null | undefined, path: YamlPath, text: string, add: Add, at: (s: number, e: number) => Span): void {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (!node) return;
  if (node.tag !== undefined && !CORE_TAGS.has(node.tag) && node.range) {
    // The range starts at the value; the tag is written before it on the same line.
    const bang = tagStart(text, node.range[0]);
    add('yaml-tag', at(bang, node.range[1]), path, { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
  }
  if (isMap(node)) {
    const seen = new Map<string, Pair>();
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const pair = item as Pair;
      const key = keyOf(pair);
      const keyNode = pair.key as YamlNode | null;
      const kr = keyNode?.range ?? [0, 0, 0];
      if (key === undefined) {
        add('yaml-complex-key', at(kr[0], kr[1]), path, {});
        continue;
      }
      const childPath = [...path, key];
      if (key === '__proto__') {
        add('yaml-proto-key', at(kr[0], kr[1]), childPath, { key });
        continue;
      }
      const prev = seen.get(key);
      if (prev) {
        const pr = (prev.key as YamlNode).range ?? [0, 0, 0];
        const first = at(pr[0], pr[1]);
        add('yaml-duplicate-key', at(kr[0], kr[1]), childPath, { key, firstLine: first.line, firstColumn: first.column }, { related: [first] });
      } else seen.set(key, pair);
      inspect(pair.value as YamlNode | null, childPath, text, add, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => inspect(item as YamlNode, [...path, i], text, add, at));
  } else if (isScalar(node)) {
    checkScalar(node, path, add, at);
  }
}

/** Where the tag written before a value starts: the `!`s of the last tag between the line's
 *  start and the value (`!!binary x` → at the first `!`). */
function tagStart(text: string, valueStart: number): number {
  const lineStart = text.lastIndexOf('\n', valueStart - 1) + 1;
  let bang = text.lastIndexOf('!', valueStart);
  if (bang < lineStart) return valueStart;
  while (bang > lineStart && text[bang - 1] === '!') bang--;
  return bang;
}

function checkScalar(node: Scalar, path: YamlPath, add: Add, at: (s: number, e: number) => Span): void {
  if (node.type !== 'PLAIN' || typeof node.value !== 'number' || !node.range) return;
  const src = node.source;
  if (typeof src === 'string' && /^[-+]?0\d+$/.test(src)) {
    add('yaml-leading-zero', at(node.range[0], node.range[1]), path, { written: src, read: node.value }, { severity: 'warning', actual: src });
  }
}

function firstAlias(node: YamlNode | null | undefined): YamlNode | undefined {
  const { isAlias, isMap, isSeq } = yamlLib();
  if (!node) return undefined;
  if (isAlias(node)) return node;
  if (isMap(node)) {
    for (const p of node.items) {
      const hit = firstAlias((p as Pair).value as YamlNode) ?? firstAlias((p as Pair).key as YamlNode);
      if (hit) return hit;
    }
  } else if (isSeq(node)) {
    for (const i of node.items) {
      const hit = firstAlias(i as YamlNode);
      if (hit) return hit;
    }
  }
  return undefined;
}

interface OverLimit {
  readonly rule: 'yaml-depth-limit' | 'string-too-long' | 'list-too-long' | 'number-too-large' | 'number-nan';
  readonly path: YamlPath;
  readonly params: Problem['params'];
}

/**
 * Values past the limits of one file, walked without recursion: text longer than
 * `LIMITS.stringChars`, lists longer than `LIMITS.listItems`, nesting deeper than `LIMITS.depth`,
 * numbers that are not exact (beyond ±Number.MAX_SAFE_INTEGER, infinite, not a number).
 * 'proto' when a mapping has an own `__proto__` key (written with escapes).
 */
export function overLimit(root: unknown): OverLimit[] | 'proto' {
  const found: OverLimit[] = [];
  const path: (string | number)[] = [];
  let proto = false;
  // Recursive, with one path array changed in place: no garbage per value. The depth is bounded
  // by LIMITS.depth, so the stack is too.
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length > LIMITS.stringChars) found.push({ rule: 'string-too-long', path: [...path], params: { length: v.length, limit: LIMITS.stringChars } });
    } else if (typeof v === 'number') {
      if (Number.isNaN(v)) found.push({ rule: 'number-nan', path: [...path], params: {} });
      else if (Math.abs(v) > Number.MAX_SAFE_INTEGER) found.push({ rule: 'number-too-large', path: [...path], params: { limit: Number.MAX_SAFE_INTEGER } });
    } else if (v !== null && typeof v === 'object') {
      if (path.length >= LIMITS.depth) {
        found.push({ rule: 'yaml-depth-limit', path: [...path], params: { limit: LIMITS.depth } });
        return;
      }
      if (Array.isArray(v)) {
        if (v.length > LIMITS.listItems) found.push({ rule: 'list-too-long', path: [...path, LIMITS.listItems], params: { count: v.length, limit: LIMITS.listItems } });
        const n = Math.min(v.length, LIMITS.listItems);
        for (let i = 0; i < n; i++) {
          path.push(i);
          visit(v[i]);
          path.pop();
        }
      } else {
        if (Object.prototype.hasOwnProperty.call(v, '__proto__')) proto = true;
        for (const k in v) {
          path.push(k);
          visit((v as Record<string, unknown>)[k]);
          path.pop();
        }
      }
    }
  };
  visit(root);
  return proto ? 'proto' : found;
}

/** What overLimit would find nothing in, known without walking the value: one the line reader
 *  read all by itself (FlowLinesRead: no number past 15 digits, no nesting, no `__proto__`)
 *  with no line longer than a text may be and no list longer than a list may be. A walk of a
 *  100,000-entry value costs milliseconds, and many times that when some entries hold an
 *  integer key (`amount: 850,000` reads as `amount: 850` and a key `000`): such objects take
 *  the engine's slow way through `for … in`. */
function withinLimits(value: Readonly<Record<string, unknown>>, read: FlowLinesRead): boolean {
  if (read.elsewhere > 0 || read.longestLine > LIMITS.stringChars) return false;
  for (const k in value) {
    const v = value[k];
    if (Array.isArray(v) && v.length > LIMITS.listItems) return false;
  }
  return true;
}

function limitProblems(file: string, over: readonly OverLimit[], locate: Locator): Problem[] {
  return over.map((o) => {
    const span = locate.value(o.path);
    const written = o.rule === 'number-too-large' || o.rule === 'number-nan' ? locate.source(o.path) : undefined;
    return problemOf(o.rule, o.params as never, {
      severity: 'error',
      span: { ...span, file },
      path: formatYamlPath(o.path),
      ...(written === undefined ? {} : { actual: written }),
      sourceLine: clipLine(locate.line(span.line), span.column),
    });
  });
}

/** A source line for the excerpt, cut 80 characters past the problem's column: a 1 MB value is
 *  pointed at, not printed. */
function clipLine(line: string, column: number): string {
  const keep = column - 1 + 80;
  return line.length > keep + 40 ? `${line.slice(0, keep)}…` : line;
}

/** The nesting limit, reported where it is passed. */
function depthProblem(file: string, text: string, offset: number): ParsedYaml {
  const positions = new TextPositions(text);
  let start = Math.min(offset, text.length);
  while (start < text.length && /\s/.test(text[start]!)) start++;
  const span = positions.span(file, start, Math.min(start + 1, text.length));
  const problem: Problem = {
    severity: 'error',
    rule: 'yaml-depth-limit',
    span,
    path: '',
    params: { limit: LIMITS.depth },
    sourceLine: positions.line(span.line),
  };
  const none = (): Span => positions.span(file, 0, 0);
  return { value: undefined, problems: [problem], broken: true, locate: { value: none, key: none, source: () => undefined, line: (n) => positions.line(n) } };
}

/** Where the quick parser first passes the nesting limit; undefined if it does not. */
function deepestPoint(text: string): number | undefined {
  try {
    jsYamlLoad(text);
  } catch (err) {
    if (/nesting exceeded maxDepth/.test((err as Error).message)) return (err as YAMLException).mark?.position ?? 0;
  }
  return undefined;
}
