// A list command a record kind's schema declares (`x-list`) as a report of the registry: its name,
// words and kind from the declaration, every format (json gives the rows), and the no-records rule
// of its kind (engine/noRecords.ts). The registry makes one of each declaration the schemas hold
// (SCHEMA_LISTS, made at build time), so a kind's list is its schema and no line here.
import type { ListDeclaration, RecordKind } from '../model/records.js';
import { ok, report } from './reportSpec.js';
import type { ReportSpec } from './reportSpec.js';
import { BOM, NO_BOM, OUT, TABLE_FORMAT } from './params.js';

export function listReport(decl: ListDeclaration): ReportSpec {
  const kind = decl.kind as RecordKind;
  return report({
    name: decl.command,
    label: decl.label,
    summary: decl.summary,
    options: [TABLE_FORMAT, OUT, BOM, NO_BOM],
    needs: [kind],
    shows: kind,
    compute: async (office) => ok((await import('../compute/recordList.js')).recordList(decl, office().r[kind] as unknown as readonly Readonly<Record<string, unknown>>[])),
    document: async (value, _p, view) => (await import('../render/tables/recordList.js')).recordListDoc(decl, value, view.lang),
  });
}
