// A new record kind with its list command is its schema and nothing else by hand (docs/
// architecture.md, "What a common change costs"): in a scratch clone, a made-up kind's schema is
// added — in a file named otherwise than its kind — and nothing else is edited. The build makes
// its record types, its validator (keyed by its kind) and its list (`x-list`); the cli then
// validates its records, lists them in every format, names it in help, completion and serve, says
// which kind a file of its folder without `kind:` is, and gives its empty table and note without
// records.
import { describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchClone, vitestIn } from './scratchClone.js';

const SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'site-inspections.schema.json',
  title: '현장 점검 / Site inspections',
  description: '한 해의 현장 점검. A year of site inspections.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'fiscal_year', 'unit', 'inspections'],
  properties: {
    kind: { const: 'inspections', title: '기록 종류 / Record kind', examples: ['inspections'] },
    fiscal_year: { type: 'integer', title: '회계연도 / Fiscal year', examples: [2026] },
    unit: { enum: ['원', '천원'], title: '금액 단위 / Money unit', examples: ['원'] },
    inspections: {
      type: 'array',
      minItems: 1,
      title: '점검 / Inspections',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['date', 'site', 'inspectors'],
        properties: {
          date: { $ref: 'defs.schema.json#/$defs/date', title: '일자 / Date' },
          site: { type: 'string', minLength: 1, title: '장소 / Site', examples: ['청사 별관'] },
          inspectors: { type: 'integer', minimum: 1, title: '점검자 수 / Inspectors', examples: [2] },
          cost: { type: 'integer', minimum: 0, title: '비용 / Cost', examples: [12000] },
        },
      },
      examples: [[{ date: '2026-03-02', site: '청사 별관', inspectors: 2 }]],
    },
  },
  examples: [{ kind: 'inspections', fiscal_year: 2026, unit: '원', inspections: [{ date: '2026-03-02', site: '청사 별관', inspectors: 2 }] }],
  'x-list': {
    command: 'inspections',
    label: { ko: '현장 점검', en: 'Site inspections' },
    summary: { ko: '현장 점검: 일자, 장소, 점검자 수, 비용', en: 'site inspections with their date, site, inspectors and cost' },
    rows: 'inspections',
    columns: [
      { field: 'date', ko: '일자', en: 'Date', show: 'date' },
      { field: 'site', ko: '장소', en: 'Site', show: 'text' },
      { field: 'inspectors', ko: '점검자', en: 'Inspectors', show: 'count' },
      { field: 'cost', ko: '비용', en: 'Cost', show: 'money' },
    ],
    sort: ['date', 'site'],
  },
};

const TEST = `import { expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';
import { startServer } from '../../src/serve/server.js';

const folder = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-inspections-'));
  mkdirSync(join(dir, 'data', 'inspections'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'data', name), text);
  return dir;
};
const Y2026 = 'kind: inspections\\nfiscal_year: 2026\\nunit: 천원\\ninspections:\\n  - { date: 2026-05-04, site: 청사 별관, inspectors: 2, cost: 12 }\\n  - { date: 2026-03-02, site: 서소문청사, inspectors: 3 }\\n';
const Y2025 = 'kind: inspections\\nfiscal_year: 2025\\nunit: 원\\ninspections:\\n  - { date: 2025-11-20, site: 시민청, inspectors: 1, cost: 3500 }\\n';

it('lists the new kind, sorted, money in 원 across units, in every format', async () => {
  const dir = folder({ 'inspections/2026.yaml': Y2026, 'inspections/2025.yaml': Y2025 });
  const table = await runCli(['inspections', '--lang', 'en', '--no-color'], dir);
  expect([table.code, table.stderr]).toEqual([0, '']);
  const lines = table.stdout.split('\\n').filter((l) => l.startsWith('│'));
  expect(lines.map((l) => l.split('│').slice(1, -1).map((c) => c.trim()))).toEqual([
    ['Date', 'Site', 'Inspectors', 'Cost'],
    ['2025-11-20', '시민청', '1', '3,500'],
    ['2026-03-02', '서소문청사', '3', '-'],
    ['2026-05-04', '청사 별관', '2', '12,000'],
  ]);
  expect(table.stdout).toContain('Site inspections (unit: 원)');
  const json = await runCli(['inspections', '--format', 'json'], dir);
  expect(JSON.parse(json.stdout)).toEqual([
    { date: '2025-11-20', site: '시민청', inspectors: 1, cost: 3500 },
    { date: '2026-03-02', site: '서소문청사', inspectors: 3 },
    { date: '2026-05-04', site: '청사 별관', inspectors: 2, cost: 12 },
  ]);
  const csv = await runCli(['inspections', '--format', 'csv'], dir);
  expect(csv.stdout.split('\\r\\n')[0]).toBe('일자,장소,점검자,비용');
  for (const format of ['md', 'html']) expect((await runCli(['inspections', '--format', format], dir)).stdout).toContain('현장 점검 (단위 : 원)');
});

it('is a command of help and completion', async () => {
  const help = await runCli(['--help', '--lang', 'en'], process.cwd());
  expect(help.stdout).toMatch(/\\n  inspections \\[options\\] +site inspections with their date/);
  expect((await runCli(['completion', 'bash'], process.cwd())).stdout).toContain('inspections');
});

it('validates its records by its own schema, and tells a file of its folder without kind: its kind', async () => {
  const dir = folder({ 'inspections/2026.yaml': Y2026.replace('inspectors: 2', 'inspectors: 0'), 'inspections/2024.yaml': 'fiscal_year: 2024\\n' });
  const r = await runCli(['validate', '--lang', 'en', '--no-color'], dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/data\\/inspections\\/2026\\.yaml:5:50 error inspections\\[0\\]\\.inspectors: .*\\[schema-minimum\\]/);
  expect(r.stdout).toContain('data/inspections/2024.yaml:1:1 error kind: no kind: line says what record this is; add kind: inspections as the first key');
});

it('has its page in serve, in the navigation and with its table', async () => {
  const dir = folder({ 'inspections/2025.yaml': Y2025 });
  const srv = await startServer({ dataDir: join(dir, 'data'), cwd: dir, lang: 'en' });
  try {
    const first = await fetch(\`\${srv.origin}/?token=\${srv.token}\`, { redirect: 'manual' });
    const cookie = String(first.headers.get('set-cookie')).split(';')[0]!;
    const page = await (await fetch(\`\${srv.origin}/r/inspections\`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('href="/r/inspections"');
    expect(page).toContain('Site inspections (unit: 원)');
    expect(page).toContain('시민청');
  } finally {
    await srv.close();
  }
});

it('without records of the kind: the empty table and the note, exit 0', async () => {
  const dir = folder({});
  const r = await runCli(['inspections', '--lang', 'en'], dir);
  expect([r.code, r.stderr]).toEqual([0, 'no records of kind inspections in data/, so the table is empty: write them as data/inspections.yaml with kind: inspections (kinds and fields: docs/records.md).\\n']);
  expect(r.stdout).toContain('Site inspections');
});
`;

describe('a new record kind with its list, declared in its schema', () => {
  it('is validated, listed and named everywhere with no other file edited', () => {
    const dir = scratchClone();
    try {
      expect(existsSync(join(dir, 'src', 'model', 'records.generated.ts'))).toBe(false);
      writeFileSync(join(dir, 'schemas', 'site-inspections.schema.json'), JSON.stringify(SCHEMA, null, 2) + '\n');
      writeFileSync(join(dir, 'test', 'e2e', 'inspectionsKind.test.ts'), TEST);
      const r = vitestIn(dir, ['test/e2e/inspectionsKind.test.ts']);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toMatch(/Tests +5 passed \(5\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
