// Entries written into an expenses file: each value reads back as written, in YAML 1.2 (the
// loader) and in YAML 1.1 readers (editors); the file before the new lines is untouched.
import { describe, expect, it } from 'vitest';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';
import { appendEntriesText, newExpensesText as newText } from '../../src/engine/entriesText.js';
import type { ExpenseEntry } from '../../src/model/records.js';

const appendEntries = (text: string, entries: readonly ExpenseEntry[]): string => appendEntriesText(text, entries).text;
const newExpensesText = (file: Parameters<typeof newText>[0], entries: readonly ExpenseEntry[]): string => newText(file, entries).text;
/** One entry's flow mapping as an expenses file lists it. */
const entryFlowText = (e: ExpenseEntry): string => appendEntries('entries: []\n', [e]).slice('entries:\n  - '.length, -1);

const tricky: ExpenseEntry = {
  date: '2022-07-04',
  time: '09:05',
  line: '203-01',
  amount: -1200,
  purpose: '# 간담회: "협의" [1차], {비공개}',
  place: ' 앞 공백',
  attendees: 'yes',
  payment: '카드,제로페이',
  dept: '1,000',
  type: '반납',
  reason: '- 취소',
};

describe('entryFlowText', () => {
  it('writes values that read back the same in YAML 1.2 and 1.1', () => {
    const text = `- ${entryFlowText(tricky)}`;
    expect(parse(text)).toEqual([tricky]);
    // A 1.1 reader takes the plain date for a timestamp, as in every file the office keeps; the
    // rest (yes, 1,000, 09:05, - …) stays text.
    expect(jsYaml.load(text, { schema: jsYaml.DEFAULT_SCHEMA })).toEqual([{ ...tricky, date: new Date('2022-07-04T00:00:00Z') }]);
  });
  it('leaves plain words plain, like the files offices keep', () => {
    expect(entryFlowText({ date: '2022-07-04', line: '기관', amount: 132000, purpose: '유관기관 간담회', payment: '제로페이' })).toBe('{ date: 2022-07-04, line: 기관, amount: 132000, purpose: 유관기관 간담회, payment: 제로페이 }');
  });
});

describe('appendEntries', () => {
  const entry: ExpenseEntry = { date: '2022-02-01', line: '203-01', amount: 1000, purpose: '회의' };
  it('keeps every byte before, the indent of the list and CRLF line ends', () => {
    const before = '# head\r\nkind: expenses\r\nentries:\r\n    - { date: 2022-01-01, line: 203-01, amount: 5, purpose: a }  # note\r\n# tail comment\r\n';
    const after = appendEntries(before, [entry]);
    expect(after).toBe('# head\r\nkind: expenses\r\nentries:\r\n    - { date: 2022-01-01, line: 203-01, amount: 5, purpose: a }  # note\r\n    - { date: 2022-02-01, line: 203-01, amount: 1000, purpose: 회의 }\r\n# tail comment\r\n');
  });
  it('fills an empty list and a file without a final line end', () => {
    expect(parse(appendEntries('kind: expenses\nentries: []\n', [entry]))).toEqual({ kind: 'expenses', entries: [entry] });
    // A file without a final line end keeps ending without one (as expenses add always did).
    expect(appendEntries('entries:\n  - { date: 2022-01-01, line: 203-01, amount: 5, purpose: a }', [entry])).toBe('entries:\n  - { date: 2022-01-01, line: 203-01, amount: 5, purpose: a }\n  - { date: 2022-02-01, line: 203-01, amount: 1000, purpose: 회의 }');
  });
  it('starts a new file with the schema modeline', () => {
    expect(newExpensesText({ schemaPath: '../../schemas/expenses.schema.json', fiscalYear: 2023, dept: '데이터팀' }, [entry])).toBe(
      '# yaml-language-server: $schema=../../schemas/expenses.schema.json\nkind: expenses\nfiscal_year: 2023\nunit: 원\ndept: 데이터팀\nentries:\n  - { date: 2022-02-01, line: 203-01, amount: 1000, purpose: 회의 }\n',
    );
  });
});
