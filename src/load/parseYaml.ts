// Step 2 of load: text → one YAML document as plain values, plus problems. YAML 1.2 core
// schema only (no YAML 1.1 booleans, no timestamps, no merge keys). Looks at how each value is
// written where that matters for a message: duplicate keys (both places), `__proto__`, numbers
// with a leading zero. Never throws.
import type { Document, Node as YamlNode, Pair, Scalar, YAMLError } from 'yaml';
import jsYaml from 'js-yaml';
import { yamlLib } from './yamlLib.js';
import type { Problem, ProblemBase, RuleId, RuleParams, Span } from '../model/problem.js';
import { problemOf } from '../model/problem.js';
import type { Locator, YamlPath } from '../model/records.js';
import { formatYamlPath } from '../model/records.js';
import { createLocator, keyOf, TextPositions } from './locator.js';

/** A billion-laughs document expands aliases without end; this caps the expansion. */
export const MAX_ALIAS_COUNT = 100;

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
const NEEDS_FULL_PARSE = /^[ ]*\t|(?:^\s*-|[:,[{?])\s*(?:[&*!][^\s,[\]{}]|[-+]?0\d+\s*(?:$|[,\]}#])|[-+]?0b|[-+]?[\d.][\d.]*_)|__proto__/m;

function quickParse(file: string, text: string): ParsedYaml | undefined {
  if (NEEDS_FULL_PARSE.test(text)) return undefined;
  let value: unknown;
  try {
    // The YAML 1.2 core schema, like the full parse; duplicate keys throw, and go the full way.
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const positions = new TextPositions(text);
  let full: Locator | undefined;
  const located = (): Locator => (full ??= fullParse(file, text).locate);
  return {
    value,
    problems: [],
    broken: false,
    locate: {
      value: (p) => located().value(p),
      key: (p) => located().key(p),
      source: (p) => located().source(p),
      line: (n) => positions.line(n),
    },
  };
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

  const docs = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
  });
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
  inspect(root, [], first, add, at);

  let value: unknown;
  try {
    value = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
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
  return { value, problems, locate, broken: false };
}

type Add = <R extends RuleId>(rule: R, span: Span, path: YamlPath, params: RuleParams[R], extra?: Partial<ProblemBase>) => void;

/** Checks of how values are written that the parsed value no longer shows. */
function inspect(node: YamlNode | null | undefined, path: YamlPath, doc: Document, add: Add, at: (s: number, e: number) => Span): void {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (!node) return;
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
      inspect(pair.value as YamlNode | null, childPath, doc, add, at);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => inspect(item as YamlNode, [...path, i], doc, add, at));
  } else if (isScalar(node)) {
    checkScalar(node, path, add, at);
  }
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
