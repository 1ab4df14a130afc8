// The quick parse and the position-keeping parse must read every file alike; problems found in
// a quickly parsed file are still located exactly.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fullParse, parseYaml } from '../../src/load/parseYaml.js';

const root = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : n.endsWith('.yaml') ? [p] : [];
  });
}

describe('quick and full parse', () => {
  const files = [...yamlFiles(join(root, 'test', 'fixtures', 'secretariat', 'data')), ...yamlFiles(join(root, 'test', 'fixtures', 'other-office'))];

  it('give the same values for every file of the default data and the second office', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const quick = parseYaml(f, text);
      const full = fullParse(f, text);
      expect(quick.value, f).toEqual(full.value);
      expect(quick.problems, f).toEqual(full.problems);
    }
  });

  it('locates values of a quickly parsed file on demand', () => {
    const text = 'kind: budget\nfiscal_year: 2021\nlines:\n  - { code: 203-01, name: x, budget: 277200 }\n';
    const parsed = parseYaml('b.yaml', text);
    expect(parsed.locate.value(['lines', 0, 'budget'])).toEqual({ file: 'b.yaml', line: 4, column: 38, endLine: 4, endColumn: 44 });
    expect(parsed.locate.source(['lines', 0, 'code'])).toBe('203-01');
  });

  it('sends what only the full parse can judge the full way', () => {
    for (const text of ['a: 0101\n', 'a: &x 1\nb: *x\n', '__proto__: 1\n', 'a:\n\t- 1\n', 'a: 1\na: 2\n', '- 1\n', '', 'a: 0b101\n', 'a: 1_000\n', 'a: [1, 2_0]\n', 'a: !!str 5\n', 'a: 0x1F\nb: 0o17\n']) {
      const r = parseYaml('x.yaml', text);
      const full = fullParse('x.yaml', text);
      expect([r.value, r.problems, r.broken], JSON.stringify(text)).toEqual([full.value, full.problems, full.broken]);
    }
  });
});
