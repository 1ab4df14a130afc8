// A fresh clone runs a test file right after `npm ci`, without `npm run compile` first: vitest's
// global setup (test/setup/generated.ts) makes the module lists, the record types and the compiled
// schemas that the sources import and the repository does not hold.
import { describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_FILE, MODULE_LISTS } from '../../scripts/gen-module-lists.mjs';
import { TYPES_FILE } from '../../scripts/gen-record-types.mjs';
import { validatorsStale } from '../setup/generated.js';
import { scratchClone, vitestIn } from './scratchClone.js';

describe('a fresh clone', () => {
  it('runs one test file with npx vitest run, before any compile', () => {
    const dir = scratchClone();
    try {
      const lists = [...(MODULE_LISTS as { folder: string }[]).map((s) => join(dir, s.folder, LIST_FILE)), join(dir, TYPES_FILE as string)];
      expect([...lists.map(existsSync), existsSync(join(dir, 'generated')), existsSync(join(dir, 'dist'))]).toEqual([...lists.map(() => false), false, false]);
      // A file that imports the report registry (its module list), the record kinds (the record
      // types) and validates records (the compiled schemas).
      const r = vitestIn(dir, ['test/engine/noRecords.test.ts']);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toMatch(/Tests +4 passed \(4\)/);
      expect(lists.map(existsSync)).toEqual(lists.map(() => true));
      expect(validatorsStale(dir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
