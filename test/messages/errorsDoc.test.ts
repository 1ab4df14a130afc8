// The examples of docs/errors.md are true: each is made here (the seed records with one mistake)
// and validated, and the page must show the file as changed and the messages exactly as the
// tool prints them, in Korean and in English.
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ruleIds } from '../../src/messages/catalog.js';
import { runCli, tempTree } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..');
const SEED = join(root, 'test', 'fixtures', 'secretariat', 'data');

type Step =
  | readonly ['replace', string, string | RegExp, string]
  | readonly ['append' | 'write', string, string]
  | readonly ['bytes', string, Uint8Array]
  | readonly ['link', string, string]
  | readonly ['mkdir', string];

const TASK = 'tasks/1-council-communication.yaml';
const HEADCOUNT = 'headcount/2021-04-28.yaml';
const BUDGET = 'budget/2021.yaml';

/** One mistake per rule; the first step's file is the one the example shows. */
const EXAMPLES: Record<string, readonly Step[]> = {
  'file-unreadable': [['link', 'broken.yaml', 'missing.yaml']],
  'file-is-directory': [['mkdir', 'old.yaml']],
  'file-binary': [['bytes', 'scan.yaml', new Uint8Array([...Buffer.from('kind: office\n'), 0, 0])]],
  'file-encoding': [['bytes', 'office2.yaml', new Uint8Array([...Buffer.from('kind: office\nid: x\nname: '), 0xbd, 0xc3, 0xc0, 0xe5, 0x0a])]],
  'file-empty': [['write', 'notes.yaml', '']],
  'yaml-syntax': [['write', 'broken.yaml', 'kind: budget\nlines: [1, 2\nunit: 천원\n']],
  'yaml-tab-indent': [['write', 'extra.yaml', 'kind: office\nid: x\nfunctions:\n\t- title: y\n']],
  'yaml-multi-document': [['append', 'report.yaml', '---\nkind: report\n']],
  'root-not-mapping': [['write', 'list.yaml', '- kind: office\n  id: x\n']],
  'yaml-complex-key': [['append', 'report.yaml', 'note: &n 1\n? [a, b]\n: *n\n']],
  'yaml-proto-key': [['append', 'report.yaml', '__proto__:\n  polluted: true\n']],
  'yaml-duplicate-key': [['append', 'report.yaml', 'fiscal_year: 2022\n']],
  'yaml-alias-limit': [['write', 'bomb.yaml', 'kind: office\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n']],
  'yaml-leading-zero': [['replace', HEADCOUNT, '{ grade: 3급, quota: 1,', '{ grade: 3급, quota: 01,']],
  'kind-missing': [['write', 'office2.yaml', 'id: x\nname: 시장비서실\n']],
  'kind-unknown': [['write', 'office2.yaml', 'kind: ofice\nid: x\n']],
  'schema-unknown-key': [['replace', 'report.yaml', 'title: 주요업무보고', 'titel: 주요업무보고']],
  'schema-required': [['replace', 'report.yaml', 'title: 주요업무보고\n', '']],
  'number-with-commas': [['replace', BUDGET, 'budget: 277200', 'budget: 277,200']],
  'yaml-11-boolean': [['replace', 'cities.yaml', 'council_resolution: true', 'council_resolution: yes']],
  'schema-integer': [['replace', HEADCOUNT, '{ grade: 3급, quota: 1,', '{ grade: 3급, quota: 1.5,']],
  'schema-empty-value': [['replace', 'report.yaml', 'title: 주요업무보고', 'title:']],
  'schema-type': [['replace', HEADCOUNT, '{ grade: 5급, quota: 2,', '{ grade: 5급, quota: 많이,']],
  'schema-enum': [['replace', 'countries.yaml', 'name_en: Brunei, region: 아시아', 'name_en: Brunei, region: 아세아']],
  'schema-const': [['replace', HEADCOUNT, 'unit: 명', 'unit: 인']],
  'schema-negative': [['replace', BUDGET, 'executed: 2203', 'executed: -2203']],
  'schema-minimum': [['replace', TASK, 'number: 1', 'number: 0']],
  'schema-maximum': [['replace', 'report.yaml', 'fiscal_year: 2021', 'fiscal_year: 2201']],
  'date-invalid': [['replace', 'report.yaml', 'as_of: 2021-04-28', 'as_of: 2021-04-31']],
  'schema-pattern': [['replace', 'report.yaml', 'issued: 2021-05', 'issued: 2021-5']],
  'schema-empty-text': [['replace', BUDGET, 'name: 시책추진업무추진비', 'name: ""']],
  'schema-min-items': [['replace', BUDGET, /lines:\n {2}- code: 203-01[\s\S]*?adjustments/, 'lines: []\nadjustments']],
  'schema-unique-items': [['replace', 'events.yaml', 'countries: [KH, LA, MM, TH, VN, BN, MY, ID, PH, SG]', 'countries: [KH, LA, MM, TH, VN, BN, MY, ID, PH, KH]']],
  'duplicate-id': [['replace', 'council.yaml', '  - id: issues-meeting', '  - id: leadership-briefing']],
  'unknown-ref': [['replace', TASK, 'ref: council/issues-meeting', 'ref: council/issue-meeting']],
  'unknown-budget-line': [['replace', BUDGET, 'adjustments: []', 'adjustments:\n  - { date: 2021-06-30, type: 추경, line: 203-02, amount: 10000 }']],
  'date-outside-fiscal-year': [['replace', BUDGET, 'adjustments: []', 'adjustments:\n  - { date: 2022-01-15, type: 추경, line: 203-01, amount: 10000 }']],
  'period-unparseable': [['replace', TASK, 'period: 연중 계속', 'period: 곧']],
  'stated-mismatch': [['replace', HEADCOUNT, 'stated: { quota: 7, current: 9 }', 'stated: { quota: 7, current: 8 }']],
  'execution-mismatch': [['write', 'expenses/2021.yaml', 'kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n  - { date: 2021-03-02, line: 203-03, amount: 132000, purpose: 시정 현안 협의 간담회 }\n']],
  'snapshot-in-future': [['write', 'headcount/2021-05-31.yaml', readFileSync(join(SEED, HEADCOUNT), 'utf8').replace('as_of: 2021-04-28', 'as_of: 2021-05-31')]],
  'listed-count': [['replace', 'events.yaml', 'stated_countries: 10', 'stated_countries: 9']],
};
/** Rules no data can raise today (a stand-in for schema conditions without a message). */
const NO_EXAMPLE = new Set(['schema-other']);

function section(id: string): string {
  const text = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
  const start = text.indexOf(`### \`${id}\`\n`);
  expect(start, id).toBeGreaterThan(-1);
  const end = text.indexOf('\n### ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** The seed records with the mistake made; returns the folder that holds `data/`. */
function withMistake(steps: readonly Step[]): string {
  const dir = tempTree({});
  cpSync(SEED, join(dir, 'data'), { recursive: true });
  for (const step of steps) {
    const p = join(dir, 'data', step[1]);
    mkdirSync(dirname(p), { recursive: true });
    switch (step[0]) {
      case 'replace': {
        const before = readFileSync(p, 'utf8');
        const after = before.replace(step[2], step[3]);
        expect(after, `the seed changed: ${step[1]} has no ${String(step[2])}`).not.toBe(before);
        writeFileSync(p, after);
        break;
      }
      case 'append':
        appendFileSync(p, step[2]);
        break;
      case 'write':
      case 'bytes':
        writeFileSync(p, step[2]);
        break;
      case 'link':
        symlinkSync(step[2], p);
        break;
      case 'mkdir':
        mkdirSync(p);
        break;
    }
  }
  return dir;
}

describe('docs/errors.md examples', () => {
  it('has an example here for every rule but those no data can raise', () => {
    expect(ruleIds().filter((id) => !(id in EXAMPLES) && !NO_EXAMPLE.has(id))).toEqual([]);
  });

  for (const [id, steps] of Object.entries(EXAMPLES)) {
    it(id, async () => {
      const dir = withMistake(steps);
      const doc = section(id);
      const lines: string[] = [];
      for (const lang of ['ko', 'en']) {
        const r = await runCli(['--data', 'data', '--lang', lang, 'validate'], dir);
        expect(r.code, r.stderr).toBe(id === 'yaml-leading-zero' ? 0 : 1);
        const line = r.stdout.split('\n').find((l) => l.endsWith(`[${id}]`));
        expect(line, `${lang}: no ${id} problem in\n${r.stdout}`).toBeDefined();
        lines.push(line!);
      }
      // The messages as printed, one under the other, in a text block.
      expect(doc).toContain(`\`\`\`text\n${lines.join('\n')}\n\`\`\``);
      // A YAML example is the changed file's lines up to the line the problem is on.
      const yaml = /```yaml\n# (\S+)\n([\s\S]*?)\n```/.exec(doc);
      if (yaml) {
        const [, file, body] = yaml;
        expect(lines[1]!.startsWith(`${file}:`)).toBe(true);
        expect(readFileSync(join(dir, file!), 'utf8')).toContain(body!);
      }
    });
  }
});
