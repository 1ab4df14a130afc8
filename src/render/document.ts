// The one intermediate document every command produces and every output format writes. A
// command turns its report object into a Doc (render/documents/); each format in
// render/formats/ is one writer of a Doc, listed once in render/formats/index.ts. A writer
// never knows which command made the document.
import type { BudgetMonthlyReport, BudgetStatusReport, HeadcountStatusReport } from '../model/report.js';
import type { TableModel } from './tableModel.js';

/** One line of a work item's outline (render/outline.ts makes them). */
export interface OutlineLine {
  /** 0 for section headings, 1 for top-level items, deeper for children. */
  readonly depth: number;
  /** '□' for headings, '1.' for numbered items, '-', '○', '▶', '*', '※' … */
  readonly marker: string;
  /** May hold **bold** spans. */
  readonly text: string;
}

/** A chart drawn from figures (svg in html; left out where a format cannot draw). */
export type Chart =
  | { readonly kind: 'budget'; readonly report: BudgetStatusReport }
  | { readonly kind: 'headcount'; readonly report: HeadcountStatusReport }
  /** Cumulative 집행률 per month against the share of the year elapsed. */
  | { readonly kind: 'budget-monthly'; readonly report: BudgetMonthlyReport };

export type Block =
  /** The cover of a document people hand in: title, date of issue, office. */
  | { readonly type: 'cover'; readonly title: string; readonly issued: string; readonly office: string }
  /** A part of the document (a 'part' such as Ⅰ. 일반 현황, or one work item): a page of its own in print. */
  | { readonly type: 'section'; readonly role: 'part' | 'item'; readonly id: string; readonly blocks: readonly Block[] }
  | { readonly type: 'heading'; readonly level: 2 | 3; readonly text: string }
  /** Text that may hold **bold** spans; `boxed` is the report's framed purpose paragraph,
   *  `subtitle` a line that introduces the table under it (kept with it in print). */
  | { readonly type: 'paragraph'; readonly text: string; readonly boxed?: boolean; readonly subtitle?: boolean }
  /** A two-level bulleted list: each item a bold title with its points. */
  | { readonly type: 'list'; readonly items: readonly { readonly title: string; readonly points: readonly string[] }[] }
  /** Lines that carry their own numbering (① …), one per line. */
  | { readonly type: 'lines'; readonly lines: readonly string[] }
  /** A table; `titled` prints its title and notes with it (off where a heading names it). */
  | { readonly type: 'table'; readonly table: TableModel; readonly id?: string; readonly titled: boolean }
  | { readonly type: 'chart'; readonly chart: Chart; readonly caption: string }
  /** A work item's outline (□ sections and nested items). */
  | { readonly type: 'outline'; readonly lines: readonly OutlineLine[] };

export interface Sheet {
  readonly name: string;
  readonly table: TableModel;
  /** Column widths in characters; from the content when not given. */
  readonly widths?: readonly number[];
  /** The sheet's 기준일 (ISO) and unit, printed above its header; the table's, then the
   *  document's date, when not given. */
  readonly asOf?: string;
  readonly unit?: string;
}

export interface Doc {
  /** The document's title (the html page title, the first sheet's name …). */
  readonly title: string;
  readonly blocks: readonly Block[];
  /** What the json format prints: the computed report object, as it is. */
  readonly data: unknown;
  /** The workbook of the xlsx format, where it differs from the document's tables (a work
   *  report's data sheets); otherwise each table block becomes a sheet. */
  readonly sheets?: readonly Sheet[];
  /** The date the document's figures are as of, for metadata that must not change run to run. */
  readonly asOf?: string;
}

/** The date a document's figures are of, for the created and modified stamps of its files (never
 *  the clock: the same records give the same bytes): the document's own, else its first table's
 *  or sheet's, else the as-of date its data carries. */
export function documentDate(doc: Doc): string | undefined {
  const data = doc.data as { readonly asOf?: unknown } | null | undefined;
  const fromData = typeof data?.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.asOf) ? data.asOf : undefined;
  return doc.asOf ?? doc.sheets?.find((s) => s.asOf)?.asOf ?? docTables(doc.blocks).find((t) => t.asOf)?.asOf ?? fromData;
}

/** Every table of a document, in order, sections included. */
export function docTables(blocks: readonly Block[]): TableModel[] {
  return blocks.flatMap((b) => (b.type === 'table' ? [b.table] : b.type === 'section' ? docTables(b.blocks) : []));
}

/** A document that is just tables with their titles: what the table commands print. */
export function tablesDoc(title: string, data: unknown, tables: readonly TableModel[], extra: readonly Block[] = []): Doc {
  return { title, data, blocks: [...tables.map((table): Block => ({ type: 'table', table, titled: true })), ...extra] };
}

/** One line of a table of contents: a section's first heading, and where it is. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
  readonly level: 1 | 2;
}

/** The table of contents of a document handed in: each part and its work items, by their first
 *  heading. Empty unless the document has a cover and more than one section (a one-section
 *  document needs none). */
export function tableOfContents(blocks: readonly Block[]): TocEntry[] {
  const parts = blocks.filter((b) => b.type === 'section');
  if (!blocks.some((b) => b.type === 'cover') || parts.length < 2) return [];
  const heading = (bs: readonly Block[]): string | undefined => bs.find((b) => b.type === 'heading')?.text;
  return parts.flatMap((p): TocEntry[] => {
    const title = heading(p.blocks);
    const items = p.blocks.flatMap((b): TocEntry[] => {
      const text = b.type === 'section' ? heading(b.blocks) : undefined;
      return b.type === 'section' && text !== undefined ? [{ id: b.id, text, level: 2 }] : [];
    });
    return [...(title === undefined ? [] : [{ id: p.id, text: title, level: 1 as const }]), ...items];
  });
}

export const TOC_TITLE = { ko: '목 차', en: 'Contents' } as const;
