// A plan's status changes are dated, and every issue of the work report shows what was true on
// its own date: marking a plan 완료 in June leaves the May issue byte for byte as it was, in
// every format, and the June issue lists the plan under 추진실적.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FORMAT_NAMES } from '../../src/render/formats/index.js';
import { cli, seedData } from './cli.js';

const PLAN = '      - text: 서울시 지방분권협의회 개최\n        period: 상반기 중\n';
const JUNE = 'kind: report\nid: 2021-06-work-report\ntitle: 주요업무보고\nissued: 2021-06\noffice: mayor-secretariat\nfiscal_year: 2021\nas_of: 2021-06-30\n';

/** The seed with a June issue, the plan written with `before` under it. */
function office(before: string): { dir: string; task: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-history-'));
  cpSync(seedData, join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'report-2021-06.yaml'), JUNE);
  const task = join(dir, 'data', 'tasks', '3-local-autonomy.yaml');
  const text = readFileSync(task, 'utf8');
  expect(text).toContain(PLAN);
  writeFileSync(task, text.replace(PLAN, PLAN + before));
  return { dir, task };
}

/** Every format of one issue, as the bytes a user gets (binary ones through --out). */
function everyFormat(dir: string, issue: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const format of FORMAT_NAMES) {
    const file = join(dir, `${issue}.${format}`);
    const r = cli(['report', '--issue', issue, '--format', format, '--out', file], dir);
    expect([format, r.code, r.stderr]).toEqual([format, 0, '']);
    out.set(format, readFileSync(file));
  }
  return out;
}

async function scheduleRow(file: string, text: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('주요업무 일정')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows.find((r) => r[2] === text)!;
}

// The history form (진행 since April, 완료 added in June) and the single-field form (완료 with its
// done_on) must both leave May alone.
const cases = [
  { name: 'a dated history', before: '        history:\n          - { on: 2021-04-20, status: 진행 }\n', done: '          - { on: 2021-06-07, status: 완료 }\n', mayStatus: '진행' },
  { name: 'status 완료 with done_on', before: '', done: '        status: 완료\n        done_on: 2021-06-07\n', mayStatus: '예정' },
];

describe('a plan marked 완료 after an issue was made', () => {
  for (const c of cases) {
    it(`${c.name}: the May issue is byte-identical in ${FORMAT_NAMES.join(', ')}; June lists it as done`, async () => {
      const { dir, task } = office(c.before);
      expect(cli(['validate'], dir).code).toBe(0);
      const before = everyFormat(dir, '2021-05');
      const juneBefore = cli(['report', '--issue', '2021-06'], dir).stdout;
      expect(juneBefore).not.toContain('완료한 향후계획');

      writeFileSync(task, readFileSync(task, 'utf8').replace(PLAN + c.before, PLAN + c.before + c.done));
      const v = cli(['validate'], dir);
      expect([v.code, v.stdout]).toEqual([0, expect.stringContaining('문제 없음')]);
      const after = everyFormat(dir, '2021-05');
      for (const format of FORMAT_NAMES) expect([format, after.get(format)!.equals(before.get(format)!)]).toEqual([format, true]);
      // The May workbook holds the status as it was on 4/28.
      expect((await scheduleRow(join(dir, '2021-05.xlsx'), '서울시 지방분권협의회 개최')).slice(6)).toEqual([c.mayStatus]);

      // June: the plan under 추진실적, and its status in the data sheet and the json.
      const june = cli(['report', '--issue', '2021-06'], dir);
      expect(june.code).toBe(0);
      const section = june.stdout.slice(june.stdout.indexOf('### 추진실적'));
      expect(section.split('\n').slice(0, 6)).toEqual([
        '### 추진실적',
        '',
        "**완료한 향후계획 ('21. 4. 29. ~ '21. 6. 30.)**",
        '',
        '| 번호 | 향후계획 | 기간 | 완료일 |',
        '|---:|:---|:---|:---|',
      ]);
      expect(section).toContain("| 3 | 서울시 지방분권협의회 개최 | 상반기 중 | '21. 6. 7. |");
      const json = JSON.parse(cli(['report', '--issue', '2021-06', '--format', 'json'], dir).stdout);
      expect(json.progress.completed.map((p: { text: string; doneOn: string }) => [p.text, p.doneOn])).toEqual([['서울시 지방분권협의회 개최', '2021-06-07']]);
      const xlsx = join(dir, 'june.xlsx');
      cli(['report', '--issue', '2021-06', '--out', xlsx], dir);
      expect((await scheduleRow(xlsx, '서울시 지방분권협의회 개최')).slice(6)).toEqual(['완료', new Date('2021-06-07T00:00:00Z')]);
      // The html and docx of June carry the section too.
      expect(cli(['report', '--issue', '2021-06', '--format', 'html'], dir).stdout).toContain('완료한 향후계획');
      const docx = join(dir, 'june.docx');
      cli(['report', '--issue', '2021-06', '--out', docx], dir);
      const documentXml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
      expect(documentXml).toContain('완료한 향후계획');
      expect(documentXml).toContain('서울시 지방분권협의회 개최');
    });
  }

  it('the status on a day is the last change on or before it, wherever it is written in the list', () => {
    const { dir } = office('        history:\n          - { on: 2021-06-07, status: 완료 }\n          - { on: 2021-04-20, status: 진행 }\n');
    const may = JSON.parse(cli(['tasks', 'list', '--format', 'json'], dir).stdout);
    const plan = may.tasks.flatMap((t: { plans: { text: string }[] }) => t.plans).find((p: { text: string }) => p.text === '서울시 지방분권협의회 개최');
    expect([plan.status, plan.doneOn]).toEqual(['done', '2021-06-07']);
    const upcoming = JSON.parse(cli(['tasks', 'upcoming', '--as-of', '2021-05-01', '--format', 'json'], dir).stdout);
    expect(upcoming.due.find((p: { text: string }) => p.text === '서울시 지방분권협의회 개최').status).toBe('in-progress');
  });

  it('a history beside a status is refused at the plan, as is a 연기 change without its new period', () => {
    const both = office('        status: 진행\n        history:\n          - { on: 2021-04-20, status: 진행 }\n');
    const r = cli(['validate', '--lang', 'en'], both.dir);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^data\/tasks\/3-local-autonomy\.yaml:\d+:\d+ error sections\[2\]\.items\[1\]: .*With a history, status, done_on and postponed_to are written only in it/);
    const postponed = office('        history:\n          - { on: 2021-04-20, status: 연기 }\n');
    const p = cli(['validate', '--format', 'json'], postponed.dir);
    expect(p.code).toBe(1);
    expect(JSON.parse(p.stdout).problems.map((x: { path: string }) => x.path)).toContainEqual(expect.stringContaining('history[0]'));
  });
});
