// The records of each kind as plain values, for the computations that use several kinds.
import type { AnyRecord, LoadedRecord, RecordKind, ReportRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import { groupedByKind } from '../model/records.js';

export type RecordsByKind = { readonly [K in RecordKind]: readonly Extract<AnyRecord, { kind: K }>[] };

export function recordsOf(records: readonly LoadedRecord[]): RecordsByKind {
  return groupedByKind(records, (r) => r.record) as unknown as RecordsByKind;
}

/** The data's reference date: the latest `as_of` of the report records (of one fiscal year when
 *  given). Commands default to it, never to today. */
export function referenceDate(reports: readonly ReportRecord[], year?: number): IsoDate | undefined {
  return reports
    .filter((r) => year === undefined || r.fiscal_year === year)
    .map((r) => r.as_of)
    .sort()
    .pop();
}
