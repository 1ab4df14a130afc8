// A record kind init has no hand-written example (a made-up one here) for gets one from its schema's own `examples`:
// a new kind's schema is all init needs (docs/architecture.md, "What a common change costs").
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv';
import { scaffold } from '../../src/init/scaffold.js';
import { parseToolSpec } from '../../src/init/toolSpec.js';

const root = join(import.meta.dirname, '..', '..');
const tool = parseToolSpec('0.0.0', 'x/y', (p) => p);
const TOOL_SCHEMAS = readdirSync(join(root, 'schemas')).map((name) => ({ name, content: readFileSync(join(root, 'schemas', name), 'utf8') }));
const kit = (schemas: readonly { name: string; content: string }[]) =>
  scaffold({ office: '디지털정책과', id: 'digital-policy', year: 2026, tool: tool.ok ? tool.tool : (undefined as never), schemas });

const INSPECTIONS = {
  kind: 'inspections',
  inspections: [
    { id: 'v-1', date: '2026-03-02', place: '종로구 "청운동"', people: ['시장', '비서실장'], count: 3, official: true, note: null, answer: 'no' },
    { id: 'v-2', date: '2026-03-09', place: ': 주민센터 # 2층', people: [], detail: { host: '동장', rooms: [1, 2] } },
  ],
};
const inspectionsSchema = {
  $id: 'inspections.schema.json',
  description: '점검 기록.\nInspections.',
  type: 'object',
  properties: { kind: { const: 'inspections' } },
  examples: [INSPECTIONS],
};

describe('init examples from the schemas', () => {
  it("writes a kind it has no example of from its schema's first example, which reads back as that example", () => {
    const files = kit([...TOOL_SCHEMAS, { name: 'inspections.schema.json', content: JSON.stringify(inspectionsSchema) }]);
    const file = files.find((f) => f.path === 'data/inspections.yaml');
    expect(file?.content.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../schemas/inspections.schema.json', '# 점검 기록. Inspections.']);
    expect(parse(file!.content)).toEqual(INSPECTIONS);
    // A plain word as it is (init's test finds the kind by `kind: <word>`), a keyword of YAML 1.1 quoted.
    expect(file!.content).toContain('\nkind: inspections\n');
    expect(file!.content).toContain('answer: "no"');
    // The editor checks it by its path too.
    expect(JSON.parse(files.find((f) => f.path === '.vscode/settings.json')!.content)['yaml.schemas']['./schemas/inspections.schema.json']).toEqual(['data/inspections.yaml']);
  });

  it('writes nothing more for the kinds it has written out, for a schema without examples, or for the roll-up', () => {
    const plain = kit(TOOL_SCHEMAS).map((f) => f.path);
    const noExample = { ...inspectionsSchema, examples: undefined };
    const withSchema = kit([...TOOL_SCHEMAS, { name: 'inspections.schema.json', content: JSON.stringify(noExample) }]).map((f) => f.path);
    expect(withSchema.filter((p) => !plain.includes(p))).toEqual(['schemas/inspections.schema.json']);
    expect(plain).not.toContain('data/rollup.yaml');
  });

  // A kind whose schema file is not named after it, whose example is of another office and year.
  const EXCHANGES = {
    kind: 'exchanges',
    office: 'other-office',
    fiscal_year: 2019,
    exchanges: [
      { date: '2019-02-28', host: 'other-office', month: '2019-02', note: '2019년 첫 방문' },
      { date: '2020-02-29', host: 'guest-office', month: '2020-02' },
    ],
  };
  const exchangesSchema = {
    $id: 'exchange-log.schema.json',
    type: 'object',
    required: ['kind', 'office', 'fiscal_year', 'exchanges'],
    additionalProperties: false,
    properties: {
      kind: { const: 'exchanges' },
      office: { type: 'string', pattern: '^[a-z0-9-]+$' },
      fiscal_year: { type: 'integer' },
      exchanges: {
        type: 'array',
        items: {
          type: 'object',
          required: ['date', 'host'],
          additionalProperties: false,
          properties: { date: { type: 'string', format: 'date' }, host: { type: 'string' }, month: { type: 'string' }, note: { type: 'string' } },
        },
      },
    },
    examples: [EXCHANGES],
  };

  it('names the file that holds a kind\'s schema (not one named after the kind) in the modeline and the editor\'s settings', () => {
    const files = kit([...TOOL_SCHEMAS, { name: 'exchange-log.schema.json', content: JSON.stringify(exchangesSchema) }]);
    expect(files.find((f) => f.path === 'data/exchanges.yaml')?.content.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/exchange-log.schema.json');
    const settings = JSON.parse(files.find((f) => f.path === '.vscode/settings.json')!.content)['yaml.schemas'] as Record<string, string[]>;
    expect(settings['./schemas/exchange-log.schema.json']).toEqual(['data/exchanges.yaml']);
    expect(Object.keys(settings).filter((k) => k.includes('exchanges'))).toEqual([]);
    // The kinds init writes out take their schema's file from the kit too.
    const renamed = TOOL_SCHEMAS.map((f) => (f.name === 'council.schema.json' ? { ...f, name: 'council-meetings.schema.json' } : f));
    const withRenamed = kit(renamed);
    expect(withRenamed.find((f) => f.path === 'data/council.yaml')?.content.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/council-meetings.schema.json');
    expect(JSON.parse(withRenamed.find((f) => f.path === '.vscode/settings.json')!.content)['yaml.schemas']['./schemas/council-meetings.schema.json']).toEqual(['data/council.yaml']);
  });

  it("makes a schema's example the new office's: its office id and year become init's --id and --year, and it validates", () => {
    const files = kit([...TOOL_SCHEMAS, { name: 'exchange-log.schema.json', content: JSON.stringify(exchangesSchema) }]);
    const record = parse(files.find((f) => f.path === 'data/exchanges.yaml')!.content) as typeof EXCHANGES;
    const officeId = (parse(files.find((f) => f.path === 'data/office.yaml')!.content) as { id: string }).id;
    expect(officeId).toBe('digital-policy');
    expect(record).toEqual({
      kind: 'exchanges',
      office: 'digital-policy',
      fiscal_year: 2026,
      exchanges: [
        { date: '2026-02-28', host: 'digital-policy', month: '2026-02', note: '2019년 첫 방문' },
        // One year on from the example's year, as it was; 29 February where 2027 has none.
        { date: '2027-02-28', host: 'guest-office', month: '2027-02' },
      ],
    });
    // What the tool's rules ask of a fiscal-year record: its office is the office's, its first
    // dated fact in its year; and its schema holds.
    expect(record.exchanges[0]!.date.startsWith(`${record.fiscal_year}-`)).toBe(true);
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(exchangesSchema);
    expect([validate(record), validate.errors ?? []]).toEqual([true, []]);
  });

  it('leaves an example of the same office and year as it is', () => {
    const same = { ...EXCHANGES, office: 'digital-policy', fiscal_year: 2026, exchanges: [{ date: '2026-05-01', host: 'other-office' }] };
    const files = kit([...TOOL_SCHEMAS, { name: 'exchange-log.schema.json', content: JSON.stringify({ ...exchangesSchema, examples: [same] }) }]);
    expect(parse(files.find((f) => f.path === 'data/exchanges.yaml')!.content)).toEqual(same);
  });
});
