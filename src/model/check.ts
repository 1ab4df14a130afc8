// What every cross-record check receives: the schema-valid records, grouped by kind. In model/,
// below validate/, so that a layer under validate can hold checks of the same type.
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

/** A cross-record check: records in, problems out. Adding a check is one module of
 *  validate/checks/ that exports `crossCheck` (validate/checks/index.ts). */
export type Check = (ctx: CheckContext) => Problem[];

export function groupByKind(records: readonly LoadedRecord[]): ByKind {
  return groupedByKind(records, (r) => r) as unknown as ByKind;
}
