// A record kind init has no hand-written example (a made-up one here) for gets one from its schema's own `examples`:
// a new kind's schema is all init needs (docs/architecture.md, "What a common change costs").
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
});
