// Plans of a second office written as district offices write them: every period kind and every
// status, through `tasks list` and `tasks upcoming`, end to end with reviewed golden files.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, golden, root } from './cli.js';

const OTHER = 'test/fixtures/other-office';
const ext = (format: string): string => (format === 'table' ? 'txt' : format);

const COMMANDS: Record<string, string[]> = {
  'other-tasks-list': ['tasks', 'list'],
  'other-tasks-upcoming': ['tasks', 'upcoming', '--as-of', '2022-06-30', '--within', '90d'],
};

describe('golden output (second office)', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    for (const format of ['table', 'json']) {
      for (const lang of ['ko', 'en']) {
        it(`${args.join(' ')} --format ${format} --lang ${lang}`, () => {
          const r = cli([...args, '--data', OTHER, '--format', format, '--lang', lang], root);
          expect([r.code, r.stderr]).toEqual([0, '']);
          golden(`${name}.${lang}.${ext(format)}`, r.stdout);
        });
      }
    }
  }
  it('tasks upcoming --format csv', () => {
    golden('other-tasks-upcoming.ko.csv', cli([...COMMANDS['other-tasks-upcoming']!, '--data', OTHER, '--format', 'csv'], root).stdout);
  });
});

describe('plans of the second office', () => {
  const upcoming = (asOf: string, within: string) => JSON.parse(cli(['tasks', 'upcoming', '--data', OTHER, '--as-of', asOf, '--within', within, '--format', 'json'], root).stdout);

  it('an unreadable phrase is a warning: commands run, validate passes, --strict fails', () => {
    const v = cli(['validate', '--data', OTHER, '--lang', 'en'], root);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("test/fixtures/other-office/tasks/2-digital-services.yaml:22:17 warning sections[0].items[4].period: the period phrase '연내 조속히' cannot be read as dates; the item is listed as undated");
    expect(cli(['validate', '--data', OTHER, '--strict'], root).code).toBe(1);
    expect(cli(['report', '--data', OTHER], root).code).toBe(0);
  });

  it('upcoming leaves 완료 and 취소 out, shows 연기 at the new period, recurring at the next time', () => {
    const j = upcoming('2022-06-30', '90d');
    const all = [...j.due, ...j.overdue, ...j.ongoing, ...j.asNeeded, ...j.undated].map((p: { text: string }) => p.text);
    expect(all).not.toContain('공공데이터 포털 개편');
    expect(all).not.toContain('무인민원발급기 접근성 개선');
    const due = Object.fromEntries(j.due.map((p: { text: string; state: string; occurrence?: { start: string } }) => [p.text, [p.state, p.occurrence?.start ?? null]]));
    expect(due['민간 데이터 협력 MOU 체결']).toEqual(['starts', null]);
    expect(due['개방 데이터 품질 점검']).toEqual(['ends', '2022-06-21']);
    expect(due['시민 의견 수렴 설문']).toEqual(['within', '2022-08-01']);
    expect(due['정보보호 점검']).toEqual(['within', '2022-07-01']);
    expect(j.overdue.map((p: { text: string }) => p.text)).toEqual(['스마트 민원 안내 시범운영', '모바일 신분증 연계 검토']);
    expect(j.asNeeded.map((p: { text: string }) => p.text)).toEqual(['데이터 기반 행정 교육', '서비스 만족도 조사']);
    expect(j.undated.map((p: { text: string }) => p.text)).toEqual(['공공 와이파이 확충 계획 수립']);
  });

  it('a recurring item moves to its next time as the as-of date moves', () => {
    const at = (d: string) => upcoming(d, '10d').due.find((p: { text: string }) => p.text === '개방 데이터 품질 점검')?.occurrence ?? null;
    expect(at('2022-07-05')).toEqual(null);
    expect(at('2022-07-15')).toEqual({ start: '2022-07-21', end: '2022-07-31' });
    expect(at('2022-08-25')).toEqual({ start: '2022-08-21', end: '2022-08-31' });
  });

  it('tasks list shows each status as written', () => {
    const j = JSON.parse(cli(['tasks', 'list', '--data', OTHER, '--format', 'json'], root).stdout);
    const statuses = j.tasks.flatMap((t: { plans: { status?: string }[] }) => t.plans.map((p) => p.status ?? null));
    expect(statuses).toEqual([null, null, null, 'in-progress', 'done', 'postponed', null, null, null, 'in-progress', null, 'cancelled', null, null, null, 'planned', null]);
    expect(cli(['tasks', 'list', '--data', OTHER], root).stdout).toContain("2022.03~2022.05 (완료 '22. 5. 27.), '22. 4월 (연기 → '22. 9월 중)");
  });
});

describe('plan phrases real offices write, through validate and tasks upcoming', () => {
  it('a range with a bracketed frequency and a recurring end are read, and upcoming shows their next time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-periods-'));
    try {
      cpSync(join(root, OTHER), dir, { recursive: true });
      const file = join(dir, 'tasks', '2-digital-services.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('period: 연 5회', 'period: "2022. 6. ~ 10. (격월)"').replace('period: 9월말', 'period: 매 분기 말까지'));
      const v = cli(['validate', '--data', dir, '--format', 'json'], root);
      const warned = JSON.parse(v.stdout).problems.map((p: { path: string }) => p.path);
      expect(warned).toEqual(['sections[0].items[4].period']); // 연내 조속히 only, as before
      const j = JSON.parse(cli(['tasks', 'upcoming', '--data', dir, '--as-of', '2022-07-01', '--within', '90d', '--format', 'json'], root).stdout);
      const due = Object.fromEntries(j.due.map((p: { text: string; occurrence?: unknown }) => [p.text, p.occurrence]));
      expect(due['서비스 만족도 조사']).toEqual({ start: '2022-08-01', end: '2022-08-31' });
      expect(due['디지털 정책 포럼']).toEqual({ start: '2022-09-21', end: '2022-09-30' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
