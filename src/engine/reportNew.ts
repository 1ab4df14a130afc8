// Starting the next issue of the work report (`report new`): a report record for the month after
// the latest issue (or the month asked for), copied from it through the one write path, so the
// id, title, office and comments follow the office's own habit. Its as-of date is the last day of
// the month before the issue's month (the May issue reports April), to be changed where the office
// dates it otherwise.
import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { ReportRecord } from '../model/records.js';
import { yamlLib } from '../load/yamlLib.js';
import { latestIssue } from '../compute/asOf.js';
import { monthEnd } from '../compute/dates.js';
import type { EditOutcome, EditTarget } from './applyEdit.js';
import { applyEdit } from './applyEdit.js';
import { displayPath } from './office.js';

export interface StartedIssue {
  readonly issued: string;
  readonly id: string;
  readonly asOf: string;
  /** The new file (absolute). */
  readonly path: string;
}

export type StartStop =
  | { readonly reason: 'no-issue' }
  | { readonly reason: 'exists'; readonly month: string; readonly file: string }
  | { readonly reason: 'before-last'; readonly month: string; readonly last: string }
  /** The latest issue's file could no longer be read (removed or changed into a folder since it was listed). */
  | { readonly reason: 'unreadable'; readonly problem: Problem };

/** YYYY-MM of the month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The last day of the month before YYYY-MM. */
export function endOfMonthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? monthEnd(y - 1, 12) : monthEnd(y, m - 1);
}

/** The next issue's id: the latest one's with its month changed (2021-05-work-report →
 *  2021-06-work-report), else the latest id with the new month put in front of it. */
export function nextId(last: ReportRecord, month: string): string {
  return last.id.includes(last.issued) ? last.id.split(last.issued).join(month) : `${month}-${last.id}`;
}

/** `month`: YYYY-MM, already checked; undefined for the month after the latest issue. */
export function startIssue(target: EditTarget, month: string | undefined): Promise<EditOutcome<StartedIssue, StartStop>> {
  return applyEdit<StartedIssue, StartStop>(target, (office) => {
    const issues = office.records.filter((x): x is typeof x & { record: ReportRecord } => x.record.kind === 'report');
    const last = latestIssue(issues.map((x) => x.record));
    if (!last) return { ok: false, stop: { reason: 'no-issue' } };
    const held = issues.find((x) => x.record === last)!;
    const issued = month ?? nextMonth(last.issued);
    const same = issues.find((x) => x.record.issued === issued);
    if (same) return { ok: false, stop: { reason: 'exists', month: issued, file: same.file } };
    if (issued < last.issued) return { ok: false, stop: { reason: 'before-last', month: issued, last: last.issued } };
    const from = resolve(target.cwd, held.file);
    const path = join(dirname(from), `report-${issued}.yaml`);
    // Whatever has the new file's name is the office's (a draft begun by hand, one that does not
    // load, another record): it is never written over.
    if (taken(path)) return { ok: false, stop: { reason: 'exists', month: issued, file: displayPath(target.cwd)(path) } };
    const asOf = endOfMonthBefore(issued);
    const id = nextId(last, issued);
    // The latest issue's text with its dated fields changed: its modeline and key order stay; the
    // comments that spoke of the old issue's month (the file's header, a note on a date) do not.
    const read = office.source.read(held.file);
    if (!read.ok) return { ok: false, stop: { reason: 'unreadable', problem: read.problem } };
    const { isMap, isNode, parseDocument } = yamlLib();
    const doc = parseDocument(Buffer.from(read.bytes).toString('utf8'));
    const modeline = (text: string | null | undefined): string | null =>
      (text ?? '')
        .split('\n')
        .filter((l) => /^\s*yaml-language-server:/.test(l))
        .join('\n') || null;
    doc.commentBefore = modeline(doc.commentBefore);
    if (isMap(doc.contents)) {
      doc.contents.commentBefore = modeline(doc.contents.commentBefore);
      // The header may sit on the first key (no blank line before it).
      const first = doc.contents.items[0]?.key;
      if (isNode(first)) first.commentBefore = modeline(first.commentBefore);
    }
    const fields: Record<string, string | number> = { id, issued, fiscal_year: Number(asOf.slice(0, 4)), as_of: asOf };
    // New nodes, so that a note written beside the old value does not stay beside the new one.
    for (const [key, value] of Object.entries(fields)) doc.set(key, doc.createNode(value));
    return { ok: true, changes: [{ path, text: doc.toString() }], result: { issued, id, asOf, path } };
  });
}

/** Something (a file, a folder, a link, even a broken one) has this name. */
function taken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
