// Money stays exact to the last 원 up to 2^53 − 1, and past it the tool stops with one line
// instead of printing a rounded figure.
import { describe, expect, it } from 'vitest';
import { divideHalfUp } from '../../src/compute/budgetReport.js';
import { tempTree, runCli } from '../helpers.js';

const LIMIT = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991

const office = (budget: number, amounts: readonly number[]) =>
  tempTree({
    'data/office.yaml': 'kind: office\nid: o\nname: 시험과\nfunctions:\n  - { title: 시험, items: [시험] }\n',
    'data/budget/2022.yaml': `kind: budget\noffice: o\nfiscal_year: 2022\nunit: 원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: ${budget} }\n`,
    'data/expenses/2022.yaml': `kind: expenses\nfiscal_year: 2022\nunit: 원\nentries:\n${amounts.map((a, i) => `  - { date: 2022-01-0${i + 1}, line: 203-01, amount: ${a}, purpose: p }`).join('\n')}\n`,
  });

describe('exact figures', () => {
  it('divideHalfUp is exact for every safe integer', () => {
    expect([divideHalfUp(LIMIT, 1), divideHalfUp(LIMIT, 1000), divideHalfUp(-LIMIT, 1000), divideHalfUp(LIMIT - 1, 2)]).toEqual([LIMIT, 9007199254741, -9007199254741, 4503599627370495]);
  });

  it('a budget of exactly 9,007,199,254,740,991원 prints as that, with its 잔액 to the 원', async () => {
    const dir = office(LIMIT, [1000]);
    const r = await runCli(['budget', 'status', '--format', 'json'], dir);
    const line = JSON.parse(r.stdout).lines[0];
    expect([r.code, line.budget, line.balance]).toEqual([0, LIMIT, LIMIT - 1000]);
    expect((await runCli(['budget', 'status', '--format', 'csv'], dir)).stdout).toContain(`${LIMIT},`);
  });

  it('a total past the limit stops the report with one line (exit 1), no rounded figure', async () => {
    const dir = office(LIMIT, [LIMIT - 5, 10]);
    for (const args of [['expenses', 'list'], ['expenses', 'summary'], ['budget', 'status']]) {
      const r = await runCli([...args, '--lang', 'en'], dir);
      expect([r.code, r.stdout, r.stderr]).toEqual([1, '', 'mayor-office: a total is past 9,007,199,254,740,991 and cannot be counted exactly: stopped rather than show a rounded figure. Keep the budget in a larger unit (천원) or look at fewer entries at once.\n']);
    }
  });
});
