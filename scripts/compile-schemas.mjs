// Compiles schemas/*.schema.json ahead of time into one standalone validator module
// (generated/validators.cjs), so that running the tool never loads or compiles ajv itself:
// start-up stays close to a bare `node` start. The few runtime helpers ajv's standalone code
// requires (ajv/dist/runtime/equal, ucs2length, the date format of scripts/isoDateFormat.cjs) are bundled into the
// module, so it needs no package at run time; the release bundle ships it as it is
// (scripts/bundle.mjs). Run by `npm run compile` and `npm run bundle`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { buildSync } from 'esbuild';
import { kindOf, oneSchemaPerKind } from './schemas.mjs';
import { LIST_KEYWORD, listMetaSchema } from './listDeclaration.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const outDir = join(root, 'generated');

export function createAjv() {
  // allErrors: report every problem in one run; verbose: keep the failing schema so messages
  // can quote its title and examples.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source: true } });
  // The one format the schemas use, from a module of the tool's own that the standalone code
  // requires (and the bundle below takes in): the answers of ajv-formats' `date`, without its
  // regular expression's match per value.
  ajv.addFormat('date', createRequire(import.meta.url)('./isoDateFormat.cjs').date);
  ajv.opts.code.formats = _`require("./scripts/isoDateFormat.cjs")`;
  // A kind's list command, declared in its schema (scripts/listDeclaration.mjs): an annotation, no
  // rule for the records, whose own shape ajv checks when it compiles the schema.
  ajv.addKeyword({ keyword: LIST_KEYWORD, metaSchema: listMetaSchema });
  return ajv;
}

/** The validators of every record kind as one CommonJS module that requires nothing, each under
 *  the kind its schema declares (`properties.kind.const`), which is what a record's problems look
 *  it up by, whatever the schema's file is called. */
export function validatorsModule(dir = schemaDir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  const ajv = createAjv();
  const exportsMap = {};
  const kinds = [];
  for (const f of files) {
    const schema = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    ajv.addSchema(schema);
    if (f === 'defs.schema.json') continue;
    const kind = kindOf(schema, f);
    kinds.push({ kind, file: f });
    exportsMap[kind] = schema.$id;
  }
  oneSchemaPerKind(kinds);
  const standalone = appendInPlace(standaloneCode(ajv, exportsMap));
  // Not minified: generated/ is read by dist/ in development, and a readable module is what a
  // failing validator is debugged in.
  const built = buildSync({
    stdin: { contents: standalone, resolveDir: root, sourcefile: 'validators.cjs', loader: 'js' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  // The build id (a non-enumerable `buildId`, so the module is still kind → validator): the
  // engine's record cache keys every entry with it, so a build of other code or schemas never
  // reads what another build parsed and checked. It is the module's last statement, as written
  // here: validatorsBuildId (src/validate/schemaValidators.ts) reads it from there without
  // loading the module.
  const code = `${built.outputFiles[0].text}Object.defineProperty(exports, "buildId", { value: ${JSON.stringify(buildId())} });\n`;
  // What the module holds (the runtime helpers of ajv and its own date format): the release
  // bundle names the packages among them in its licences.
  return { code, kinds: Object.keys(exportsMap).length, inputs: Object.keys(built.metafile.inputs) };
}

/**
 * A hash of everything that decides what loading and checking a record file gives: every source
 * file (src/), the schemas, the version and the locked libraries (package-lock.json: js-yaml,
 * yaml, ajv). Computed when the validators are compiled (`npm run compile`) and again when the
 * release bundle is made, from the sources each is built from.
 */
export function buildId() {
  const hash = createHash('sha256');
  const add = (path) => {
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) add(path);
    }
  };
  for (const dir of ['src', 'schemas']) if (existsSync(join(root, dir))) walk(join(root, dir));
  for (const file of ['package.json', 'package-lock.json']) if (existsSync(join(root, file))) add(join(root, file));
  return hash.digest('hex').slice(0, 32);
}

/**
 * ajv gathers the errors of a schema in another file (a `$ref` into defs.schema.json, compiled as
 * a function of its own) with `vErrors = vErrors.concat(f.errors)`: a copy of every error found so
 * far for each such value, so a file with thousands of wrong cells took the square of their
 * number (20,000 wrong headcount cells: 7.3 s). The same errors are appended in place instead.
 * The generated code is checked to hold the pattern, so an ajv that writes it otherwise fails the
 * build instead of going slow unnoticed.
 */
function appendInPlace(code) {
  const pattern = /vErrors = vErrors === null \? (\w+)\.errors : vErrors\.concat\(\1\.errors\);/g;
  if (!pattern.test(code)) throw new Error('compile-schemas: ajv no longer gathers the errors of a referenced schema with concat; look at appendInPlace');
  return code.replace(pattern, (_m, f) => `if (vErrors === null) vErrors = ${f}.errors; else for (const e of ${f}.errors) vErrors.push(e);`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { code, kinds } = validatorsModule();
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, 'validators.cjs');
  writeFileSync(target + '.tmp', code);
  renameSync(target + '.tmp', target);
  console.log(`compiled ${kinds} schemas into generated/validators.cjs`);
}
