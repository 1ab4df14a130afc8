// Reads schemas/*.schema.json for the generators of the record types and of the field tables in
// docs/records.md: the schemas are the one contract, the types and the tables are made from them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Schemas that describe no record kind: the shared $defs, and the roll-up file (rollup.yaml lists
 *  offices; it is not a record of one). */
export const NOT_RECORD_SCHEMAS = ['defs.schema.json', 'rollup.schema.json'];

/** The record kind a schema describes: the `const` of its `kind` property, as a record writes it
 *  (`kind: events`), whatever the schema's file is called; a schema without one (the roll-up
 *  file's) goes by its file name. */
export function kindOf(schema, file) {
  const k = schema?.properties?.kind?.const;
  return typeof k === 'string' ? k : file.replace(/\.schema\.json$/, '');
}

/** { defs: the $defs of defs.schema.json, records: [{ kind, file, schema }] in file order }. Two
 *  schemas that declare one kind stop it with a line naming both. */
export function readSchemas(root) {
  const dir = join(root, 'schemas');
  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  const load = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const defs = load('defs.schema.json').$defs;
  const records = files.filter((f) => !NOT_RECORD_SCHEMAS.includes(f)).map((f) => {
    const schema = load(f);
    return { kind: kindOf(schema, f), file: f, schema };
  });
  oneSchemaPerKind(records);
  return { defs, records };
}

/** Stops at the second schema of a kind ([{ kind, file }]), naming both files. */
export function oneSchemaPerKind(entries) {
  const seen = new Map();
  for (const { kind, file } of entries) {
    if (seen.has(kind)) throw new Error(`schemas/${file}: the kind '${kind}' is declared by schemas/${seen.get(kind)} already; expected one schema per kind: change one kind's const or remove one file.`);
    seen.set(kind, file);
  }
}

/** The $defs name a `$ref` points at (`defs.schema.json#/$defs/date` or `#/$defs/date`). */
export function refName(ref) {
  const m = /^(?:defs\.schema\.json)?#\/\$defs\/([A-Za-z0-9]+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref}: only $defs of defs.schema.json`);
  return m[1];
}

/** `budgetCode` → `BudgetCode`, `task` → `Task`. */
export function pascal(name) {
  return name.replace(/(^|[-_])([a-z])/g, (_, __, c) => c.toUpperCase());
}

const HANGUL = /[\uac00-\ud7a3]/;

/** Splits "한국어 문장. English sentence." at the sentence from which on there is no Hangul. */
export function splitLangs(text) {
  if (!text) return { ko: '', en: '' };
  if (!HANGUL.test(text)) return { ko: '', en: text };
  // The English half starts a sentence with a Latin letter and is mostly Latin (it may quote a
  // Korean word, as in "The 계 row as printed").
  const count = (s, re) => (s.match(re) ?? []).length;
  for (const m of text.matchAll(/[.)]\s+/g)) {
    const at = m.index + m[0].length;
    const rest = text.slice(at);
    if (/^[A-Za-z'"`*]/.test(rest) && count(rest, /[A-Za-z]/g) > 3 * count(rest, /[\uac00-\ud7a3]/g)) return { ko: text.slice(0, at).trim(), en: rest.trim() };
  }
  return { ko: text, en: '' };
}

/** "과목명 / Name" → { ko: '과목명', en: 'Name' }. */
export function splitTitle(title) {
  if (!title) return { ko: '', en: '' };
  const i = title.indexOf(' / ');
  if (i === -1) return HANGUL.test(title) ? { ko: title, en: '' } : { ko: '', en: title };
  return { ko: title.slice(0, i), en: title.slice(i + 3) };
}

/** The schema a node stands for, and the def it refers to (title and description of the node
 *  itself win over the def's, as the schemas write them next to a `$ref`). */
export function resolved(node, defs) {
  if (!node.$ref) return { node, def: undefined };
  const name = refName(node.$ref);
  const def = defs[name];
  if (!def) throw new Error(`$ref to a missing def: ${node.$ref}`);
  return { node: { ...def, ...node }, def: name };
}

/** Writes `text` to `path` only when it differs, so a build does not touch unchanged files. */
export function writeIfChanged(fs, path, text) {
  let old;
  try {
    old = fs.readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) return false;
  fs.writeFileSync(path + '.tmp', text);
  fs.renameSync(path + '.tmp', path);
  return true;
}
