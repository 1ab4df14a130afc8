// Running a report of the registry for any front end: its parameters checked, the office opened
// (only once the parameters are good: `office` is asked for when needed), computed, and its
// document made in the view asked for. The result carries the office it is of, so a front end
// over several offices (a roll-up) can tell and put them side by side.
import type { Resolved } from '../compute/asOf.js';
import type { Notice } from '../model/refusal.js';
import type { Doc } from '../render/document.js';
import type { Office } from './office.js';
import type { ReportSpec, View } from './reports.js';

export interface ReportRun<T = unknown> {
  /** The office's key (engine/office.ts). */
  readonly office: string;
  readonly report: string;
  readonly value: T;
  readonly doc: Doc;
  readonly notices: readonly Notice[];
}

export async function runReport(spec: ReportSpec, office: () => Office, params: Readonly<Record<string, unknown>>, args: readonly string[], view: View): Promise<Resolved<ReportRun>> {
  let opened: Office | undefined;
  const once = (): Office => (opened ??= office());
  const computed = await spec.compute(once, params as never, args);
  if (!computed.ok) return computed;
  const doc = await spec.document(computed.value.value, params as never, view);
  return { ok: true, value: { office: once().id, report: spec.name, value: computed.value.value, doc, notices: computed.value.notices ?? [] } };
}

/** The same report of several offices, each on its own: one office's refusal does not stop the
 *  others. */
export async function runReports(spec: ReportSpec, offices: readonly Office[], params: Readonly<Record<string, unknown>>, view: View): Promise<{ readonly office: string; readonly run: Resolved<ReportRun> }[]> {
  const out: { office: string; run: Resolved<ReportRun> }[] = [];
  for (const o of offices) out.push({ office: o.id, run: await runReport(spec, () => o, params, [], view) });
  return out;
}
