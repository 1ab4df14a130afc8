// One rule for a report whose kind of record the data does not hold at all, for every report
// and every front end: the report's table, empty (or an empty but well-formed document in any
// format; json `{}` where there is nothing to compute from), one notice naming the kind, the
// folder and how to add a record, and no failure (the cli exits 0). A listing computes its own
// empty table; a report that cannot compute without the records (budget status, headcount, the
// work report …) gets the one empty table made here instead of its refusal. A lookup of one thing
// (`tasks show 3` with no work item at all) stays a refusal: there is no table to show. The kind a
// report shows is its own word (ReportSpec.shows), so a new report module follows the rule as it is.
import type { RecordKind } from '../model/records.js';
import type { NoRecordsKind, Notice, Refusal } from '../model/refusal.js';
import type { Resolved } from '../compute/asOf.js';
import type { Doc } from '../render/document.js';
import { tablesDoc } from '../render/document.js';
import { noRecordsHeader } from '../messages/cliText.js';
import type { Office } from './office.js';
import type { ReportSpec, View } from './reports.js';
import type { ReportRun } from './run.js';
import { runReport } from './run.js';

/** The record kind that holds a kind's records (`execution` is a budget's entries). */
const recordsOf = (k: NoRecordsKind): RecordKind => (k === 'execution' ? 'expenses' : k);

/** The kind a refusal says is missing, when it is "no records of a kind" (`data`: no record
 *  gives a date, which means no records only when the report's own kind is missing too). */
function missingOf(r: Refusal, own: NoRecordsKind, has: (k: NoRecordsKind) => boolean): NoRecordsKind | undefined {
  if (r.reason === 'no-headcount') return 'headcount';
  if (r.reason !== 'no-records') return undefined;
  if (r.kind === 'data') return has(own) ? undefined : own;
  return r.kind === 'tasks' ? 'task' : r.kind;
}

/** The empty document of a report that had nothing to compute from: its title, one table with
 *  no rows under a column naming the kind, and `{}` for json. */
function emptyDoc(spec: ReportSpec, kind: NoRecordsKind, view: View): Doc {
  const title = spec.label[view.lang];
  return tablesDoc(title, {}, [{ title, columns: [{ header: noRecordsHeader(view.lang, kind), align: 'left' }], rows: [] }]);
}

/** Runs a report as `runReport` does, under the rule above: a run of a report without records of
 *  its kind succeeds, empty, with a `no-records` notice. Other refusals stay as they are. */
export async function runReportOrEmpty(spec: ReportSpec, office: () => Office, params: Readonly<Record<string, unknown>>, args: readonly string[], view: View): Promise<Resolved<ReportRun>> {
  let opened: Office | undefined;
  const once = (): Office => (opened ??= office());
  const own = spec.shows;
  const has = (k: NoRecordsKind): boolean => once().r[recordsOf(k)].length > 0;
  const note = (kind: NoRecordsKind): Notice => ({ reason: 'no-records', kind, folder: once().label });
  const ran = await runReport(spec, once, params, args, view);
  if (ran.ok) {
    // A listing computed its own empty table: the same note beside it.
    if (opened === undefined || has(own)) return ran;
    return { ok: true, value: { ...ran.value, notices: [note(own), ...ran.value.notices] } };
  }
  const missing = opened === undefined ? undefined : missingOf(ran.refusal, own, has);
  if (missing === undefined) return ran;
  return { ok: true, value: { office: once().id, report: spec.name, value: {}, doc: emptyDoc(spec, missing, view), notices: [note(missing)] } };
}
