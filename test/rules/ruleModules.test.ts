// The rule modules of src/rules/, found in their folder as validate and the rule table find them:
// each is known to the table's lookups with its own words and severity, validate runs its check,
// and it fires on none of the fixtures whose records are valid, so a rule that fires where it
// should not fails here. Its example (the rule's own test) is run by test/messages/errorsDoc.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FOUND_RULES } from '../../src/rules/modules.gen.js';
import { describe as describeProblem, isRuleId, ruleIds, ruleSeverity } from '../../src/messages/catalog.js';
import { CHECKS } from '../../src/validate/checks/index.js';
import { openFolder } from '../../src/engine/office.js';
import type { Problem, ProblemBase } from '../../src/model/problem.js';

const root = join(import.meta.dirname, '..', '..');
const FIXTURES = join(root, 'test', 'fixtures');

/** Every folder of test/fixtures that holds an office's records (an office.yaml), but the one
 *  made of mistakes. */
function officeFolders(dir = FIXTURES): string[] {
  const here = existsSync(join(dir, 'office.yaml')) ? [dir] : [];
  const below = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'broken');
  return [...here, ...below.flatMap((d) => officeFolders(join(dir, d.name)))];
}

const base: ProblemBase = { severity: 'error', span: { file: 'data/x.yaml', line: 3, column: 7, endLine: 3, endColumn: 10 }, path: 'x' };

describe('rule modules', () => {
  it('are found (the folder holds at least the first one)', () => {
    expect(FOUND_RULES.map((r) => r.id)).toContain('current-budget-negative');
  });

  for (const r of FOUND_RULES) {
    it(`${r.id}: the rule table's lookups answer with its module's words and severity`, () => {
      expect(isRuleId(r.id)).toBe(true);
      expect(ruleIds()).toContain(r.id);
      expect(ruleSeverity(r.id)).toBe(r.severity ?? 'error');
      const params = {} as never;
      const problem = { ...base, rule: r.id, params } as unknown as Problem;
      for (const lang of ['ko', 'en'] as const) expect(describeProblem(problem, lang)).toEqual(r[lang](params, problem));
    });

    it(`${r.id}: validate runs its check`, () => {
      expect(CHECKS.filter((c) => c.check === r.check).map((c) => c.name)).toEqual([r.id]);
    });
  }

  it('fire on none of the fixtures whose records are valid', () => {
    const folders = officeFolders();
    // The seed, the second office, the district and the real headcount tables at least.
    expect(folders.length).toBeGreaterThanOrEqual(4);
    const ids = new Set<string>(FOUND_RULES.map((r) => r.id));
    const fired: string[] = [];
    for (const folder of folders) {
      const office = openFolder(folder, root);
      // The folder is valid: else a rule's silence there would prove nothing.
      expect(office.problems.filter((p) => p.severity === 'error'), relative(root, folder)).toEqual([]);
      for (const p of office.problems) if (ids.has(p.rule)) fired.push(`${p.span.file}:${p.span.line}:${p.span.column} [${p.rule}]`);
    }
    expect(fired).toEqual([]);
  });
});

describe('defineRule', () => {
  it('gives a module problems its severity, and refuses a problem of another rule', async () => {
    const { defineRule } = await import('../../src/rules/defineRule.js');
    const base = { severity: 'error' as const, rule: 'current-budget-negative' as const, params: { line: '203-01', date: '2021-06-30', current: -1, unit: '천원' }, span: { file: 'b.yaml', line: 1, column: 1 }, path: 'adjustments[0].amount', message: '' };
    const warn = defineRule({ id: 'current-budget-negative', severity: 'warning', ko: () => ({ message: '' }), en: () => ({ message: '' }), check: () => [base as never] });
    expect(warn.check({} as never).map((p) => p.severity)).toEqual(['warning']);
    const wrong = defineRule({ id: 'current-budget-negative', severity: 'warning', ko: () => ({ message: '' }), en: () => ({ message: '' }), check: () => [{ ...base, rule: 'listed-count' } as never] });
    expect(() => wrong.check({} as never)).toThrow(/current-budget-negative made a problem of the rule listed-count/);
  });
});
