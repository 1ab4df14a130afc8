// The schema modeline of a new expenses file (`# yaml-language-server: $schema=…`), for every
// write that makes one (expenses add, expenses import): the path the data folder's other files
// already use, so the editor finds the same schemas, else this installation's.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeSlashes } from './applyEdit.js';

/** The schema modeline's path, as the data folder's other files write it, else the tool's own
 *  (two folders up from src/engine and dist/engine; scripts/bundle.mjs rewrites it for the bundle). */
export function schemaPathFor(dataDir: string, folder: string): string {
  for (const sub of ['budget', '']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const m = /^# yaml-language-server: \$schema=(\S+)\/[a-z]+\.schema\.json/.exec(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
      if (m) return relativeSlashes(folder, resolve(dir, m[1]!, 'expenses.schema.json'));
    }
  }
  return relativeSlashes(folder, fileURLToPath(new URL('../../schemas/expenses.schema.json', import.meta.url)));
}
