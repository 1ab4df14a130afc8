// Walks the outline of a work item (its □ sections and their nested items) in document order.
import type { OutlineItem, OutlineNode, SectionRole, TaskRecord, YamlPath } from '../model/records.js';

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

/** A work item as it stood on a date: a plan item marked 완료 on a later day (done_on after
 *  `date`) was not yet done then, so its status and done_on are left out (예정, the default). An
 *  earlier issue of the work report is made again from the records as they have grown since, and
 *  must show what was true on its own date. Items are copied only where they change. */
export function taskAsOf(task: TaskRecord, date: string): TaskRecord {
  let changed = false;
  const items = (list: readonly OutlineItem[]): OutlineItem[] =>
    list.map((item) => {
      if (typeof item === 'string') return item;
      let node: OutlineNode = item;
      if (node.done_on !== undefined && node.done_on > date) {
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
