// A record kind's list command as its schema declares it (`x-list`, scripts/listDeclaration.mjs):
// made into the record types module (records.generated.ts, SCHEMA_LISTS) at build time, and into
// a report of the registry by src/engine/listReport.ts.

/** How a column shows its value: as written, a date, money in its unit, a count. */
export type ListShow = 'text' | 'date' | 'money' | 'count';

/** The units a record file may write its amounts in (budget.schema.json `unit`). */
export type ListUnit = '원' | '천원' | '백만원';

export interface ListColumn {
  /** The field of the row that the column shows. */
  readonly field: string;
  /** Its heading in Korean and in English. */
  readonly ko: string;
  readonly en: string;
  readonly show: ListShow;
  /** A money column's unit where the record has no `unit` field of its own. */
  readonly unit?: ListUnit;
}

export interface ListDeclaration {
  /** The record kind whose records it lists. */
  readonly kind: string;
  /** The command: `visits`, or a group and its command (`visits list`). */
  readonly command: string;
  readonly label: { readonly ko: string; readonly en: string };
  readonly summary: { readonly ko: string; readonly en: string };
  /** The array field of a record whose items are the rows; absent: each record is a row. */
  readonly rows?: string;
  readonly columns: readonly ListColumn[];
  /** The fields the rows are ordered by, the first first; `-field` from high to low. */
  readonly sort: readonly string[];
}
