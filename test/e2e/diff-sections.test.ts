// What diff finds in each section, computed from records held in memory: budget lines added
// and removed, a unit that differs between the sides, headcount per grade, work items, plan
// items and their events' status, partner cities.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { memorySource } from '../../src/load/dataSource.js';
import { loadData } from '../../src/load/loadData.js';
import { recordsOf } from '../../src/compute/recordsOf.js';
import { diffReport } from '../../src/compute/diff.js';
import { diffDocument } from '../../src/render/tables/diff.js';
import { writeMarkdown } from '../../src/render/formats/markdown.js';
import { seedData } from './cli.js';

function seedFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[`data/${relative(seedData, p).split('\\').join('/')}`] = readFileSync(p, 'utf8');
    }
  };
  walk(seedData);
  return out;
}

const records = (files: Record<string, string>) => {
  const loaded = loadData(memorySource(files));
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return recordsOf(loaded.records);
};

const sides = { base: { rev: 'main', commit: null }, head: { rev: null, commit: null } };

function edited(edits: Record<string, (s: string) => string>): Record<string, string> {
  const files = seedFiles();
  for (const [f, edit] of Object.entries(edits)) files[f] = edit(files[f]!);
  return files;
}

describe('diff sections', () => {
  it('finds nothing between the same records', () => {
    const r = diffReport(records(seedFiles()), records(seedFiles()), sides);
    expect([r.changed, r.budget, r.headcount, r.tasks, r.plans, r.cities]).toEqual([false, [], null, [], [], []]);
  });

  it('names budget lines added and removed, and compares sides in 원 when their units differ', () => {
    const base = records(seedFiles());
    const head = records(
      edited({
        'data/budget/2021.yaml': (s) =>
          s
            .replace('  - code: 203-03\n    name: 시책추진업무추진비\n    budget: 60000', '  - code: 203-04\n    name: 신규업무추진비\n    budget: 60000')
            .replace('line: 203-03', 'line: 203-04'),
      }),
    );
    const r = diffReport(base, head, sides);
    expect(r.budget[0]!.lines.map((l) => [l.code, l.change, l.base?.executed ?? null, l.head?.executed ?? null])).toEqual([
      ['203-04', 'added', null, 2203],
      ['203-03', 'removed', 2203, null],
    ]);
    expect(r.budget[0]!.total).toBeNull();

    const inWon = records(edited({ 'data/budget/2021.yaml': (s) => s.replace('unit: 천원', 'unit: 원') }));
    const u = diffReport(base, inWon, sides).budget[0]!;
    expect(u.unit).toBe('원');
    const line = u.lines.find((l) => l.code === '203-01')!;
    expect([line.base!.executed, line.head!.executed, line.base!.rate, line.head!.rate]).toEqual([71882000, 71882, 25.9, 25.9]);
  });

  it('names work items, plan items and partner cities added, removed or changed', () => {
    const base = records(seedFiles());
    const head = records(
      edited({
        'data/tasks/5-city-diplomacy.yaml': (s) => s.replace('period: "\'21년 6월"', 'period: "\'21년 7월"'),
        'data/events.yaml': (s) => s.replace('plan: asean-roundtable\n    status: planned', 'plan: asean-roundtable\n    status: done'),
        'data/cities.yaml': (s) => s.replace('  - { name: 델리, name_en: Delhi, country: IN, type: friendship }\n', '').replace('listing: examples\ncities:\n', 'listing: examples\ncities:\n  - { name: 하노이, name_en: Hanoi, country: VN, type: friendship }\n'),
      }),
    );
    const r = diffReport(base, head, sides);
    expect(r.tasks.map((t) => [t.number, t.change, t.base?.title === t.head?.title])).toEqual([[5, 'changed', true]]);
    expect(r.plans.map((p) => [p.id, p.change, p.base?.period, p.head?.period, p.base?.events, p.head?.events, p.head?.status])).toEqual([['asean-roundtable', 'changed', "'21년 6월", "'21년 7월", 'planned', 'done', 'planned']]);
    expect(r.cities.map((c) => [c.name, c.change])).toEqual([
      ['하노이', 'added'],
      ['델리', 'removed'],
    ]);
    const md = writeMarkdown(diffDocument(r, 'ko'), 'ko');
    expect(md).toContain("| 변경 | 5 | 주한 아세안대사 라운드테이블 회의 | '21년 6월 → '21년 7월 | 예정 | 예정 → 완료 |");
    expect(md).toContain('| 추가 | 하노이 | VN | 우호협력 |');
    expect(md).toContain('| 삭제 | 델리 | IN | 우호협력 |');
    expect(md).not.toContain('예산 집행현황');
  });

  it("names a plan's own status change, dated, in the table and the json", () => {
    const plan = '      - text: 서울시 지방분권협의회 개최\n        period: 상반기 중\n';
    const base = records(seedFiles());
    const done = records(edited({ 'data/tasks/3-local-autonomy.yaml': (s) => s.replace(plan, `${plan}        status: 완료\n        done_on: 2021-06-07\n`) }));
    const r = diffReport(base, done, sides);
    expect(r.tasks.map((t) => [t.number, t.change])).toEqual([[3, 'changed']]);
    expect(r.plans).toEqual([
      {
        fiscalYear: 2021,
        task: 3,
        id: null,
        change: 'changed',
        base: { text: '서울시 지방분권협의회 개최', period: '상반기 중', status: 'planned', doneOn: null, postponedTo: null, events: null },
        head: { text: '서울시 지방분권협의회 개최', period: '상반기 중', status: 'done', doneOn: '2021-06-07', postponedTo: null, events: null },
      },
    ]);
    const md = writeMarkdown(diffDocument(r, 'ko'), 'ko');
    expect(md).toContain('| 변경 | 번호 | 향후계획 | 기간 | 상태 |\n');
    expect(md).toContain("| 변경 | 3 | 서울시 지방분권협의회 개최 | 상반기 중 | 예정 → 완료 '21. 6. 7. |");
    // A history's latest change is the status; a postponed plan shows its new period.
    const postponed = records(
      edited({ 'data/tasks/3-local-autonomy.yaml': (s) => s.replace(plan, `${plan}        history:\n          - { on: 2021-04-20, status: 진행 }\n          - { on: 2021-06-01, status: 연기, postponed_to: "'21. 9월" }\n`) }),
    );
    const en = writeMarkdown(diffDocument(diffReport(base, postponed, sides), 'en'), 'en');
    expect(en).toContain("| changed | 3 | 서울시 지방분권협의회 개최 | 상반기 중 | planned → postponed to '21. 9월 |");
  });
});
