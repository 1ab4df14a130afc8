// Writes the lists of the self-describing modules of the registries: every output format writer
// of src/render/formats/ that exports `format`, every report module of src/engine/reports/ that
// exports `report`, and every cross-record check of src/validate/checks/ that exports `crossCheck`.
// A registry reads its list (modules.gen.ts beside the modules), so a new format, report or check
// is one module in its folder and no line anywhere else. The lists are made from the folders at
// `npm run generate` and `npm run compile` and are not committed (.gitignore), like
// generated/validators.cjs; test/architecture/moduleLists.test.ts fails while one is not what
// this script makes from its folder now. With `--check` it only says whether they are current.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each registry's folder, the export its modules carry, and the name of the list it reads. */
export const MODULE_LISTS = [
  { folder: 'src/render/formats', export: 'format', list: 'FOUND_FORMATS', kind: 'record' },
  { folder: 'src/engine/reports', export: 'report', list: 'FOUND_REPORTS', kind: 'array' },
  { folder: 'src/validate/checks', export: 'crossCheck', list: 'FOUND_CHECKS', kind: 'array' },
];

export const LIST_FILE = 'modules.gen.ts';

/** The name a module's file gives it in a list: `by-place.ts` → `byPlace`. */
const nameOf = (file) => file.replace(/\.ts$/, '').replace(/[-.]+(.)/g, (_, c) => c.toUpperCase());

/** The text of one registry's list, from the modules its folder holds now. */
export function listText(spec, base = root) {
  const dir = join(base, spec.folder);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== LIST_FILE && !f.endsWith('.test.ts')).sort() : [];
  const exporting = new RegExp(`^export const ${spec.export}\\b`, 'm');
  const found = files.filter((f) => exporting.test(readFileSync(join(dir, f), 'utf8')));
  const imports = found.map((f) => `import { ${spec.export} as ${nameOf(f)} } from './${f.replace(/\.ts$/, '.js')}';\n`).join('');
  const names = found.map(nameOf).join(', ');
  const value = spec.kind === 'record' ? `{ ${names} } as const` : `[${names}] as const`;
  return (
    `// Made by scripts/gen-module-lists.mjs from the modules of this folder that export \`${spec.export}\`;\n` +
    `// not committed: \`npm run compile\` writes it again.\n` +
    imports +
    `export const ${spec.list} = ${found.length === 0 && spec.kind === 'record' ? '{} as const' : value};\n`
  );
}

/** Writes every list that is not what the folders say now; returns the files written. */
export function writeLists(base = root) {
  const written = [];
  for (const spec of MODULE_LISTS) {
    const file = join(base, spec.folder, LIST_FILE);
    const text = listText(spec, base);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    // A folder without a module yet (a fresh clone has no src/engine/reports/ until the first
    // report module lands there) still gets its empty list.
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    written.push(join(spec.folder, LIST_FILE));
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = MODULE_LISTS.filter((s) => {
      const file = join(root, s.folder, LIST_FILE);
      return !existsSync(file) || readFileSync(file, 'utf8') !== listText(s);
    });
    for (const s of stale) console.error(`${join(s.folder, LIST_FILE)} is stale: run npm run compile`);
    process.exitCode = stale.length === 0 ? 0 : 1;
  } else {
    writeLists();
  }
}
