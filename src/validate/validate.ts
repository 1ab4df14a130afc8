// validate: loaded records → Problems. Schema check of each record first; the cross-record
// checks then see only the records that passed it, so they can trust the shapes.
import type { Problem } from '../model/problem.js';
import { sortProblems } from '../model/problem.js';
import type { LoadedRecord, RecordKind } from '../model/records.js';
import { CHECKS } from './checks/index.js';
import { groupByKind } from '../model/check.js';
import { schemaProblems } from './schemaProblems.js';

export interface Validated {
  /** Records that passed their schema (cross-record problems may still point into them). */
  readonly records: readonly LoadedRecord[];
  readonly problems: readonly Problem[];
}

/** Where the problems of the checks across records were kept (the engine's record cache): they
 *  are taken from `get` when it has them, and given to `set` when they were found here. */
export interface KeptCrossChecks {
  /** `context` names what the checks see besides the records (below): part of the key. */
  get(context: string): readonly Problem[] | undefined;
  set(context: string, problems: readonly Problem[]): void;
}

/** `known` gives a record's schema problems when they were found before (the engine's record
 *  cache keeps them with the file); undefined: they are found here. */
export function validateRecords(records: readonly LoadedRecord[], loadProblems: readonly Problem[] = [], known?: (r: LoadedRecord) => readonly Problem[] | undefined, kept?: KeptCrossChecks): Validated {
  const problems: Problem[] = [...loadProblems];
  const valid: LoadedRecord[] = [];
  const invalidKinds = new Set<RecordKind>();
  for (const r of records) {
    const found = known?.(r) ?? schemaProblems(r);
    problems.push(...found);
    if (found.length === 0) valid.push(r);
    else invalidKinds.add(r.record.kind);
  }
  const loadedFiles = new Set(records.map((r) => r.file));
  const unreadFiles = loadProblems.some((p) => p.severity === 'error' && !loadedFiles.has(p.span.file));
  // What the checks see besides the records: whether a file gave no record (a listing refuses
  // a folder named x.yaml, a link, a FIFO: none of them a file of the load) and which kinds failed
  // their schema. The records come from the files the cache keys; this comes from more.
  const context = JSON.stringify({ unreadFiles, kinds: [...invalidKinds].sort() });
  let across = kept?.get(context);
  if (across === undefined) {
    const ctx = { byKind: groupByKind(valid), incomplete: { kinds: invalidKinds, unreadFiles } };
    const found: Problem[] = [];
    for (const { check } of CHECKS) found.push(...check(ctx));
    kept?.set(context, found);
    across = found;
  }
  problems.push(...across);
  return { records: valid, problems: sortProblems(problems) };
}
