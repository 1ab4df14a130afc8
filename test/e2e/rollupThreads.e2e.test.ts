// The roll-up reads offices in worker threads when there are many: the built cli (the threads run
// a compiled module) gives the same bytes with threads as without, and as the in-process run.
import { afterAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cli.js';
import { runCli } from '../helpers.js';
// @ts-expect-error: a script of the project, without types
import { writeCity } from '../../scripts/gen-bench-data.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mayor-office-city-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('worker threads give the same roll-up as one thread', async () => {
  (writeCity as (dir: string, o: { offices: number; n: number }) => string)(dir, { offices: 24, n: 40 });
  for (const report of ['budget', 'expenses', 'validation']) {
    const one = cli(['rollup', report, '--format', 'json', '--no-cache', '--jobs', '1'], dir);
    const three = cli(['rollup', report, '--format', 'json', '--no-cache', '--jobs', '3'], dir);
    expect(one.code, one.stderr).toBe(0);
    expect(three.stdout, report).toBe(one.stdout);
    expect((await runCli(['rollup', report, '--format', 'json', '--no-cache'], dir)).stdout).toBe(one.stdout);
    const j = JSON.parse(one.stdout) as { groups?: { offices: unknown[] }[]; offices?: unknown[] };
    expect(j.groups?.reduce((s, g) => s + g.offices.length, 0) ?? j.offices?.length, report).toBe(24);
  }
});
