// The records as the data files hold them. The shapes are generated from the schemas
// (schemas/*.schema.json is the contract) into records.generated.ts; this module gives them the
// names the code uses. Derived figures (잔액, 집행률, 소계, 과부족) are never here: compute makes
// them. `stated` blocks keep figures a document printed, for checking.
import type * as G from './records.generated.js';
import { SCHEMA_KINDS } from './records.generated.js';
/** The list commands the schemas declare (`x-list`): each a report of the registry. */
export { SCHEMA_LISTS } from './records.generated.js';
export type { ListColumn, ListDeclaration, ListShow, ListUnit } from './listDeclaration.js';
import type { BudgetRecord, CitiesRecord, CouncilRecord, ExpensesRecord } from './records.generated.js';

export type {
  BudgetRecord,
  CitiesRecord,
  CouncilRecord,
  CountriesRecord,
  EventsRecord,
  ExpensesRecord,
  HeadcountCell,
  HeadcountRecord,
  HeadcountSplit,
  OfficeRecord,
  OrdinancesRecord,
  ReportRecord,
  StatedHeadcount,
  TaskforcesRecord,
} from './records.generated.js';

// A 향후계획 item may carry a status (task.schema.json, $defs/planNode, chosen by if/then on the
// section's role). The generator reads the shared defs only, so these few fields are named here;
// generated.test.ts checks them against the schema.
export const PLAN_STATUSES = ['예정', '진행', '완료', '연기', '취소', 'planned', 'in-progress', 'done', 'postponed', 'cancelled'] as const;
export interface PlanStatusFields {
  /** 상태 / Status: 예정 (the default), 진행, 완료, 연기, 취소, or the English words. */
  readonly status?: (typeof PLAN_STATUSES)[number];
  /** 완료일 / Done on (with 완료). */
  readonly done_on?: G.IsoDate;
  /** 연기 후 기간 / Postponed to: the new period phrase (with 연기). */
  readonly postponed_to?: G.Period;
  /** 상태 이력 / Status history: dated changes, written instead of the three fields above; the
   *  status on a day is the last change on or before it. */
  readonly history?: readonly StatusChange[];
}
/** 상태 변경 / Status change (task.schema.json $defs/statusChange). */
export interface StatusChange {
  /** The day the status changed (for 완료, the day it was done). */
  readonly on: G.IsoDate;
  readonly status: (typeof PLAN_STATUSES)[number];
  /** 연기: the new period phrase. */
  readonly postponed_to?: G.Period;
}
export type OutlineNode = G.OutlineNode & PlanStatusFields;
export type OutlineItem = string | OutlineNode;
type Section = Omit<G.TaskRecord['sections'][number], 'items'> & { readonly items: readonly OutlineItem[] };
export type TaskRecord = Omit<G.TaskRecord, 'sections'> & { readonly sections: readonly Section[] };
export type AnyRecord = Exclude<G.AnyRecord, G.TaskRecord> | TaskRecord;

export type AdjustmentType = NonNullable<BudgetRecord['adjustments']>[number]['type'];
export type SectionRole = TaskRecord['sections'][number]['role'];
export type Attendee = CouncilRecord['meetings'][number]['attendees'][number];
export type CityType = CitiesRecord['types'][number]['type'];

export type RecordKind = AnyRecord['kind'];

/** The order messages list the kinds in; a kind whose schema is added later comes after these
 *  by itself (from the generated list), so a new record kind needs no edit here. */
const MESSAGE_ORDER = ['office', 'report', 'headcount', 'budget', 'expenses', 'task', 'council', 'ordinances', 'taskforces', 'countries', 'cities', 'events'] as const satisfies readonly RecordKind[];

/** Every kind a schema describes, in the order messages list them. */
export const RECORD_KINDS: readonly RecordKind[] = [...MESSAGE_ORDER, ...SCHEMA_KINDS.filter((k) => !(MESSAGE_ORDER as readonly string[]).includes(k))];

/** A YAML path as a list of keys and indexes, e.g. ['lines', 0, 'budget']. */
export type YamlPath = readonly (string | number)[];

/** Finds where a value is written. Positions are worked out only when asked for, so loading
 *  a large file does not pay for positions of values that never have a problem. */
export interface Locator {
  /** The span of the value at `path` (or of the nearest parent that exists). */
  value(path: YamlPath): import('./problem.js').Span;
  /** The span of the key at `path` (the value's own span for list items and the root). */
  key(path: YamlPath): import('./problem.js').Span;
  /** The value exactly as written at `path`, if it is a scalar. */
  source(path: YamlPath): string | undefined;
  /** The text of a 1-based line, without its line end. */
  line(n: number): string;
}

/** One record loaded from one file. */
export interface LoadedRecord<R extends AnyRecord = AnyRecord> {
  readonly file: string;
  readonly record: R;
  readonly locate: Locator;
}

export function formatYamlPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** One 업무추진비 payment as an expenses file holds it. */
export type ExpenseEntry = ExpensesRecord['entries'][number];

/** Records grouped by kind (every kind present, in file order), each as `pick` makes it: the
 *  loaded record for checks that locate problems, the plain record for computations. */
export function groupedByKind<T>(records: readonly LoadedRecord[], pick: (r: LoadedRecord) => T): Record<RecordKind, T[]> {
  const out = {} as Record<RecordKind, T[]>;
  for (const k of RECORD_KINDS) out[k] = [];
  for (const r of records) out[r.record.kind].push(pick(r));
  return out;
}
