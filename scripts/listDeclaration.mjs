// A record kind's list command, declared in its schema under `x-list`: the command's name, its
// words in both languages, which array holds the rows (an array field of the record, or each
// record is a row), the columns (a field of the row, its heading in both languages and how its
// value is shown) and the order of the rows. The report registry makes each declaration a report
// (src/engine/listReport.ts), so a new kind with a list is its schema and nothing else by hand.
//
// ajv knows the keyword (compile-schemas.mjs adds it with the meta-schema below, so a declaration
// of the wrong shape stops the build there); `declaredLists` checks what a meta-schema cannot
// (the fields exist in the row's schema, a money column has a unit, the name is free) and gives
// the declarations as gen-record-types.mjs writes them into the record types module: the tool
// reads them from there, never from schemas/ at run time.
import Ajv from 'ajv';
import { builtInNames, foundModules, MODULE_LISTS, namesClash } from './gen-module-lists.mjs';

export const LIST_KEYWORD = 'x-list';

const words = {
  type: 'object',
  additionalProperties: false,
  required: ['ko', 'en'],
  properties: { ko: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
};

/** The shape of an `x-list` declaration. */
export const listMetaSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['command', 'label', 'summary', 'columns'],
  properties: {
    // One or two words of small letters: `visits`, `visits list` (a group and its command).
    command: { type: 'string', pattern: '^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)?$' },
    label: words,
    summary: words,
    // The array field of the record whose items are the rows; without it, each record is a row.
    rows: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
    columns: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'ko', 'en', 'show'],
        properties: {
          field: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
          ko: { type: 'string', minLength: 1 },
          en: { type: 'string', minLength: 1 },
          // text as written; a date (YYYY-MM-DD); money: an integer in the record's `unit` (or the
          // column's own unit where the record has none); count: an integer.
          show: { enum: ['text', 'date', 'money', 'count'] },
          unit: { enum: ['원', '천원', '백만원'] },
        },
      },
    },
    // Fields the rows are ordered by, the first first; `-field` orders that field from high to low.
    sort: { type: 'array', items: { type: 'string', pattern: '^-?[A-Za-z_][A-Za-z0-9_]*$' } },
  },
};

/** A declaration that cannot be made a report: where and what, one line each. */
export class ListDeclarationError extends Error {}

let checkShape;
/** What is wrong with a declaration's shape, one line each (`.columns[0].show must be equal to
 *  one of the allowed values …`); [] when it has the meta-schema's shape. */
function shapeProblems(decl) {
  checkShape ??= new Ajv({ allErrors: true }).compile(listMetaSchema);
  if (checkShape(decl)) return [];
  return checkShape.errors.map((e) => {
    const where = e.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
    const what = e.keyword === 'additionalProperties' ? `has no key '${e.params.additionalProperty}'` : e.keyword === 'enum' ? `must be one of: ${e.params.allowedValues.join(', ')}` : e.message;
    return `${where} ${what}`;
  });
}

/** The schema of one row: the items of the `rows` array, or the record's own schema. */
function rowSchema(schema, decl, file, problems) {
  if (decl.rows === undefined) return schema;
  const array = schema.properties?.[decl.rows];
  if (array?.type !== 'array' || typeof array.items !== 'object' || array.items.properties === undefined) {
    problems.push(`schemas/${file}: ${LIST_KEYWORD}.rows names '${decl.rows}', which is not an array of objects of the record; expected one of: ${arrayFields(schema).join(', ') || '(none: leave rows out, and each record is a row)'}.`);
    return undefined;
  }
  return array.items;
}

const arrayFields = (schema) => Object.entries(schema.properties ?? {}).filter(([, p]) => p.type === 'array' && p.items?.properties !== undefined).map(([k]) => k);

/**
 * The list declarations of the record schemas (readSchemas' `records`), in file order, each as
 * `{ kind, command, label, summary, rows?, columns, sort }`, checked against the schemas and
 * against the names the report registry has already (its built-in reports, its report modules'
 * and each other's). Throws ListDeclarationError with every problem found.
 */
export function declaredLists(records, base) {
  const problems = [];
  const reports = MODULE_LISTS.find((s) => s.what === 'report');
  // The registry's reports and the cli's other commands (src/cli/options.ts writes them alike).
  const taken = builtInNames({ ...reports, registry: [...reports.registry, 'src/cli/options.ts'] }, base);
  for (const { file, name } of foundModules(reports, base)) taken.set(name, `${reports.folder}/${file}`);
  // A command of one word is also taken by a group of that name (`expenses`), and a group by a
  // command of one word (`visits list` beside `visits`).
  const clash = (command) => {
    for (const [name, where] of taken) if (namesClash(name, command)) return `${where} ('${name}')`;
    return undefined;
  };
  const out = [];
  for (const { kind, file, schema } of records) {
    const decl = schema[LIST_KEYWORD];
    if (decl === undefined) continue;
    // The shape first, as ajv will check it when it compiles the schemas (this runs before).
    const shape = shapeProblems(decl);
    if (shape.length > 0) {
      for (const p of shape) problems.push(`schemas/${file}: ${LIST_KEYWORD}${p}`);
      continue;
    }
    const other = clash(decl.command);
    if (other !== undefined) {
      problems.push(`schemas/${file}: ${LIST_KEYWORD}.command '${decl.command}' is taken by the report at ${other}; expected a name of its own: rename the command.`);
      continue;
    }
    taken.set(decl.command, `schemas/${file}`);
    const row = rowSchema(schema, decl, file, problems);
    if (row === undefined) continue;
    const fields = Object.keys(row.properties ?? {});
    const recordUnit = schema.properties?.unit !== undefined;
    for (const [i, c] of decl.columns.entries()) {
      if (!fields.includes(c.field)) problems.push(`schemas/${file}: ${LIST_KEYWORD}.columns[${i}].field '${c.field}' is not a field of the ${decl.rows === undefined ? 'record' : `items of ${decl.rows}`}; expected one of: ${fields.join(', ')}.`);
      if (c.show === 'money' && c.unit === undefined && !recordUnit) problems.push(`schemas/${file}: ${LIST_KEYWORD}.columns[${i}] shows money, but the record has no unit field; add "unit": "원" (or "천원") to the column.`);
    }
    for (const s of decl.sort ?? []) {
      const f = s.replace(/^-/, '');
      if (!fields.includes(f)) problems.push(`schemas/${file}: ${LIST_KEYWORD}.sort names '${f}', which is not a field of the rows; expected one of: ${fields.join(', ')}.`);
    }
    out.push({ kind, command: decl.command, label: decl.label, summary: decl.summary, ...(decl.rows === undefined ? {} : { rows: decl.rows }), columns: decl.columns, sort: decl.sort ?? [] });
  }
  if (problems.length > 0) throw new ListDeclarationError(problems.join('\n'));
  return out;
}
