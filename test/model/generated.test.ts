// The schemas are the one contract: the record types (src/model/records.generated.ts, made at
// `npm run compile` and by vitest's setup, not committed) and the field tables of docs/records.md
// (committed, for readers) are generated from them; a test fails while the tables differ from a
// fresh generation (run `npm run generate` and commit the result).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readSchemas, splitLangs } from '../../scripts/schemas.mjs';
import { recordTypes, TYPES_FILE } from '../../scripts/gen-record-types.mjs';
import { recordsDoc, DOC_FILE } from '../../scripts/gen-records-doc.mjs';
import { PLAN_STATUSES, RECORD_KINDS } from '../../src/model/records.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Schemas {
  defs: Record<string, Record<string, unknown>>;
  records: { kind: string; file: string; schema: Record<string, unknown> & { properties: Record<string, unknown> } }[];
}
const schemas = (): Schemas => readSchemas(root) as Schemas;

describe('generated from the schemas', () => {
  it('the record types are made the same from the same schemas, and are what the build made', () => {
    const once = recordTypes(schemas()) as string;
    expect(recordTypes(schemas())).toBe(once);
    expect(read(TYPES_FILE as string)).toBe(once);
  });

  it('the record types are not committed: .gitignore names them', () => {
    expect(read('.gitignore').split('\n')).toContain(basename(TYPES_FILE as string));
  });

  it("the committed field tables of docs/records.md are what the schemas say", () => {
    const doc = read(DOC_FILE as string);
    expect(doc).toBe(recordsDoc(schemas(), doc));
  });

  it('a schema change shows in both, so a stale file cannot pass', () => {
    const s = schemas();
    const budget = s.records.find((r) => r.kind === 'budget')!;
    budget.schema.properties['approved_by'] = { type: 'string', title: '승인자 / Approved by', description: '결재한 사람. Who approved it.', examples: ['시장'] };
    const types = recordTypes(s) as string;
    expect(types).not.toBe(read(TYPES_FILE as string));
    expect(types).toContain("  /** 승인자 / Approved by: 결재한 사람. Who approved it. */\n  readonly approved_by?: string;\n");
    const doc = recordsDoc(s, read(DOC_FILE as string)) as string;
    expect(doc).toContain('| `approved_by` | text | opt | 승인자: 결재한 사람. | Approved by: Who approved it. | `시장` |');
  });

  it('a new record kind gets a section of its own at the end of the kinds, with its field table', () => {
    const s = schemas();
    const events = s.records.find((r) => r.kind === 'events')!;
    s.records.push({ kind: 'inspections', file: 'inspections.schema.json', schema: { ...events.schema, title: '점검 / Inspections', description: '현장 점검. Inspections in the field.' } as never });
    const doc = recordsDoc(s, read(DOC_FILE as string)) as string;
    const at = doc.indexOf('### inspections');
    expect(at).toBeGreaterThan(doc.indexOf('### events'));
    expect(at).toBeLessThan(doc.indexOf('## Outlines of work items'));
    expect(doc.slice(at)).toMatch(/^### inspections\n\n점검 \/ Inspections\. 현장 점검\. Inspections in the field\.\n\n<!-- generated:fields:inspections -->\n\| /);
  });

  it('every field is readonly and every list a readonly array', () => {
    const types = read(TYPES_FILE as string);
    const fields = types.split('\n').filter((l) => /^\s+(readonly )?\w+\??: /.test(l));
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.filter((l) => !/^\s+readonly /.test(l))).toEqual([]);
    expect(types).not.toMatch(/(?<!readonly )\b\w+\[\]/);
    expect(types).not.toMatch(/Array</);
  });

  it('a country region is one of the schema regions in the types and the docs alike', () => {
    const countries = schemas().records.find((r) => r.kind === 'countries')!.schema as unknown as {
      properties: { countries: { items: { properties: { region: { enum: string[] } } } } };
    };
    const regions = countries.properties.countries.items.properties.region.enum;
    expect(regions).toEqual(['아시아', '유럽', '북미', '중남미', '중동·아프리카', '오세아니아']);
    expect(read(TYPES_FILE as string)).toContain(`readonly region: ${regions.map((r) => `'${r}'`).join(' | ')};`);
    expect(read(DOC_FILE as string)).toContain(`| \`countries[].region\` | ${regions.map((r) => `\`${r}\``).join(', ')} | req |`);
  });

  it('lists the same record kinds as the schemas', () => {
    expect([...RECORD_KINDS].sort()).toEqual(schemas().records.map((r) => r.kind).sort());
  });

  it('splits a bilingual description where the English sentence starts', () => {
    expect(splitLangs('보고서의 계 행; 계산값과 대조함. The 계 row as printed.')).toEqual({ ko: '보고서의 계 행; 계산값과 대조함.', en: 'The 계 row as printed.' });
    expect(splitLangs("보고서식 기간 문구: 연중, '21. 5~6월 중, 2021. 5. 26., 2021-05-26. A period phrase.")).toEqual({
      ko: "보고서식 기간 문구: 연중, '21. 5~6월 중, 2021. 5. 26., 2021-05-26.",
      en: 'A period phrase.',
    });
    expect(splitLangs('English name.')).toEqual({ ko: '', en: 'English name.' });
  });
});

describe('the plan fields named by hand in records.ts', () => {
  it('are the fields and statuses of task.schema.json $defs/planNode', () => {
    const task = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'task.schema.json'), 'utf8'));
    const node = task.$defs.planNode.properties;
    expect(node.status.enum).toEqual([...PLAN_STATUSES]);
    expect(Object.keys(node).filter((k) => !['id', 'text', 'marker', 'ref', 'period', 'children'].includes(k))).toEqual(['status', 'done_on', 'postponed_to', 'history']);
    const change = task.$defs.statusChange.properties;
    expect(Object.keys(change)).toEqual(['on', 'status', 'postponed_to']);
    expect(change.status.enum).toEqual([...PLAN_STATUSES]);
  });
});
