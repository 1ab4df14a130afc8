// Marking a plan item of a work item (향후계획) with its status (a dashboard form), through the one
// write path, every other byte of the file kept (comments, quoting, key order, CRLF, a byte-order
// mark): only the item's own text is written again. An item in the short form gets its `status`,
// with `done_on` for 완료 and `postponed_to` for 연기; an item written as a bare phrase becomes
// `{ text, status }`. An item with a dated `history` (docs/records.md, "Dated status") gets one
// more change at the end of it, `{ on, status, postponed_to? }`: the schema allows no status beside
// a history. The schema and the whole office's checks then judge the result before anything is
// written.
import { resolve } from 'node:path';
import type { OutlineNode } from '../model/records.js';
import { yamlLib } from '../load/yamlLib.js';
import { latestRecordDate } from '../compute/asOf.js';
import { statusFields } from '../compute/outline.js';
import type { EditOutcome, EditTarget } from './applyEdit.js';
import { applyEdit } from './applyEdit.js';
import type { Office } from './office.js';

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
  /** YYYY-MM-DD: the day of the change, for an item with a history (a 완료's `doneOn` is its day
   *  when given). */
  readonly on?: string | undefined;
}

export interface StatusSet {
  /** The task file (absolute) and the 1-based line the item starts on. */
  readonly path: string;
  readonly line: number;
}

export type StatusStop =
  | { readonly reason: 'no-item'; readonly task: number; readonly section: number; readonly item: number }
  /** The item has a history, and the change has no day to write in it. */
  | { readonly reason: 'no-date'; readonly task: number; readonly section: number; readonly item: number };

export interface PlanChoice {
  /** `task:section:item`, the form's value. */
  readonly value: string;
  readonly label: string;
  /** The status in force as the records stand (the last change of a history), as written; '' for none (예정). */
  readonly status: string;
}

/** The plan items a status form offers, in work-item order, each with its status in force. */
export function planChoices(office: Office): PlanChoice[] {
  return [...office.r.task]
    .sort((a, b) => a.number - b.number)
    .flatMap((task) =>
      task.sections.flatMap((section, si) =>
        section.role !== 'plans'
          ? []
          : section.items.map((item, ii) => {
              const node: OutlineNode | undefined = typeof item === 'string' ? undefined : item;
              return { value: `${task.number}:${si}:${ii}`, label: `${task.number}. ${task.title} — ${typeof item === 'string' ? item : (node?.text ?? '')}`, status: node === undefined ? '' : (statusFields(node).status ?? '') };
            }),
      ),
    );
}

/** The day a status form offers for a change: the latest date the records speak for (never
 *  today's date: the records say what day they are at). */
export const statusDayDefault = (office: Office): string | undefined => latestRecordDate(office.r);

export function setPlanStatus(target: EditTarget, change: PlanStatusChange): Promise<EditOutcome<StatusSet, StatusStop>> {
  const at = { task: change.task, section: change.section, item: change.item };
  const noItem = { ok: false as const, stop: { reason: 'no-item' as const, ...at } };
  return applyEdit<StatusSet, StatusStop>(target, (office, textOf) => {
    const held = office.records.find((r) => r.record.kind === 'task' && r.record.number === change.task);
    if (held === undefined) return noItem;
    const path = resolve(target.cwd, held.file);
    const original = textOf(path);
    if (original === undefined) return noItem;
    const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
    const crlf = original.includes('\r\n');
    const text0 = original.slice(bom.length).replace(/\r\n/g, '\n');
    const { Document, isMap, isScalar, isSeq, parseDocument } = yamlLib();
    const doc = parseDocument(text0);
    const section = doc.getIn(['sections', change.section], true);
    const items = isMap(section) && section.get('role') === 'plans' ? section.get('items', true) : undefined;
    if (!isSeq(items) || !(isScalar(items.items[change.item]) || isMap(items.items[change.item]))) return noItem;
    const item = items.items[change.item] as ReturnType<typeof doc.createNode>;
    const start = isScalar(item) || isMap(item) ? (item.range?.[0] ?? 0) : 0;
    const map = isScalar(item) ? doc.createNode({ text: item.value }) : item;
    if (!isMap(map)) return noItem;
    const history = map.get('history', true);
    if (isSeq(history)) {
      const on = change.status === '완료' && change.doneOn !== undefined ? change.doneOn : change.on;
      if (on === undefined) return { ok: false, stop: { reason: 'no-date', ...at } };
      const entry = doc.createNode({ on, status: change.status, ...(change.status === '연기' && change.postponedTo !== undefined ? { postponed_to: change.postponedTo } : {}) });
      // Written as the changes before it are: `{ on: …, status: … }` lines stay flow maps.
      const last = history.items[history.items.length - 1];
      if (isMap(last) && last.flow === true) entry.flow = true;
      history.add(entry);
    } else {
      map.set('status', change.status);
      if (change.status === '완료' && change.doneOn !== undefined) map.set('done_on', change.doneOn);
      else map.delete('done_on');
      if (change.status === '연기' && change.postponedTo !== undefined) map.set('postponed_to', change.postponedTo);
      else map.delete('postponed_to');
    }
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
