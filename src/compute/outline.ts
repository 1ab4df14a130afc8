// Walks the outline of a work item (its □ sections and their nested items) in document order.
import type { OutlineItem, OutlineNode, SectionRole, StatusChange, TaskRecord, YamlPath } from '../model/records.js';

export interface OutlineVisit {
  readonly item: OutlineItem;
  /** The item as an object (a plain-text item becomes `{ text }`). */
  readonly node: OutlineNode;
  readonly role: SectionRole;
  readonly depth: number;
  /** YAML path of the item within the task record. */
  readonly path: YamlPath;
}

export function* walkOutline(task: TaskRecord): Generator<OutlineVisit> {
  for (const [si, section] of task.sections.entries()) {
    yield* walkItems(section.items, section.role, 0, ['sections', si, 'items']);
  }
}

function* walkItems(items: readonly OutlineItem[], role: SectionRole, depth: number, base: YamlPath): Generator<OutlineVisit> {
  for (const [i, item] of items.entries()) {
    const node: OutlineNode = typeof item === 'string' ? { text: item } : item;
    const path = [...base, i];
    yield { item, node, role, depth, path };
    if (node.children) yield* walkItems(node.children, role, depth + 1, [...path, 'children']);
  }
}

/** The status fields in force for a plan item: those of the last dated change of its history
 *  (the latest `on`; of two on one day, the one written later), else the fields as written. A
 *  완료 change's day is its done_on. */
export function statusFields(node: OutlineNode): Pick<OutlineNode, 'status' | 'done_on' | 'postponed_to'> {
  if (!node.history) {
    const { status, done_on, postponed_to } = node;
    return { ...(status !== undefined ? { status } : {}), ...(done_on !== undefined ? { done_on } : {}), ...(postponed_to !== undefined ? { postponed_to } : {}) };
  }
  let last: StatusChange | undefined;
  for (const c of node.history) if (last === undefined || c.on >= last.on) last = c;
  if (!last) return {};
  const done = last.status === '완료' || last.status === 'done';
  return { status: last.status, ...(done ? { done_on: last.on } : {}), ...(last.postponed_to !== undefined ? { postponed_to: last.postponed_to } : {}) };
}

/** A work item as it stood on a date. A plan item's history keeps only the changes made by then
 *  (none left: no history, 예정); a plan item marked 완료 on a later day (done_on after `date`)
 *  was not yet done then, so its status and done_on are left out. An earlier issue of the work
 *  report is made again from the records as they have grown since, and must show what was true
 *  on its own date, json included. Items are copied only where they change. */
export function taskAsOf(task: TaskRecord, date: string): TaskRecord {
  let changed = false;
  const items = (list: readonly OutlineItem[]): OutlineItem[] =>
    list.map((item) => {
      if (typeof item === 'string') return item;
      let node: OutlineNode = item;
      if (node.history) {
        const kept = node.history.filter((c) => c.on <= date);
        if (kept.length < node.history.length) {
          const { history: _history, ...rest } = node;
          node = kept.length > 0 ? { ...rest, history: kept } : rest;
          changed = true;
        }
      } else if (node.done_on !== undefined && node.done_on > date) {
        const { status: _status, done_on: _done, ...rest } = node;
        node = rest;
        changed = true;
      }
      if (node.children) {
        const children = items(node.children);
        if (children.some((c, i) => c !== node.children![i])) node = { ...node, children };
      }
      return node as OutlineItem;
    });
  const sections = task.sections.map((s) => ({ ...s, items: items(s.items) }));
  return changed ? { ...task, sections } : task;
}
