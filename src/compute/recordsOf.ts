// The records of each kind as plain values, for the computations that use several kinds.
import type { AnyRecord, LoadedRecord, RecordKind } from '../model/records.js';
import { RECORD_KINDS } from '../model/records.js';

export type RecordsByKind = { readonly [K in RecordKind]: readonly Extract<AnyRecord, { kind: K }>[] };

export function recordsOf(records: readonly LoadedRecord[]): RecordsByKind {
  const out: Record<string, AnyRecord[]> = {};
  for (const k of RECORD_KINDS) out[k] = [];
  for (const r of records) out[r.record.kind]!.push(r.record);
  return out as unknown as RecordsByKind;
}
