// Marking a plan item of a work item (향후계획) with its status (a dashboard form): the item's
// `status` set in its task file through the one write path, with `done_on` for 완료 and
// `postponed_to` for 연기, every other byte of the file kept (comments, quoting, key order, CRLF,
// a byte-order mark): only the item's own text is written again. An item written as a bare phrase becomes `{ text, status }`. The schema
// and the whole office's checks then judge the result before anything is written.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { EditOutcome, EditTarget } from './applyEdit.js';
import { applyEdit } from './applyEdit.js';

/** The statuses a plan item may have, as the Korean records write them. */
export const PLAN_STATUSES = ['예정', '진행', '완료', '연기', '취소'] as const;

export interface PlanStatusChange {
  /** The work item's number. */
  readonly task: number;
  /** The item: its section's and its own place in the file (0-based). */
  readonly section: number;
  readonly item: number;
  readonly status: string;
  /** YYYY-MM-DD, for 완료. */
  readonly doneOn?: string | undefined;
  /** The new period phrase, for 연기. */
  readonly postponedTo?: string | undefined;
}

export interface StatusSet {
  /** The task file (absolute) and the 1-based line the item starts on. */
  readonly path: string;
  readonly line: number;
}

export type StatusStop = { readonly reason: 'no-item'; readonly task: number; readonly section: number; readonly item: number };

export function setPlanStatus(target: EditTarget, change: PlanStatusChange): Promise<EditOutcome<StatusSet, StatusStop>> {
  const noItem = { ok: false as const, stop: { reason: 'no-item' as const, task: change.task, section: change.section, item: change.item } };
  return applyEdit<StatusSet, StatusStop>(target, (office) => {
    const held = office.records.find((r) => r.record.kind === 'task' && r.record.number === change.task);
    if (held === undefined) return noItem;
    const path = resolve(target.cwd, held.file);
    const original = readFileSync(path, 'utf8');
    const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
    const crlf = original.includes('\r\n');
    const text0 = original.slice(bom.length).replace(/\r\n/g, '\n');
    const doc = parseDocument(text0);
    const section = doc.getIn(['sections', change.section], true);
    const items = isMap(section) && section.get('role') === 'plans' ? section.get('items', true) : undefined;
    if (!isSeq(items) || !(isScalar(items.items[change.item]) || isMap(items.items[change.item]))) return noItem;
    const item = items.items[change.item] as ReturnType<typeof doc.createNode>;
    const start = isScalar(item) || isMap(item) ? (item.range?.[0] ?? 0) : 0;
    const map = isScalar(item) ? doc.createNode({ text: item.value }) : item;
    if (!isMap(map)) return noItem;
    map.set('status', change.status);
    if (change.status === '완료' && change.doneOn !== undefined) map.set('done_on', change.doneOn);
    else map.delete('done_on');
    if (change.status === '연기' && change.postponedTo !== undefined) map.set('postponed_to', change.postponedTo);
    else map.delete('postponed_to');
    // Only the item's own text is written again, at its place and indentation: the yaml library
    // would also respace comments elsewhere in the file if the whole document were printed.
    const end = isScalar(item) || isMap(item) ? (item.range?.[1] ?? start) : start;
    const column = start - (text0.lastIndexOf('\n', start - 1) + 1);
    const own = new Document(map).toString({ lineWidth: 0 }).replace(/\n$/, '');
    const indented = own
      .split('\n')
      .map((l, k) => (k === 0 || l === '' ? l : ' '.repeat(column) + l))
      .join('\n');
    // What the old item's range ends with (a line end, the next line's indentation) stays.
    const trailing = /\s*$/.exec(text0.slice(start, end))?.[0] ?? '';
    const text = text0.slice(0, start) + indented + trailing + text0.slice(end);
    const line = text0.slice(0, start).split('\n').length;
    return { ok: true, changes: [{ path, text: bom + (crlf ? text.replace(/\n/g, '\r\n') : text) }], result: { path, line } };
  });
}
