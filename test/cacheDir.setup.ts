// Every test run gets a record cache of its own, in a temporary folder removed at the end: no
// test reads or fills the cache of the user running them (~/.cache/mayor-office), and no run
// sees the entries of another. Tests that spawn the CLI pass this variable on (or run with no
// cache where they give a bare environment: the cache needs a home or a folder named).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-test-cache-'));
  process.env['MAYOR_OFFICE_CACHE_DIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
