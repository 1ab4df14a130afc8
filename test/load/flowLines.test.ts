// The line reader of flow-style entry lists must read exactly what js-yaml's core schema reads,
// or decline: checked on every fixture, on the bench's generated files and on a corpus of
// generated lines full of YAML's corner cases; and its table of texts met, which hands out a
// string already made for a repeated key or value, on texts made to share a slot.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import fc from 'fast-check';
import { flowItemPlaces, readFlowLines, textCache } from '../../src/load/flowLines.js';
import { itemLine } from '../../src/load/parseYaml.js';
import { YAML_OPTIONS } from '../../src/load/locator.js';
import { parse as parseYamlPackage } from 'yaml';
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

/** The reader's hash of a text's slot in its table of texts met (flowLines.ts `textAt`), copied to
 *  make texts that share a slot; the first test below holds the copy to the reader's. */
const TEXT_SLOTS = 4096;
function slotOf(s: string): number {
  let h = s.length;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (TEXT_SLOTS - 1);
}

/** Two texts `make(i)`, `make(j)` (i ≠ j) of one slot. */
function sameSlot(make: (i: number) => string): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; i < 100_000; i++) {
    const s = make(i);
    const other = seen.get(slotOf(s));
    if (other !== undefined && other !== s) return [other, s];
    seen.set(slotOf(s), s);
  }
  throw new Error('no two texts of one slot');
}

/** A generator of the same numbers on every run. */
function numbers(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x;
  };
}

/** An entry line written from its fields: each value plain, or double-quoted when `quoted`. */
function entryLine(fields: Record<string, string | number>, quoted: ReadonlySet<string> = new Set()): string {
  return `  - { ${Object.entries(fields).map(([k, v]) => `${k}: ${quoted.has(k) ? `"${v}"` : v}`).join(', ')} }`;
}

/** The reader's value is the file's text exactly: the values written, and the same as js-yaml's
 *  and (unless `yamlPackage` is false: it takes seconds over 20,000 lines) the yaml package's. */
function readsExactly(text: string, written: unknown, readItem?: (line: string) => unknown[] | undefined, yamlPackage = true): unknown {
  const mine = readFlowLines(text, readItem);
  expect(mine).toBeDefined();
  expect(mine).toStrictEqual(written);
  const json = JSON.stringify(mine);
  expect(json).toBe(JSON.stringify(jsYamlValue(text)));
  if (yamlPackage) expect(mine).toStrictEqual(parseYamlPackage(text, YAML_OPTIONS));
  return mine;
}

describe('readFlowLines: the table of texts met, which gives a repeated key or value the string already made', () => {
  it('has the hash the texts of one slot below are made with', () => {
    // When the reader's hash changes, the copy above must change with it, or the texts made to
    // share a slot would not.
    const source = readFileSync(join(root, 'src', 'load', 'flowLines.ts'), 'utf8');
    expect(source).toContain('const TEXT_SLOTS = 4096;');
    expect(source).toContain('let h = to - from;');
    expect(source).toContain('for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);');
    expect(source).toContain('const slot = (h ^ (h >>> 15)) & (TEXT_SLOTS - 1);');
  });

  it('reads two values of one slot that differ in one character, taking turns, as written', () => {
    const [a, b] = sameSlot((i) => `업무협의 간담회 ${String.fromCharCode(0xac00 + i)}`);
    expect(a.length).toBe(b.length);
    expect(slotOf(a)).toBe(slotOf(b));
    const [c, d] = sameSlot((i) => `업무협의 ${String.fromCharCode(0xac00 + i)} 간담회`);
    const purposes = [a, b, a, a, b, b, a, b, c, d, c, d, d];
    const entries = purposes.map((purpose, i) => ({ date: '2021-03-02', amount: 1000 + i, purpose }));
    readsExactly(expensesText(entries.map((e) => entryLine(e))), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries });
    // The same with the values quoted, and with a key of the same slot as a value.
    readsExactly(expensesText(entries.map((e) => entryLine(e, new Set(['purpose'])))), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries });
    const [k1, k2] = sameSlot((i) => `k${i}`);
    const keyed = [{ [k1]: k2 }, { [k2]: k1 }, { [k1]: k1, [k2]: k2 }];
    readsExactly(expensesText(keyed.map((e) => entryLine(e))), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries: keyed });
  });

  it('reads a value of the slot of a longer text that starts with it, in either order', () => {
    // A quoted `P, place: 1` and a plain P of one slot: P is followed in its line by the rest of
    // the quoted text, so only the lengths tell them apart.
    let p = '';
    for (let i = 0; p === ''; i++) if (slotOf(`회의 ${i}`) === slotOf(`회의 ${i}, place: 1`)) p = `회의 ${i}`;
    const q = `${p}, place: 1`;
    expect(slotOf(p)).toBe(slotOf(q));
    const quotedLine = `  - { purpose: "${q}" }`;
    const plainLine = `  - { purpose: ${p}, place: 1 }`;
    const written = [quotedLine, plainLine, quotedLine, plainLine, plainLine, quotedLine];
    const entries = written.map((l) => (l === quotedLine ? { purpose: q } : { purpose: p, place: 1 }));
    readsExactly(expensesText(written), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries });
    // Two plain texts of one slot, one the start of the other.
    const [s1, s2] = sameSlot((i) => `가${'나'.repeat(i)}`);
    const lines = [s1, s2, s1, s2, s2, s1].map((purpose) => ({ purpose }));
    readsExactly(expensesText(lines.map((e) => entryLine(e))), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries: lines });
  });

  it('reads long values, repeated, differing only in their last character or in one in their middle, as written', () => {
    const long = (n: number, last: string): string => `${'시정 현안 간담회 '.repeat(Math.ceil(n / 10)).slice(0, n - 1)}${last}`;
    // And two of one slot and length that differ in one character in their middle.
    const base = long(20_000, '마');
    const [m1, m2] = sameSlot((i) => `${base.slice(0, 10_000)}${String.fromCharCode(0xac00 + i)}${base.slice(10_001)}`);
    const values = [long(9_999, '가'), long(10_000, '가'), long(10_000, '나'), long(10_000, '가'), long(20_000, '다'), long(20_000, '라'), long(20_000, '다'), long(9_999, '가'), m1, m2, m1, m2];
    const entries = values.map((purpose, i) => ({ amount: i + 1, purpose }));
    readsExactly(expensesText(entries.map((e) => entryLine(e))), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries });
    readsExactly(expensesText(entries.map((e) => entryLine(e, new Set(['purpose'])))), { kind: 'expenses', fiscal_year: 2021, unit: '원', entries });
  });

  it('reads 20,000 entries with more distinct texts than slots, repeated, near and quoted ones, as written, twice alike', () => {
    const next = numbers(7);
    const pick = <T,>(xs: readonly T[]): T => xs[next() % xs.length]!;
    const dates = Array.from({ length: 365 }, (_, i) => `2021-${String(1 + Math.floor(i / 31)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    const common = Array.from({ length: 300 }, (_, i) => `유관기관 간담회 ${i}`);
    const places = ['중구 소재 식당', '시청 회의실', '종로구 소재 식당', 'Seoul City Hall'];
    // Texts of one length that differ in one character at one of their places.
    const near = (i: number): string => {
      const at = i % 24;
      return `${'ㄱ'.repeat(at)}${String.fromCharCode(0xac00 + (i % 50))}${'ㄱ'.repeat(23 - at)}`;
    };
    const entries: Record<string, string | number>[] = [];
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const kind = next() % 10;
      const entry: Record<string, string | number> = { date: pick(dates), line: pick(['203-01', '203-03', '기관', '시책추진업무추진비']), amount: next() % 3_000_000 };
      const quoted = new Set<string>();
      if (kind < 4) entry['purpose'] = pick(common);
      else if (kind < 6) entry['purpose'] = `물품 구입 ${i}`;
      else if (kind < 8) entry['purpose'] = near(next() % 1200);
      else if (kind < 9) {
        entry['purpose'] = pick([`다과, 회의: #${i % 40}`, `it's '${i % 30}'`, '{괄호} [목록]', `회의 ${i}, 2차`]);
        quoted.add('purpose');
      } else entry['purpose'] = `${pick(common)} ${'외'.repeat(next() % 5)}`.trimEnd();
      if (next() % 3 === 0) entry['place'] = pick(places);
      if (i % 997 === 0) entry['note'] = `${'비고 '.repeat(3000)}${i % 2}`;
      entries.push(entry);
      lines.push(entryLine(entry, quoted));
    }
    const distinct = new Set(entries.flatMap((e) => Object.values(e).filter((v) => typeof v === 'string')));
    expect(distinct.size).toBeGreaterThan(TEXT_SLOTS);
    const text = expensesText(lines);
    const written = { kind: 'expenses', fiscal_year: 2021, unit: '원', entries };
    const first = readsExactly(text, written, undefined, false);
    readsExactly(expensesText(lines.slice(0, 2000)), { ...written, entries: entries.slice(0, 2000) });
    // Read again in the same process, and after another file: alike.
    readFlowLines(expensesText(lines.slice().reverse()));
    expect(JSON.stringify(readFlowLines(text))).toBe(JSON.stringify(first));
    // With values the reader leaves to js-yaml line by line (escapes, single quotes) among them.
    const mixed = lines.slice(0, 4000).map((l, i) => (i % 101 === 0 ? `  - { date: 2021-01-01, purpose: "탭\\t${i}", place: '작은 ''따옴표''' }` : l));
    const mixedEntries = entries.slice(0, 4000).map((e, i) => (i % 101 === 0 ? { date: '2021-01-01', purpose: `탭\t${i}`, place: "작은 '따옴표'" } : e));
    expect(readFlowLines(expensesText(mixed))).toBeUndefined();
    readsExactly(expensesText(mixed), { ...written, entries: mixedEntries }, itemLine);
  });

  it('reads numbers written with a thousands separator as js-yaml does: the number before it and keys of digits', () => {
    const lines = ['  - { date: 2021-01-01, amount: 1,800, purpose: 회의 }', '  - { amount: 12,050,300 }', '  - { amount: 9,000 }', '  - { a: 1,999, b: 2,998 }'];
    const text = expensesText(lines);
    const read = readFlowLines(text) as { entries: Record<string, unknown>[] };
    expect(read).toEqual(jsYamlValue(text));
    expect(read.entries.map((e) => Object.keys(e))).toEqual([['800', 'date', 'amount', 'purpose'], ['50', '300', 'amount'], ['0', 'amount'], ['998', '999', 'a', 'b']]);
    expect(JSON.stringify(read)).toBe(JSON.stringify(jsYamlValue(text)));
  });

  it('places the pairs of an item line read again where they are written, before, after and between reading files', () => {
    const lines = ['  - { date: 2021-01-01, amount: 850,000, purpose: "다과, 회의", place: 시청 }', '  -  {  line: 203-01 ,  amount: 1, 000 }', '  - { 7: x }', '  - { a: 1, }'];
    const text = `kind: expenses\nentries:\n${lines.join('\n')}\n`;
    const starts = lines.map((l) => text.indexOf(l));
    const placesOf = (i: number) => {
      const read = flowItemPlaces(text, starts[i]!, starts[i]! + lines[i]!.length, false, textCache());
      return read && { value: read.value, map: text.slice(read.open, read.close + 1), pairs: read.pairs.map((p) => [p.key, text.slice(...p.keyAt), p.valueAt && text.slice(...p.valueAt)]) };
    };
    const expected = [
      {
        value: { '0': null, date: '2021-01-01', amount: 850, purpose: '다과, 회의', place: '시청' },
        map: lines[0]!.slice(4),
        pairs: [['date', 'date', '2021-01-01'], ['amount', 'amount', '850'], ['0', '000', null], ['purpose', 'purpose', '"다과, 회의"'], ['place', 'place', '시청']],
      },
      { value: { '0': null, line: '203-01', amount: 1 }, map: lines[1]!.slice(5), pairs: [['line', 'line', '203-01'], ['amount', 'amount', '1'], ['0', '000', null]] },
      undefined,
      undefined,
    ];
    expect(lines.map((_, i) => placesOf(i))).toEqual(expected);
    readFlowLines(expensesText(withMistakes(entries(50), 20) as string[]));
    expect(lines.map((_, i) => placesOf(i))).toEqual(expected);
    // A line of many pairs (more places than are kept between reads), then the others again.
    const long = `  - { ${Array.from({ length: 2000 }, (_, i) => `k${i}: ${i}`).join(', ')} }`;
    const read = flowItemPlaces(long, 0, long.length, false, textCache())!;
    expect(read.pairs.length).toBe(2000);
    expect(read.pairs.every((p, i) => p.key === `k${i}` && long.slice(...p.keyAt) === p.key && long.slice(...p.valueAt!) === String(i))).toBe(true);
    expect(placesOf(0)).toEqual(expected[0]);
  });
});
