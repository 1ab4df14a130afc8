// Every command prints the same bytes with the record cache warm as with none, on good records
// and on broken ones: the cache only ever skips work (src/engine/recordCache.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORTS } from '../../src/engine/reports.js';
import { cli, seedRoot } from './cli.js';

let dir: string;
let office: string;
let broken: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'record-cache-e2e-'));
  office = join(dir, 'office');
  cpSync(seedRoot, office, { recursive: true });
  broken = join(dir, 'broken');
  cpSync(seedRoot, broken, { recursive: true });
  // A value of the wrong type in the budget: validate and every budget report show it located.
  const budgetDir = join(broken, 'data', 'budget');
  const file = join(budgetDir, readdirSync(budgetDir).filter((f) => f.endsWith('.yaml')).sort()[0]!);
  const text = readFileSync(file, 'utf8');
  const spoilt = text.replace(/budget: (\d+)/, 'budget: "$1원"');
  expect(spoilt).not.toBe(text);
  writeFileSync(file, spoilt);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every report that takes no argument, in its default format; json and validate besides. */
const COMMANDS: string[][] = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['budget', 'status', '--format', 'json'],
  ...REPORTS.filter((r) => r.args === undefined).map((r) => r.name.split(' ')),
];
/** On broken records: what shows the problems (validate, a report that needs the record). */
const ON_BROKEN = COMMANDS.filter((c) => c[0] === 'validate' || c[0] === 'budget');

describe('the record cache, seen from the command line', () => {
  for (const [name, cwd, commands] of [
    ['good records', () => office, COMMANDS],
    ['a broken budget', () => broken, ON_BROKEN],
  ] as const) {
    it(`prints the same bytes warm as cold: ${name}`, () => {
      const cache = join(dir, `cache-${name.replace(/\W/g, '')}`);
      const env = { MAYOR_OFFICE_CACHE_DIR: cache };
      const failing: string[] = [];
      for (const args of commands) {
        const cold = cli(['--no-cache', ...args], cwd(), env);
        const first = cli(args, cwd(), env);
        const warm = cli(args, cwd(), env);
        for (const [label, r] of [['first', first], ['warm', warm]] as const) {
          if (r.code !== cold.code || r.stdout !== cold.stdout || r.stderr !== cold.stderr) failing.push(`${args.join(' ')} (${label})`);
        }
        expect(cold.stderr).not.toMatch(/at .*\.js:\d+/);
      }
      expect(failing).toEqual([]);
      // The cache was filled (no entry written with MAYOR_OFFICE_CACHE=0 or --no-cache is
      // shown by the test of the engine), and only inside its folder.
      expect(readdirSync(join(cache, 'records')).filter((f) => f.endsWith('.bin')).length).toBeGreaterThan(5);
    });
  }

  it('writes nothing with MAYOR_OFFICE_CACHE=0 or --no-cache', () => {
    const cache = join(dir, 'cache-off');
    cli(['budget', 'status'], office, { MAYOR_OFFICE_CACHE_DIR: cache, MAYOR_OFFICE_CACHE: '0' });
    cli(['--no-cache', 'validate'], office, { MAYOR_OFFICE_CACHE_DIR: cache });
    cli(['validate', '--no-cache'], office, { MAYOR_OFFICE_CACHE_DIR: cache });
    expect(() => readdirSync(cache)).toThrow();
    cli(['validate'], office, { MAYOR_OFFICE_CACHE_DIR: cache });
    expect(readdirSync(join(cache, 'records')).length).toBeGreaterThan(0);
  });
});
