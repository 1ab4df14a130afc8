// What every cross-record check receives: the schema-valid records, grouped by kind. Here, below
// the layers that hold checks (validate/checks/ and the rule modules of rules/), so both write a
// check of one type.
import type { AnyRecord, LoadedRecord, RecordKind } from './records.js';
import { groupedByKind } from './records.js';
import type { Problem } from './problem.js';

export type ByKind = { readonly [K in RecordKind]: readonly LoadedRecord<Extract<AnyRecord, { kind: K }>>[] };

export interface CheckContext {
  readonly byKind: ByKind;
  /** Kinds some record of which failed its schema (and so is missing from `byKind`), and
   *  whether some file could not be read at all: a reference into those may be fine. */
  readonly incomplete: { readonly kinds: ReadonlySet<RecordKind>; readonly unreadFiles: boolean };
}

/** A cross-record check: records in, problems out. A new rule is one module of src/rules/
 *  (rules/defineRule.ts); a check of several rules is a module of validate/checks/ that exports
 *  `crossCheck` (validate/checks/index.ts). */
export type Check = (ctx: CheckContext) => Problem[];

export function groupByKind(records: readonly LoadedRecord[]): ByKind {
  return groupedByKind(records, (r) => r) as unknown as ByKind;
}
