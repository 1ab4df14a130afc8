// Cross-record checks: each finds its problem at the exact place, in records that are
// otherwise valid.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUDGET, validateJson } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..');

/** The default data as a file map, so a test can change one file of it. */
function defaultData(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(join(root, 'test', 'fixtures', 'secretariat', 'data'), p)] = readFileSync(p, 'utf8');
    }
  };
  walk(join(root, 'test', 'fixtures', 'secretariat', 'data'));
  return out;
}

function edit(files: Record<string, string>, file: string, from: string, to: string): Record<string, string> {
  const body = files[file]!;
  if (!body.includes(from)) throw new Error(`${file} does not contain ${from}`);
  return { ...files, [file]: body.replace(from, to) };
}

describe('the default data', () => {
  it('is valid: no errors and no warnings', async () => {
    const r = await validateJson(defaultData());
    expect(r.problems).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.body['files']).toBe(15);
  });

  it('every file names its schema on the first line, for the editor, and it is the schema of its kind', () => {
    for (const [file, body] of Object.entries(defaultData())) {
      const first = body.split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, file).not.toBeNull();
      const schemaPath = join(root, 'test', 'fixtures', 'secretariat', 'data', file, '..', m![1]!);
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { properties: { kind: { const: string } } };
      expect(body).toMatch(new RegExp(`^kind: ${schema.properties.kind.const}$`, 'm'));
    }
  });
});

describe('cross-record checks', () => {
  it('an unknown budget line, with a did-you-mean', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('      - line: 203-01', '      - line: 203-10') });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.line, p.column, p.path, p.rule, p.message, p.hint])).toEqual([
      [11, 15, 'snapshots[0].lines[0].line', 'unknown-budget-line', "budget line '203-10' is not in the 2021 budget", "did you mean '203-01'?"],
    ]);
  });

  it('expense entries need a budget of their fiscal year', async () => {
    const expenses = 'kind: expenses\nfiscal_year: 2022\nunit: 원\nentries:\n  - { date: 2022-01-05, line: 203-01, amount: 50000, purpose: 간담회 }\n';
    const r = await validateJson({ 'b.yaml': BUDGET, 'e.yaml': expenses });
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.rule, p.message])).toEqual([
      ['e.yaml', 5, 31, 'unknown-budget-line', "no budget record for fiscal year 2022, so line '203-01' cannot be checked"],
    ]);
  });

  it('duplicate ids name the first place', async () => {
    const r = await validateJson(edit(defaultData(), 'council.yaml', 'id: issues-meeting', 'id: leadership-briefing'));
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.rule, p.message])).toEqual([
      ['council.yaml', 19, 9, 'duplicate-id', "meeting type id 'leadership-briefing' already exists (council.yaml:5)"],
      // The outline of work item 1 still points at the id that is gone.
      ['tasks/1-council-communication.yaml', 18, 14, 'unknown-ref', "no reference 'council/issues-meeting' exists"],
    ]);
  });

  it('a stated figure that disagrees with the recomputed one', async () => {
    const files = edit(defaultData(), 'budget/2021.yaml', 'stated: { budget: 337200, executed: 74085, balance: 263115, rate: 22.0 }', 'stated: { budget: 337200, executed: 74085, balance: 263115, rate: 22.1 }');
    const r = await validateJson(files);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.path, p.rule, p.message])).toEqual([
      ['budget/2021.yaml', 28, 71, 'snapshots[0].stated.rate', 'stated-mismatch', 'the stated execution rate (집행률) 22.1 differs from 22.0 computed from the records'],
    ]);
  });

  it('a stated headcount subtotal that disagrees with the sum of its grades', async () => {
    const r = await validateJson(edit(defaultData(), 'headcount/2021-04-28.yaml', '{ grade: 7급, quota: 1, current: 3 }', '{ grade: 7급, quota: 1, current: 4 }'));
    expect(r.problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [16, 34, 'tracks[0].stated.current', 'the stated filled (현원) 9 differs from 10 computed from the records'],
      [24, 31, 'stated.current', 'the stated filled (현원) 22 differs from 23 computed from the records'],
    ]);
  });

  it('partner-city totals must add up (23 + 48 = 71)', async () => {
    const r = await validateJson(edit(defaultData(), 'cities.yaml', 'stated: 48', 'stated: 47'));
    expect(r.problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [7, 11, 'stated.cities', 'the stated number of cities 71 differs from 70 computed from the records (23 + 47 = 70)'],
    ]);
  });

  it('a date outside its fiscal year', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('as_of: 2021-04-28', 'as_of: 2022-04-28') });
    expect(r.problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([
      [9, 12, 'date-outside-fiscal-year', 'date 2022-04-28 is outside fiscal year 2021 (2021-01-01 to 2021-12-31)'],
    ]);
  });

  it('a period phrase the tool cannot read is a located warning that lists the forms; --strict fails on it', async () => {
    const files = edit(defaultData(), 'tasks/3-local-autonomy.yaml', 'period: 상반기 중', 'period: 상반기 초');
    const r = await validateJson(files);
    expect(r.code).toBe(0);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.path, p.severity, p.rule, p.actual])).toEqual([
      ['tasks/3-local-autonomy.yaml', 33, 17, 'sections[2].items[1].period', 'warning', 'period-unreadable', '상반기 초'],
    ]);
    expect(r.problems[0]!.message).toBe("the period phrase '상반기 초' cannot be read as dates; the item is listed as undated");
    expect(r.problems[0]!.hint).toMatch(/^understood forms \(docs\/periods\.md\): 연중 \(계속\), 상반기 \(중\), '22\. 3분기, 2019\.03~2019\.11, /);
    expect((await validateJson(files, ['--strict'])).code).toBe(1);
  });

  it('a range that ends before it starts is an error at the phrase, also in postponed_to', async () => {
    let files = edit(defaultData(), 'tasks/3-local-autonomy.yaml', 'period: 상반기 중', "period: 2021.11~2021.03");
    files = edit(files, 'tasks/4-one-person-households.yaml', `period: "'21. 5~6월 중"`, `period: "'21. 5~6월 중"\n        status: 연기\n        postponed_to: "'21.9월 ~ '21.7월"`);
    const r = await validateJson(files);
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.path, p.severity, p.rule, p.message])).toEqual([
      ['tasks/3-local-autonomy.yaml', 33, 17, 'sections[2].items[1].period', 'error', 'period-reversed', "the period '2021.11~2021.03' ends (2021-03-31) before it starts (2021-11-01)"],
      ['tasks/4-one-person-households.yaml', 30, 23, 'sections[2].items[0].postponed_to', 'error', 'period-reversed', `the period "'21.9월 ~ '21.7월" ends (2021-07-31) before it starts (2021-09-01)`],
    ]);
  });

  it('완료 needs done_on and 연기 needs postponed_to; a status outside the list is refused', async () => {
    let files = edit(defaultData(), 'tasks/3-local-autonomy.yaml', 'period: 상반기 중', 'period: 상반기 중\n        status: 완료');
    files = edit(files, 'tasks/4-one-person-households.yaml', `period: "'21. 5~6월 중"`, `period: "'21. 5~6월 중"\n        status: postponed`);
    files = edit(files, 'tasks/5-city-diplomacy.yaml', `period: "'21년 6월"`, `period: "'21년 6월"\n        status: 끝남`);
    const r = await validateJson(files);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.path, p.rule, p.message, p.hint])).toEqual([
      ['tasks/3-local-autonomy.yaml', 32, 9, 'sections[2].items[1].done_on', 'schema-required', "missing required key 'done_on'", 'for example: done_on: 2021-06-15'],
      ['tasks/4-one-person-households.yaml', 26, 9, 'sections[2].items[0].postponed_to', 'schema-required', "missing required key 'postponed_to'", `for example: postponed_to: "'21. 9월"`],
      ['tasks/5-city-diplomacy.yaml', 42, 17, 'sections[3].items[0].status', 'schema-enum', "value not allowed '끝남'", 'one of: 예정, 진행, 완료, 연기, 취소, planned, in-progress, done, postponed, cancelled'],
    ]);
  });

  it('done_on belongs to a 완료 item and postponed_to to a 연기 one', async () => {
    let files = edit(defaultData(), 'tasks/3-local-autonomy.yaml', 'period: 상반기 중', 'period: 상반기 중\n        status: 진행\n        done_on: 2021-06-15');
    files = edit(files, 'tasks/4-one-person-households.yaml', `period: "'21. 5~6월 중"`, `period: "'21. 5~6월 중"\n        postponed_to: 9월`);
    const r = await validateJson(files);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.path, p.rule, p.hint])).toEqual([
      ['tasks/3-local-autonomy.yaml', 34, 17, 'sections[2].items[1].status', 'schema-enum', 'one of: 완료, done'],
      ['tasks/4-one-person-households.yaml', 26, 9, 'sections[2].items[0].status', 'schema-required', 'for example: status: 연기'],
    ]);
  });

  it('an event must name a plan line that exists, and a country code that is listed', async () => {
    let files = edit(defaultData(), 'events.yaml', 'plan: asean-roundtable', 'plan: asean-roundtabel');
    files = edit(files, 'events.yaml', 'countries: [KH, LA,', 'countries: [KH, LO,');
    const r = await validateJson(files);
    expect(r.problems.map((p) => [p.line, p.column, p.path, p.rule, p.hint])).toEqual([
      [12, 21, 'events[0].countries[1]', 'unknown-ref', "did you mean 'LA'?"],
      [16, 11, 'events[0].plan', 'unknown-ref', "did you mean 'asean-roundtable'?"],
    ]);
  });

  it('headcount: a grade listed twice in a track, a negative count, a snapshot after the data date', async () => {
    let files = edit(defaultData(), 'headcount/2021-04-28.yaml', '{ grade: 6급, quota: 2, current: 2 }', '{ grade: 5급, quota: 2, current: 2 }');
    let r = await validateJson(files);
    expect(r.problems.map((p) => [p.line, p.column, p.path, p.message])).toEqual([
      [13, 18, 'tracks[0].grades[2].grade', "grade '5급' already exists (headcount/2021-04-28.yaml:12)"],
    ]);
    r = await validateJson(edit(defaultData(), 'headcount/2021-04-28.yaml', '{ grade: 3급, quota: 1, current: 1 }', '{ grade: 3급, quota: 1, current: -1 }'));
    expect(r.problems.map((p) => [p.line, p.column, p.rule])).toEqual([[11, 41, 'schema-negative']]);
    files = { ...defaultData() };
    files['headcount/2021-05-31.yaml'] = files['headcount/2021-04-28.yaml']!.replace('as_of: 2021-04-28', 'as_of: 2021-05-31');
    r = await validateJson(files);
    // Records grow month by month: a snapshot newer than the latest report issue is fine.
    expect([r.code, r.problems]).toEqual([0, []]);
  });

  /** A cross table of 정원 over two 관리기관; `track` goes under the first group, before its grades. */
  const table = (track: string, grades: string) =>
    `kind: headcount\nas_of: 2025-01-01\nunit: 명\nsplit_by: { name: 관리기관, columns: [본청, 사업소] }\ntracks:\n  - track: 일반직\n${track}    grades:\n${grades}`;
  const grades = '      - { grade: 5급, quota: 2 }\n      - { grade: 6급, quota: 1 }\n';

  it('headcount cross tables: a group that lists grades has no split of its own', async () => {
    // The split of a 소계 was used nowhere: whatever its cells, it is an error at the split itself.
    for (const cells of ['{ 본청: 999, 사업소: 1 }', '{ 본청: 2, 사업소: 1 }']) {
      const r = await validateJson({ 'h.yaml': table(`    split: ${cells}\n`, grades) });
      expect([r.code, r.problems.map((p) => [p.line, p.column, p.path, p.rule, p.message])]).toEqual([
        1,
        [[7, 12, 'tracks[0].split', 'headcount-group-split', '일반직 lists its grades, so the group itself is not split: a subtotal is never split over the columns']],
      ]);
    }
    // The same cells on a grade row are read, and a group without grades may be split.
    expect((await validateJson({ 'h.yaml': table('', '      - { grade: 5급, quota: 2, split: { 본청: 1, 사업소: 1 } }\n      - { grade: 6급, quota: 1 }\n') })).problems).toEqual([]);
    expect((await validateJson({ 'h.yaml': table('', grades) + '  - track: 공무직\n    quota: 3\n    split: { 본청: 2, 사업소: 1 }\n' })).problems).toEqual([]);
  });

  it('headcount cross tables: split: {} is an empty value, not a sum of nothing', async () => {
    for (const [at, row] of [
      ['tracks[0].grades[0].split', '      - { grade: 5급, quota: 2, split: {} }\n      - { grade: 6급, quota: 1 }\n'],
      ['tracks[1].split', grades + '  - track: 공무직\n    quota: 3\n    split: {}\n'],
    ] as const) {
      const r = await validateJson({ 'h.yaml': table('', row) });
      expect([r.code, r.problems.map((p) => [p.path, p.rule, p.message, p.hint])]).toEqual([1, [[at, 'schema-empty-value', 'the value is empty; expected a mapping (key: value lines)', 'for example: { 본청: 165, 의회사무처: 19, 직속기관: 8, 사업소: 71, 합의제행정기관: 7 }']]]);
    }
  });
});

describe('entries and a snapshot of the same year', () => {
  it('must agree; the disagreement is located at the snapshot figure', async () => {
    const root2 = join(root, 'test', 'fixtures', 'other-office');
    const files: Record<string, string> = {};
    for (const f of ['office.yaml', 'report.yaml', 'budget/2022.yaml', 'expenses/2022.yaml']) files[f] = readFileSync(join(root2, f), 'utf8');
    files['budget/2022.yaml'] = files['budget/2022.yaml']!.replace('{ line: 203-03, executed: 300 }', '{ line: 203-03, executed: 350 }');
    const r = await validateJson(files);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.path, p.rule, p.message])).toEqual([
      ['budget/2022.yaml', 21, 35, 'snapshots[0].lines[1].executed', 'execution-mismatch', 'line 203-03 on 2022-03-31: the snapshot says 350 천원 executed, the entries up to that day add up to 300 천원 (300,450 원)'],
    ]);
  });
});
