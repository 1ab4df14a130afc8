// Schema check of one record: ajv errors → Problems located at the offending key or value,
// with what was expected, the value as written and a fix where one is known.
import type { Problem, RuleId, RuleParams } from '../model/problem.js';
import { fileSpan, problemOf } from '../model/problem.js';
import type { LoadedRecord, YamlPath } from '../model/records.js';
import { formatYamlPath } from '../model/records.js';
import { isRealDate, daysInMonth } from '../compute/dates.js';
import type { AjvError, CompiledValidator } from './schemaValidators.js';
import { schemaValidators } from './schemaValidators.js';
import { closest } from '../model/closest.js';
import { problemAt } from '../model/problemAt.js';

/** The schema problems one record file shows at most: locating a problem costs far more than
 *  finding it, and a file wrong on every line (a table imported into the wrong columns) would
 *  otherwise take minutes and gigabytes to say so. The rest is counted, not located. */
export const MAX_SCHEMA_PROBLEMS = 1_000;

/** `schema` names the schema when it is not the record's own kind's (rollup.yaml is checked
 *  with rollup.schema.json, whatever its `kind` says). */
export function schemaProblems(loaded: LoadedRecord, schema: string = loaded.record.kind, max = MAX_SCHEMA_PROBLEMS): Problem[] {
  const validate = (schemaValidators() as Readonly<Record<string, CompiledValidator>>)[schema]!;
  if (validate(loaded.record)) return [];
  const problems: Problem[] = [];
  // One mistake, one problem: a value checked by two parts of a schema (a field and an if/then
  // that narrows it) gives ajv two errors of the same words at the same place.
  const seen = new Set<string>();
  const errors = oneErrorPerAnyOf(validate.errors ?? []);
  // The same place and rule twice (see above) is one finding, also among those not located.
  const rawKey = (x: AjvError): string => `${x.instancePath}\u0000${x.keyword}\u0000${JSON.stringify(x.params)}`;
  const met = new Set<string>();
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!;
    if (problems.length >= max) {
      // Counted in one pass (a file wrong on every line has tens of thousands left here).
      const rest = new Set<string>();
      for (let j = i; j < errors.length; j++) {
        if (errors[j]!.keyword === 'if') continue;
        const k = rawKey(errors[j]!);
        if (!met.has(k)) rest.add(k);
      }
      if (rest.size > 0) problems.push(problemOf('schema-checking-stopped', { shown: problems.length, more: rest.size }, { severity: 'error', span: fileSpan(loaded.file), path: '', sourceLine: loaded.locate.line(1) }));
      break;
    }
    met.add(rawKey(e));
    const p = toProblem(loaded, e);
    if (!p) continue;
    const key = JSON.stringify([p.rule, p.path, p.span.line, p.span.column, p.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  // A misspelt key is one mistake: its "did you mean" says what the missing key is.
  const misspelt = new Set<string>();
  for (const p of problems) if (p.rule === 'schema-unknown-key' && p.params.suggestion) misspelt.add(`${parentOf(p.path)}#${p.params.suggestion}`);
  return problems.filter((p) => !(p.rule === 'schema-required' && misspelt.has(`${parentOf(p.path)}#${p.params.missing}`)));
}

/** Inside `{ … }` a comma ends a value: `amount: 850,000` is `amount: 850` and a key `000` with
 *  no value. That unknown key is reported as the number written with commas it is, at the value
 *  it was split from (the same problem the block form gives), once for all its digit groups. */
function splitNumber(loaded: LoadedRecord, base: YamlPath, key: string, mapping: unknown): Problem | undefined {
  if (!/^\d+$/.test(key) || mapping === null || typeof mapping !== 'object' || (mapping as Record<string, unknown>)[key] !== null) return undefined;
  const at = loaded.locate.key([...base, key]);
  const line = loaded.locate.line(at.line);
  if (at.endLine !== at.line) return undefined;
  const before = /([A-Za-z_][A-Za-z0-9_]*):[ ]*([-+]?\d{1,3}(?:,[ ]*\d{3})*),[ ]*$/.exec(line.slice(0, at.column - 1));
  const after = /^\d{3}(?:,[ ]*\d{3})*(?=[ ]*[,}])/.exec(line.slice(at.column - 1));
  if (!before || !after) return undefined;
  const field = before[1]!;
  const value = (mapping as Record<string, unknown>)[field];
  if (typeof value !== 'number') return undefined;
  const written = `${before[2]!},${after[0]}`.replace(/[ ]/g, '');
  const start = loaded.locate.value([...base, field]);
  const problem = problemAt(loaded, [...base, field], 'number-with-commas', { fixed: written.replace(/,/g, '') }, { actual: written });
  const end = line.indexOf(after[0], at.column - 1) + after[0].length;
  return start.line === at.line ? { ...problem, span: { ...problem.span, endLine: at.line, endColumn: end + 1 } } : problem;
}

/** A value that fits no branch of an anyOf (a headcount cell: a count or '-') gets ajv's error of
 *  every branch and one for the anyOf: keep the errors of a branch its kind of value belongs to
 *  (-1 is a number below 0), or else the first type error alone. */
function oneErrorPerAnyOf(errors: readonly AjvError[]): AjvError[] {
  const at = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  if (at.size === 0) return [...errors];
  // What each anyOf place keeps, decided once per place (not per error: a file of thousands of
  // wrong cells would take the square of their number).
  const keep = new Set<AjvError>();
  const byPlace = new Map<string, AjvError[]>();
  for (const e of errors) {
    if (!at.has(e.instancePath) || e.keyword === 'anyOf') continue;
    const here = byPlace.get(e.instancePath);
    if (here) here.push(e);
    else byPlace.set(e.instancePath, [e]);
  }
  for (const here of byPlace.values()) {
    const fitting = here.filter((x) => x.keyword !== 'type' && x.keyword !== 'const');
    if (fitting.length) for (const x of fitting) keep.add(x);
    else {
      const firstType = here.find((x) => x.keyword === 'type');
      if (firstType) keep.add(firstType);
    }
  }
  return errors.filter((e) => !at.has(e.instancePath) || keep.has(e));
}

/** `lines[0].name` → `lines[0]`; `name` → ''. */
function parentOf(path: string): string {
  const i = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return i < 0 ? '' : path.slice(0, i);
}

function parsePointer(pointer: string): YamlPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const COMMA_NUMBER = /^[-+]?\d{1,3}(,\d{3})+$/;
const YAML11_TRUE = /^(y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(n|N|no|No|NO|off|Off|OFF)$/;

function exampleOf(schema: Record<string, unknown> | undefined): unknown {
  const ex = schema?.['examples'];
  return Array.isArray(ex) ? ex[0] : undefined;
}

function toProblem(loaded: LoadedRecord, e: AjvError): Problem | undefined {
  const { locate } = loaded;
  const base = parsePointer(e.instancePath);
  const make = <R extends RuleId>(rule: R, path: YamlPath, params: RuleParams[R], onKey = false, actual?: string): Problem =>
    problemAt(loaded, path, rule, params, { onKey, ...(actual !== undefined ? { actual } : {}) });
  const example = exampleOf(e.parentSchema);
  switch (e.keyword) {
    case 'if':
      return undefined; // the failing `then` branch reports the real problem
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      if (key === '__proto__') return undefined; // the loader has reported it already
      const props = Object.keys((e.parentSchema?.['properties'] as Record<string, unknown>) ?? {});
      const split = splitNumber(loaded, base, key, e.data);
      if (split) return split;
      return make('schema-unknown-key', [...base, key], { key, allowed: props, suggestion: closest(key, props) }, true, key);
    }
    case 'required': {
      const missing = String(e.params['missingProperty']);
      const propSchema = (e.parentSchema?.['properties'] as Record<string, Record<string, unknown>> | undefined)?.[missing];
      // Located at the mapping that lacks it; the path names the missing key itself.
      return { ...make('schema-required', base, { missing, example: exampleText(exampleOf(propSchema)) }, true, ''), path: formatYamlPath([...base, missing]) };
    }
    case 'type': {
      const expected = String(e.params['type']);
      const data = e.data;
      const written = locate.source(base);
      if (typeof data === 'string' && (expected === 'integer' || expected === 'number') && COMMA_NUMBER.test(data.trim())) {
        return make('number-with-commas', base, { fixed: data.trim().replace(/,/g, '') });
      }
      if (typeof data === 'string' && expected === 'boolean' && (YAML11_TRUE.test(data) || YAML11_FALSE.test(data))) {
        return make('yaml-11-boolean', base, { fixed: YAML11_TRUE.test(data) ? 'true' : 'false' });
      }
      if (typeof data === 'number' && expected === 'integer') {
        return make('schema-integer', base, { example: exampleText(example) });
      }
      if (data === null) return make('schema-empty-value', base, { expected, example: exampleText(example) }, false, written ?? '');
      return make('schema-type', base, { expected, found: typeName(data), example: exampleText(example) });
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map(String);
      return make('schema-enum', base, { allowed, suggestion: closest(String(e.data), allowed) });
    }
    case 'const':
      return make('schema-const', base, { expected: String(e.params['allowedValue']) });
    case 'minimum':
    case 'exclusiveMinimum':
      return make(Number(e.params['limit']) === 0 && typeof e.data === 'number' && e.data < 0 ? 'schema-negative' : 'schema-minimum', base, {
        limit: Number(e.params['limit']),
      });
    case 'maximum':
    case 'exclusiveMaximum':
      return make('schema-maximum', base, { limit: Number(e.params['limit']) });
    case 'format': {
      const value = String(e.data);
      return make('date-invalid', base, { reason: dateReason(value) ?? 'format', example: exampleText(example) });
    }
    case 'pattern':
      if (e.schemaPath.includes('/date/')) return undefined; // the format error says it better
      return make('schema-pattern', base, { example: exampleText(example) });
    case 'minLength':
      return make('schema-empty-text', base, { example: exampleText(example) });
    case 'minProperties':
      // An empty mapping ({}) where one with keys is expected: as empty as a key without a value.
      return make('schema-empty-value', base, { expected: 'object', example: exampleText(example) });
    case 'minItems':
      return make('schema-min-items', base, { limit: Number(e.params['limit']), example: exampleText(example) });
    case 'uniqueItems':
      return make('schema-unique-items', base, { first: Number(e.params['j']), second: Number(e.params['i']) });
    case 'not': {
      // A `not` says only "must NOT be valid"; the schema beside it says what is wrong.
      const why = e.parentSchema?.['description'];
      return make('schema-other', base, { detail: typeof why === 'string' ? why : (e.message ?? e.keyword) });
    }
    default:
      return make('schema-other', base, { detail: e.message ?? e.keyword });
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Why a YYYY-MM-DD-shaped date is not a real date, or undefined when it has another shape. */
function dateReason(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  if (isRealDate(s)) return undefined;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return 'month';
  return `day:${daysInMonth(y, mo)}`;
}

/** An example value as it would be written in YAML (flow style for small objects). */
export function exampleText(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return /^[\w가-힣]/.test(v) && !/[:#,\[\]{}]/.test(v) ? v : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => exampleText(x)).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${exampleText(x)}`)
      .join(', ')} }`;
  }
  return String(v);
}
