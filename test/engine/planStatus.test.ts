// A plan item's status through the write path: only the item's own text changes, a bare phrase
// becomes { text, status }, CRLF line ends and a byte-order mark stay, and an item that is not
// a plan is refused with nothing written.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setPlanStatus } from '../../src/engine/planStatus.js';
import { tempTree } from '../helpers.js';

const TASK = [
  '\uFEFF# yaml-language-server: $schema=../../schemas/task.schema.json',
  'kind: task',
  'fiscal_year: 2022',
  'number: 3',
  'title: 시험 업무   # spaced comment the edit must keep',
  'purpose: 시험',
  'sections:',
  '  - role: directions',
  '    items:',
  '      - 방향',
  '  - role: plans',
  '    items:',
  '      - 첫째 계획',
  '      - { text: 둘째 계획, period: 상반기 }',
  '',
].join('\r\n');

function folder(): { dir: string; file: string } {
  const dir = tempTree({ 'data/tasks/3.yaml': TASK });
  return { dir, file: join(dir, 'data', 'tasks', '3.yaml') };
}

describe('setPlanStatus', () => {
  it('turns a bare phrase into { text, status } and keeps every other byte', async () => {
    const { dir, file } = folder();
    const r = await setPlanStatus({ dataDir: join(dir, 'data'), cwd: dir, lang: 'ko' }, { task: 3, section: 1, item: 0, status: '진행' });
    expect(r.ok, JSON.stringify(!r.ok && 'invalid' in r ? r.invalid.map((p) => [p.rule, p.path, p.span.line]) : r)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(TASK.replace('      - 첫째 계획\r\n', '      - text: 첫째 계획\r\n        status: 진행\r\n'));
  });

  it('keeps a flow-style item in flow style, and sets 연기 with its new period', async () => {
    const { dir, file } = folder();
    const r = await setPlanStatus({ dataDir: join(dir, 'data'), cwd: dir, lang: 'ko' }, { task: 3, section: 1, item: 1, status: '연기', postponedTo: '하반기' });
    expect(r.ok, JSON.stringify(!r.ok && 'invalid' in r ? r.invalid.map((p) => [p.rule, p.path, p.span.line]) : r)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(TASK.replace('{ text: 둘째 계획, period: 상반기 }', '{ text: 둘째 계획, period: 상반기, status: 연기, postponed_to: 하반기 }'));
  });

  it('refuses an item of another section or a task that does not exist, writing nothing', async () => {
    const { dir, file } = folder();
    for (const change of [{ task: 3, section: 0, item: 0 }, { task: 9, section: 1, item: 0 }, { task: 3, section: 1, item: 5 }]) {
      const r = await setPlanStatus({ dataDir: join(dir, 'data'), cwd: dir, lang: 'ko' }, { ...change, status: '진행' });
      expect(r.ok).toBe(false);
      expect(!r.ok && 'stopped' in r && r.stopped.reason).toBe('no-item');
    }
    expect(readFileSync(file, 'utf8')).toBe(TASK);
    writeFileSync(file, TASK);
  });
});

// An item with a dated history: the schema forbids status, done_on and postponed_to beside it,
// so a change is one more line at the end of the history, dated.
const DATED = [
  'kind: task',
  'fiscal_year: 2022',
  'number: 4',
  'title: 이력 업무',
  'purpose: 시험',
  'sections:',
  '  - role: plans',
  '    items:',
  '      - text: 흐름식 이력',
  '        period: 상반기',
  '        history:',
  '          - { on: 2022-03-02, status: 진행 }   # started',
  '      - text: 블록식 이력',
  '        period: 하반기',
  '        history:',
  '          - on: 2022-07-01',
  '            status: 진행',
  '# the end',
  '',
].join('\n');

function dated(): { dir: string; file: string; target: { dataDir: string; cwd: string; lang: 'ko' } } {
  const dir = tempTree({ 'data/tasks/4.yaml': DATED });
  return { dir, file: join(dir, 'data', 'tasks', '4.yaml'), target: { dataDir: join(dir, 'data'), cwd: dir, lang: 'ko' } };
}

describe('setPlanStatus on an item with a history', () => {
  it('appends { on, status } in the style of the changes before it; 완료 is dated by its done day', async () => {
    const { file, target } = dated();
    const r = await setPlanStatus(target, { task: 4, section: 0, item: 0, status: '완료', doneOn: '2022-06-07', on: '2022-06-30' });
    expect(r.ok, JSON.stringify(!r.ok && 'invalid' in r ? r.invalid.map((p) => [p.rule, p.path, p.span.line]) : r)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(DATED.replace('          - { on: 2022-03-02, status: 진행 }   # started\n', '          - { on: 2022-03-02, status: 진행 } # started\n          - { on: 2022-06-07, status: 완료 }\n'));
    // The diff's before is the text the edit was formed from.
    expect(r.ok && r.changed[0]!.before).toBe(DATED);
  });

  it('appends a 연기 with its new period to a block history, dated by the change day', async () => {
    const { file, target } = dated();
    const r = await setPlanStatus(target, { task: 4, section: 0, item: 1, status: '연기', postponedTo: "'23. 3월", on: '2022-09-01' });
    expect(r.ok, JSON.stringify(!r.ok && 'invalid' in r ? r.invalid.map((p) => [p.rule, p.path, p.span.line]) : r)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(DATED.replace('            status: 진행\n', '            status: 진행\n          - on: 2022-09-01\n            status: 연기\n            postponed_to: "\'23. 3월"\n'));
  });

  it('stops without a day, writing nothing', async () => {
    const { file, target } = dated();
    const r = await setPlanStatus(target, { task: 4, section: 0, item: 1, status: '취소' });
    expect(!r.ok && 'stopped' in r && r.stopped.reason).toBe('no-date');
    expect(readFileSync(file, 'utf8')).toBe(DATED);
  });
});
