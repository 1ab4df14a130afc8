// The limits of one file (docs/limits.md, "Parsing"): each hostile input ends in one located
// problem, never a crash, a hang or a rounded number. How fast they end is measured in the bench.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parseYaml.js';
import { BUDGET, runCli, tempTree, validateJson } from '../helpers.js';
// @ts-expect-error: a plain script without types
import { entries } from '../../scripts/gen-bench-data.mjs';

const OFFICE = 'kind: office\nid: test-office\nname: 시험과\nfunctions:\n  - title: 기능\n    items: [내용]\n';
const where = (text: string) => parseYaml('x.yaml', text).problems.map((p) => [p.rule, p.span.line, p.span.column, p.path]);

describe('nesting', () => {
  it('10,000 nested brackets end in one located problem', () => {
    const text = `kind: office\nfunctions: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const r = parseYaml('deep.yaml', text);
    expect(r.broken).toBe(true);
    expect(r.problems.map((p) => [p.rule, p.span.line, p.span.column, p.params['limit']])).toEqual([['yaml-depth-limit', 2, 111, 100]]);
  });

  it('also in a file that only the position-keeping parse reads (an anchor), and in block style', () => {
    expect(where(`kind: office\nid: &x a\nfunctions: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`)).toEqual([['yaml-depth-limit', 3, 405, '']]);
    let block = 'kind: office\n';
    for (let i = 0; i < 200; i++) block += `${' '.repeat(i)}a:\n`;
    expect(where(block)).toEqual([['yaml-depth-limit', 101, 100, '']]);
  });

  it('a record nested as records are is read', () => {
    expect(parseYaml('o.yaml', OFFICE).problems).toEqual([]);
  });
});

describe('aliases', () => {
  it('a 1 KB alias bomb is stopped at its first alias', () => {
    const lines = ['kind: office', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    const names = 'bcdefghijklmnopqrst';
    for (let i = 0; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${i === 0 ? 'a' : names[i - 1]}`).join(', ')}]`);
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeLessThan(1100);
    expect(where(text)).toEqual([['yaml-alias-limit', 3, 8, '']]);
  });
});

describe('numbers', () => {
  it('a number beyond Number.MAX_SAFE_INTEGER is an error at its place, never a rounded value', () => {
    const text = 'kind: expenses\nentries:\n  - { amount: 9007199254740993 }\n  - { amount: 1e308 }\n  - { amount: -.inf }\n  - { amount: .nan }\n  - { amount: 9007199254740991 }\n';
    const r = parseYaml('x.yaml', text);
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => [p.rule, p.span.line, p.span.column, p.path, p.actual])).toEqual([
      ['number-too-large', 3, 15, 'entries[0].amount', '9007199254740993'],
      ['number-too-large', 4, 15, 'entries[1].amount', '1e308'],
      ['number-too-large', 5, 15, 'entries[2].amount', '-.inf'],
      ['number-nan', 6, 15, 'entries[3].amount', '.nan'],
    ]);
  });

  it('is said so by validate, in words', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('budget: 277200', 'budget: 9007199254740993') });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.line, p.column, p.rule, p.actual, p.message])).toEqual([
      [7, 13, 'number-too-large', '9007199254740993', 'the number is too large to be kept exactly (limit ±9,007,199,254,740,991)'],
    ]);
  });
});

describe('text', () => {
  it('a 1 MB value is refused at its place, and the message quotes none of it', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('name: 기관운영업무추진비', `name: ${'가'.repeat(1_000_000)}`) });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([[6, 11, 'string-too-long', 'the text is too long (1,000,000 characters, limit 10,000)']]);
  });

  it('the excerpt of a 1 MB line points at the value without printing it', async () => {
    const dir = tempTree({ 'b.yaml': BUDGET.replace('name: 기관운영업무추진비', `name: ${'가'.repeat(1_000_000)}`) });
    const r = await runCli(['validate', '--data', dir, '--lang', 'en', '--no-color'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(2_000);
    expect(r.stdout).toContain(`    6 |     name: ${'가'.repeat(80)}…\n`);
  });

  it('a value quoted in a message is one line of at most 80 characters', async () => {
    const multi = OFFICE.replace('kind: office', 'kind: off\n  ice');
    const long = OFFICE.replace('kind: office', `kind: ${'o'.repeat(500)}`);
    const dir = tempTree({ 'a.yaml': multi, 'b.yaml': long });
    const r = await runCli(['validate', '--data', dir, '--lang', 'en', '--no-color'], dir);
    expect(r.code).toBe(1);
    const messages = r.stdout.split('\n').filter((l) => /\[kind-unknown\]/.test(l));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^.*a\.yaml:1:7 error kind: .*'off⏎  ice'/);
    expect(messages[1]).toMatch(new RegExp(`^.*b\\.yaml:1:7 error kind: .*'${'o'.repeat(79)}…'`));
    // every line of the output starts with file:line:col, is an excerpt line, or the summary
    for (const line of r.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^(?:\S+\.yaml:\d+:\d+ |\s+\d* \||✖)/);
  });
});

describe('keys and tags', () => {
  it('a __proto__ key written with escapes is refused like a plain one', () => {
    expect(where('kind: office\n"\\x5f_proto__": { polluted: true }\n')).toEqual([['yaml-proto-key', 2, 1, '__proto__']]);
    expect(where('kind: office\n"_\\u005fproto__": 1\n')).toEqual([['yaml-proto-key', 2, 1, '__proto__']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('tags outside the core schema are refused at their place; core tags are read', () => {
    expect(where('kind: office\nid: !foo x\n')).toEqual([['yaml-tag', 2, 5, '']]);
    expect(where('kind: office\nid: !!binary aGVsbG8=\n')).toEqual([['yaml-tag', 2, 5, 'id']]);
    expect(parseYaml('x.yaml', 'kind: office\nid: !!str 5\n').value).toEqual({ kind: 'office', id: '5' });
  });
});

describe('large files', () => {
  const big = (lines: string[]): string => `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${lines.join('\n')}\n`;

  it('one bad value at the end of a large file is located exactly, without reading the file twice', () => {
    const lines = entries(2_000) as string[];
    lines[lines.length - 1] = lines[lines.length - 1]!.replace(/amount: \d+/, 'amount: 99999999999999999');
    const text = big(lines);
    expect(text.length).toBeGreaterThan(200_000);
    const r = parseYaml('big.yaml', text);
    expect(r.problems.map((p) => [p.rule, p.span.line, p.span.column, p.path, p.actual])).toEqual([
      ['number-too-large', 2_004, 47, 'entries[1999].amount', '99999999999999999'],
    ]);
  });

  it('a text past the limit in a file the line reader reads alone is refused at its place; one at the limit is read', () => {
    const lines = entries(3) as string[];
    const at = (n: number, top = 'x') => big(lines.map((l, i) => (i === 1 ? l.replace(/purpose: [^,]+/, `purpose: ${'가'.repeat(n)}`) : l))).replace('unit: 원', `unit: 원\nnote: ${top}`);
    expect(parseYaml('b.yaml', at(10_000)).problems).toEqual([]);
    expect(parseYaml('b.yaml', at(10_000, 'n'.repeat(10_000))).problems).toEqual([]);
    const past = (text: string) => parseYaml('b.yaml', text).problems.map((p) => [p.rule, p.span.line, p.span.column, p.path]);
    expect(past(at(10_001))).toEqual([['string-too-long', 7, 64, 'entries[1].purpose']]);
    expect(past(at(10, 'n'.repeat(10_001)))).toEqual([['string-too-long', 4, 7, 'note']]);
    // `850,000` in a flow mapping: `amount: 850` and a key 0 without a value, read by the line reader
    const comma = big(lines.map((l) => l.replace(/amount: (\d+)(\d{3})\b/, 'amount: $1,$2')).concat(`  - { date: 2021-01-02, amount: 1, purpose: ${'가'.repeat(10_001)} }`));
    expect(past(comma)).toEqual([['string-too-long', 8, 45, 'entries[3].purpose']]);
  });

  it('697,000 is read as text (a problem for validate), not sent the slow way as a leading zero', () => {
    const text = big((entries(3) as string[]).map((l) => l.replace(/ \}$/, ' }')).concat('  - date: 2021-12-31\n    amount: 697,000'));
    const r = parseYaml('b.yaml', text);
    expect(r.problems).toEqual([]);
    expect((r.value as { entries: { amount: unknown }[] }).entries[3]!.amount).toBe('697,000');
    expect(r.locate.value(['entries', 3, 'amount'])).toEqual({ file: 'b.yaml', line: 9, column: 13, endLine: 9, endColumn: 20 });
  });
});
