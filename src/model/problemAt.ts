// Builds a Problem located at a YAML path of a loaded record: the one way checks make problems.
// Pure (the record's locator finds the place), so the checks of validate/ and the rule modules of
// rules/ share it.
import type { Problem, RuleId, RuleParams, Severity, Span } from './problem.js';
import { problemOf } from './problem.js';
import type { LoadedRecord, YamlPath } from './records.js';
import { formatYamlPath } from './records.js';

export interface ProblemOptions {
  /** Point at the key rather than the value (unknown keys, duplicates, missing fields). */
  readonly onKey?: boolean;
  readonly severity?: Severity;
  readonly related?: readonly Span[];
  /** Overrides the value as written (e.g. the key itself for an unknown key). */
  readonly actual?: string;
}

export function problemAt<R extends RuleId>(
  loaded: LoadedRecord,
  path: YamlPath,
  rule: R,
  params: RuleParams[R],
  options: ProblemOptions = {},
): Problem {
  const { locate, file } = loaded;
  const span = options.onKey ? locate.key(path) : locate.value(path);
  return problemOf(rule, params, {
    severity: options.severity ?? 'error',
    span: { ...span, file },
    path: formatYamlPath(path),
    actual: options.actual ?? (options.onKey ? undefined : locate.source(path)),
    related: options.related,
    sourceLine: locate.line(span.line),
  });
}

export function spanAt(loaded: LoadedRecord, path: YamlPath, onKey = false): Span {
  const s = onKey ? loaded.locate.key(path) : loaded.locate.value(path);
  return { ...s, file: loaded.file };
}
