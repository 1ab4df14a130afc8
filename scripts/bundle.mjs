// Builds the release bundle, bundle/: the whole tool with every package it uses inside, so the
// published package has no dependencies and installs from a tarball or from git without a build
// (docs/architecture.md, "Release"). bin/mayor-office.js runs it where there is no dist/.
//
//   bundle/run.js          the entry: the cli with what every command needs (commander, the
//                          option table, the context); each command's handler and everything it
//                          alone uses are chunks loaded by import() when that command runs
//   bundle/rollup-worker.js  the module a worker thread of `rollup` runs (it shares the chunks)
//   bundle/*-<hash>.js     the chunks (ESM, node20): exceljs, docx, jszip, the import code …
//   bundle/yaml.cjs, js-yaml.cjs, iconv-lite.cjs, validators.cjs
//                          what the code loads synchronously and lazily with a require
//                          (src/load/yamlLib.ts, src/import/decodeText.ts,
//                          src/validate/schemaValidators.ts): CommonJS files, each loaded only
//                          when asked for, like the package it replaces
//   bundle/quick.cjs       what bin/mayor-office.js prints before loading any ES module: the
//                          version and the kept help (src/cli/quick.ts)
//   bundle/help.json       the help of every command in both languages (src/cli/keptHelp.ts)
//   bundle/THIRD-PARTY-LICENSES.txt   the licence of every package inside
//   bundle/build-id.txt    a hash of the other files: what the roll-up's cache keys parts on
//
// Usage: node scripts/bundle.mjs [--outdir DIR]   (default bundle/; the test builds into a
// temporary folder and compares it with the committed one).
import { build, buildSync, transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validatorsModule } from './compile-schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const COMMON = { platform: 'node', target: 'node20', bundle: true, minify: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root };

/** The modules loaded with `createRequire(import.meta.url)(…)`, each a CommonJS file in the bundle. */
const SIDECARS = [
  { name: 'yaml.cjs', from: 'yaml' },
  { name: 'js-yaml.cjs', from: 'js-yaml' },
  { name: 'iconv-lite.cjs', from: 'iconv-lite' },
];

/**
 * Every place in src/ that names something relative to its own module (`import.meta.url`), and
 * what it becomes in a bundle chunk. In src/ and dist/ a module sits two folders below the
 * package root (src/cli/version.ts, dist/cli/version.js); every file of the bundle sits one below
 * it, beside the CommonJS files above. A use of `import.meta.url` not listed here, or a listed one
 * that is no longer in its file, stops the build: a path that would resolve in dist/ and not in
 * the bundle is never shipped unnoticed.
 */
const REWRITES = {
  'src/load/yamlLib.ts': [["createRequire(import.meta.url)('yaml')", "createRequire(import.meta.url)('./yaml.cjs')"]],
  'src/load/jsYamlLib.ts': [["createRequire(import.meta.url)('js-yaml')", "createRequire(import.meta.url)('./js-yaml.cjs')"]],
  'src/import/decodeText.ts': [["createRequire(import.meta.url)('iconv-lite')", "createRequire(import.meta.url)('./iconv-lite.cjs')"]],
  'src/validate/schemaValidators.ts': [["createRequire(import.meta.url).resolve('../../generated/validators.cjs')", "createRequire(import.meta.url).resolve('./validators.cjs')"]],
  'src/cli/version.ts': [
    ["createRequire(import.meta.url).resolve('../../package.json')", "createRequire(import.meta.url).resolve('../package.json')"],
    // The folder of the code (dist/, src/; bundle/ itself), where the bundle's build-id.txt is.
    ["new URL('../', import.meta.url)", "new URL('./', import.meta.url)"],
  ],
  // The help kept in the release (help.json, written below); dist/ has none and makes it afresh.
  'src/cli/keptHelp.ts': [["new URL('../../generated/help.json', import.meta.url)", "new URL('./help.json', import.meta.url)"]],
  'src/engine/schemaPath.ts': [["new URL('../../schemas/expenses.schema.json', import.meta.url)", "new URL('../schemas/expenses.schema.json', import.meta.url)"]],
  // The roll-up's worker threads run a module of their own: an entry of the bundle (below).
  'src/engine/rollupPool.ts': [["new URL('./rollupWorker.js', import.meta.url)", "new URL('./rollup-worker.js', import.meta.url)"]],
};

/** The plugin that makes REWRITES, checking that a build reads each of the files `expected`. */
const rewritePlugin = (expected = Object.keys(REWRITES)) => ({
  name: 'package-relative-paths',
  setup(build) {
    const seen = new Set();
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const file = relative(root, args.path).split(sep).join('/');
      let text = readFileSync(args.path, 'utf8');
      for (const [from, to] of REWRITES[file] ?? []) {
        const n = text.split(from).length - 1;
        if (n !== 1) throw new Error(`${file}: expected ${from} once, found it ${n} times; update REWRITES in scripts/bundle.mjs`);
        text = text.replace(from, to);
      }
      // What is left may not name anything relative to the module (comments do not count).
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      const left = [...code.matchAll(/import\.meta\.(?:url|dirname|filename)/g)].length - (REWRITES[file]?.length ?? 0);
      if (left > 0) throw new Error(`${file}: a use of import.meta the bundle does not know; add it to REWRITES in scripts/bundle.mjs`);
      seen.add(file);
      return { contents: text, loader: 'ts' };
    });
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const missing = expected.filter((f) => !seen.has(f));
      if (missing.length > 0) throw new Error(`REWRITES in scripts/bundle.mjs names files the bundle does not hold: ${missing.join(', ')}`);
    });
  },
});

/** package.json of the package a bundled input file belongs to. */
function packageOf(input) {
  const parts = input.split('/');
  const i = parts.lastIndexOf('node_modules');
  if (i < 0) return undefined;
  const n = parts[i + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join('/');
}

function licenceText(dir) {
  const file = readdirSync(join(root, dir)).find((f) => /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i.test(f));
  return file ? readFileSync(join(root, dir, file), 'utf8').trim() : undefined;
}

/** One section per bundled package: name, version, licence and its text. */
function licences(inputs) {
  const dirs = [...new Set(inputs.map(packageOf).filter((d) => d !== undefined))].sort();
  const sections = dirs.map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const text = licenceText(dir) ?? `(the package ships no licence file; its package.json says: ${pkg.license})`;
    return `${pkg.name}@${pkg.version} — ${pkg.license ?? 'no licence field'}\n\n${text}\n`;
  });
  return (
    'The release bundle of mayor-office holds the code of the following packages, each under its licence.\n' +
    'mayor-office itself: see LICENSE.\n\n' +
    sections.join('\n' + '-'.repeat(78) + '\n\n')
  );
}

/** The bundle's name for what is kept between runs (src/cli/version.ts buildId): a hash of every
 *  file of it, so a bundle of other code is another build even under the same version. */
const BUILD_ID = 'build-id.txt';
function buildIdOf(outdir) {
  const hash = createHash('sha256');
  for (const name of readdirSync(outdir).filter((n) => n !== BUILD_ID).sort()) hash.update(`${name}\u0000`).update(readFileSync(join(outdir, name))).update('\u0000');
  return hash.digest('hex').slice(0, 16);
}

export async function bundle(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const inputs = [];

  for (const s of SIDECARS) {
    const r = buildSync({ ...COMMON, entryPoints: [require.resolve(s.from)], format: 'cjs', outfile: join(outdir, s.name), metafile: true });
    inputs.push(...Object.keys(r.metafile.inputs));
  }
  // generated/validators.cjs as it is, minified: every command that reads records loads it.
  const validators = validatorsModule();
  writeFileSync(join(outdir, 'validators.cjs'), transformSync(validators.code, { minify: true, legalComments: 'none', target: 'node20', format: 'cjs' }).code);
  inputs.push(...validators.inputs);

  const main = await build({
    ...COMMON,
    entryPoints: [
      { in: 'src/cli/run.ts', out: 'run' },
      { in: 'src/engine/rollupWorker.ts', out: 'rollup-worker' },
    ],
    outdir,
    format: 'esm',
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
    plugins: [rewritePlugin()],
    // The CommonJS packages inside (commander, exceljs …) require Node's built-ins;
    // in an ES module that needs a require of its own.
    banner: { js: "import{createRequire as __moRequire}from'node:module';const require=__moRequire(import.meta.url);" },
  });
  inputs.push(...Object.keys(main.metafile.inputs));
  // What bin/mayor-office.js prints before loading any ES module: the version and the kept help
  // (src/cli/quick.ts), as CommonJS, where import.meta.url is the file's own URL.
  const quick = await build({
    ...COMMON,
    entryPoints: ['src/cli/quick.ts'],
    outfile: join(outdir, 'quick.cjs'),
    format: 'cjs',
    metafile: true,
    plugins: [rewritePlugin(['src/cli/version.ts', 'src/cli/keptHelp.ts'])],
    define: { 'import.meta.url': '__moUrl' },
    banner: { js: "const __moUrl=require('node:url').pathToFileURL(__filename).href;" },
  });
  inputs.push(...Object.keys(quick.metafile.inputs));
  // The help of every command, made by the bundle just built, for `--help` without loading the
  // program (src/cli/keptHelp.ts).
  const { helpTexts } = await import(pathToFileURL(join(outdir, 'run.js')).href);
  writeFileSync(join(outdir, 'help.json'), `${JSON.stringify(await helpTexts())}\n`);
  writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.txt'), licences(inputs));
  writeFileSync(join(outdir, BUILD_ID), `${buildIdOf(outdir)}\n`);
  return main.metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--outdir');
  const outdir = i > 0 ? resolve(process.argv[i + 1]) : join(root, 'bundle');
  await bundle(outdir);
  const files = readdirSync(outdir);
  console.log(`bundled into ${relative(process.cwd(), outdir) || '.'}: ${files.length} files`);
}
