// Each kind of bad input gets a located, readable problem and exit 1 (2 for a missing data
// folder), never a stack trace, and does not stop the other files from being checked.
import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, runCli, tempTree, validateJson } from '../helpers.js';

const OFFICE = 'kind: office\nid: test-office\nname: 시험과\nfunctions:\n  - title: 기능\n    items: [내용]\n';

describe('bad input', () => {
  it('broken YAML syntax is located and the other files are still checked', async () => {
    const r = await validateJson({
      'broken.yaml': 'kind: budget\nlines: [1, 2\nunit: 천원\n',
      'office.yaml': OFFICE.replace('name: 시험과', 'name: 시험과\nnmae: x'),
    });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.rule])).toEqual([
      // where the parser found the list still open
      ['broken.yaml', 3, 1, 'yaml-syntax'],
      ['office.yaml', 4, 1, 'schema-unknown-key'],
    ]);
    expect(r.problems[0]!.message).toBe('YAML syntax error: the indentation does not line up');
    expect(r.problems[1]!.hint).toBe("did you mean 'name'?");
  });

  it('a tab indent', async () => {
    const r = await validateJson({ 'o.yaml': 'kind: office\nid: x\nfunctions:\n\t- title: y\n' });
    expect(r.code).toBe(1);
    const p = r.problems[0]!;
    expect([p.line, p.column, p.rule]).toEqual([4, 1, 'yaml-tab-indent']);
    expect(p.message).toBe('a tab is used for indentation: YAML does not allow tab indents');
    expect(p.hint).toBe('indent with two spaces instead of a tab');
  });

  it('a duplicate key names both places', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('unit: 천원', 'unit: 천원\nfiscal_year: 2022') });
    expect(r.code).toBe(1);
    const p = r.problems.find((x) => x.rule === 'yaml-duplicate-key')!;
    expect([p.line, p.column, p.path]).toEqual([4, 1, 'fiscal_year']);
    expect(p.message).toBe("duplicate key 'fiscal_year' (first at line 2, column 1)");
    expect(p.related).toEqual([{ file: 'b.yaml', line: 2, column: 1, endLine: 2, endColumn: 12 }]);
  });

  it('a wrong type', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('budget: 277200', 'budget: 많음') });
    const p = r.problems[0]!;
    expect([r.code, p.line, p.column, p.path, p.rule, p.actual]).toEqual([1, 7, 13, 'lines[0].budget', 'schema-type', '많음']);
    expect(p.message).toBe("expected a whole number, found text '많음'");
    expect(p.hint).toBe('for example: 71882');
  });

  it('a missing required field', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('    name: 기관운영업무추진비\n', '') });
    const p = r.problems[0]!;
    expect([r.code, p.line, p.column, p.path, p.rule]).toEqual([1, 5, 5, 'lines[0].name', 'schema-required']);
    expect(p.message).toBe("missing required key 'name'");
    expect(p.hint).toBe('for example: name: 기관운영업무추진비');
  });

  it('a negative amount', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('executed: 71882', 'executed: -71882') });
    const p = r.problems[0]!;
    expect([r.code, p.line, p.column, p.path, p.rule, p.actual]).toEqual([1, 12, 19, 'snapshots[0].lines[0].executed', 'schema-negative', '-71882']);
    expect(p.message).toBe("negative amount '-71882': expected 0 or more");
  });

  it('337,200 written as text', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('executed: 71882', 'executed: 337,200') });
    const p = r.problems[0]!;
    expect([r.code, p.line, p.column, p.endColumn, p.rule, p.actual]).toEqual([1, 12, 19, 26, 'number-with-commas', '337,200']);
    expect(`${p.message}; ${p.hint}`).toBe("'337,200' is text; expected a number; write the number without commas: 337200");
  });

  it('a number with commas inside a one-line entry is the same mistake, not an unknown key', async () => {
    const entries = [
      '  - { date: 2021-01-04, line: 203-01, amount: 384,900, purpose: 간담회, payment: 카드 }',
      '  - { date: 2021-01-05, line: 203-01, amount: 1,234,567, purpose: 간담회, payment: 카드 }',
      // a digit key that was written as a key stays an unknown key
      '  - { date: 2021-01-06, line: 203-01, amount: 12, purpose: 간담회, 000: x, payment: 카드 }',
    ];
    const r = await validateJson({ 'e.yaml': `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${entries.join('\n')}\n` });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.line, p.column, p.endColumn, p.path, p.rule, p.actual])).toEqual([
      [5, 47, 54, 'entries[0].amount', 'number-with-commas', '384,900'],
      [6, 47, 56, 'entries[1].amount', 'number-with-commas', '1,234,567'],
      [7, 65, 68, 'entries[2].0', 'schema-unknown-key', '0'],
    ]);
    expect(r.problems[1]!.hint).toBe('write the number without commas: 1234567');
  });

  it('a file wrong on every line is checked up to 1,000 errors, then says how many more it did not locate', async () => {
    const bad = Array.from({ length: 1_200 }, (_, i) => `  - { date: 2021-${i < 100 ? '02-30' : '01-04'}, line: 203-01, amount: -${i + 1}, purpose: 간담회, payment: 카드 }`);
    const r = await validateJson({ 'e.yaml': `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${bad.join('\n')}\n` });
    expect(r.code).toBe(1);
    const stopped = r.problems.filter((p) => p.rule === 'schema-checking-stopped');
    expect(stopped.map((p) => [p.file, p.line, p.column, p.severity])).toEqual([['e.yaml', 1, 1, 'error']]);
    // 1,300 mistakes: the first 1,000 located (the 100 days that do not exist among them), 300 counted
    expect(r.problems.length).toBe(1_001);
    expect(r.problems.filter((p) => p.rule === 'date-invalid')).toHaveLength(100);
    expect(stopped[0]!.message).toBe('checking of this file stopped after 1,000 errors (300 more schema findings not shown)');
    // exactly 1,000 mistakes (each found twice by the schema, once as a problem): all shown, nothing said to be left out
    const commas = Array.from({ length: 1_000 }, (_, i) => `  - { date: 2021-01-04, line: 203-01, amount: "1,${String(i).padStart(3, '0')}", purpose: 간담회, payment: 카드 }`);
    const thousand = await validateJson({ 'e.yaml': `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${commas.join('\n')}\n` });
    expect([thousand.problems.length, thousand.problems.some((p) => p.rule === 'schema-checking-stopped')]).toEqual([1_000, false]);
    // the other files are still checked
    const two = await validateJson({ 'e.yaml': `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${bad.join('\n')}\n`, 'b.yaml': BUDGET.replace('budget: 277200', 'budget: 많음') });
    expect(two.problems.filter((p) => p.file === 'b.yaml').map((p) => p.rule)).toEqual(['schema-type']);
  });

  it('an unknown key gets a did-you-mean', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('executed: 71882', 'excuted: 71882') });
    const unknown = r.problems.find((x) => x.rule === 'schema-unknown-key')!;
    expect([unknown.line, unknown.column, unknown.path]).toEqual([12, 9, 'snapshots[0].lines[0].excuted']);
    expect(`${unknown.message}; ${unknown.hint}`).toBe("unknown key 'excuted'; did you mean 'executed'?");
    // One mistake, one problem: the key it misspells is not reported missing as well.
    expect(r.problems.map((p) => p.rule)).toEqual(['schema-unknown-key']);
  });

  it('YAML 1.1 booleans are text: write true/false', async () => {
    const cities = `kind: cities
stated: { cities: 1, countries: 1 }
types:
  - type: sister
    name: 친선도시
    council_resolution: yes
    stated: 1
listing: examples
cities: []
`;
    const r = await validateJson({ 'c.yaml': cities, 'c2.yaml': cities.replace('yes', 'off').replace('kind: cities', 'kind: cities\nsummary: x') });
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.rule, p.hint])).toEqual([
      ['c.yaml', 6, 25, 'yaml-11-boolean', 'write true'],
      ['c2.yaml', 7, 25, 'yaml-11-boolean', 'write false'],
    ]);
    expect(r.problems.find((p) => p.rule === 'yaml-11-boolean')!.message).toBe("'yes' is text in YAML 1.2, not a true/false value");
  });

  it('a leading zero is read as a decimal number and said so (a warning)', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('executed: 71882', 'executed: 0101') });
    expect(r.code).toBe(0);
    const p = r.problems[0]!;
    expect([p.severity, p.line, p.column, p.rule]).toEqual(['warning', 12, 19, 'yaml-leading-zero']);
    expect(p.message).toBe("'0101' is read as the number 101 (the leading zero is dropped)");
    expect((await validateJson({ 'b.yaml': BUDGET.replace('executed: 71882', 'executed: 0101') }, ['--strict'])).code).toBe(1);
  });

  it('2021-02-30 is not a real date', async () => {
    const r = await validateJson({ 'b.yaml': BUDGET.replace('as_of: 2021-04-28', 'as_of: 2021-02-30') });
    const p = r.problems[0]!;
    expect([r.code, p.line, p.column, p.rule, p.actual]).toEqual([1, 9, 12, 'date-invalid', '2021-02-30']);
    expect(p.message).toBe("not a real date '2021-02-30': that month has 28 days");
    const leap = await validateJson({ 'b.yaml': BUDGET.replace('fiscal_year: 2021', 'fiscal_year: 2020').replace('as_of: 2021-04-28', 'as_of: 2020-02-29') });
    expect(leap.code).toBe(0);
  });

  it('an alias bomb (billion laughs) is stopped', async () => {
    const bomb = ['kind: office', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, n] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const prev = ['a', 'b', 'c', 'd', 'e', 'f'][i];
      bomb.push(`${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const r = await validateJson({ 'bomb.yaml': bomb.join('\n') + '\n', 'o.yaml': OFFICE });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.rule])).toEqual([['bomb.yaml', 3, 8, 'yaml-alias-limit']]);
    expect(r.problems[0]!.message).toBe('aliases (*) expand too often (limit 100): the document grows exponentially');
  });

  it('a __proto__ key is refused and pollutes nothing', async () => {
    const r = await validateJson({ 'o.yaml': OFFICE + '__proto__:\n  polluted: true\n' });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.line, p.column, p.path, p.rule, p.message])).toEqual([[7, 1, '__proto__', 'yaml-proto-key', "the key '__proto__' is not allowed"]]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('an empty file', async () => {
    const r = await validateJson({ 'empty.yaml': '', 'comments.yaml': '# nothing yet\n' });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.file, p.line, p.column, p.rule])).toEqual([
      ['comments.yaml', 1, 1, 'file-empty'],
      ['empty.yaml', 1, 1, 'file-empty'],
    ]);
    expect(r.problems[0]!.message).toBe('the file is empty: it holds no record');
  });

  it('a binary file', async () => {
    const r = await validateJson({ 'b.yaml': new Uint8Array([0x6b, 0x69, 0x00, 0xff, 0x10]) });
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([[1, 1, 'file-binary', 'not a text file (NUL byte at offset 2)']]);
  });

  it('a file that is not UTF-8 (EUC-KR) points at the first bad byte', async () => {
    // "name: 가" with 가 in EUC-KR (B0 A1)
    const bytes = new Uint8Array([...Buffer.from('kind: office\nname: '), 0xb0, 0xa1, 0x0a]);
    const r = await validateJson({ 'k.yaml': bytes });
    expect(r.problems.map((p) => [p.line, p.column, p.rule, p.message])).toEqual([[2, 7, 'file-encoding', 'byte 0xB0 is not UTF-8']]);
  });

  it('a directory named like a YAML file, and an unreadable (dangling) file', async () => {
    const dir = tempTree({ 'o.yaml': OFFICE });
    mkdirSync(join(dir, 'budget.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'link.yaml'));
    const r = await runCli(['validate', '--format', 'json', '--lang', 'en', '--data', dir], dir);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems as { file: string; rule: string; message: string }[];
    expect(problems.map((p) => [p.file, p.rule, p.message])).toEqual([
      ['budget.yaml', 'file-is-directory', 'a directory stands where a YAML file is expected'],
      ['link.yaml', 'file-unreadable', 'cannot read the file (ENOENT)'],
    ]);
  });

  it('a data folder that does not exist is a usage error (exit 2)', async () => {
    const dir = tempTree({});
    const r = await runCli(['validate', '--data', 'missing', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("mayor-office: the data folder 'missing' does not exist. Name the records folder with --data DIR, or run where a data/ folder is.\n");
  });

  it('an unknown --format is a usage error (exit 2) with the known formats, no stack trace', async () => {
    const dir = tempTree({ 'data/o.yaml': OFFICE });
    const r = await runCli(['validate', '--format', 'nope'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("오류: 옵션 '--format <format>'의 값 'nope'은(는) 쓸 수 없습니다. 쓸 수 있는 값: text, json, github.");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const en = await runCli(['--lang', 'en', 'validate', '--format', 'nope'], dir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("error: option '--format <format>' argument 'nope' is invalid. Allowed choices are text, json, github.");
  });
});

describe('files saved on Windows', () => {
  it('a UTF-8 BOM and CRLF line ends give the same values and the same positions', async () => {
    const bad = BUDGET.replace('executed: 71882', 'executed: 337,200');
    const plain = await validateJson({ 'b.yaml': bad });
    const windows = await validateJson({ 'b.yaml': '\uFEFF' + bad.replace(/\n/g, '\r\n') });
    expect(windows.problems).toEqual(plain.problems);
    expect(windows.problems[0]!.line).toBe(12);
    const ok = await validateJson({ 'b.yaml': '\uFEFF' + BUDGET.replace(/\n/g, '\r\n') });
    expect([ok.code, ok.problems]).toEqual([0, []]);
  });
});
