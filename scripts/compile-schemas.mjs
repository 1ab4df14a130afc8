// Compiles schemas/*.schema.json ahead of time into one standalone validator module
// (generated/validators.cjs), so that running the tool never loads or compiles ajv itself:
// start-up stays close to a bare `node` start. Run by `npm run build`.
import { readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const outDir = join(root, 'generated');

export function createAjv() {
  // allErrors: report every problem in one run; verbose: keep the failing schema so messages
  // can quote its title and examples.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true } });
  addFormats(ajv, ['date']);
  return ajv;
}

const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
const ajv = createAjv();
const exportsMap = {};
for (const f of files) {
  const schema = JSON.parse(readFileSync(join(schemaDir, f), 'utf8'));
  ajv.addSchema(schema);
  if (f !== 'defs.schema.json') exportsMap[f.replace('.schema.json', '')] = schema.$id;
}
const code = standaloneCode(ajv, exportsMap);
mkdirSync(outDir, { recursive: true });
const target = join(outDir, 'validators.cjs');
writeFileSync(target + '.tmp', code);
renameSync(target + '.tmp', target);
console.log(`compiled ${Object.keys(exportsMap).length} record schemas into generated/validators.cjs`);
