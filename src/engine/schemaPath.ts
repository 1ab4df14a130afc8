// The schema modeline of a new expenses file (`# yaml-language-server: $schema=…`), for every
// write that makes one (expenses add, expenses import): the path the data folder's other files
// already use, so the editor finds the same schemas, else this installation's. Also whether the
// schemas those modelines reach are still this installation's (a data repository's copy).
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeSlashes } from './applyEdit.js';
import { readFileSafely } from '../load/readSource.js';

/** The folder the data folder's schema modelines point at (the first file that has one, budget
 *  files first), if any does. */
function modelineSchemaDir(dataDir: string): string | undefined {
  for (const sub of ['budget', '']) {
    const dir = join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const m = /^# yaml-language-server: \$schema=(\S+)\/[a-z]+\.schema\.json/.exec(firstBytes(join(dir, name)).replace(/^\uFEFF/, ''));
      if (m) return resolve(dir, m[1]!);
    }
  }
  return undefined;
}

/** The start of a plain file, where a modeline stands. Only a regular file is opened, not
 *  through a link, and only its first kilobyte is read: a FIFO, a device or a link out of the
 *  data folder among the records is never read here (the loader names them as problems). */
function firstBytes(path: string): string {
  try {
    if (!lstatSync(path).isFile()) return '';
    const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return '';
      const buf = Buffer.alloc(1024);
      return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** The schema modeline's path, as the data folder's other files write it, else the tool's own. */
export function schemaPathFor(dataDir: string, folder: string): string {
  const dir = modelineSchemaDir(dataDir);
  return relativeSlashes(folder, dir === undefined ? toolSchema() : join(dir, 'expenses.schema.json'));
}

/**
 * When the schemas the data folder's modelines point at are a copy (a data repository's
 * `schemas/`, made by init) that differs from this installation's own: the folder and the files
 * that differ or are missing there. The editor then checks the records by other rules than
 * validate does (the copy is from another version of the tool).
 */
export function schemaCopyDrift(dataDir: string): { readonly folder: string; readonly own: string; readonly files: readonly string[] } | undefined {
  const dir = modelineSchemaDir(dataDir);
  if (dir === undefined || !existsSync(dir)) return undefined;
  const own = dirname(toolSchema());
  try {
    if (realpathSync(dir) === realpathSync(own)) return undefined;
  } catch {
    return undefined;
  }
  // The copy is read as records are (a regular file, never blocking, at most 1 MiB): a modeline
  // may point anywhere, and a folder, FIFO or device there is simply not the same schema.
  const copyOf = (name: string): string | undefined => {
    const read = readFileSafely(name, join(dir, name), { limit: 1024 * 1024 });
    return read.ok ? Buffer.from(read.bytes).toString('utf8') : undefined;
  };
  const files = toolSchemas()
    .filter((f) => copyOf(f.name) !== f.content)
    .map((f) => f.name);
  return files.length === 0 ? undefined : { folder: dir, own, files };
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
