// Writes the lists of the self-describing modules of the registries: every output format writer
// of src/render/formats/ that exports `format`, every report module of src/engine/reports/ that
// exports `report`, every cross-record check of src/validate/checks/ that exports `crossCheck`,
// and every rule module of src/rules/ that exports `rule` (read by validate for its check and by
// messages/catalog.ts for its words). A registry reads its list (modules.gen.ts beside the
// modules), so a new format, report, check or rule is one module in its folder and no line
// anywhere else. The lists are made from the folders at
// `npm run generate` and `npm run compile` and are not committed (.gitignore), like
// generated/validators.cjs; test/architecture/moduleLists.test.ts fails while one is not what
// this script makes from its folder now. With `--check` it only says whether they are current.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each registry's folder, the export its modules carry, the name of the list it reads, and where
 *  the names its module declares are and the file that lists its built-in entries: a found module
 *  must not take a name the registry has already (the later entry would silently replace the
 *  format, or run as a second report of the same name). A format's name is its file's. */
export const MODULE_LISTS = [
  { folder: 'src/render/formats', export: 'format', list: 'FOUND_FORMATS', kind: 'record', what: 'format', registry: ['src/render/formats/index.ts'], builtIn: [/^ {2}([A-Za-z_$][\w$]*): \{$/gm] },
  { folder: 'src/engine/reports', export: 'report', list: 'FOUND_REPORTS', kind: 'array', what: 'report', registry: ['src/engine/reports.ts'], builtIn: [/^ {4}name: '([^']+)',$/gm, /expensesReport\(\s*'([^']+)'/g], declared: /\bname: '([^']+)'/ },
  { folder: 'src/validate/checks', export: 'crossCheck', list: 'FOUND_CHECKS', kind: 'array', what: 'check', registry: ['src/validate/checks/index.ts'], builtIn: [/\{ name: '([^']+)'/g], declared: /\bname: '([^']+)'/ },
  // A rule's id must be no entry of the rule table (its words would never be read) nor another
  // module's.
  { folder: 'src/rules', export: 'rule', list: 'FOUND_RULES', kind: 'array', what: 'rule', registry: ['src/messages/catalog.ts'], builtIn: [/^ {2}'([a-z0-9-]+)': rule[<(]/gm], declared: /\bid: '([^']+)'/ },
];

export const LIST_FILE = 'modules.gen.ts';

/** The name a module's file gives it in a list: `by-place.ts` → `byPlace`. */
const nameOf = (file) => file.replace(/\.ts$/, '').replace(/[-.]+(.)/g, (_, c) => c.toUpperCase());

/** Words JavaScript keeps for itself: a module's file may not be named one, as the list imports it
 *  under its name. */
const RESERVED = new Set(
  'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(' '),
);

/** `file:line:col` of an offset in a text. */
function at(file, text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${file}:${before.length}:${before.at(-1).length + 1}`;
}

/** The names of a registry's built-in entries, each with where its registry declares it. */
export function builtInNames(spec, base = root) {
  const names = new Map();
  for (const reg of spec.registry) {
    const path = join(base, reg);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const re of spec.builtIn) for (const m of text.matchAll(re)) if (!names.has(m[1])) names.set(m[1], at(reg, text, m.index + m[0].indexOf(m[1])));
  }
  return names;
}

/** Names a found module may not take although its registry does not hold them: a report is a
 *  command, so it may not be named as a command that is not a report (`validate`, `expenses add`,
 *  `init`, `serve` …: commander would refuse the second command of a name at every start). By
 *  registry (`what`): the file that declares them, how to read each name there, and what it is. */
export const OTHER_NAMES = {
  report: [{ file: 'src/cli/options.ts', names: /^ {4}name: '([^']+)',$/gm, what: 'command that is not a report' }],
};

/** The names of OTHER_NAMES for a registry, each with where it is declared and what it is. */
export function otherNames(spec, base = root) {
  const names = new Map();
  for (const other of OTHER_NAMES[spec.what] ?? []) {
    const path = join(base, other.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(other.names)) if (!names.has(m[1])) names.set(m[1], { at: at(other.file, text, m.index + m[0].indexOf(m[1])), what: other.what });
  }
  return names;
}

/** Whether two command names are one command to commander: the same words, or one the group of
 *  the other (`budget` and `budget status`, `events` and `events list`). */
export const namesClash = (a, b) => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);

/** A list that cannot be made: what clashes and how to fix it, one line each. */
export class ModuleListError extends Error {}

/** The modules of a registry's folder that declare themselves, each with the name it takes there
 *  and its identifier in the list; fails (ModuleListError) on a clash: a file that is no
 *  identifier, two files of one identifier (`by-place.ts` and `byPlace.ts`), or a name a built-in
 *  entry or another found module has already. */
export function foundModules(spec, base = root) {
  const dir = join(base, spec.folder);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== LIST_FILE && !f.endsWith('.test.ts')).sort() : [];
  const exporting = new RegExp(`^export const ${spec.export}\\b`, 'm');
  const problems = [];
  const builtIn = builtInNames(spec, base);
  const others = otherNames(spec, base);
  const byIdent = new Map();
  const byName = new Map();
  const found = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const decl = exporting.exec(text);
    if (decl === null) continue;
    const file = `${spec.folder}/${f}`;
    const ident = nameOf(f);
    if (!/^[A-Za-z_$][\w$]*$/.test(ident) || RESERVED.has(ident)) {
      problems.push(`${file}: its name '${ident}' is not one a ${spec.what} can be listed under (a JavaScript identifier, not a reserved word): rename the file, e.g. to ${spec.what}-${ident.replace(/[^\w$]+/g, '-')}.ts.`);
      continue;
    }
    if (byIdent.has(ident)) {
      problems.push(`${file}: it and ${byIdent.get(ident)} are both listed as '${ident}' (a file's name loses its - and .): rename one of them.`);
      continue;
    }
    byIdent.set(ident, file);
    let name = ident;
    let where = `${file}:1:1`;
    if (spec.declared !== undefined) {
      const m = spec.declared.exec(text.slice(decl.index));
      if (m !== null) {
        name = m[1];
        where = at(file, text, decl.index + m.index + m[0].indexOf(m[1]));
      }
    }
    const other = others.get(name);
    const taken = builtIn.get(name) ?? (other === undefined ? undefined : `${other.at} (a ${other.what})`) ?? byName.get(name);
    if (taken !== undefined) {
      problems.push(`${where}: the ${spec.what} '${name}' is already declared at ${taken}; expected a name of its own: rename this ${spec.what === 'format' ? 'file' : spec.what}.`);
      continue;
    }
    // A command's name is its words: a report named as the group of another command (`budget`
    // beside `budget status`), or under a command that takes no subcommand, is a second command
    // of one name to commander as well.
    if (spec.what === 'report') {
      const known = [...[...builtIn].map(([n, w]) => [n, w]), ...[...others].map(([n, o]) => [n, `${o.at} (a ${o.what})`]), ...byName];
      const nested = known.find(([n]) => namesClash(n, name));
      if (nested !== undefined) {
        const [n, w] = nested;
        const how = n.startsWith(`${name} `) ? `is the group of the command '${n}'` : `would be a subcommand of the command '${n}'`;
        problems.push(`${where}: the report '${name}' ${how}, declared at ${w}; expected a name of its own: rename this report.`);
        continue;
      }
    }
    byName.set(name, where);
    found.push({ file: f, ident, name });
  }
  if (problems.length > 0) throw new ModuleListError(problems.join('\n'));
  return found;
}

/** The text of one registry's list, from the modules its folder holds now. */
export function listText(spec, base = root) {
  const found = foundModules(spec, base);
  const imports = found.map(({ file, ident }) => `import { ${spec.export} as ${ident} } from './${file.replace(/\.ts$/, '.js')}';\n`).join('');
  const names = found.map(({ ident }) => ident).join(', ');
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
  try {
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
  } catch (e) {
    if (!(e instanceof ModuleListError)) throw e;
    console.error(e.message);
    process.exitCode = 1;
  }
}
