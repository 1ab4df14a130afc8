// Budget references in a budget with programs: the same 통계목 under two programs is fine, twice
// in one program is not; a reference to a code under several programs must name its program;
// a known 업무추진비 code the budget lacks asks for the line, in snapshots and adjustments too.
import { describe, expect, it } from 'vitest';
import { validateJson } from '../helpers.js';

const BUDGET = `kind: budget
fiscal_year: 2024
unit: 백만원
programs:
  - code: "P1"
    name: 구정 홍보
    lines:
      - { code: 203-01, name: 기관운영업무추진비, budget: 10 }
  - code: "P2"
    name: 주민 소통
    lines:
      - { code: 203-01, name: 기관운영업무추진비 }
      - { code: 203-03, name: 시책추진업무추진비, budget: 2 }
`;
const expenses = (entry: string) => `kind: expenses\nfiscal_year: 2024\nunit: 원\nentries:\n  - ${entry}\n`;
const rows = (r: Awaited<ReturnType<typeof validateJson>>) => r.problems.map((p) => [p.file, p.line, p.column, p.path, p.rule, p.message, p.hint]);

describe('budgets with programs', () => {
  it('the same 통계목 under two programs, an unknown 예산액 and 백만원 are valid', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET, 'e.yaml': expenses('{ date: 2024-03-01, line: 203-01, program: P2, amount: 50000, purpose: 간담회 }') });
    expect([r.code, r.problems]).toEqual([0, []]);
  });

  it('a 통계목 twice in one program is a duplicate', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('      - { code: 203-03, name: 시책추진업무추진비, budget: 2 }', '      - { code: 203-01, name: 기관운영업무추진비, budget: 2 }') });
    expect(rows(r)).toEqual([['b.yaml', 13, 17, 'programs[1].lines[1].code', 'duplicate-id', "budget line '203-01' already exists (b.yaml:12)", expect.any(String)]]);
  });

  it('an entry naming a code under two programs without a program says which programs', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET, 'e.yaml': expenses('{ date: 2024-03-01, line: 203-01, amount: 50000, purpose: 간담회 }') });
    expect(rows(r)).toEqual([
      [
        'e.yaml',
        5,
        31,
        'entries[0].line',
        'unknown-budget-line',
        "budget line '203-01' is under several programs of the 2024 budget (P1, P2), so which one is not known",
        'name the program, e.g. program: P1',
      ],
    ]);
  });

  it('a code under one program only needs none; an unknown program is located at its key', async () => {
    const ok = await validateJson({ 'b.yaml': BUDGET, 'e.yaml': expenses('{ date: 2024-03-01, line: 시책, amount: 50000, purpose: 간담회 }') });
    expect(ok.problems).toEqual([]);
    const r = await validateJson({ 'b.yaml': `${BUDGET}snapshots:\n  - as_of: 2024-03-31\n    lines:\n      - { line: 203-01, program: P9, executed: 1 }\n` });
    expect(rows(r)).toEqual([['b.yaml', 17, 34, 'snapshots[0].lines[0].program', 'unknown-budget-line', "program 'P9' is not in the 2024 budget", 'known programs: P1, P2']]);
  });

  it('a known 업무추진비 code the budget lacks asks for the line in snapshots and adjustments, not for 203-01', async () => {
    const plain = `kind: budget\nfiscal_year: 2021\nunit: 천원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: 100 }\nadjustments:\n  - { date: 2021-06-30, type: 추경, line: 203-04, amount: 10 }\nsnapshots:\n  - as_of: 2021-04-28\n    lines:\n      - { line: 203-02, executed: 1 }\n`;
    const r = await validateJson({ 'b.yaml': plain });
    expect(r.problems.map((p) => [p.path, p.hint])).toEqual([
      ['adjustments[0].line', 'add a 203-04 line (부서운영업무추진비) to the budget'],
      ['snapshots[0].lines[0].line', 'add a 203-02 line (정원가산업무추진비) to the budget'],
    ]);
  });
});
