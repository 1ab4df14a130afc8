// What a report of the registry is (reports.ts): its name and words, the record kinds it needs,
// its parameters, its compute and its document. Apart from the registry so that a report's own
// module (src/engine/reports/) declares itself with `report()` without importing the registry that
// lists it.
import type { RecordKind } from '../model/records.js';
import type { NoRecordsKind, Notice } from '../model/refusal.js';
import type { Resolved } from '../compute/asOf.js';
import type { Doc } from '../render/document.js';
import type { Lang } from '../messages/catalog.js';
import type { Office } from './office.js';
import type { OptionSpec, OptionsOf, Words } from './params.js';

/** How a front end shows a report: its language, and whether a terminal table may use colour. */
export interface View {
  readonly lang: Lang;
  readonly color: boolean;
}

/** A report computed: its value, and what it says beside it. */
export interface Computed<T> {
  readonly value: T;
  readonly notices?: readonly Notice[];
}

export interface ReportSpec<O extends readonly OptionSpec[] = readonly OptionSpec[], T = unknown> {
  /** 'budget status' is the report status of the group budget. */
  readonly name: string;
  /** Positional arguments, in commander's notation ('<number>'); their values come in `args`. */
  readonly args?: string;
  /** Its title where a report is chosen from a list (a dashboard's navigation), a few words. */
  readonly label: Words;
  readonly summary: Words;
  /** Its parameters, output ones (--format, --out, --bom) included, in the order help lists them. */
  readonly options: O;
  /** The record kinds it computes from: an error in a record of another kind does not stop it. */
  readonly needs: readonly RecordKind[] | 'all';
  /** The kind of record it shows: a data folder without any is "no records" for it (an empty
   *  table and a note, engine/noRecords.ts), whatever else it reads. */
  readonly shows: NoRecordsKind;
  /** The exit codes a front end ends with, when they differ from a report's usual ones. */
  readonly exitCodes?: readonly Words[];
  /** Checks its parameters and computes from the office, or says why it cannot (a refusal). The
   *  parameters are checked before the office is read: `office` is a thunk. */
  readonly compute: (office: () => Office, p: OptionsOf<O>, args: readonly string[]) => Promise<Resolved<Computed<T>>>;
  /** The document of the value, in the view asked for. */
  readonly document: (value: T, p: OptionsOf<O>, view: View) => Promise<Doc>;
}

/** Types an entry of the registry from its own options. */
export const report = <const O extends readonly OptionSpec[], T>(spec: ReportSpec<O, T>): ReportSpec => spec as unknown as ReportSpec;

export const ok = <T>(value: T, notices?: readonly Notice[]): Resolved<Computed<T>> => ({ ok: true, value: notices === undefined ? { value } : { value, notices } });
/** A resolved value as computed, or its refusal as it is. */
export const lift = <T>(r: Resolved<T>): Resolved<Computed<T>> => (r.ok ? ok(r.value) : r);
