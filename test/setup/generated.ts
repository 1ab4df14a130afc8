// Vitest's global setup: what the tests import that is made, not committed, is made before they
// run, so `npx vitest run <file>` works on a fresh clone right after `npm ci`: the registries'
// module lists (scripts/gen-module-lists.mjs; each written only when its folder changed), the
// record types and the list declarations of the schemas (src/model/records.generated.ts, written
// only when the schemas say otherwise now) and the compiled schemas (generated/validators.cjs;
// compiled only when missing or older than a schema). All are what `npm run compile` makes; the
// TypeScript it compiles to dist/ is not made here (the end-to-end tests run a release bundled
// from the sources, test/setup/release.ts; the few that run this checkout's bin run dist/ where it
// is, else the committed bundle, which a test keeps equal to the sources).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeLists } from '../../scripts/gen-module-lists.mjs';
import { writeRecordTypes } from '../../scripts/gen-record-types.mjs';

const root = join(import.meta.dirname, '..', '..');

/** Whether generated/validators.cjs is missing or older than a schema of schemas/. */
export function validatorsStale(base = root): boolean {
  const target = join(base, 'generated', 'validators.cjs');
  if (!existsSync(target)) return true;
  const made = statSync(target).mtimeMs;
  const schemas = join(base, 'schemas');
  return readdirSync(schemas).some((f) => f.endsWith('.schema.json') && statSync(join(schemas, f)).mtimeMs > made);
}

export default function setup(): void {
  writeLists(root);
  // Before the validators: their build id hashes the sources, this file among them.
  writeRecordTypes(root);
  if (!validatorsStale()) return;
  // Its own process, as `npm run compile` runs it: it loads ajv and esbuild, which the tests do not need.
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'compile-schemas.mjs')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`compiling the schemas failed (node scripts/compile-schemas.mjs):\n${r.stderr}`);
}
