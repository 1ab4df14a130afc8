// The record cache (src/engine/recordCache.ts): a hit gives exactly what the cold path gives
// (records, where their values are written, problems), a changed byte is always seen, and
// anything wrong with the cache is a miss, never an error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource, Office } from '../../src/engine/office.js';
import { folderSource, memorySource, openOffice } from '../../src/engine/office.js';
import { pruneRecordCache, recordCacheRun, useRecordCache } from '../../src/engine/recordCache.js';
import { decodeValue, encodeValue } from '../../src/engine/recordCodec.js';
import { validatePaths } from '../../src/engine/validatePaths.js';
import { loadFile } from '../../src/load/loadData.js';
import type { YamlPath } from '../../src/model/records.js';

const MODELINE = '# yaml-language-server: $schema=../schemas/expenses.schema.json\n';
const expenses = (amount: string, comment = 'the first'): string =>
  `${MODELINE}kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n` +
  `  - { date: 2021-03-02, line: 203-01, amount: 120000, purpose: 간담회, payment: 카드 }\n` +
  `  - { date: 2021-03-05, line: 203-01, amount: ${amount}, purpose: 자문회의, payment: 현금 }  # ${comment}\n` +
  `  - date: 2021-03-09\n    line: 203-02\n    amount: 45000\n    purpose: 격려\n    payment: 카드\n`;
const FILES: Record<string, string> = {
  'data/budget.yaml': 'kind: budget\nfiscal_year: 2021\nunit: 천원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: 16800 }\n  - { code: 203-02, name: 정원가산업무추진비, budget: 5600 }\n',
  // A value of the wrong type, a misspelt key and a date that does not exist: schema problems.
  'data/expenses.yaml': expenses('"삼만원"').replace('purpose: 격려', 'purpse: 격려').replace('2021-03-09', '2021-02-30'),
  // Broken YAML: a load problem and no record.
  'data/broken.yaml': 'kind: council\nmembers: [a, b\n',
  // No kind: a problem about the kind.
  'data/nokind.yaml': 'fiscal_year: 2021\n',
};
const PATHS: YamlPath[] = [[], ['kind'], ['entries'], ['entries', 0, 'amount'], ['entries', 1, 'amount'], ['entries', 2, 'purpse'], ['entries', 2, 'date'], ['lines', 1, 'code'], ['nowhere', 3]];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'record-cache-'));
});
afterEach(() => {
  useRecordCache(undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** All an office tells of its records: every problem, and each record with where its values are. */
function view(office: Office): unknown {
  return {
    files: office.files,
    problems: office.problems,
    records: office.loaded.records.map((r) => ({
      file: r.file,
      record: r.record,
      at: PATHS.map((p) => [r.locate.value(p), r.locate.key(p), r.locate.source(p)]),
      lines: [1, 2, 6, 7, 99].map((n) => r.locate.line(n)),
    })),
    valid: office.records.map((r) => r.file),
  };
}

const entries = (cache: string): string[] => readdirSync(cache).filter((f) => f.endsWith('.bin')).sort();

function open(source: DataSource, cache: string | undefined): Office {
  useRecordCache(cache);
  return openOffice(source);
}

describe('the record cache', () => {
  it('gives on a hit exactly what the cold path gives: records, places, problems', () => {
    const cache = join(dir, 'cache');
    const cold = view(open(memorySource(FILES), undefined));
    const first = view(open(memorySource(FILES), cache));
    // One entry per file, a broken one too (its problems are what it gives), and one for the
    // checks across the files.
    expect(entries(cache)).toHaveLength(Object.keys(FILES).length + 1);
    const before = entries(cache).map((f) => readFileSync(join(cache, f)));
    const warm = open(memorySource(FILES), cache);
    expect(view(warm)).toStrictEqual(cold);
    expect(first).toStrictEqual(cold);
    // The warm run read the entries and wrote none.
    expect(entries(cache).map((f) => readFileSync(join(cache, f)))).toEqual(before);
    expect((cold as { problems: unknown[] }).problems.length).toBeGreaterThan(3);
  });

  it('is used: a hit skips the parse and the schema check', () => {
    const cache = join(dir, 'cache');
    const run = (): { hits: number; misses: number } => {
      const r = recordCacheRun(cache)!;
      for (const [file, text] of Object.entries(FILES)) r.loadFile(file, memorySource({ [file]: text }));
      r.done();
      return r.counts();
    };
    expect(run()).toEqual({ hits: 0, misses: 4 });
    expect(run()).toEqual({ hits: 4, misses: 0 });
  });

  it('sees a one-byte change in a value and in a comment', () => {
    const cache = join(dir, 'cache');
    open(memorySource(FILES), cache);
    for (const changed of [expenses('"삼만원!"'), expenses('"삼만원"', 'the first!'), expenses('"삼만원"').replace('간담회', '간담히')]) {
      const files = { ...FILES, 'data/expenses.yaml': changed };
      const cold = view(open(memorySource(files), undefined));
      const warm = view(open(memorySource(files), cache));
      expect(warm).toStrictEqual(cold);
      expect(view(open(memorySource(files), cache))).toStrictEqual(cold);
    }
    // The comment is on the line a problem quotes: the quoted line follows the byte.
    const problemLines = (text: string): string[] =>
      open(memorySource({ ...FILES, 'data/expenses.yaml': text }), cache)
        .problems.map((p) => p.sourceLine ?? '')
        .filter((l) => l.includes('#'));
    expect(problemLines(expenses('1,000', 'note'))).not.toEqual(problemLines(expenses('1,000', 'nota')));
    expect(problemLines(expenses('1,000', 'nota')).join('\n')).toContain('# nota');
  });

  it('keeps the checks across files, and runs them again when any file changes, goes or comes', () => {
    const cache = join(dir, 'cache');
    const budget = (extra = ''): string => `kind: budget\nfiscal_year: 2021\nunit: 천원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: 16800 }\n${extra}`;
    // An entry under a line the budget does not have: a problem only the checks across files find.
    const spent = `${MODELINE}kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n  - { date: 2021-03-02, line: 203-01, amount: 120000, purpose: 간담회, payment: 카드 }\n  - { date: 2021-03-05, line: 203-09, amount: 30000, purpose: 자문회의, payment: 현금 }\n`;
    const base = { 'data/budget.yaml': budget(), 'data/expenses.yaml': spent };
    const across = (o: Office): string[] => o.problems.filter((p) => p.span.file === 'data/expenses.yaml').map((p) => `${p.rule} ${p.path}`);
    const cold = open(memorySource(base), undefined);
    expect(across(cold).length).toBeGreaterThan(0);
    open(memorySource(base), cache);
    const kept = entries(cache);
    expect(kept).toHaveLength(3);
    const inodes = (): number[] => entries(cache).map((f) => statSync(join(cache, f)).ino);
    const before = inodes();
    const warm = open(memorySource(base), cache);
    expect(view(warm)).toStrictEqual(view(cold));
    // The warm run wrote nothing (an entry is written as a new file renamed into place): the
    // checks' problems were read back, not found again.
    expect(entries(cache)).toEqual(kept);
    expect(inodes()).toEqual(before);
    const variants: Record<string, string>[] = [
      // The budget gains the line: the problem goes.
      { 'data/budget.yaml': budget('  - { code: 203-09, name: 시책추진업무추진비, budget: 1000 }\n'), 'data/expenses.yaml': spent },
      // The budget goes: other problems.
      { 'data/expenses.yaml': spent },
      // A file comes: a second budget of the same year.
      { ...base, 'data/budget-2.yaml': budget() },
      // A byte of a comment only: the same problems, found again.
      { 'data/budget.yaml': `${budget()}# 주석\n`, 'data/expenses.yaml': spent },
    ];
    for (const files of variants) {
      const c = view(open(memorySource(files), undefined));
      expect(view(open(memorySource(files), cache))).toStrictEqual(c);
      expect(view(open(memorySource(files), cache))).toStrictEqual(c);
    }
    expect(across(open(memorySource(variants[0]!), cache))).not.toEqual(across(cold));
    // Every entry damaged: misses, and the same office.
    for (const f of entries(cache)) writeFileSync(join(cache, f), readFileSync(join(cache, f)).subarray(0, 40));
    expect(view(open(memorySource(base), cache))).toStrictEqual(view(cold));
  });

  it('keys the checks across files by what the listing refused too (a folder named like a record file)', () => {
    const cache = join(dir, 'cache');
    const data = join(dir, 'data');
    mkdirSync(data);
    // Entries under lines of a budget that is not there: the reference checks say so, unless
    // some path of the folder gave no record (it might have been the budget).
    writeFileSync(join(data, 'expenses.yaml'), `${MODELINE}kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n  - { date: 2021-03-02, line: 203-01, amount: 120000, purpose: 간담회, payment: 카드 }\n`);
    const openData = (c: string | undefined): Office => {
      useRecordCache(c);
      return openOffice(folderSource([data], (p) => p.slice(dir.length + 1)));
    };
    const rules = (o: Office): string[] => o.problems.map((p) => p.rule).sort();
    mkdirSync(join(data, 'extra.yaml'));
    const withFolder = openData(undefined);
    expect(rules(openData(cache))).toEqual(rules(withFolder));
    rmSync(join(data, 'extra.yaml'), { recursive: true });
    const cold = openData(undefined);
    expect(rules(cold)).not.toEqual(rules(withFolder));
    expect(view(openData(cache))).toStrictEqual(view(cold));
    mkdirSync(join(data, 'extra.yaml'));
    expect(view(openData(cache))).toStrictEqual(view(withFolder));
  });

  it('keys by the file name messages show, so a file shown elsewhere gets its own name', () => {
    const cache = join(dir, 'cache');
    open(memorySource(FILES), cache);
    const moved = Object.fromEntries(Object.entries(FILES).map(([k, v]) => [k.replace('data/', 'other/'), v]));
    const warm = open(memorySource(moved), cache);
    expect(warm.problems.every((p) => p.span.file.startsWith('other/'))).toBe(true);
    expect(view(warm)).toStrictEqual(view(open(memorySource(moved), undefined)));
  });

  it('takes a damaged, cut or foreign entry for a miss, and mends it', () => {
    const cache = join(dir, 'cache');
    const cold = view(open(memorySource(FILES), undefined));
    open(memorySource(FILES), cache);
    const names = entries(cache);
    const sizes = names.map((f) => statSync(join(cache, f)).size);
    const big = names[sizes.indexOf(Math.max(...sizes))]!;
    const damage: ((b: Buffer) => Buffer)[] = [
      (b) => b.subarray(0, b.length >> 1),
      (b) => Buffer.concat([b, Buffer.from([0])]),
      (b) => {
        const c = Buffer.from(b);
        c[c.length - 3] ^= 0x01;
        return c;
      },
      (b) => {
        const c = Buffer.from(b);
        c[0] = 0x41;
        return c;
      },
      () => Buffer.alloc(0),
      () => Buffer.from('not an entry at all'),
    ];
    for (const spoil of damage) {
      writeFileSync(join(cache, big), spoil(readFileSync(join(cache, big))));
      expect(view(open(memorySource(FILES), cache))).toStrictEqual(cold);
      expect(view(open(memorySource(FILES), cache))).toStrictEqual(cold);
    }
    // Another file's entry put in its place: whole and summed right, but of another key.
    const other = names.find((f) => f !== big)!;
    copyFileSync(join(cache, other), join(cache, big));
    expect(view(open(memorySource(FILES), cache))).toStrictEqual(cold);
    // A folder where an entry should be.
    rmSync(join(cache, big));
    mkdirSync(join(cache, big));
    expect(view(open(memorySource(FILES), cache))).toStrictEqual(cold);
  });

  it('is silently a miss where the cache folder cannot be made or written', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    const cold = view(open(memorySource(FILES), undefined));
    // A folder under a regular file can never be made, whoever runs the test.
    expect(view(open(memorySource(FILES), join(blocker, 'cache')))).toStrictEqual(cold);
    expect(view(open(memorySource(FILES), join(blocker, 'cache')))).toStrictEqual(cold);
  });

  it('serves validate of a folder alike, warm or cold', () => {
    const data = join(dir, 'office', 'data');
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, 'office', file, '..'), { recursive: true });
      writeFileSync(join(dir, 'office', file), text);
    }
    const cwd = join(dir, 'office');
    useRecordCache(undefined);
    const cold = validatePaths([data], data, cwd);
    useRecordCache(join(dir, 'cache'));
    expect(validatePaths([data], data, cwd)).toStrictEqual(cold);
    expect(validatePaths([data], data, cwd)).toStrictEqual(cold);
    expect(openOffice(folderSource([data], (p) => p)).problems.length).toBeGreaterThan(0);
  });

  it("hashes a folder's files as it reads them, and locates a hit from the file read again", () => {
    const office = join(dir, 'office');
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(join(office, file, '..'), { recursive: true });
      writeFileSync(join(office, file), text);
    }
    const source = (): DataSource => folderSource([join(office, 'data')], (p) => p.slice(office.length + 1));
    const cache = join(dir, 'cache');
    const cold = view(open(source(), undefined));
    expect(view(open(source(), cache))).toStrictEqual(cold);
    const warm = open(source(), cache);
    expect(view(warm)).toStrictEqual(cold);
    // A file changed after the run hashed it and before a problem asked where a value is: the
    // record is of the bytes hashed, so no place is read from the new ones; the file's start.
    const later = open(source(), cache);
    writeFileSync(join(office, 'data/budget.yaml'), `${FILES['data/budget.yaml']}# 주석\n`);
    const budget = later.loaded.records.find((r) => r.file === 'data/budget.yaml')!;
    expect(budget.locate.value(['lines', 1, 'code'])).toEqual({ file: 'data/budget.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(budget.locate.line(2)).toBe('');
    // A file listed and gone before it is read: its problem, as without the cache.
    const gone = source();
    gone.list();
    rmSync(join(office, 'data/nokind.yaml'));
    expect(recordCacheRun(cache)!.loadFile('data/nokind.yaml', gone)).toStrictEqual(loadFile('data/nokind.yaml', gone));
    expect(loadFile('data/nokind.yaml', gone).problems[0]!.rule).toBe('file-unreadable');
  });
});

describe('pruning the record cache', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const entry = (cache: string, i: number, daysAgo: number, size = 10): string => {
    const name = `${i.toString(16).padStart(64, '0')}.bin`;
    writeFileSync(join(cache, name), Buffer.alloc(size));
    const t = new Date(Date.now() - daysAgo * DAY);
    utimesSync(join(cache, name), t, t);
    return name;
  };

  it('removes entries not used for the days allowed, and the least recently used beyond the size allowed', () => {
    const cache = join(dir, 'cache');
    mkdirSync(cache);
    const fresh = entry(cache, 1, 1);
    const old = entry(cache, 2, 31);
    const other = join(cache, 'README');
    writeFileSync(other, 'not an entry');
    utimesSync(other, new Date(0), new Date(0));
    pruneRecordCache(cache);
    expect(readdirSync(cache).sort()).toEqual([fresh, 'README'].sort());
    expect(old).not.toBe(fresh);

    const a = entry(cache, 3, 3, 100);
    const b = entry(cache, 4, 2, 100);
    const c = entry(cache, 5, 0.5, 100);
    pruneRecordCache(cache, Date.now(), { maxAgeDays: 30, maxTotalBytes: 250 });
    // fresh (10) + c (100) + b (100) fit; a, the least recently used, goes.
    expect(readdirSync(cache).sort()).toEqual([fresh, b, c, 'README'].sort());
    expect(readdirSync(cache)).not.toContain(a);
  });

  it('never throws on a folder that is not there', () => {
    expect(() => pruneRecordCache(join(dir, 'none'))).not.toThrow();
  });
});

describe('the cache form of a value', () => {
  it('gives back exactly the value stored', () => {
    const odd: Record<string, unknown> = { '10': 'ten', '2': 'two', b: -0, a: [1.5, -3, Number.MAX_SAFE_INTEGER, '', null, true, false, undefined] };
    Object.defineProperty(odd, '__proto__', { value: { x: 1 }, enumerable: true, writable: true, configurable: true });
    const values: unknown[] = [
      { kind: 'expenses', entries: Array.from({ length: 50 }, (_, i) => ({ date: `2021-01-${i}`, amount: i * 1000, purpose: `목적 ${i % 7}`, ...(i % 3 ? { place: '식당' } : {}) })) },
      odd,
      ['\uD800 lone', '줄\n바꿈', 'emoji 👍', [[[]]], {}],
      'just text',
      42,
      null,
      Array.from({ length: 40 }, () => odd),
      // Whole numbers of every size kept as such, the rest as they are.
      [0, 127, 128, 16383, 16384, -1, -128, 297000, 2 ** 31, -(2 ** 31) - 1, 2 ** 48, -(2 ** 48), 2 ** 48 + 1, -(2 ** 50), 2 ** 53 + 2, 0.1, -2.5, NaN, Infinity, -Infinity, Number.MIN_VALUE],
    ];
    for (const v of values) expect(decodeValue(encodeValue(v))).toStrictEqual(v);
    const back = decodeValue(encodeValue(odd)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(Object.keys(odd));
    expect(Object.is(back['b'], -0)).toBe(true);
  });

  it('refuses what is not plain data, and bytes that are not a stored value', () => {
    expect(() => encodeValue({ when: new Date(0) })).toThrow();
    expect(() => encodeValue({ f: () => 1 })).toThrow();
    const good = encodeValue({ a: ['x', 1] });
    for (const bad of [good.subarray(0, good.length - 1), Buffer.concat([good, Buffer.from([1])]), Buffer.alloc(3), Buffer.alloc(64, 0xff)]) {
      expect(() => decodeValue(bad)).toThrow();
    }
  });
});

describe('the build id that keys entries', () => {
  it('is read from the end of the compiled validators, the id the loaded module has', async () => {
    const { buildIdAtEnd, validatorsBuildId } = await import('../../src/validate/schemaValidators.js');
    const { createRequire } = await import('node:module');
    const path = createRequire(import.meta.url).resolve('../../generated/validators.cjs');
    const loaded = createRequire(import.meta.url)(path) as { buildId?: unknown };
    expect(loaded.buildId).toMatch(/^[0-9a-f]{16,}$/);
    expect(buildIdAtEnd(readFileSync(path, 'latin1'))).toBe(loaded.buildId);
    expect(validatorsBuildId()).toBe(loaded.buildId);
    // As the release bundle minifies it, and what is not that statement at the end.
    expect(buildIdAtEnd('x=1;Object.defineProperty(exports,"buildId",{value:"0123456789abcdef0123"});\n')).toBe('0123456789abcdef0123');
    expect(buildIdAtEnd('Object.defineProperty(exports,"buildId",{value:"0123456789abcdef0123"});\nmore();\n')).toBe('');
    expect(buildIdAtEnd('exports.buildId = "0123456789abcdef0123";\n')).toBe('');
  });
});
