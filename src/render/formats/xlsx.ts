// xlsx: an Excel workbook (exceljs), a sheet per table: numbers stay numbers with the format
// of their kind (thousands, △ for a negative gap, percent), totals bold, header styled and
// frozen; values only, no formulas. A document may give its own data sheets (doc.sheets).
import type { Lang } from '../../messages/catalog.js';
import type { Doc, Sheet } from '../document.js';
import { docTables } from '../document.js';
import type { Cell, CellKind } from '../tableModel.js';
import { displayWidth } from '../displayWidth.js';

const NUM_FMT: Partial<Record<CellKind, string>> = { int: '#,##0', gap: '#,##0;"△"#,##0;0', percent: '0.0%' };

/** A cell's value for a spreadsheet: percentages (held in tenths) as fractions, 25.9% → 0.259. */
function sheetValue(cell: Cell | undefined): string | number | null {
  if (cell === undefined || cell.value === null) return null;
  if (cell.kind === 'percent') return Number(cell.value) / 1000;
  return cell.value;
}

/** Excel refuses sheet names over 31 characters or with any of : \\ / ? * [ ]. */
const sheetName = (s: string, taken: Set<string>): string => {
  const base = s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name);
  return name;
};

function sheetsOf(doc: Doc): readonly Sheet[] {
  if (doc.sheets) return doc.sheets;
  return docTables(doc.blocks).map((table) => ({ name: table.title, table }));
}

export async function writeXlsx(doc: Doc, _lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // Fixed metadata (and zip stamps, below): the same records give the same bytes.
  wb.creator = 'mayor-office';
  wb.created = new Date(`${doc.asOf ?? '2000-01-01'}T00:00:00Z`);
  wb.modified = wb.created;
  const taken = new Set<string>();
  for (const spec of sheetsOf(doc)) {
    const t = spec.table;
    const ws = wb.addWorksheet(sheetName(spec.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c, i) => {
      const kind = t.rows.map((r) => r.cells[i]).find((cell) => cell !== undefined && cell.value !== null)?.kind;
      const fmt = kind === undefined ? undefined : NUM_FMT[kind];
      const width = spec.widths?.[i] ?? Math.min(60, Math.max(displayWidth(c.header), ...t.rows.map((r) => displayWidth(String(r.cells[i]?.value ?? '')))) + 2);
      return { header: c.header, width, ...(fmt ? { style: { numFmt: fmt } } : {}) };
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center' };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of t.rows) {
      const added = ws.addRow(t.columns.map((_, i) => sheetValue(row.cells[i])));
      if (row.role !== 'item') added.font = { bold: true };
    }
    if (t.notes?.length) {
      ws.addRow([]);
      for (const n of t.notes) ws.addRow([n]);
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buf as ArrayBuffer), wb.created);
}

/** The zip container stamps each part with the time of writing; stamp them with the report's
 *  date instead, so the same records give byte-identical workbooks. */
async function stampZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const out = new JSZip();
  for (const name of names) {
    const file = zip.files[name]!;
    if (!file.dir) out.file(name, await file.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
