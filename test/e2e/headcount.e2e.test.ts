// mayor-office headcount status | trend, end to end, on the default data, on a second office
// whose tracks and grades differ (no code knows either), and on real tables of other offices.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { displayWidth } from '../../src/render/displayWidth.js';
import { cli, golden, goldenName, root } from './cli.js';

const OTHER = 'test/fixtures/other-office';

describe('headcount status on the default data', () => {
  it('gives the figures of the work report (json)', () => {
    const r = cli(['headcount', 'status', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.asOf, j.unit]).toEqual(['2021-04-28', '명']);
    expect(j.total).toEqual({ quota: 23, current: 22, gap: -1 });
    const byTrack = Object.fromEntries(j.tracks.map((t: { track: string; subtotal: unknown; grades: { grade: string; quota: number; current: number }[] }) => [t.track, [t.subtotal, t.grades.map((g) => `${g.grade} ${g.quota}/${g.current}`)]]));
    expect(byTrack).toEqual({
      일반직: [{ quota: 7, current: 9, gap: 2 }, ['3급 1/1', '5급 2/3', '6급 2/2', '7급 1/3', '8·9급 1/0']],
      별정직: [{ quota: 16, current: 13, gap: -3 }, ['4급상당 2/2', '5급상당 12/6', '6급상당 2/3', '7~9급상당 0/2']],
    });
  });

  it('gives the figures of the work report (table): 총계 △1, 일반직 2, 별정직 △3', () => {
    const r = cli(['headcount', 'status']);
    const row = (label: string): string[] => r.stdout.split('\n').find((l) => l.includes(` ${label} `))!.split('│').map((c) => c.trim()).filter(Boolean);
    expect(row('총계')).toEqual(['총계', '23', '22', '△1']);
    expect(row('일반직 소계')).toEqual(['일반직 소계', '7', '9', '2']);
    expect(row('별정직 소계')).toEqual(['별정직 소계', '16', '13', '△3']);
    expect(row('5급상당')).toEqual(['5급상당', '12', '6', '△6']);
  });

  for (const format of ['table', 'json', 'csv', 'md']) {
    for (const lang of ['ko', 'en']) {
      it(`--format ${format} --lang ${lang}`, () => {
        const r = cli(['headcount', 'status', '--format', format, '--lang', lang]);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName(`headcount-status`, lang, format), r.stdout);
      });
    }
  }

  it('--by grade prints the work report layout', () => {
    const r = cli(['headcount', 'status', '--by', 'grade']);
    golden('headcount-status-by-grade.ko.txt', r.stdout);
  });

  it('every line of a rendered table has the same display width (Korean is two columns wide)', () => {
    for (const args of [['headcount', 'status'], ['headcount', 'status', '--by', 'grade', '--lang', 'en'], ['headcount', 'trend', '--data', `${root}/${OTHER}`]]) {
      const lines = cli(args).stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
      expect(lines.length).toBeGreaterThan(3);
      expect(new Set(lines.map(displayWidth)).size).toBe(1);
    }
  });
});

describe('a second office with other tracks and grades', () => {
  it('status picks the latest snapshot on or before --as-of', () => {
    const j = JSON.parse(cli(['headcount', 'status', '--data', OTHER, '--as-of', '2022-03-01', '--format', 'json'], root).stdout);
    expect([j.asOf, j.total]).toEqual(['2022-01-01', { quota: 19, current: 17, gap: -2 }]);
    const latest = JSON.parse(cli(['headcount', 'status', '--data', OTHER, '--format', 'json'], root).stdout);
    expect(latest.asOf).toBe('2022-06-30');
    expect(latest.tracks.map((t: { track: string }) => t.track)).toEqual(['일반직', '임기제', '관리운영직']);
    expect(latest.tracks[1].grades.map((g: { grade: string }) => g.grade)).toEqual(['일반임기제 6호', '시간선택제임기제 가급']);
  });

  for (const lang of ['ko', 'en']) {
    it(`status and trend, --lang ${lang}`, () => {
      golden(`other-headcount-status.${lang}.txt`, cli(['headcount', 'status', '--data', OTHER, '--lang', lang], root).stdout);
      for (const format of ['table', 'json']) {
        const r = cli(['headcount', 'trend', '--data', OTHER, '--format', format, '--lang', lang], root);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName(`other-headcount-trend`, lang, format), r.stdout);
      }
    });
  }

  it('an --as-of before the first snapshot is an error, not zeros', () => {
    const r = cli(['headcount', 'status', '--data', OTHER, '--as-of', '2021-12-31', '--lang', 'en'], root);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('mayor-office: there are no records on or before 2021-12-31: the first is dated 2022-01-01. Give an --as-of on or after 2022-01-01.\n');
  });
});

describe('tables as offices count them: 정원 only by 직종, 현원 only by 부서', () => {
  const cases = [
    { asOf: '2022-03-31', name: 'other-headcount-status-quota-only' },
    { asOf: '2022-04-30', name: 'other-headcount-status-by-dept' },
  ];
  for (const c of cases) {
    for (const format of ['table', 'json']) {
      for (const lang of ['ko', 'en']) {
        it(`status --as-of ${c.asOf} --format ${format} --lang ${lang}`, () => {
          const r = cli(['headcount', 'status', '--data', OTHER, '--as-of', c.asOf, '--format', format, '--lang', lang], root);
          expect([r.code, r.stderr]).toEqual([0, '']);
          golden(goldenName(c.name, lang, format), r.stdout);
        });
      }
    }
  }

  it('정원 only: no 현원 or 과부족 column, null (not 0) in json, and a note', () => {
    const r = cli(['headcount', 'status', '--data', OTHER, '--as-of', '2022-03-31'], root);
    expect(r.stdout.split('\n')[2]).toMatch(/^│ 구분 +│ 정원 │$/);
    expect(r.stdout).toContain('현원 기록 없음');
    const j = JSON.parse(cli(['headcount', 'status', '--data', OTHER, '--as-of', '2022-03-31', '--format', 'json'], root).stdout);
    expect([j.missing, j.by, j.total]).toEqual([['current'], undefined, { quota: 23, current: null, gap: null }]);
    expect(j.tracks.find((t: { track: string }) => t.track === '공무직')).toEqual({ track: '공무직', subtotal: { quota: 2, current: null, gap: null }, grades: [] });
  });

  it('현원 only by 부서: a 부서 column, 현원 alone, and a note in English too', () => {
    const r = cli(['headcount', 'status', '--data', OTHER, '--as-of', '2022-04-30', '--lang', 'en'], root);
    expect(r.stdout.split('\n')[2]).toMatch(/^│ Department +│ Filled │$/);
    expect(r.stdout).toContain('No authorized posts (정원) on record: Authorized and Gap are left out');
    const j = JSON.parse(cli(['headcount', 'status', '--data', OTHER, '--as-of', '2022-04-30', '--format', 'json'], root).stdout);
    expect([j.missing, j.by, j.total]).toEqual([['quota'], 'dept', { quota: null, current: 21, gap: null }]);
  });

  it("the report's 인력 section prints only the figures held, with the note", () => {
    let sections = '';
    for (const lang of ['ko', 'en']) {
      for (const asOf of ['2022-03-31', '2022-04-30']) {
        const r = cli(['report', '--data', OTHER, '--as-of', asOf, '--lang', lang], root);
        expect(r.code).toBe(0);
        const from = r.stdout.indexOf('### 2. ');
        sections += r.stdout.slice(from, r.stdout.indexOf('### 3. ', from));
      }
    }
    golden('other-report-headcount.md', sections);
  });

  it('the chart draws the figures held: 정원 bars only, or 현원 bars per department', () => {
    const svg = (asOf: string): string => {
      const html = cli(['report', '--data', OTHER, '--as-of', asOf, '--format', 'html'], root).stdout;
      return html.slice(html.indexOf('<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-headcount"'), html.indexOf('</svg>', html.indexOf('id="chart-headcount"')));
    };
    const quota = svg('2022-03-31');
    expect(quota).toContain('<title id="chart-headcount-title">정원</title>');
    expect(quota.match(/class="quota"/g)?.length).toBe(1 + 11); // the legend, 10 grades and 공무직
    expect(quota).not.toContain('class="current"');
    expect(quota).toContain('공무직 정원 2명');
    const current = svg('2022-04-30');
    expect(current).not.toContain('class="quota"');
    expect(current.match(/class="current"/g)?.length).toBe(1 + 6);
    expect(current).toContain('데이터정책팀 현원 7명');
    expect(cli(['report', '--data', OTHER, '--as-of', '2022-04-30', '--format', 'html'], root).stdout).toContain('그림 1. 부서별 현원');
  });
});

describe('an office without headcount records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-nohc-'));
  cpSync(join(root, OTHER), join(dir, 'data'), { recursive: true });
  rmSync(join(dir, 'data', 'headcount'), { recursive: true });

  for (const sub of ['status', 'trend']) {
    it(`headcount ${sub}: its empty table and one note at the data folder, exit 0 (the rule of docs/records.md)`, () => {
      const ko = cli(['headcount', sub], dir);
      expect(ko.code).toBe(0);
      expect(ko.stdout).toContain('인력 현황 기록');
      expect(ko.stderr).toBe('data/에 인력 현황 기록이 없어 빈 표를 냅니다: data/headcount/기준일.yaml에 kind: headcount로 적으세요 (정원만, 현원만 또는 둘 다) (종류와 필드: docs/records.md).\n');
      const en = cli(['headcount', sub, '--lang', 'en', '--format', 'json'], dir);
      expect([en.code, JSON.parse(en.stdout), en.stderr]).toEqual([0, {}, 'no headcount records in data/, so the table is empty: add one as data/headcount/YYYY-MM-DD.yaml with kind: headcount (정원 only, 현원 only or both) (kinds and fields: docs/records.md).\n']);
    });
  }

  it('the report leaves the 인력 section out', () => {
    const r = cli(['report'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('인력 현황');
    expect(r.stdout).toContain('### 2. 예산 집행현황');
  });
});

describe('output', () => {
  it('--out writes the file and prints nothing; csv --bom starts with the byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-out-'));
    const out = join(dir, 'headcount.csv');
    const r = cli(['headcount', 'status', '--format', 'csv', '--bom', '--out', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const body = readFileSync(out, 'utf8');
    expect(body.startsWith('\uFEFF구분,정원,현원,과부족\r\n총계,23,22,-1\r\n')).toBe(true);
  });

  it('--out never writes into the data folder', () => {
    const r = cli(['headcount', 'status', '--out', 'data/headcount.txt', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mayor-office: 'data/headcount.txt' is inside the data folder: write reports outside the records folder.\n");
  });

  it('a command on data with errors prints them and exits 1', () => {
    const r = cli(['headcount', 'status', '--data', 'test/fixtures/broken', '--lang', 'en'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('test/fixtures/broken/headcount.yaml:7:29 error tracks[0].grades[0].quota: expected a whole number');
  });
});

/** The rows of the first sheet of `headcount status --format xlsx` on a data folder, cell values as read. */
async function workbookRows(data: string): Promise<unknown[][]> {
  const out = join(mkdtempSync(join(tmpdir(), 'mo-real-hc-')), 'h.xlsx');
  try {
    expect(cli(['headcount', 'status', '--data', data, '--format', 'xlsx', '--out', out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const values: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    return values;
  } finally {
    rmSync(dirname(out), { recursive: true, force: true });
  }
}

describe('real tables (test/fixtures/real-headcount)', () => {
  const DANGJIN = `${root}/test/fixtures/real-headcount/dangjin-2023`;
  const JEONNAM = `${root}/test/fixtures/real-headcount/jeonnam-volunteers`;

  it('both validate as written: a 현원 table with a - cell, and an 인원 table', () => {
    for (const data of [DANGJIN, JEONNAM]) {
      const r = cli(['validate', '--data', data, '--format', 'json']);
      expect([r.code, JSON.parse(r.stdout).problems]).toEqual([0, []]);
    }
  });

  it("the - of 특정직 stays -: not 0, left out of 1,145 (which the page states), in every text format", () => {
    const j = JSON.parse(cli(['headcount', 'status', '--data', DANGJIN, '--format', 'json']).stdout);
    expect(j.total).toEqual({ quota: null, current: 1145, gap: null });
    expect(j.tracks[0].grades[1]).toEqual({ grade: '특정직', quota: null, current: '-', gap: null });
    const line = (format: string, lang = 'ko') => cli(['headcount', 'status', '--data', DANGJIN, '--format', format, '--lang', lang]).stdout.split(/\r?\n/);
    expect(line('table').find((l) => l.includes('특정직'))!.split('│').map((c) => c.trim()).filter(Boolean)).toEqual(['특정직', '-']);
    expect(line('csv')).toContain('특정직,-');
    expect(line('md', 'en').find((l) => l.includes('특정직'))).toMatch(/^\|\s+특정직 \| - \|$/);
    expect(line('table').join('\n')).toContain("'-': 해당 없음");
    expect(line('md', 'en').join('\n')).toContain("'-': not applicable");
    expect(cli(['headcount', 'status', '--data', DANGJIN, '--format', 'html']).stdout).toContain('<th scope="row">특정직</th><td class="num">-</td>');
  });

  it('the - is text "-" in a workbook, not a number', async () => {
    const values = await workbookRows(DANGJIN);
    expect(values.find((v) => v[0] === '특정직')).toEqual(['특정직', '-']);
    expect(values.find((v) => v[0] === '총계')).toEqual(['총계', 1145]);
  });

  it('an 인원 table prints 인원 as written, with no 정원 or 현원 made up', () => {
    const j = JSON.parse(cli(['headcount', 'status', '--data', JEONNAM, '--format', 'json']).stdout);
    expect(j.total).toEqual({ quota: null, current: null, gap: null, count: 360 });
    expect(j.tracks.map((t: { track: string; subtotal: { count: number } }) => [t.track, t.subtotal.count])).toEqual([
      ['긴급구호', 120],
      ['복구지원', 180],
      ['교통지원', 30],
      ['의료·방역', 30],
    ]);
    const table = cli(['headcount', 'status', '--data', JEONNAM]).stdout;
    const header = table.split('\n').find((l) => l.includes('구분'))!;
    expect(header.split('│').map((c) => c.trim()).filter(Boolean)).toEqual(['구분', '인원']);
    expect(table).toContain('인원: 표가 정원인지 현원인지 적지 않은 수치');
    expect(table).not.toContain('기록 없음');
  });

  it("the 계 row of an 인원 table (360) is kept as stated and checked: 361 differs, and so does an 인원 stated beside 현원 only", () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-real-hc-'));
    try {
      cpSync(JEONNAM, dir, { recursive: true });
      const file = join(dir, 'headcount', '2026-01-01.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('stated: { count: 360 }', 'stated: { count: 361 }'));
      const j = JSON.parse(cli(['validate', '--data', dir, '--format', 'json', '--lang', 'en']).stdout);
      expect(j.problems.map((p: { path: string; rule: string; message: string }) => [p.path, p.rule, p.message])).toEqual([
        ['stated.count', 'stated-mismatch', 'the stated count (인원) 361 differs from 360 computed from the records'],
      ]);
      expect(cli(['validate', '--data', dir]).stdout).toContain('보고서 표기 인원 361이 기록에서 계산한 값 360과 다릅니다');
      cpSync(DANGJIN, dir, { recursive: true, force: true });
      rmSync(file);
      const dangjin = join(dir, 'headcount', '2023-03-31.yaml');
      writeFileSync(dangjin, readFileSync(dangjin, 'utf8').replace('stated: { current: 1145 }', 'stated: { current: 1145, count: 1145 }'));
      const k = JSON.parse(cli(['validate', '--data', dir, '--format', 'json']).stdout);
      expect(k.problems.map((p: { path: string; rule: string }) => [p.path, p.rule])).toEqual([['stated.count', 'stated-mismatch']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a 부서별 인원 table (by: dept, a count that says neither 정원 nor 현원, a team written '-') validates and prints as written", () => {
    // Made as the issue describes such a table: no real one is in SOURCES.md (where this was looked for).
    const dir = mkdtempSync(join(tmpdir(), 'mo-dept-count-'));
    try {
      cpSync(JEONNAM, dir, { recursive: true });
      rmSync(join(dir, 'headcount'), { recursive: true });
      mkdirSync(join(dir, 'headcount'));
      writeFileSync(
        join(dir, 'headcount', '2026-01-01.yaml'),
        [
          'kind: headcount',
          'office: jeonnam-volunteer-centre',
          'as_of: 2026-01-01',
          'unit: 명',
          'by: dept',
          'tracks:',
          '  - { track: 기획예산과, count: 12 }',
          '  - { track: 자치행정과, count: 9 }',
          "  - { track: 감사팀, count: '-' }",
          'stated: { count: 21 }',
          '',
        ].join('\n'),
      );
      const v = cli(['validate', '--data', dir, '--format', 'json']);
      expect([v.code, JSON.parse(v.stdout).problems]).toEqual([0, []]);
      const j = JSON.parse(cli(['headcount', 'status', '--data', dir, '--format', 'json']).stdout);
      expect(j.total).toEqual({ quota: null, current: null, gap: null, count: 21 });
      const rows = cli(['headcount', 'status', '--data', dir]).stdout.split('\n');
      const cells = (word: string) => rows.find((l) => l.includes(word))!.split('│').map((c) => c.trim()).filter(Boolean);
      expect(cells('기획예산과')).toEqual(['기획예산과', '12']);
      expect(cells('감사팀')).toEqual(['감사팀', '-']);
      expect(cells('부서')).toEqual(['부서', '인원']);
      expect(cells('총계')).toEqual(['총계', '21']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the trend of 인원 snapshots has 인원 columns and says 인원, not that 정원 and 현원 are missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-real-hc-'));
    try {
      cpSync(JEONNAM, dir, { recursive: true });
      const first = readFileSync(join(dir, 'headcount', '2026-01-01.yaml'), 'utf8');
      writeFileSync(join(dir, 'headcount', '2026-06-01.yaml'), first.replace('as_of: 2026-01-01', 'as_of: 2026-06-01').replace('count: 30 }', 'count: 31 }').replace('stated: { count: 360 }', 'stated: { count: 361 }'));
      const r = cli(['headcount', 'trend', '--data', dir]);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines.find((l) => l.includes('기준일'))!.split('│').map((c) => c.trim()).filter(Boolean).slice(0, 2)).toEqual(['기준일', '총계 인원']);
      expect(lines.filter((l) => l.includes("'26. 6. 1."))[0]).toContain('361');
      expect(r.stdout).toContain("'26. 6. 1.: 인원(정원·현원 구분 없음)");
      expect(r.stdout).not.toContain('기록 없음');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("Seoul's 관리기관별 직급별 정원, a cross table ([별표 4], test/fixtures/real-headcount/seoul-2025)", () => {
  const SEOUL = `${root}/test/fixtures/real-headcount/seoul-2025`;
  const EXCERPT = `${root}/test/fixtures/real-headcount/excerpts/seoul-2025-byeolpyo4.txt`;
  const COLUMNS = ['본청', '의회사무처', '직속기관', '사업소', '합의제행정기관'];
  const bare = (s: string): string => s.replace(/\s+/g, '');
  const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim().replace(/,/g, '')));

  /** The table of the source's text: each row's label (a cell over several lines joined), its 계 and
   *  its 관리기관 cells (null where the table leaves the cell blank or spans it). */
  function excerptRows(): { label: string; total: number; cells: (number | null)[] }[] {
    const lines = readFileSync(EXCERPT, 'utf8').split('\n');
    const body = lines.slice(lines.findIndex((l) => l.startsWith('┣')) + 1).filter((l) => l.startsWith('┃'));
    const rows: { label: string; total: number; cells: (number | null)[] }[] = [];
    for (const line of body) {
      const [label, total, ...cells] = line.slice(1, -1).split('│');
      if (num(total!) === null) rows[rows.length - 1]!.label += ` ${label!.trim()}`;
      else rows.push({ label: label!.trim(), total: num(total!)!, cells: cells.map(num) });
    }
    return rows;
  }
  const status = () => JSON.parse(cli(['headcount', 'status', '--data', SEOUL, '--format', 'json']).stdout);

  it('validates as written: every split adds up to its 계, and every 직종 계 and the 총계 11,730 agree with the rows', () => {
    const r = cli(['validate', '--data', SEOUL, '--format', 'json']);
    expect([r.code, JSON.parse(r.stdout).problems]).toEqual([0, []]);
    const j = status();
    expect([j.asOf, j.missing, j.splitBy, j.total]).toEqual(['2025-07-04', ['current'], { name: '관리기관', columns: COLUMNS }, { quota: 11730, current: null, gap: null }]);
    expect(j.tracks.map((t: { track: string; subtotal: { quota: number } }) => [t.track, t.subtotal.quota])).toEqual([
      ['정무직', 4],
      ['일반직', 10689],
      ['별정직', 37],
      ['연구직', 410],
      ['지도직', 25],
      ['교육공무원', 565],
    ]);
  });

  it('the report is the table read row by row: each 계 and each 관리기관 cell of the source text, in its order', () => {
    const rows = excerptRows();
    // The table's own arithmetic: a row split over the 관리기관 columns adds up to its 계.
    for (const row of rows.filter((r) => r.cells.some((c) => c !== null))) expect([row.label, row.cells.reduce<number>((a, c) => a + (c ?? 0), 0)]).toEqual([row.label, row.total]);
    const j = status();
    type Grade = { grade: string; quota: number; split?: Record<string, number> };
    const fromReport = [
      ['총계', j.total.quota, []],
      ...j.tracks.flatMap((t: { track: string; subtotal: { quota: number }; grades: Grade[] }) => [
        [`${t.track} 계`, t.subtotal.quota, []],
        ...t.grades.map((g) => [g.grade, g.quota, g.split ? COLUMNS.map((c) => g.split![c] ?? null) : []]),
      ]),
    ];
    const fromTable = rows.map((r) => [r.label, r.total, r.cells.some((c) => c !== null) ? r.cells : []]);
    expect(fromReport.map(([l, n, c]) => [bare(l as string), n, c])).toEqual(fromTable.map(([l, n, c]) => [bare(l as string), n, c]));
  });

  it('a figure typed wrongly is caught by the table itself: by the 관리기관 cells of its row and by the 계 it states', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-real-hc-'));
    try {
      cpSync(SEOUL, dir, { recursive: true });
      const file = join(dir, 'headcount', '2025-07-04.yaml');
      const original = readFileSync(file, 'utf8');
      const problems = (text: string) => {
        writeFileSync(file, text);
        return JSON.parse(cli(['validate', '--data', dir, '--format', 'json', '--lang', 'en']).stdout).problems.map((p: { path: string; rule: string; message: string }) => [p.path, p.rule, p.message]);
      };
      // 계 271: its cells say 270, and so do 일반직 계 and 총계.
      expect(problems(original.replace('{ grade: 4급, quota: 270,', '{ grade: 4급, quota: 271,'))).toEqual([
        ['tracks[1].grades[4].split', 'headcount-split-sum', "the split cells of 4급 add up to 165 + 19 + 8 + 71 + 7 = 270, not to the row's quota (정원) 271"],
        ['tracks[1].stated.quota', 'stated-mismatch', 'the stated authorized (정원) 10,689 differs from 10,690 computed from the records'],
        ['stated.quota', 'stated-mismatch', 'the stated authorized (정원) 11,730 differs from 11,731 computed from the records'],
      ]);
      // A cell typed wrongly: only its row's 계 can tell.
      expect(problems(original.replace('사업소: 71,', '사업소: 17,')).map(([path, rule]: string[]) => [path, rule])).toEqual([['tracks[1].grades[4].split', 'headcount-split-sum']]);
      // A column the record does not name.
      expect(problems(original.replace('사업소: 71,', '사업소들: 71,')).map(([path, rule]: string[]) => [path, rule])).toEqual([['tracks[1].grades[4].split.사업소들', 'headcount-split-column']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its rows as written: the 관리기관 columns after 정원, blank where the table has no cell, in every text format', () => {
    const table = cli(['headcount', 'status', '--data', SEOUL]).stdout;
    const lines = table.split('\n');
    const cells = (l: string): string[] => l.split('│').slice(1, -1).map((c) => c.trim());
    const row = (label: string): string[] => cells(lines.find((l) => l.includes(` ${label} `))!);
    expect(cells(lines.find((l) => l.includes('구분'))!)).toEqual(['구분', '정원', ...COLUMNS]);
    expect(row('총계')).toEqual(['총계', '11,730', '', '', '', '', '']);
    expect(row('일반직 소계')).toEqual(['일반직 소계', '10,689', '', '', '', '', '']);
    expect(row('4급')).toEqual(['4급', '270', '165', '19', '8', '71', '7']);
    expect(row('2·3급')).toEqual(['2·3급', '26', '21', '', '1', '3', '1']);
    expect(row('5급 이하 소계')).toEqual(['5급 이하 소계', '10,193', '', '', '', '', '']);
    expect(row('4?5급')).toEqual(['4?5급', '2', '1', '', '', '', '1']);
    expect(row('서울특별시 자치경찰위원회 상임위원')).toEqual(['서울특별시 자치경찰위원회 상임위원', '1', '', '', '', '', '1']);
    expect(table).toContain('본청·의회사무처·직속기관·사업소·합의제행정기관: 관리기관별로 나눈 칸, 표에 적힌 그대로');
    const csv = cli(['headcount', 'status', '--data', SEOUL, '--format', 'csv']).stdout.split(/\r?\n/);
    expect([csv[0], ...csv.filter((l) => l.startsWith('교수 등,') || l.startsWith('연구사,'))]).toEqual(['구분,정원,본청,의회사무처,직속기관,사업소,합의제행정기관', '연구사,337,,,,,', '교수 등,487,,,487,,']);
    const md = cli(['headcount', 'status', '--data', SEOUL, '--format', 'md', '--lang', 'en']).stdout;
    expect(md).toContain('| **일반직 subtotal** | **10,689** |');
    expect(md).toContain('the cells of the rows the table splits by 관리기관, as written');
    expect(cli(['headcount', 'status', '--data', SEOUL, '--format', 'html']).stdout).toContain('<th scope="row">4급</th><td class="num">270</td><td class="num">165</td>');
    // The wide layout has no room for them, and says so.
    expect(cli(['headcount', 'status', '--data', SEOUL, '--by', 'grade']).stdout).toContain('이 배치에는 관리기관별로 나눈 칸을 싣지 않음');
  });

  it('columns named like what every object has (constructor, toString) are only names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-real-hc-'));
    try {
      mkdirSync(join(dir, 'headcount'));
      writeFileSync(
        join(dir, 'headcount', '2025-01-01.yaml'),
        'kind: headcount\nas_of: 2025-01-01\nunit: 명\nsplit_by: { name: 기관, columns: [constructor, hasOwnProperty, toString] }\ntracks:\n  - track: 일반직\n    grades:\n      - { grade: 4급, quota: 3, split: { hasOwnProperty: 2, toString: 1 } }\n      - { grade: 5급, quota: 1 }\n',
      );
      expect(cli(['validate', '--data', dir]).code).toBe(0);
      expect(cli(['headcount', 'status', '--data', dir, '--format', 'csv']).stdout.split(/\r?\n/).slice(0, 5)).toEqual(['구분,정원,constructor,hasOwnProperty,toString', '총계,4,,,', '일반직 소계,4,,,', '4급,3,,2,1', '5급,1,,,']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the cells are numbers in a workbook, blank cells empty', async () => {
    const values = await workbookRows(SEOUL);
    expect(values.find((v) => v[0] === '4급')).toEqual(['4급', 270, 165, 19, 8, 71, 7]);
    expect(values.find((v) => v[0] === '2·3급')!.map((v) => v ?? '')).toEqual(['2·3급', 26, 21, '', 1, 3, 1]);
  });
});
