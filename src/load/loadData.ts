// load: the data folder → records with their locators, plus every problem met on the way.
// Never throws on bad input; each file is read on its own, so one broken file does not hide
// the problems of the others.
import type { Problem } from '../model/problem.js';
import type { AnyRecord, LoadedRecord } from '../model/records.js';
import { RECORD_KINDS } from '../model/records.js';
import { findDataFiles } from './findDataFiles.js';
import { parseYaml } from './parseYaml.js';
import type { ReadFile } from './readSource.js';
import { readSource } from './readSource.js';

export interface LoadedData {
  readonly files: readonly string[];
  /** Records whose file parsed and whose `kind` is known; not yet checked against a schema. */
  readonly records: readonly LoadedRecord<AnyRecord>[];
  readonly problems: readonly Problem[];
}

export interface LoadOptions {
  readonly display: (absolutePath: string) => string;
  readonly read?: ReadFile;
}

export function loadData(paths: readonly string[], options: LoadOptions): LoadedData {
  const found = findDataFiles(paths, options.display);
  const problems: Problem[] = [...found.problems];
  const records: LoadedRecord<AnyRecord>[] = [];
  for (const path of found.files) {
    const file = options.display(path);
    const loaded = loadFile(file, path, options.read);
    problems.push(...loaded.problems);
    if (loaded.record) records.push(loaded.record);
  }
  return { files: found.files.map(options.display), records, problems };
}

export function loadFile(
  file: string,
  path: string,
  read?: ReadFile,
): { record?: LoadedRecord<AnyRecord>; problems: readonly Problem[] } {
  const source = readSource(file, path, read);
  if (!source.ok) return { problems: [source.problem] };
  return loadText(file, source.text);
}

/** Parses one file's text and identifies its record kind. */
export function loadText(file: string, text: string): { record?: LoadedRecord<AnyRecord>; problems: readonly Problem[] } {
  const parsed = parseYaml(file, text);
  if (parsed.broken) return { problems: parsed.problems };
  const value = parsed.value as Record<string, unknown>;
  const problems = [...parsed.problems];
  const kind = value['kind'];
  if (typeof kind !== 'string' || !(RECORD_KINDS as readonly string[]).includes(kind)) {
    const has = Object.prototype.hasOwnProperty.call(value, 'kind');
    const span = has ? parsed.locate.value(['kind']) : parsed.locate.value([]);
    problems.push({
      severity: 'error',
      rule: has ? 'kind-unknown' : 'kind-missing',
      span,
      path: 'kind',
      actual: has ? parsed.locate.source(['kind']) : undefined,
      params: { known: RECORD_KINDS },
      sourceLine: parsed.locate.line(span.line),
    });
    return { problems };
  }
  return {
    record: { file, record: value as unknown as AnyRecord, locate: parsed.locate },
    problems,
  };
}
