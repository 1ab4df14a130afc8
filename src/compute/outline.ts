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
