// A new report is one module of src/engine/reports/ and no line elsewhere (docs/architecture.md,
// "What a common change costs"): in a scratch clone, a made-up report module is added and nothing
// else is edited; the cli then has its command, and a data folder without its kind of record
// gives its empty table and the note of the no-records rule (engine/noRecords.ts), exit 0.
import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchClone, vitestIn } from './scratchClone.js';

const MODULE = `// Walkabouts: a made-up report of the events records.
import { ok, report as reportOf } from '../reportSpec.js';
import { OUT, TABLE_FORMAT } from '../params.js';
import { tablesDoc } from '../../render/document.js';

export const report = reportOf({
  name: 'walkabouts',
  label: { ko: '방문', en: 'Walkabouts' },
  summary: { ko: '방문 목록', en: 'the walkabouts' },
  options: [TABLE_FORMAT, OUT],
  needs: ['events'],
  shows: 'events',
  compute: async (office) => ok(office().r.events.length),
  document: async (value) => tablesDoc('Walkabouts', value, [{ title: 'Walkabouts', columns: [{ header: 'count', align: 'right' }], rows: value === 0 ? [] : [[String(value)]] }]),
});
`;

const TEST = `import { expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';

it('walkabouts without events records', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-walkabouts-'));
  mkdirSync(join(dir, 'data'));
  const r = await runCli(['walkabouts', '--lang', 'en'], dir);
  expect([r.code, r.stderr]).toEqual([0, 'no roundtable or MOU records in data/, so the table is empty: write them as data/events.yaml with kind: events (kinds and fields: docs/records.md).\\n']);
  expect(r.stdout).toContain('Walkabouts');
});
`;

describe('a new report module', () => {
  it('runs as a command under the no-records rule with no other file edited', () => {
    const dir = scratchClone();
    try {
      // The folder may hold no module yet (a clone has none until the first lands).
      mkdirSync(join(dir, 'src', 'engine', 'reports'), { recursive: true });
      writeFileSync(join(dir, 'src', 'engine', 'reports', 'walkabouts.ts'), MODULE);
      writeFileSync(join(dir, 'test', 'e2e', 'walkaboutsModule.test.ts'), TEST);
      const r = vitestIn(dir, ['test/e2e/walkaboutsModule.test.ts']);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toMatch(/Tests +1 passed \(1\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
