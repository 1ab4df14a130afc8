// xlsx: an Excel workbook (exceljs), a sheet per table, ready to print: A4 landscape, one page
// wide, the header rows repeated on every page and frozen on screen, one named font (맑은 고딕)
// in every cell. Above the header a line gives the sheet's 기준일 and unit. Numbers stay
// numbers with the format of their kind (thousands, △ for a negative gap, percent rounded as
// shown), dates are dates; totals bold; a grouped header is two rows with merged cells; values
// only, no formulas. A document may give its own data sheets (doc.sheets).
import type { Lang } from '../../messages/catalog.js';
import type { Doc, Sheet } from '../document.js';
import { docTables, documentDate } from '../document.js';
import type { Cell, CellKind, TableModel } from '../tableModel.js';
import { cellWidths, headerRows, officeDate } from '../tableModel.js';
import { displayWidth } from '../displayWidth.js';
import { stampZip, xmlSafe } from './officeZip.js';

/** The one font of the workbook: what a Korean office's Excel has, named in its own language. */
export const SHEET_FONT = { ko: '맑은 고딕', en: 'Malgun Gothic' } as const;
const FONT_SIZE = 10;

const NUM_FMT: Record<Lang, Partial<Record<CellKind, string>>> = {
  ko: { int: '#,##0', gap: '#,##0;"△"#,##0;0', percent: '0.0%', date: 'yyyy"년" m"월" d"일"' },
  en: { int: '#,##0', gap: '#,##0;-#,##0;0', percent: '0.0%', date: 'yyyy-mm-dd' },
};

/** A cell's value for a spreadsheet: percentages (held in tenths) as the fraction shown, 25.9% →
 *  0.259 (tenths / 1000 is the nearest double to the shown figure, never 0.259000…01); ISO dates
 *  as dates (midnight UTC, which a workbook stores as the day itself). */
function sheetValue(cell: Cell | undefined): string | number | Date | null {
  if (cell === undefined || cell.value === null) return null;
  switch (cell.kind) {
    case 'percent':
      return Number(cell.value) / 1000;
    case 'date':
      return new Date(`${String(cell.value)}T00:00:00Z`);
    case 'text':
      return xmlSafe(String(cell.value));
    default:
      return Number(cell.value);
  }
}

/** Excel refuses sheet names over 31 characters or with any of : \\ / ? * [ ]; an apostrophe
 *  would have to be quoted in the print titles' reference, so it goes too. A table's title
 *  loses its parenthesis (기준 / 단위), which the sheet's first line gives. */
const sheetName = (s: string, taken: Set<string>): string => {
  const base = xmlSafe(s).replace(/\s*\([^)]*\)\s*$/, '').replace(/[:\\/?*[\]']/g, ' ').slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name);
  return name;
};

function sheetsOf(doc: Doc): readonly Sheet[] {
  if (doc.sheets) return doc.sheets;
  return docTables(doc.blocks).map((table) => ({ name: table.title, table }));
}

/** The line above a sheet's header: its 기준일 and unit, or its title when it has neither. */
function metaLine(spec: Sheet, doc: Doc, lang: Lang): string {
  const asOf = spec.asOf ?? spec.table.asOf ?? doc.asOf;
  const unit = spec.unit ?? spec.table.unit;
  const parts: string[] = [];
  if (lang === 'ko') {
    if (asOf) parts.push(`기준일 : ${officeDate(asOf)}`);
    if (unit) parts.push(`단위 : ${unit}`);
  } else {
    if (asOf) parts.push(`As of ${asOf}`);
    if (unit) parts.push(`unit: ${unit}`);
  }
  return xmlSafe(parts.length ? parts.join(lang === 'ko' ? ' / ' : ', ') : spec.table.title);
}

/** Column widths in characters: wide enough for the header and the widest cell as shown
 *  (Korean takes two columns), at most 60; a sheet's own widths are at least that narrow. */
function widthsOf(t: TableModel, given: readonly number[] | undefined, lang: Lang): number[] {
  const cells = cellWidths(t, lang);
  return t.columns.map((c, i) => given?.[i] ?? Math.min(60, Math.max(displayWidth(c.grouped ?? c.header), cells[i]!) + 2));
}

export async function writeXlsx(doc: Doc, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  type Worksheet = import('exceljs').Worksheet;
  const wb = new ExcelJS.Workbook();
  // Fixed metadata (and zip stamps, below): the same records give the same bytes.
  wb.creator = 'mayor-office';
  // A document without any date (council, cities) is stamped with a fixed one.
  wb.created = new Date(`${documentDate(doc) ?? '2000-01-01'}T00:00:00Z`);
  wb.modified = wb.created;
  const font = { name: SHEET_FONT[lang], size: FONT_SIZE };
  const fmt = NUM_FMT[lang];
  const taken = new Set<string>();
  for (const spec of sheetsOf(doc)) {
    const t = spec.table;
    const n = t.columns.length;
    const groups = headerRows(t);
    const headerTop = 2;
    const headerBottom = groups ? 3 : 2;
    const ws: Worksheet = wb.addWorksheet(sheetName(spec.name, taken), {
      views: [{ state: 'frozen', ySplit: headerBottom }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      // The table's title at the head of every printed page (& doubled: it starts a code there).
      headerFooter: { oddHeader: `&C${xmlSafe(t.title).replace(/&/g, '&&')}`, oddFooter: '&C- &P -' },
    });
    ws.pageSetup.printTitlesRow = `${headerTop}:${headerBottom}`;
    ws.columns = widthsOf(t, spec.widths, lang).map((width) => ({ width }));

    ws.getCell(1, 1).value = metaLine(spec, doc, lang);
    if (n > 1) ws.mergeCells(1, 1, 1, n);

    if (groups) {
      for (const g of groups.first) {
        ws.getCell(headerTop, g.col + 1).value = xmlSafe(g.label);
        if (g.span > 1 || g.rows > 1) ws.mergeCells(headerTop, g.col + 1, headerTop + g.rows - 1, g.col + g.span);
      }
      for (const s of groups.second) ws.getCell(headerTop + 1, s.col + 1).value = xmlSafe(s.label);
    } else {
      t.columns.forEach((c, i) => (ws.getCell(headerTop, i + 1).value = xmlSafe(c.header)));
    }
    for (let r = headerTop; r <= headerBottom; r++) {
      for (let c = 1; c <= n; c++) {
        const cell = ws.getCell(r, c);
        cell.font = { ...font, bold: true };
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
        cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      }
    }

    let at = headerBottom + 1;
    for (const row of t.rows) {
      for (let c = 0; c < n; c++) {
        const source = row.cells[c];
        const cell = ws.getCell(at, c + 1);
        cell.value = sheetValue(source);
        cell.font = row.role === 'item' ? font : { ...font, bold: true };
        const numFmt = source ? fmt[source.kind] : undefined;
        if (numFmt) cell.numFmt = numFmt;
        cell.border = { top: { style: 'hair' }, bottom: { style: 'hair' }, left: { style: 'thin' }, right: { style: 'thin' } };
        if (source?.kind === 'date') cell.alignment = { horizontal: 'center' };
        // Text in a column of figures (– for a figure the records do not give) sits with them.
        else if (source?.kind === 'text' && t.columns[c]?.align === 'right') cell.alignment = { horizontal: 'right' };
      }
      at++;
    }
    if (t.notes?.length) {
      at++;
      for (const note of t.notes) ws.getCell(at++, 1).value = xmlSafe(note);
    }
    // Every written cell, the meta line and the notes too, in the one font.
    ws.getCell(1, 1).font = { ...font, bold: true };
    for (let r = headerBottom + t.rows.length + 1; r < at; r++) ws.getCell(r, 1).font = font;
  }
  const buf = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buf as ArrayBuffer), wb.created);
}
