// Generates the field tables of docs/records.md from schemas/*.schema.json: for each record kind,
// every field with its type, whether it is required, its meaning in Korean and English and an
// example, between `<!-- generated:fields:KIND -->` and `<!-- /generated:fields:KIND -->`; the
// shared value types between `<!-- generated:defs -->` markers. The prose around the markers is
// written by hand and kept. Run by `npm run make`; a test fails while the tables are stale.
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readSchemas, refName, resolved, splitLangs, splitTitle, writeIfChanged } from './schemas.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOC_FILE = join('docs', 'records.md');

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s) => (String(s).includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

/** A value as it would be written in YAML flow style, short enough for a table cell. */
function flow(v) {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')} }`;
  if (typeof v === 'string' && (v === '' || /^[\s'"&*!|>%@`{}[\],#-]|: | #|^(true|false|null|yes|no|~)$/i.test(v) || /^[\d.+-]/.test(v) && !/^\d{4}-\d{2}(-\d{2})?$/.test(v) && !/^\d{3}-\d{2}$/.test(v) && !Number.isNaN(Number(v)))) return JSON.stringify(v);
  return String(v);
}

function defLabel(name, defs) {
  const t = splitTitle(defs[name].title);
  return (t.en || name).toLowerCase();
}

function typeLabel(node, defs) {
  if (node.$ref) return defLabel(refName(node.$ref), defs);
  if (node.const !== undefined) return code(node.const);
  if (node.enum) return node.enum.map(code).join(', ');
  if (node.anyOf) return node.anyOf.map((n) => typeLabel(n, defs)).join(' or ');
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : node.properties ? ['object'] : [];
  return types
    .map((t) => {
      switch (t) {
        case 'string':
          return node.pattern ? `text ${code(node.pattern)}` : 'text';
        case 'integer':
        case 'number': {
          const word = t === 'integer' ? 'integer' : 'number';
          const lo = node.minimum !== undefined ? ` ≥ ${node.minimum}` : '';
          const hi = node.maximum !== undefined ? ` ≤ ${node.maximum}` : '';
          return `${word}${lo}${lo && hi ? ',' : ''}${hi}`;
        }
        case 'boolean':
          return '`true` or `false`';
        case 'array': {
          const items = node.items ?? {};
          const of = items.type === 'object' || items.properties ? 'objects' : typeLabel(items, defs);
          const bounds = [node.minItems ? `≥ ${node.minItems}` : '', node.uniqueItems ? 'unique' : ''].filter(Boolean).join(', ');
          return `list of ${of}${bounds ? ` (${bounds})` : ''}`;
        }
        case 'object':
          return 'object';
        default:
          return t;
      }
    })
    .join(' or ');
}

function meaning(node) {
  const t = splitTitle(node.title);
  const d = splitLangs(node.description);
  const join = (title, desc) => [title, desc].filter(Boolean).join(': ');
  const ko = join(t.ko, d.ko || d.en);
  const en = join(t.en, d.en || d.ko);
  return { ko, en };
}

function example(node, hasChildren) {
  if (hasChildren || !Array.isArray(node.examples) || node.examples.length === 0) return '';
  const text = flow(node.examples[0]);
  return text.length > 70 ? '' : code(text);
}

/** Rows for the properties of an object schema, depth first: `lines`, `lines[].code`, … */
function rows(node, prefix, defs, out) {
  const required = new Set(node.required ?? []);
  for (const [key, raw] of Object.entries(node.properties ?? {})) {
    const { node: p } = resolved(raw, defs);
    const name = `${prefix}${key}`;
    const items = p.type === 'array' && p.items && !p.items.$ref ? p.items : undefined;
    const child = items && (items.properties || items.then) ? (items.properties ? items : items.then) : !raw.$ref && p.properties ? p : undefined;
    const m = meaning(p);
    out.push(`| ${code(name)} | ${cell(typeLabel(raw.$ref ? raw : p, defs))} | ${required.has(key) ? 'req' : 'opt'} | ${cell(m.ko)} | ${cell(m.en)} | ${cell(example(p, Boolean(child)))} |`);
    if (child && !child.$ref) rows(child, `${name}${items ? '[]' : ''}.`, defs, out);
  }
  return out;
}

const HEADER = ['| Field | Type | Req. | 뜻 | Meaning | Example |', '|---|---|---|---|---|---|'];

export function fieldTable(schema, defs) {
  return [...HEADER, ...rows(schema, '', defs, [])].join('\n');
}

export function defsTable(defs) {
  const out = ['| Type | Schema | 뜻 | Meaning | Example |', '|---|---|---|---|---|'];
  for (const [name, def] of Object.entries(defs)) {
    const m = meaning(def);
    const shape = def.properties ? `object: ${Object.keys(def.properties).map(code).join(', ')}` : typeLabel(def, defs);
    out.push(`| ${defLabel(name, defs)} | ${cell(shape)} | ${cell(m.ko)} | ${cell(m.en)} | ${cell(example(def, false))} |`);
  }
  return out.join('\n');
}

/** The heading before which a new record kind's section goes: the first part after the kinds. */
const AFTER_KINDS = '\n## Outlines of work items';

/** `doc` with every generated region replaced by a fresh table. A record kind without a region
 *  (a new schema) gets a section of its own, with its title and description, at the end of the
 *  kinds, for its prose to be written around; the defs region must be there. */
export function recordsDoc({ defs, records }, doc) {
  const replace = (text, id, table, title) => {
    const start = `<!-- generated:${id} -->`;
    const end = `<!-- /generated:${id} -->`;
    let i = text.indexOf(start);
    let j = text.indexOf(end);
    if ((i === -1 || j < i) && title !== undefined && text.includes(AFTER_KINDS)) {
      const at = text.indexOf(AFTER_KINDS);
      text = `${text.slice(0, at)}\n### ${title.kind}\n\n${title.text}\n\n${start}\n${end}\n${text.slice(at)}`;
      i = text.indexOf(start);
      j = text.indexOf(end);
    }
    if (i === -1 || j < i) throw new Error(`${DOC_FILE} has no ${start} … ${end} region: add one where the table belongs`);
    return `${text.slice(0, i)}${start}\n${table}\n${text.slice(j)}`;
  };
  let out = replace(doc, 'defs', defsTable(defs));
  for (const { kind, schema } of records) out = replace(out, `fields:${kind}`, fieldTable(schema, defs), { kind, text: cell([schema.title, schema.description].filter(Boolean).join('. ')) });
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = join(root, DOC_FILE);
  const changed = writeIfChanged(fs, path, recordsDoc(readSchemas(root), fs.readFileSync(path, 'utf8')));
  console.log(`${DOC_FILE}: ${changed ? 'written' : 'up to date'}`);
}
