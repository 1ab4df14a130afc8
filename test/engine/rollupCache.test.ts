// The roll-up's cache: a second run with nothing changed reads no office (every one from the
// cache, found without starting a thread); a part made by another build is never used, even
// under the same version number; and the build id names the code, not the version.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRollupFile, runRollup } from '../../src/engine/rollup.js';
import { buildIdOf, version } from '../../src/cli/version.js';
// @ts-expect-error: a script of the project, without types
import { writeCity } from '../../scripts/gen-bench-data.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mayor-office-rollup-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the roll-up cache', () => {
  (writeCity as (dir: string, o: { offices: number; n: number; git?: boolean }) => string)(join(dir, 'city'), { offices: 3, n: 20, git: true });
  const file = join(dir, 'city', 'rollup.yaml');
  const read = readRollupFile(file, 'rollup.yaml');
  if (!read.ok) throw new Error('rollup.yaml');
  const cacheDir = join(dir, 'cache');
  const run = (buildId: string, workers = 1) => runRollup(read, 'budget', {}, { cwd: dir, lang: 'en', cacheDir, buildId, workers });

  it('reads no office again when nothing changed, and none of another build', async () => {
    const first = await run('0.1.0+aaaa');
    expect([first.offices, first.cached]).toEqual([3, 0]);
    const again = await run('0.1.0+aaaa', 4);
    expect(again.cached).toBe(3);
    expect(JSON.stringify(again.value)).toBe(JSON.stringify(first.value));
    // The same version, other code: nothing of the first build is used; each build keeps its own.
    expect((await run('0.1.0+bbbb')).cached).toBe(0);
    expect((await run('0.1.0+bbbb')).cached).toBe(3);
    expect((await run('0.1.0+aaaa')).cached).toBe(3);
  });

  it('names a build by its build-id.txt where it has one, else by its code files', () => {
    const code = join(dir, 'code');
    mkdirSync(join(code, 'cli'), { recursive: true });
    writeFileSync(join(code, 'cli', 'run.js'), 'export const a = 1;\n');
    const before = buildIdOf(code);
    expect(before).toMatch(new RegExp(`^${version().replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`));
    expect(buildIdOf(code)).toBe(before);
    // A rebuilt file (its time changes, the size need not) is another build.
    utimesSync(join(code, 'cli', 'run.js'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const after = buildIdOf(code);
    expect(after).not.toBe(before);
    writeFileSync(join(code, 'notes.txt'), 'not code\n');
    expect(buildIdOf(code)).toBe(after);
    // The release bundle names itself.
    writeFileSync(join(code, 'build-id.txt'), '0123456789abcdef\n');
    expect(buildIdOf(code)).toBe(`${version()}+0123456789abcdef`);
    expect(readdirSync(cacheDir)).toContain('offices');
  });

  it('keeps rollup.yaml as checked under its bytes and the build: the same bytes are not read again, other bytes or another build are', () => {
    const city = join(dir, 'city-file');
    cpSync(join(dir, 'city'), city, { recursive: true });
    const yaml = join(city, 'rollup.yaml');
    const fileCache = join(dir, 'file-cache');
    const entries = () => (readdirSync(fileCache).includes('rollup-file') ? readdirSync(join(fileCache, 'rollup-file')) : []);
    const first = readRollupFile(yaml, 'rollup.yaml', { dir: fileCache, build: '0.1.0+aaaa' });
    expect(first.ok).toBe(true);
    expect(entries()).toHaveLength(1);
    // The kept value is the one checked: altered in the entry, it is what the next read gives,
    // so a hit is an answer from the cache and not a parse.
    const entry = join(fileCache, 'rollup-file', entries()[0]!);
    const kept = JSON.parse(readFileSync(entry, 'utf8')) as { title?: string };
    expect(kept).toEqual((first as { file: unknown }).file);
    writeFileSync(entry, JSON.stringify({ ...kept, title: 'from the cache' }));
    const hit = readRollupFile(yaml, 'rollup.yaml', { dir: fileCache, build: '0.1.0+aaaa' });
    expect(hit.ok && hit.file.title).toBe('from the cache');
    // Another build checks the bytes again.
    const other = readRollupFile(yaml, 'rollup.yaml', { dir: fileCache, build: '0.1.0+bbbb' });
    expect(other.ok && other.file.title).toBe(kept.title);
    expect(entries()).toHaveLength(2);
    // One byte more: a new check, which finds the error; nothing is kept for it.
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}offices_typo: 1\n`);
    const bad = readRollupFile(yaml, 'rollup.yaml', { dir: fileCache, build: '0.1.0+aaaa' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => `${p.span.line}:${p.severity}`)).toContain(`${readFileSync(yaml, 'utf8').split('\n').length - 1}:error`);
    expect(entries()).toHaveLength(2);
    // An entry that is not JSON (cut short) is a miss, and written again whole.
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('offices_typo: 1\n', ''));
    writeFileSync(entry, '{"offi');
    const again = readRollupFile(yaml, 'rollup.yaml', { dir: fileCache, build: '0.1.0+aaaa' });
    expect(again.ok && again.file.title).toBe(kept.title);
    expect(JSON.parse(readFileSync(entry, 'utf8'))).toEqual(kept);
    // Without a cache folder nothing is kept.
    expect(readRollupFile(yaml, 'rollup.yaml', { dir: undefined, build: '0.1.0+cccc' }).ok).toBe(true);
    expect(entries()).toHaveLength(2);
  });
});
