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
