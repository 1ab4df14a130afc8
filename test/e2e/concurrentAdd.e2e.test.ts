// Ten `expenses add` at once to one file, three rounds: every one says "added" and every entry is
// in the file afterwards (the write path's lock makes them take turns), and the folder validates.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './cli.js';
import { openFolder } from '../../src/engine/office.js';

const bin = join(root, 'bin', 'mayor-office.js');

function add(cwd: string, purpose: string): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, 'expenses', 'add', '--date', '2022-06-15', '--line', '203-01', '--amount', '1000', '--purpose', purpose], { cwd, stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '' } });
    p.on('close', (code) => resolve(code ?? -1));
  });
}

describe('concurrent expenses add', () => {
  it('10 at once × 3 rounds: 30 entries, all recorded, validate clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concurrent-add-'));
    try {
      cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
      const before = openFolder(join(dir, 'data'), dir).r.expenses.flatMap((x) => x.entries).length;
      for (let round = 0; round < 3; round++) {
        const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => add(dir, `동시 ${round}-${i}`)));
        expect(codes).toEqual(Array(10).fill(0));
      }
      const office = openFolder(join(dir, 'data'), dir);
      const entries = office.r.expenses.flatMap((x) => x.entries);
      expect(entries.length).toBe(before + 30);
      expect(new Set(entries.filter((e) => e.purpose.startsWith('동시 ')).map((e) => e.purpose)).size).toBe(30);
      expect(office.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
