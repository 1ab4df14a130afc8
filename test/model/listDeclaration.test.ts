// The build reads a kind's list command from its schema (`x-list`): ajv knows the keyword and
// checks its shape; the generator checks what a meta-schema cannot (fields of the rows, a unit for
// money, a name of its own) and writes the declarations into the record types; the validators are
// keyed by the kind a schema declares, whatever its file is called.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSchemas } from '../../scripts/schemas.mjs';
import { recordTypes } from '../../scripts/gen-record-types.mjs';
import { declaredLists, ListDeclarationError } from '../../scripts/listDeclaration.mjs';
import { createAjv, validatorsModule } from '../../scripts/compile-schemas.mjs';
import { BUDGET_LINES_LIST } from './budgetLinesList.js';

const root = join(import.meta.dirname, '..', '..');

type Schema = Record<string, unknown> & { properties: Record<string, unknown> };
interface Records {
  defs: Record<string, unknown>;
  records: { kind: string; file: string; schema: Schema }[];
}

const BUDGET = JSON.parse(readFileSync(join(root, 'schemas', 'budget.schema.json'), 'utf8')) as Schema;
const LIST = BUDGET_LINES_LIST;
const withList = (list: unknown, schema: Schema = BUDGET) => [{ kind: 'budget', file: 'budget.schema.json', schema: { ...schema, 'x-list': list } }];

/** The lines declaredLists fails with, or [] when it takes the declarations. */
function problems(records: unknown): string[] {
  try {
    declaredLists(records, root);
    return [];
  } catch (e) {
    if (!(e instanceof ListDeclarationError)) throw e;
    return e.message.split('\n');
  }
}

describe('a list declared in a schema', () => {
  it('reaches the record types, as the build makes them', () => {
    const s = readSchemas(root) as Records;
    const budget = s.records.find((r) => r.kind === 'budget')!;
    budget.schema = { ...budget.schema, 'x-list': LIST };
    const types = recordTypes(s, root) as string;
    const at = types.indexOf('export const SCHEMA_LISTS: readonly ListDeclaration[] = ');
    expect(at).toBeGreaterThan(0);
    const lists = JSON.parse(types.slice(at).replace(/^[^=]*= /, '').replace(/;\n$/, '')) as { kind: string }[];
    expect(lists.filter((l) => l.kind === 'budget')).toEqual([{ kind: 'budget', ...LIST }]);
  });

  it('is checked against the rows it lists', () => {
    expect(problems(withList(LIST))).toEqual([]);
    expect(problems(withList({ ...LIST, rows: 'programs2' }))).toEqual([
      "schemas/budget.schema.json: x-list.rows names 'programs2', which is not an array of objects of the record; expected one of: lines, programs, adjustments, snapshots.",
    ]);
    expect(problems(withList({ ...LIST, columns: [{ field: 'amount', ko: '금액', en: 'Amount', show: 'text' }], sort: ['-size'] }))).toEqual([
      "schemas/budget.schema.json: x-list.columns[0].field 'amount' is not a field of the items of lines; expected one of: code, name, budget, description.",
      "schemas/budget.schema.json: x-list.sort names 'size', which is not a field of the rows; expected one of: code, name, budget, description.",
    ]);
    // Money needs a unit: the record's `unit`, or the column's own.
    const { unit: _unit, ...noUnit } = BUDGET.properties;
    const money = withList(LIST, { ...BUDGET, properties: noUnit });
    expect(problems(money)).toEqual(['schemas/budget.schema.json: x-list.columns[2] shows money, but the record has no unit field; add "unit": "원" (or "천원") to the column.']);
    expect(problems(withList({ ...LIST, columns: [...LIST.columns.slice(0, 2), { ...LIST.columns[2], unit: '천원' }] }, { ...BUDGET, properties: noUnit }))).toEqual([]);
  });

  it('takes no name a report, a command or a group has already', () => {
    for (const [command, taken] of [
      ['budget status', "src/engine/reports.ts:\\d+:\\d+ \\('budget status'\\)"],
      // A group's name, and a command of a group that is a command of one word.
      ['expenses', "src/engine/reports.ts:\\d+:\\d+ \\('expenses [a-z]+'\\)"],
      ['report', "src/engine/reports.ts:\\d+:\\d+ \\('report'\\)"],
      ['council minutes', "src/engine/reports.ts:\\d+:\\d+ \\('council'\\)"],
      // The cli's commands that are not reports.
      ['validate', "src/cli/options.ts:\\d+:\\d+ \\('validate'\\)"],
    ] as const) {
      const p = problems(withList({ ...LIST, command }));
      expect(p, command).toHaveLength(1);
      expect(p[0]).toMatch(new RegExp(`^schemas/budget\\.schema\\.json: x-list\\.command '${command}' is taken by the report at ${taken}; expected a name of its own: rename the command\\.$`));
    }
    // Nor one another list has.
    const two = [...withList(LIST), { kind: 'expenses', file: 'expenses.schema.json', schema: { ...BUDGET, 'x-list': LIST } }];
    expect(problems(two)).toEqual(["schemas/expenses.schema.json: x-list.command 'budget lines' is taken by the report at schemas/budget.schema.json ('budget lines'); expected a name of its own: rename the command."]);
  });

  it('has its shape checked before anything else, one line per fault', () => {
    expect(problems(withList({ ...LIST, command: 'Budget Lines!', columns: [{ field: 'code', ko: '과목', en: 'Code', show: 'percent' }], colums: [] }))).toEqual([
      "schemas/budget.schema.json: x-list has no key 'colums'",
      'schemas/budget.schema.json: x-list.command must match pattern "^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)?$"',
      'schemas/budget.schema.json: x-list.columns[0].show must be one of: text, date, money, count',
    ]);
    expect(problems(withList({ command: 'budget lines' }))[0]).toBe("schemas/budget.schema.json: x-list must have required property 'label'");
  });

  it('has its shape checked by ajv when the schemas are compiled', () => {
    const defs = JSON.parse(readFileSync(join(root, 'schemas', 'defs.schema.json'), 'utf8'));
    const compile = (list: unknown) => () => createAjv().addSchema(defs).compile({ ...BUDGET, $id: 'x.schema.json', 'x-list': list });
    expect(compile(LIST)).not.toThrow();
    expect(compile({ ...LIST, command: 'Budget Lines!' })).toThrow(/x-list/);
    expect(compile({ ...LIST, columns: [{ field: 'code', ko: '과목', en: 'Code', show: 'percent' }] })).toThrow(/x-list/);
    expect(compile({ ...LIST, colums: [] })).toThrow(/x-list/);
  });
});

describe('the compiled validators', () => {
  it('are keyed by the kind each schema declares, whatever its file is called', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-schemas-'));
    try {
      cpSync(join(root, 'schemas'), dir, { recursive: true });
      renameSync(join(dir, 'events.schema.json'), join(dir, 'diplomacy-events.schema.json'));
      const { code } = validatorsModule(dir) as { code: string };
      writeFileSync(join(dir, 'validators.cjs'), code);
      const validators = createRequire(join(dir, 'x.js'))('./validators.cjs') as Record<string, (d: unknown) => boolean>;
      expect(Object.keys(validators)).toContain('events');
      expect(Object.keys(validators)).not.toContain('diplomacy-events');
      const example = (JSON.parse(readFileSync(join(dir, 'diplomacy-events.schema.json'), 'utf8')) as { properties: { events: { examples: unknown[] } } }).properties.events.examples[0];
      expect(validators['events']!({ kind: 'events', events: example })).toBe(true);
      expect(validators['events']!({ kind: 'events', events: 'none' })).toBe(false);
      // Two files of one kind: the build stops and names both.
      writeFileSync(join(dir, 'events-copy.schema.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'diplomacy-events.schema.json'), 'utf8')), $id: 'events-copy.schema.json' }));
      expect(() => validatorsModule(dir)).toThrow("schemas/events-copy.schema.json: the kind 'events' is declared by schemas/diplomacy-events.schema.json already");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
