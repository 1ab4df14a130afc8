// Why a command cannot show what was asked: a value that compute returns and messages/ words.
import type { RecordKind } from './records.js';
import type { IsoDate } from './units.js';

export type Refusal =
  | { readonly reason: 'no-records'; readonly kind: 'budget' | 'headcount' | 'report' | 'execution' | 'cities' | 'tasks' | 'data' }
  | { readonly reason: 'before-first'; readonly asOf: IsoDate; readonly first: IsoDate }
  | { readonly reason: 'outside-year'; readonly asOf: IsoDate; readonly year: number }
  | { readonly reason: 'no-budget'; readonly year: number; readonly years: readonly number[] }
  | { readonly reason: 'no-office'; readonly id: string }
  | { readonly reason: 'no-issue'; readonly issue: string; readonly issues: readonly string[] }
  | { readonly reason: 'no-task'; readonly number: string; readonly numbers: readonly number[] }
  /** A parameter's value that is not one (a date that does not exist, a year of three digits …). */
  | { readonly reason: 'bad-param'; readonly param: 'as-of' | 'year' | 'month' | 'within' | 'number'; readonly value: string }
  /** A budget line asked for that no budget has. */
  | { readonly reason: 'unknown-line'; readonly line: string; readonly known: readonly string[] }
  /** The data folder holds no headcount record: a fact about the data (exit 1), said at the folder. */
  | { readonly reason: 'no-headcount'; readonly folder: string };

/** Refusals that are facts about the data (exit 1) rather than about what was asked (exit 2):
 *  the records a command computes from are not there at all, or the one work item asked for
 *  when there is none (a lookup has nothing to show; a listing shows an empty table instead,
 *  engine/noRecords.ts). */
export const isDataRefusal = (r: Refusal): boolean =>
  r.reason === 'no-headcount' || (r.reason === 'no-records' && r.kind !== 'data') || (r.reason === 'no-task' && r.numbers.length === 0);

/** The kinds of record whose absence a report notes beside its empty table: any record kind, or
 *  `execution` (a budget without a single expense entry or executed figure to total). */
export type NoRecordsKind = RecordKind | 'execution';

/** What a report has to say beside its output (to stderr in the cli). */
export type Notice =
  | { readonly reason: 'one-snapshot' }
  /** The data folder holds no record of the kind the report shows: its table is empty. */
  | { readonly reason: 'no-records'; readonly kind: NoRecordsKind; readonly folder: string };
