// watchFolder names the paths that changed as they are: a file written twice is reported as
// itself, never as `file/file` (a watch of the file itself would name its events so, and serve
// would take that made-up path for a change by someone else and reload every open page).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchFolder } from '../../src/serve/watchFolder.js';

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('watchFolder', () => {
  it('reports a file written again by its own path only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mayor-office-watch-'));
    const file = join(dir, 'x.yaml');
    const seen: (string | null)[] = [];
    const stop = watchFolder(dir, (p) => seen.push(p));
    try {
      writeFileSync(file, 'a: 1\n');
      await pause(150);
      writeFileSync(file, 'a: 2\n');
      await pause(150);
      writeFileSync(file, 'a: 3\n');
      await pause(150);
    } finally {
      stop();
    }
    expect(seen.length).toBeGreaterThan(0);
    expect([...new Set(seen)]).toEqual([file]);
  });
});
