// Data folders large enough that writing their output takes a while: for the tests that cut a
// run short (a closed pipe, a signal) while it is writing.
import { expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, seedData } from './cli.js';

/** A copy of the seed data with a work item of `items` more outline entries: a long report. */
export function bigData(items: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-big-'));
  cpSync(seedData, join(dir, 'data'), { recursive: true });
  const file = join(dir, 'data', 'tasks', '2-field-visits.yaml');
  const anchor = '      - 시·구 공동협력으로 감염병 대책 강구 등 재난상황 신속 대응\n';
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(anchor);
  const extra = Array.from({ length: items }, (_, i) => `      - 현장 방문 기록 ${i + 1}번 자치구 민생 현장 점검과 시민 의견 청취 결과 정리\n`).join('');
  writeFileSync(file, text.replace(anchor, anchor + extra));
  return dir;
}

/** A copy of the other-office fixture whose 2022 expenses file has `entries` more entries (after
 *  the snapshot of 2022-03-31, 1,000원 each, well within the budget). */
export function bigExpenses(entries: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-bigexp-'));
  cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
  const file = join(dir, 'data', 'expenses', '2022.yaml');
  const extra = Array.from({ length: entries }, (_, i) => `  - { date: 2022-04-${String((i % 28) + 1).padStart(2, '0')}, line: 203-03, amount: 100, purpose: 다과 구입 ${i + 1}, payment: 카드 }\n`).join('');
  writeFileSync(file, readFileSync(file, 'utf8') + extra);
  return dir;
}
