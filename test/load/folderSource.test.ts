// Reading the data folder safely: only regular files inside it are records. Links out of the
// folder, FIFOs, devices and link loops are one located problem each and are never opened.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../../src/load/loadData.js';
import { folderSource } from '../../src/load/folderSource.js';
import { displayPath } from '../../src/load/findDataFiles.js';
import { memorySource, MAX_FILE_BYTES } from '../../src/load/dataSource.js';
import { readFileSafely } from '../../src/load/readSource.js';
import { BUDGET, runCli, tempTree } from '../helpers.js';

const SECRET = 'root:x:0:0:secret-token-4242:/root:/bin/bash';

/** A temporary folder with data/ holding a valid budget, and a secret file beside data/. */
function setup(): { root: string; data: string; secret: string } {
  const root = tempTree({ 'data/budget.yaml': BUDGET, 'outside/passwd.yaml': `kind: office\nid: x\nname: ${SECRET}\n` });
  return { root, data: join(root, 'data'), secret: join(root, 'outside', 'passwd.yaml') };
}

const rules = (problems: readonly { rule: string; span: { file: string } }[]): string[] => problems.map((p) => `${p.span.file} ${p.rule}`);

describe('folder source', () => {
  it('does not follow a link that leads outside the data folder, and never prints what it points at', async () => {
    const { root, data, secret } = setup();
    symlinkSync(secret, join(data, 'passwd.yaml'));
    symlinkSync(join(root, 'outside'), join(data, 'elsewhere'));
    const loaded = loadData(folderSource([data], displayPath(root)));
    expect(rules(loaded.problems)).toEqual(['data/elsewhere file-outside', 'data/passwd.yaml file-outside']);
    expect(loaded.records.map((r) => r.file)).toEqual(['data/budget.yaml']);
    for (const lang of ['ko', 'en']) {
      for (const format of ['text', 'json', 'github']) {
        const r = await runCli(['--data', data, '--lang', lang, 'validate', '--format', format], root);
        expect([r.code, r.stderr]).toEqual([1, '']);
        expect(r.stdout + r.stderr).not.toContain('secret-token');
        expect(r.stdout).toContain('data/passwd.yaml');
      }
    }
    const r = await runCli(['--data', data, 'budget', 'status'], root);
    expect([r.code, (r.stdout + r.stderr).includes('secret-token')]).toEqual([1, false]);
  });

  it('follows a link to a file inside the data folder', () => {
    const { root, data } = setup();
    mkdirSync(join(data, 'kept'));
    writeFileSync(join(data, 'kept', 'office.txt'), 'kind: office\nid: seoul\nname: 비서실\nfunctions: []\n');
    symlinkSync(join(data, 'kept', 'office.txt'), join(data, 'office.yaml'));
    const loaded = loadData(folderSource([data], displayPath(root)));
    expect(loaded.problems).toEqual([]);
    expect(loaded.records.map((r) => [r.file, r.record.kind])).toEqual([
      ['data/budget.yaml', 'budget'],
      ['data/office.yaml', 'office'],
    ]);
  });

  it('names a FIFO once and never opens it, so the run does not block', async () => {
    const { root, data } = setup();
    execFileSync('mkfifo', [join(data, 'pipe.yaml')]);
    symlinkSync(join(data, 'pipe.yaml'), join(data, 'to-pipe.yaml'));
    const started = Date.now();
    const r = await runCli(['--data', data, '--lang', 'en', 'validate'], root);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toContain('data/pipe.yaml:1:1 error not a regular file (fifo): not read');
    expect(r.stdout).toContain('data/to-pipe.yaml:1:1 error not a regular file (fifo)');
    // A FIFO put in a listed file's place between listing and reading is still not waited on.
    const fifo = join(root, 'late.yaml');
    execFileSync('mkfifo', [fifo]);
    const read = readFileSafely('late.yaml', fifo);
    expect(read.ok ? 'read' : read.problem.rule).toBe('file-special');
  });

  it('does not follow a link put in place of a listed file between listing and reading', () => {
    const { root, data, secret } = setup();
    const source = folderSource([data], displayPath(root));
    expect(source.list().files).toEqual(['data/budget.yaml']);
    rmSync(join(data, 'budget.yaml'));
    symlinkSync(secret, join(data, 'budget.yaml'));
    const read = source.read('data/budget.yaml');
    expect(read.ok ? Buffer.from(read.bytes).toString() : read.problem.rule).toBe('file-outside');
  });

  it('names a directory link loop once, instead of reading the folder again and again', () => {
    const { root, data } = setup();
    mkdirSync(join(data, 'sub'));
    symlinkSync(data, join(data, 'sub', 'back'));
    symlinkSync('self', join(data, 'self'));
    const loaded = loadData(folderSource([data], displayPath(root)));
    expect(rules(loaded.problems)).toEqual(['data/self file-loop', 'data/sub/back file-loop']);
    expect(loaded.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(loaded.files).toEqual(['data/budget.yaml']);
  });

  it('names a device node and never reads it (a node made in a temporary folder, never /dev)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-dev-'));
    const data = join(dir, 'data');
    mkdirSync(data);
    writeFileSync(join(data, 'budget.yaml'), BUDGET);
    let made = true;
    try {
      // The same numbers as /dev/zero (character device 1, 5): endless bytes if it were read.
      execFileSync('mknod', [join(dir, 'zero'), 'c', '1', '5'], { stdio: 'ignore' });
    } catch {
      made = false;
    }
    // Without the right to make device nodes, a FIFO stands in: it too must never be read.
    if (!made) execFileSync('mkfifo', [join(dir, 'zero')]);
    symlinkSync(join(dir, 'zero'), join(data, 'zero.yaml'));
    const inside = join(data, 'zero-inside.yaml');
    if (made) execFileSync('mknod', [inside, 'c', '1', '5']);
    else execFileSync('mkfifo', [inside]);
    const loaded = loadData(folderSource([data], displayPath(dir)));
    expect(rules(loaded.problems)).toEqual(['data/zero-inside.yaml file-special', 'data/zero.yaml file-outside']);
    expect(loaded.problems[0]!.params['type']).toBe(made ? 'device' : 'fifo');
  });

  it('refuses a file beyond the read limit with a located error', () => {
    const dir = tempTree({ 'small.yaml': 'kind: office\n' });
    const big = readFileSafely('small.yaml', join(dir, 'small.yaml'), { limit: 5 });
    expect(big.ok ? 'read' : [big.problem.rule, big.problem.span.file, big.problem.params]).toEqual(['file-too-large', 'small.yaml', { size: 13, limit: 5 }]);
    const ok = readFileSafely('small.yaml', join(dir, 'small.yaml'), { limit: 13 });
    expect(ok.ok && Buffer.from(ok.bytes).toString()).toBe('kind: office\n');
    expect(MAX_FILE_BYTES).toBe(64 * 1024 * 1024);
    const mem = loadData(memorySource({ 'data/huge.yaml': new Uint8Array(MAX_FILE_BYTES + 1) }));
    expect(rules(mem.problems)).toEqual(['data/huge.yaml file-too-large']);
  });

  it('calls a UTF-16 file UTF-16, with the hint to save it as UTF-8', async () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind: office\n', 'utf16le')]);
    const utf16be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('kind: office\n', 'utf16le').swap16()]));
    const dir = tempTree({ 'data/le.yaml': utf16le, 'data/be.yaml': utf16be });
    const en = await runCli(['--lang', 'en', 'validate'], dir);
    expect(en.stdout).toContain('data/le.yaml:1:1 error the file is saved as UTF-16: records must be UTF-8');
    expect(en.stdout).toContain('data/be.yaml:1:1 error the file is saved as UTF-16 (big-endian): records must be UTF-8');
    expect(en.stdout).toContain('re-save the file as UTF-8');
    expect(en.stdout).not.toContain('not a text file');
    const ko = await runCli(['validate'], dir);
    expect(ko.stdout).toContain('data/le.yaml:1:1 error UTF-16으로 저장된 파일입니다');
  });
});

describe('in-memory source', () => {
  it('loads records from a map of path → text', () => {
    const loaded = loadData(memorySource({ 'data/budget.yaml': BUDGET, 'data/notes.txt': 'not a record' }));
    expect([loaded.files, loaded.problems, loaded.records.map((r) => r.record.kind)]).toEqual([['data/budget.yaml'], [], ['budget']]);
  });
});
