// The work report's tables as an Excel workbook (exceljs): one sheet per table, with number
// formats, header styles and column widths; values only, no formulas.
import type { WorkReport } from '../../compute/workReport.js';
import type { Lang } from '../../messages/catalog.js';

type Cell = string | number | null;

interface SheetSpec {
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number; readonly format?: string }[];
  readonly rows: readonly Cell[][];
  /** Rows (0-based in `rows`) to print bold: totals. */
  readonly bold?: readonly number[];
}

export function reportSheets(r: WorkReport, lang: Lang): SheetSpec[] {
  const ko = lang === 'ko';
  const sheets: SheetSpec[] = [];
  if (r.headcount) {
    const h = r.headcount;
    const rows: Cell[][] = [[ko ? '총계' : 'Total', '', h.total.quota, h.total.current, h.total.gap]];
    const bold = [0];
    for (const t of h.tracks) {
      bold.push(rows.length);
      rows.push([t.track, ko ? '소계' : 'subtotal', t.subtotal.quota, t.subtotal.current, t.subtotal.gap]);
      for (const g of t.grades) rows.push([t.track, g.grade, g.quota, g.current, g.gap]);
    }
    sheets.push({
      name: ko ? '인력 현황' : 'Headcount',
      columns: [
        { header: ko ? '직렬' : 'Track', width: 12 },
        { header: ko ? '직급' : 'Grade', width: 14 },
        { header: ko ? '정원' : 'Authorized', width: 10, format: '#,##0' },
        { header: ko ? '현원' : 'Filled', width: 10, format: '#,##0' },
        { header: ko ? '과부족' : 'Gap', width: 10, format: '#,##0;"△"#,##0;0' },
      ],
      rows,
      bold,
    });
  }
  if (r.budget) {
    const b = r.budget;
    const line = (code: string, name: string, l: typeof b.total): Cell[] => [code, name, l.budget, l.current, l.executed, l.balance, l.rate === null ? null : l.rate / 100, b.descriptions[code] ?? ''];
    sheets.push({
      name: ko ? '예산 집행현황' : 'Budget',
      columns: [
        { header: ko ? '편성목' : 'Code', width: 10 },
        { header: ko ? '구분' : 'Line', width: 22 },
        { header: `${ko ? '예산액' : 'Budget'} (${b.unit})`, width: 14, format: '#,##0' },
        { header: `${ko ? '예산현액' : 'Current'} (${b.unit})`, width: 14, format: '#,##0' },
        { header: `${ko ? '집행액' : 'Executed'} (${b.unit})`, width: 14, format: '#,##0' },
        { header: `${ko ? '잔액' : 'Balance'} (${b.unit})`, width: 14, format: '#,##0' },
        { header: ko ? '집행률' : 'Rate', width: 10, format: '0.0%' },
        { header: ko ? '비고' : 'Note', width: 48 },
      ],
      rows: [line('', ko ? '계' : 'Total', b.total), ...b.lines.map((l) => line(l.code, l.name, l))],
      bold: [0],
    });
  }
  sheets.push({
    name: ko ? '주요업무 일정' : 'Schedule',
    columns: [
      { header: ko ? '번호' : 'No.', width: 6 },
      { header: ko ? '주요 업무' : 'Work item', width: 40 },
      { header: ko ? '향후계획' : 'Plan', width: 52 },
      { header: ko ? '기간' : 'Period', width: 14 },
      { header: ko ? '시작' : 'From', width: 12 },
      { header: ko ? '끝' : 'To', width: 12 },
    ],
    rows: r.plans.map((p) => [p.task, p.taskTitle, p.text, p.period.text, p.period.start, p.period.end]),
  });
  if (r.cities) {
    sheets.push({
      name: ko ? '친선·우호도시' : 'Partner cities',
      columns: [
        { header: ko ? '도시' : 'City', width: 14 },
        { header: ko ? '영문' : 'English', width: 20 },
        { header: ko ? '국가' : 'Country', width: 12 },
        { header: ko ? '종류' : 'Type', width: 14 },
        { header: ko ? '시의회 의결' : 'Council resolution', width: 12 },
      ],
      rows: [
        ...r.cities.cities.map((c): Cell[] => [c.name, c.nameEn, ko ? c.countryName : c.countryNameEn, c.typeName, c.councilResolution ? (ko ? '필요' : 'required') : ko ? '불필요' : 'not required']),
        [],
        [ko ? `보고서 총계: ${r.cities.stated.cities}개 도시, ${r.cities.stated.countries}개 국가 (기록된 도시 ${r.cities.listed.cities}개)` : `Stated: ${r.cities.stated.cities} cities in ${r.cities.stated.countries} countries (${r.cities.listed.cities} listed)`],
      ],
    });
  }
  return sheets;
}

export async function reportXlsx(r: WorkReport, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // Fixed metadata (and zip stamps, below): the same records give the same bytes.
  wb.creator = 'mayor-office';
  wb.created = new Date(`${r.asOf}T00:00:00Z`);
  wb.modified = wb.created;
  for (const spec of reportSheets(r, lang)) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }));
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center' };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    spec.rows.forEach((row, i) => {
      const added = ws.addRow(row);
      if (spec.bold?.includes(i)) added.font = { bold: true };
    });
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
