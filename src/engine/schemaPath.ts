// The schema modeline of a new expenses file (`# yaml-language-server: $schema=…`), for every
// write that makes one (expenses add, expenses import): the path the data folder's other files
// already use, so the editor finds the same schemas, else this installation's.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeSlashes } from './applyEdit.js';

/** The schema modeline's path, as the data folder's other files write it, else the tool's own. */
export function schemaPathFor(dataDir: string, folder: string): string {
  for (const sub of ['budget', '']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const m = /^# yaml-language-server: \$schema=(\S+)\/[a-z]+\.schema\.json/.exec(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
      if (m) return relativeSlashes(folder, resolve(dir, m[1]!, 'expenses.schema.json'));
    }
  }
  return relativeSlashes(folder, toolSchema());
}

/** This installation's expenses schema (two folders up from src/engine and dist/engine;
 *  scripts/bundle.mjs rewrites it for the bundle). */
const toolSchema = (): string => fileURLToPath(new URL('../../schemas/expenses.schema.json', import.meta.url));

/** Every JSON Schema of this installation, by file name in name order: what `init` copies. */
export function toolSchemas(): readonly { readonly name: string; readonly content: string }[] {
  const dir = dirname(toolSchema());
  return readdirSync(dir)
    .filter((n) => n.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
}
