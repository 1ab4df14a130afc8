// A large file's problems are located by a position parse of only the region that holds them;
// every place must be the one the parse of the whole file gives.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import fc from 'fast-check';
import { fullParse } from '../../src/load/parseYaml.js';
import { createRegionLocator, TextPositions } from '../../src/load/locator.js';
import type { YamlPath } from '../../src/model/records.js';
// @ts-expect-error: a plain script without types
import { entries, withMistakes } from '../../scripts/gen-bench-data.mjs';

const root = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

/** Every path of the value, plus a missing key and a missing item under each collection. */
function paths(v: unknown, path: YamlPath = [], out: YamlPath[] = []): YamlPath[] {
  out.push(path);
  if (Array.isArray(v)) {
    v.forEach((x, i) => paths(x, [...path, i], out));
    out.push([...path, v.length]);
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) paths(x, [...path, k], out);
    out.push([...path, 'missing']);
  }
  return out;
}

function expectSameLocations(name: string, text: string): number {
  const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
  const full = fullParse(name, text).locate;
  let wholeFileParses = 0;
  const region = createRegionLocator(name, text, value, new TextPositions(text), () => (wholeFileParses++, full), 0);
  let inside = 0;
  for (const p of paths(value)) {
    const label = `${name} ${JSON.stringify(p)}`;
    const before = wholeFileParses;
    expect(region.value(p), label).toEqual(full.value(p));
    expect(region.key(p), label).toEqual(full.key(p));
    expect(region.source(p), label).toEqual(full.source(p));
    // The root itself and keys that are not there are located by the whole file.
    if (p.length > 0 && Object.prototype.hasOwnProperty.call(value, p[0]!)) inside += wholeFileParses - before;
  }
  return inside;
}

const expenses = (lines: string[]): string => `kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n${lines.join('\n')}\n`;

describe('locating by region', () => {
  it('gives the places of the whole-file parse in generated expense files, flow and block style, with mistakes', () => {
    const flow = withMistakes(entries(60), 12) as string[];
    const block = flow.map((l) => l.replace(/^  - \{ (.*) \}$/, (_m, body: string) => `  - ${body.split(', ').join('\n    ')}`));
    expectSameLocations('flow.yaml', expenses(flow));
    expectSameLocations('block.yaml', expenses(block));
    expectSameLocations('crlf.yaml', expenses(block).replace(/\n/g, '\r\n'));
    expectSameLocations('crlf-flow.yaml', expenses(flow).replace(/\n/g, '\r\n'));
    expectSameLocations('commented.yaml', `# 2021년 집행 내역\n${expenses(flow.map((l, i) => (i % 7 === 0 ? `  # ${i}월\n${l}  # 확인\n` : l)))}`);
    expectSameLocations('multiline.yaml', expenses([...flow.slice(0, 3), '  - date: 2021-05-01\n    purpose: >\n      여러 줄로\n      쓴 목적\n\n    amount: 1000', '  - "- not an item"', ...flow.slice(3, 6)]));
  });

  it('gives the places of the whole-file parse for every file of the default data and the fixtures', () => {
    const files = [...yamlFiles(join(root, 'test', 'fixtures', 'secretariat', 'data')), ...yamlFiles(join(root, 'test', 'fixtures', 'other-office'))];
    for (const f of files) expectSameLocations(f, readFileSync(f, 'utf8'));
  });

  it('gives the places of the whole-file parse in one-line flow items full of corner cases', () => {
    // The item's pairs are placed by the line reader where a parse would be: odd spacing,
    // indicators, signs, quotes, numbers with thousands separators, tabs and wide spaces must be
    // placed as the parse places them, or the item left to the parse.
    const value = fc.constantFrom('간담회', '중구 소재 식당', '2021-03-02', '203-01', '132000', '-5', '- 5', '-x', 'a b', 'a  b', 'a\tb', 'a\t', '\u3000a', 'a\u3000', 'x?y', '?x', 'a-b', 'a:b', 'a #b', 'a#b', '"q"', "'q'", '&a', '*a', '!a', '|a', '>a', '%a', '@a', '`a', 'a!', 'a%', '[1]', '{}', '697,000', '1, 000', '1,000,000', '5,0', '"a, b"', '"x # y"', '""', '"a\\tb"', '~x', 'a&b', 'a\\b', 'null', 'True', '0x1F', '1.5', '007');
    const key = fc.constantFrom('date', 'amount', 'purpose', '_k', 'k1', 'a');
    const pair = fc.tuple(key, value, fc.constantFrom(': ', ':  ', ':')).map(([k, v, sep]) => `${k}${sep}${v}`);
    const item = fc.tuple(fc.uniqueArray(pair, { minLength: 1, maxLength: 4, selector: (p) => p.split(':')[0] }), fc.constantFrom(', ', ',', ' , ', ',  '), fc.constantFrom('  - { ', '  - {', '  -  { '), fc.constantFrom(' }', '}', '  }', ' }  ', ' } # x'))
      .map(([pairs, comma, open, close]) => `${open}${pairs.join(comma)}${close}`);
    let placed = 0;
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 3 }), (lines) => {
        const text = expenses(lines);
        try {
          jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
        } catch {
          return;
        }
        if (fullParse('odd.yaml', text).broken) return;
        expectSameLocations('odd.yaml', text);
        placed++;
      }),
      { numRuns: 1500, seed: 26 },
    );
    expect(placed).toBeGreaterThan(300);
  });

  it('parses the whole file only when the layout cannot be split', () => {
    expect(expectSameLocations('split.yaml', expenses(entries(20) as string[]))).toBe(0);
    // the schema modeline the shipped data and the writers put first, blank lines before the first key
    const modeline = '# yaml-language-server: $schema=../schemas/expenses.schema.json\n';
    expect(expectSameLocations('modeline.yaml', modeline + expenses(withMistakes(entries(20), 3) as string[]))).toBe(0);
    expect(expectSameLocations('blank-first.yaml', `\n${modeline}\r\n  \n${expenses(entries(20) as string[])}`)).toBe(0);
    // a top-level key written in quotes: the regions are not known, the whole file is parsed
    expect(expectSameLocations('quoted.yaml', `"kind": expenses\nentries:\n${(entries(5) as string[]).join('\n')}\n`)).toBeGreaterThan(0);
  });
});
