// The line reader of flow-style entry lists must read exactly what js-yaml's core schema reads,
// or decline: checked on every fixture, on the bench's generated files and on a corpus of
// generated lines full of YAML's corner cases.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import fc from 'fast-check';
import { readFlowLines } from '../../src/load/flowLines.js';
import { itemLine } from '../../src/load/parseYaml.js';
// @ts-expect-error: a plain script without types
import { entries, withMistakes } from '../../scripts/gen-bench-data.mjs';

const root = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') || n.endsWith('.yml') ? [p] : [];
  });
}

/** js-yaml's value, or 'throws'. */
function jsYamlValue(text: string): unknown {
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch {
    return 'throws';
  }
}

/** The reader either declines or gives js-yaml's value, key order included. */
function agrees(text: string): 'read' | 'declined' {
  const alone = readFlowLines(text);
  const mine = readFlowLines(text, itemLine);
  // Lines given to js-yaml one by one only widen what is read, never change it.
  if (alone !== undefined) expect(mine).toStrictEqual(alone);
  if (mine === undefined) return 'declined';
  const theirs = jsYamlValue(text);
  expect(mine).toStrictEqual(theirs);
  expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs));
  return 'read';
}

const expensesText = (lines: readonly string[]): string => `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${lines.join('\n')}\n`;

describe('readFlowLines', () => {
  it('reads every fixture file as js-yaml does, or declines it', () => {
    const files = yamlFiles(join(root, 'test', 'fixtures'));
    expect(files.length).toBeGreaterThan(20);
    const read = files.filter((f) => agrees(readFileSync(f, 'utf8').replace(/^\uFEFF/, '')) === 'read');
    // The budget and expense files of the seed are of the shape it is for.
    expect(read.length).toBeGreaterThan(2);
  });

  it('reads the generated entry lists, clean and with every kind of mistake', () => {
    const clean = entries(2000);
    expect(agrees(expensesText(clean))).toBe('read');
    expect(agrees(expensesText(clean).replace(/\n/g, '\r\n'))).toBe('read');
    // Mistakes (697,000, negative amounts …): read the same or declined, never read otherwise.
    // with the lines it does not take itself (697,000, nested lists, escapes) read one by one by js-yaml.
    expect(agrees(expensesText(withMistakes(clean, 500)))).toBe('read');
    // The reader takes every kind of the bench's mistakes itself: `amount: 697,000` is read as
    // js-yaml reads it (697 and a key '0' with no value), without a parse of the line.
    expect(readFlowLines(expensesText(withMistakes(clean, 500)))).toStrictEqual(jsYamlValue(expensesText(withMistakes(clean, 500))));
    for (const item of ['{ a: 1,000, b: 2 }', '{ a: 1,100 }', '{ a: 1, 010 , b: 2 }', '{ a: 697,000,000 }', '{ a: 1,000, }', '{ a: 1,000x }', '{ a: 1,000: 2 }', '{ a: 1,0000000000000000 }', '{ 5, a: 1 }']) {
      agrees(expensesText([`  - ${item}`]));
    }
    expect(agrees(expensesText([...clean.slice(0, 3), '  - { a: [1, 2], b: "x\\ty" }']))).toBe('read');
    for (const bad of [clean.slice(0, 3).concat(['  - { date: 2021-01-02, amount: 697,000 }'])]) agrees(expensesText(bad));
  });

  it('reads a plain word of letters, digits, dots, signs and hyphens that starts with a letter as text', () => {
    // No number of the core schema starts with a letter: rollup.yaml's `git: office-0001` needs no parser.
    const text = 'kind: rollup\noffices:\n  - { name: 부서 1, git: office-0001, revision: v1.2-rc+1 }\n';
    expect(readFlowLines(text)).toStrictEqual({ kind: 'rollup', offices: [{ name: '부서 1', git: 'office-0001', revision: 'v1.2-rc+1' }] });
    expect(agrees(text)).toBe('read');
    expect(readFlowLines('list:\n  - { a: yes }\n')).toBeUndefined();
  });

  it('declines what it does not read the same way', () => {
    const cases = [
      'kind: expenses\nentries:\n  - { a: 1, a: 2 }\n', // a repeated key: js-yaml refuses it
      'kind: x\nkind: y\n',
      'entries:\n',
      'a: 1.5\n',
      'a: 0x1F\n',
      'a: 007\n',
      'a: -0\n',
      'a: true\n',
      'a: null\n',
      'a: ~\n',
      'a: b # comment\n',
      'a: "x\\ty"\n',
      'list:\n  - { a: 1 }\n    - { a: 2 }\n',
      'list:\n  - { a: 1, }\n',
      'list:\n  - { a: }\n',
      'a:\tb\n',
      '---\na: 1\n',
      'a: 1\r',
      // Keys the core schema reads as null or a boolean: `True` and `true` are one key to js-yaml.
      'True: 1\ntrue: 2\n',
      'Null: 1\nnull: 2\n',
      'list:\n  - { FALSE: 1, false: 2 }\n',
      'list:\n  - { null: 1 }\n',
    ];
    for (const c of cases) expect(readFlowLines(c), JSON.stringify(c)).toBeUndefined();
    // A repeated key is refused by js-yaml too: the file goes to js-yaml whole (and its error).
    expect(readFlowLines('kind: expenses\nentries:\n  - { a: 1, a: 2 }\n', itemLine)).toBeUndefined();
  });

  it('agrees with js-yaml on generated lines full of corner cases', () => {
    const token = fc.constantFrom(
      'a', 'b', 'Z', '1', '0', '9', '-', '+', '.', '_', ' ', ':', ',', '#', '"', "'", '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '~', '=', '<', '?', '\\',
      'e', 'x', 'o', 'true', 'null', 'False', 'NaN', '.inf', 'yes', '간담회', '중구', '외', '2021-03-02', '203-01', '1_000', '0b1', '\t', '\u2028', '\uFEFF',
    );
    const word = fc.constantFrom('간담회', '중구 소재 식당', '외', '2021-03-02', '203-01', '132000', '0', '-5', 'abc', 'a b', 'x_1', '3층', '1.5', 'On', 'yes', 'Null', 'e5', '12:30', '"12:30"', '"a, b"', '"#1"', "'q'", '"\\n"', 'office-0001', 'v1.2', 'e-5', 'E+5', 'a+b', 'yes-no', 'Null.x', 'inf.', '697,000', '1,000,000', '5,0', '1, 100', '2,3a', '7,000 ');
    const odd = fc.array(token, { minLength: 0, maxLength: 5 }).map((t) => t.join(''));
    const scalar = fc.oneof({ weight: 12, arbitrary: fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')) }, { weight: 1, arbitrary: odd });
    const key = fc.constantFrom('date', 'line', 'amount', 'purpose', 'place', 'a', '_k', 'k1', '__proto__', '1a');
    const pair = fc.tuple(key, scalar, fc.constantFrom(': ', ': ', ': ', ':', ':  ', ' : ')).map(([k, v, sep]) => `${k}${sep}${v}`);
    const item = fc.tuple(fc.array(pair, { minLength: 0, maxLength: 3 }), fc.constantFrom('  - ', '  - ', '  -  ', '- ', '   - ', '  -'), fc.constantFrom('{ ', '{', '{  '), fc.constantFrom(' }', ' }', '}', ' } ', ' },'))
      .map(([pairs, dash, open, close]) => `${dash}${open}${pairs.join(', ')}${close}`);
    const top = fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`);
    const line = fc.oneof({ weight: 8, arbitrary: item }, { weight: 2, arbitrary: top }, fc.constantFrom('', '# note', '  # note', 'entries:', 'lines:', '...'));
    const doc = fc.tuple(fc.array(line, { maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ['kind: expenses', 'entries:', ...ls].join(eol) + eol);
    let read = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (agrees(text) === 'read') read++;
      }),
      { numRuns: 6000, seed: 16 },
    );
    // One item at a time: most of these are read, and each must be read as js-yaml reads it.
    let items = 0;
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 3 }), (ls) => {
        if (agrees(expensesText(ls)) === 'read') items++;
      }),
      { numRuns: 4000, seed: 17 },
    );
    // The corpus is not all declined: the reader is tested on what it reads.
    expect(read).toBeGreaterThan(30);
    expect(items).toBeGreaterThan(60);
  });
});
