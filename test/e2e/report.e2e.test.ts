// mayor-office report: the work report regenerated from the records. The md test reads the
// source document itself (a copy in test/fixtures/seed/) and finds each of its section Ⅰ figures
// and section Ⅱ headings and plan lines in the output.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, golden, root } from './cli.js';

const seed = readFileSync(join(root, 'test', 'fixtures', 'seed', 'work-report-2021-05.txt'), 'utf8');
const seedLines = seed.split('\n').map((l) => l.trim());
const md = cli(['report']).stdout;
/** Cells of the Markdown table rows, bold marks removed. */
const mdRows = md
  .split('\n')
  .filter((l) => l.startsWith('| '))
  .map((l) => l.slice(2, -2).split(' | ').map((c) => c.replace(/\*\*/g, '').trim()));

describe('report --format md', () => {
  it('has every figure of the 인력 현황 table as the document prints it', () => {
    for (const label of ['정원', '현원']) {
      const seedRow = seedLines.find((l) => l.startsWith(`${label}\t`))!.split('\t');
      const ours = mdRows.find((r) => r[0] === label)!;
      expect(ours).toEqual(seedRow);
    }
    expect(md).toContain("2. 인력 현황 (기준 / 단위 : '21. 4. 28. / 명)");
  });

  it('has every figure of the 예산 집행현황 table as the document prints it', () => {
    for (const label of ['계', '기관운영업무추진비', '시책추진업무추진비']) {
      const seedRow = seedLines.find((l) => l.startsWith(`${label}\t`))!.split('\t').filter((c) => c !== '');
      const ours = mdRows.find((r) => r[0] === label)!.filter((c) => c !== '');
      expect(ours).toEqual(seedRow);
    }
    expect(md).toContain("3. 예산 집행현황 (기준 / 단위 : '21. 4. 28. / 천원)");
  });

  it('has every heading and plan line of section Ⅱ', () => {
    const part2 = seed.slice(seed.indexOf('Ⅱ. 주요 업무'));
    // The list of work items: "① 시정 동반자인 …"
    for (const l of part2.split('\n').filter((x) => /^[①-⑳] /.test(x))) expect(md).toContain(l.trim());
    // The □ headings, in the order each work item has them.
    // The document writes 향후계획 of items 1 and 5 without its □; ours always has it.
    const headings = part2
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('□ ') || l === '향후계획')
      .map((l) => (l === '향후계획' ? '□ 향후계획' : l));
    const ours = md.split('\n').filter((l) => l.startsWith('**□ ')).map((l) => l.replace(/\*\*/g, ''));
    expect(ours).toEqual(headings);
    // Every plan line: "- text : period" after each 향후계획.
    const plans: string[] = [];
    let inPlans = false;
    for (const l of part2.split('\n')) {
      if (/향후계획/.test(l)) inPlans = true;
      else if (/^\d\s*$|^\d /.test(l.trim()) || /^□ /.test(l)) inPlans = /향후계획/.test(l);
      else if (inPlans && /^- .+ : .+/.test(l.trim())) plans.push(l.trim());
    }
    expect(plans.length).toBe(10);
    for (const p of plans) expect(md).toContain(p);
  });

  it('has every work item heading', () => {
    for (const title of ['시정 동반자인 시의회와 정책소통 활성화', '민생 중심의 현장방문 일정 기획', "시의회와 '지방자치 구현 상호협력'", '수혜자 중심의 1인가구 대책추진', '글로벌 네트워크 강화를 위한 도시외교 추진']) {
      expect(md).toMatch(new RegExp(`^### \\d\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    }
  });

  it('is the reviewed golden file, and byte-identical run after run', () => {
    golden('report.ko.md', md);
    expect(cli(['report']).stdout).toBe(md);
    const html = cli(['report', '--format', 'html']).stdout;
    expect(cli(['report', '--format', 'html']).stdout).toBe(html);
    golden('report.ko.html', html);
    golden('report.en.md', cli(['report', '--lang', 'en']).stdout);
  });
});

describe('report --format html', () => {
  const html = cli(['report', '--format', 'html']).stdout;
  it('is one file with nothing fetched: no script, no link, no url(), no src', () => {
    expect(html).not.toMatch(/<script|<link|<img|url\(|src=|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toMatch(/@page \{ size: A4/);
    expect(html).toMatch(/break-before: page/);
  });
  it('has real tables with headers and two charts with titles and descriptions', () => {
    expect(html.match(/<th scope="col">/g)!.length).toBeGreaterThan(15);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-budget" role="img"');
    expect(html).toContain('<title id="chart-headcount-title">직급별 정원과 현원</title>');
  });
  it('groups the grades of the 인력 table under 일반직 and 별정직 in a second header row', () => {
    const head = html.slice(html.indexOf('<table id="table-headcount">')).match(/<thead>(.*?)<\/thead>/)![1]!;
    expect(head.match(/<tr>/g)!.length).toBe(2);
    expect(head).toContain('<th scope="col" rowspan="2">구분</th><th scope="col" rowspan="2">총계</th><th scope="colgroup" colspan="6">일반직</th><th scope="colgroup" colspan="5">별정직</th>');
    expect(head).toContain('</tr><tr><th scope="col">소계</th><th scope="col">3급</th>');
  });
  it('has a table of contents after the cover, linking each part and work item', () => {
    const toc = html.match(/<nav class="toc">[\s\S]*?<\/nav>/)![0];
    expect(toc.match(/<li class="toc-1"><a href="#(\w+)">/g)!.length).toBe(2);
    expect(toc.match(/href="#task-\d"/g)).toEqual(['1', '2', '3', '4', '5'].map((n) => `href="#task-${n}"`));
    for (const id of ['general', 'work', 'task-1', 'task-5']) expect(html).toContain(` id="${id}">`);
  });
});

describe('report --format json and xlsx', () => {
  it('json holds the computed figures', () => {
    const j = JSON.parse(cli(['report', '--format', 'json']).stdout);
    expect([j.report, j.asOf, j.headcount.total, j.budget.total.executed, j.budget.total.rate, j.tasks.length, j.plans.length]).toEqual([
      'work-report',
      '2021-04-28',
      { quota: 23, current: 22, gap: -1 },
      74085,
      22,
      5,
      10,
    ]);
    expect(Object.keys(j.references)).toContain('council/leadership-briefing');
  });

  it('xlsx opens with exceljs and has the sheets and values', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mayor-office-xlsx-')), 'report.xlsx');
    expect(cli(['report', '--format', 'xlsx', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['인력 현황', '예산 집행현황', '주요업무 일정', '친선·우호도시']);
    // Row 1 of every sheet is its 기준일 and unit line; the header is row 2, the figures from row 3.
    const budget = wb.getWorksheet('예산 집행현황')!;
    expect(budget.getCell('A1').value).toBe("기준일 : '21. 4. 28. / 단위 : 천원");
    expect(budget.getRow(3).values).toEqual([undefined, '', '계', 337200, 337200, 74085, 263115, 0.22, '']);
    expect(budget.getRow(4).getCell(7).value).toBe(0.259);
    expect(budget.getRow(4).getCell(7).numFmt).toBe('0.0%');
    expect(budget.getRow(4).getCell(3).numFmt).toBe('#,##0');
    expect(budget.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(budget.getColumn(2).width).toBe(22);
    const hc = wb.getWorksheet('인력 현황')!;
    expect(hc.getCell('A1').value).toBe("기준일 : '21. 4. 28. / 단위 : 명");
    expect(hc.getRow(3).values).toEqual([undefined, '총계', '', 23, 22, -1]);
    const schedule = wb.getWorksheet('주요업무 일정')!;
    expect(schedule.rowCount).toBe(12); // 기준일 line, header and 10 plan lines
    expect(schedule.getCell('E3').value).toEqual(new Date('2021-01-01T00:00:00Z'));
    expect(schedule.getCell('E3').numFmt).toBe('yyyy"년" m"월" d"일"');
    expect(wb.getWorksheet('친선·우호도시')!.getRow(3).values).toEqual([undefined, '베이징', 'Beijing', '중국', '친선도시', '필요']);
  });

  it('xlsx needs --out; --out never goes into the data folder', () => {
    expect(cli(['report', '--format', 'xlsx', '--lang', 'en']).stderr).toBe('mayor-office: the xlsx format is written to a file only: give a file name with --out report.xlsx.\n');
    const r = cli(['report', '--out', 'data/report.md', '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([2, "mayor-office: 'data/report.md' is inside the data folder: write reports outside the records folder.\n"]);
  });
});

describe('a second office', () => {
  it('produces its own report with no code change', () => {
    const r = cli(['report', '--data', 'test/fixtures/other-office'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('**디지털정책과**');
    expect(r.stdout).toContain("### 2. 인력 현황 (기준 / 단위 : '22. 6. 30. / 명)");
    expect(r.stdout).toContain('| 정원 | 20 | 16 | 1 | 3 | 5 | 4 | 2 | 1 | 3 | 2 | 1 | 1 | 1 |');
    expect(r.stdout).toContain('| **계** | **36,000** | **38,500** | **8,010 (20.8%)** | **30,490** |  |');
    golden('other-report.ko.md', r.stdout);
  });
});

describe('report dates the records cannot speak for', () => {
  it('refuses an as-of before the first data or outside the fiscal year, never a report with holes', () => {
    const before = cli(['report', '--as-of', '2021-03-01', '--lang', 'en']);
    expect([before.code, before.stdout, before.stderr]).toEqual([2, '', 'mayor-office: there are no records on or before 2021-03-01: the first is dated 2021-04-28. Give an --as-of on or after 2021-04-28.\n']);
    const outside = cli(['report', '--as-of', '2022-03-01', '--lang', 'en']);
    expect([outside.code, outside.stderr]).toEqual([2, 'mayor-office: --as-of 2022-03-01 is outside fiscal year 2021 (2021-01-01 to 2021-12-31).\n']);
  });

  it('xlsx is byte-identical run after run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-xlsx-'));
    cli(['report', '--format', 'xlsx', '--out', join(dir, 'a.xlsx')]);
    cli(['report', '--format', 'xlsx', '--out', join(dir, 'b.xlsx')]);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });
});
