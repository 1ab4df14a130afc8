// A problem found in the records: a value, never an exception. Every layer that finds
// something wrong returns these; only the renderer turns them into words (in ko or en).

export type Severity = 'error' | 'warning';

/** A place in a source file. Lines and columns are 1-based; columns count UTF-16 units from the
 *  start of the line as the file is written (a byte-order mark is not counted). */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Values a message may quote. */
export type MessageParams = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** Each rule id with the type of its parameters. Empty here: `messages/catalog.ts` fills it from
 *  its rule table and each rule module of `src/rules/` adds its own id (module augmentation), so a
 *  rule's id, parameters and words are one entry or one module while `model/` still imports
 *  nothing. A rule id neither holds is a type error. */
export interface RuleParams {}

export type RuleId = keyof RuleParams & string;

/** Everything about a problem except which rule it breaks and that rule's parameters. */
export interface ProblemBase {
  readonly severity: Severity;
  readonly span: Span;
  /** The YAML path of the value, e.g. `snapshots[0].lines[1].executed`; '' for the whole file. */
  readonly path: string;
  /** The value exactly as written in the file, where there is one. */
  readonly actual?: string | undefined;
  /** Other places the problem involves (the first of two duplicate keys, …). */
  readonly related?: readonly Span[] | undefined;
  /** The source line of `span.line`, without its line end, for the caret display. */
  readonly sourceLine?: string | undefined;
}

/** A problem of one rule: its parameters are what the message catalog needs to say what was
 *  expected and how to fix it. */
export interface ProblemOf<R extends RuleId> extends ProblemBase {
  /** Stable rule id, e.g. `schema-type`, `number-with-commas`; listed in docs/errors.md. */
  readonly rule: R;
  readonly params: Readonly<RuleParams[R]>;
}

/** A problem of any rule: a union discriminated by `rule`. */
export type Problem = { [R in RuleId]: ProblemOf<R> }[RuleId];

/** Builds a problem; the rule id decides the parameters' type, so a call site cannot pass
 *  parameters its message does not read, nor leave out one it does. */
export function problemOf<R extends RuleId>(rule: R, params: RuleParams[R], base: ProblemBase): Problem {
  return { ...base, rule, params } as ProblemOf<R> as unknown as Problem;
}

/** A span that covers a whole file, for problems that have no better place (line 1, column 1). */
export function fileSpan(file: string): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Problems in a stable order: file, line, column, rule. Output must not depend on load order. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.span.file, b.span.file) ||
      a.span.line - b.span.line ||
      a.span.column - b.span.column ||
      cmp(a.rule, b.rule) ||
      cmp(a.path, b.path),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
