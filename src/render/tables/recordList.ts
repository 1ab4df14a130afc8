// The table of a list a record kind's schema declares (`x-list`): one column per declared column,
// headed in the language of the run, a row per row of the list; money in its unit, named in the
// title as the other tables do (or in each heading when two money columns differ).
import type { Lang } from '../../messages/catalog.js';
import type { ListDeclaration } from '../../model/records.js';
import type { RecordList } from '../../compute/recordList.js';
import type { Cell, Row, TableModel } from '../tableModel.js';
import { date, int, text } from '../tableModel.js';
import type { Doc } from '../document.js';
import { tablesDoc } from '../document.js';

const UNIT = { ko: (u: string) => `단위 : ${u}`, en: (u: string) => `unit: ${u}` } as const;

export function recordListTable(decl: ListDeclaration, list: RecordList, lang: Lang): TableModel {
  const units = [...new Set(list.units.filter((u) => u !== null))];
  const title = units.length === 1 ? `${decl.label[lang]} (${UNIT[lang](units[0]!)})` : decl.label[lang];
  return {
    title,
    columns: decl.columns.map((c, i) => ({
      header: units.length > 1 && list.units[i] !== null ? `${c[lang]} (${list.units[i]})` : c[lang],
      align: c.show === 'money' || c.show === 'count' ? 'right' : 'left',
    })),
    rows: list.values.map(
      (values): Row => ({
        role: 'item',
        level: 0,
        cells: decl.columns.map((c, i): Cell => {
          const v = values[i] ?? null;
          if (c.show === 'money' || c.show === 'count') return int(typeof v === 'number' ? v : null);
          return c.show === 'date' ? date(v === null ? null : String(v)) : v === null ? { value: null, kind: 'text' } : text(String(v));
        }),
      }),
    ),
    ...(units.length === 1 ? { unit: units[0]! } : {}),
  };
}

/** The list's document: its table; json gives the rows as the records write them. */
export function recordListDoc(decl: ListDeclaration, list: RecordList, lang: Lang): Doc {
  const table = recordListTable(decl, list, lang);
  return tablesDoc(table.title, list.rows, [table]);
}
