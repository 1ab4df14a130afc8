// Results on stdout, problems on stderr, and what happens when stdout goes away or fills up:
// a reader that closes early (`| head -1`) ends the run quietly with its usual code; a full disk
// is one line and exit 2; never a stack trace.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, seedData, seedRoot } from './cli.js';
import { bigData } from './bigData.js';

const bin = join(root, 'bin', 'mayor-office.js');
const env = { PATH: process.env['PATH'] ?? '' };

/** Runs the cli with a stdout whose reader has gone before the first byte is written. */
function withClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('close', (code) => done({ code, stderr }));
  });
}

const LONG_OUTPUTS: { args: string[]; cwd?: string; code: number }[] = [
  { args: ['validate', '--data', join(root, 'test', 'fixtures', 'broken'), '--format', 'json'], code: 1 },
  { args: ['validate'], code: 0 },
  { args: ['budget', 'status'], code: 0 },
  { args: ['budget', 'status', '--format', 'csv'], code: 0 },
  { args: ['tasks', 'list'], code: 0 },
  { args: ['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '60d'], code: 0 },
  { args: ['tasks', 'show', '2'], code: 0 },
  { args: ['cities', '--format', 'md'], code: 0 },
  { args: ['events'], code: 0 },
  { args: ['council', '--format', 'json'], code: 0 },
  { args: ['report'], code: 0 },
  { args: ['report', '--format', 'html'], code: 0 },
  { args: ['report', '--format', 'json'], code: 0 },
  { args: ['headcount', 'status', '--by', 'grade'], code: 0 },
  { args: ['headcount', 'trend'], cwd: 'other-office', code: 0 },
  { args: ['expenses', 'add', '--date', '2022-07-01', '--line', '203-01', '--amount', '1000', '--purpose', '간담회', '--dry-run'], cwd: 'other-office', code: 0 },
  { args: ['--help'], code: 0 },
];

/** The other-office fixture as a data folder of its own. */
function otherOffice(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-other-'));
  cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
  return dir;
}

describe('a reader that goes away', () => {
  it('every command ends quietly with its usual code when stdout is closed before it writes', async () => {
    const other = otherOffice();
    for (const c of LONG_OUTPUTS) {
      const r = await withClosedStdout(c.args, c.cwd === 'other-office' ? other : seedRoot);
      // Problems of validate go to stdout in json; the broken fixture's summary is stdout too.
      expect({ args: c.args, code: r.code, trace: /\n\s+at |EPIPE|Error:/.test(r.stderr) }).toEqual({ args: c.args, code: c.code, trace: false });
    }
  });

  it('`| head -1` on a long report: the first line, exit 0, nothing on stderr', async () => {
    const r = await intoHead(['report', '--format', 'html'], bigData(20000));
    expect(r).toEqual({ code: 0, stderr: '', head: '<!doctype html>\n' });
  });

  it('`| head -1` on validate of broken data: exit 1, the first problem, no trace', async () => {
    const r = await intoHead(['validate', '--data', join(root, 'test', 'fixtures', 'broken')], seedRoot);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.head).toMatch(/^\S+:\d+:\d+ .*\n$/);
  });
});

/** `mayor-office ARGS | head -1`, without a shell: head reads the cli's stdout pipe directly. */
function intoHead(args: string[], cwd: string): Promise<{ code: number | null; stderr: string; head: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const head = spawn('head', ['-1'], { stdio: [child.stdout, 'pipe', 'inherit'] });
    child.stdout.destroy(); // only head holds the reading end now
    let stderr = '';
    let out = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    head.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    let code: number | null = null;
    let left = 2;
    const end = (): void => {
      if (--left === 0) done({ code, stderr, head: out });
    };
    child.on('close', (c) => {
      code = c;
      end();
    });
    head.on('close', end);
  });
}

describe('a full disk', () => {
  it('`> /dev/full`: one line naming ENOSPC, exit 2, in both languages', () => {
    for (const [lang, line] of [
      ['en', 'mayor-office: cannot write the results to standard output: ENOSPC (no space left on the device)\n'],
      ['ko', 'mayor-office: 결과를 표준 출력에 쓸 수 없습니다: ENOSPC (디스크 공간이 없습니다)\n'],
    ] as const) {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [bin, '--lang', lang, 'report', '--format', 'html'], { cwd: seedRoot, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      expect([r.status, r.stderr]).toEqual([2, line]);
    }
  });

  it('data errors still go to stderr with exit 1 when stdout is full (nothing was written to it)', () => {
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [bin, '--lang', 'en', 'budget', 'status', '--data', join(root, 'test', 'fixtures', 'broken')], { cwd: seedRoot, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error/);
    expect(r.stderr).not.toMatch(/ENOSPC|\n\s+at /);
  });
});

/** Runs the cli as a user that may not write where the mode says so: as root, without the
 *  capabilities that let root write anywhere (setpriv, of util-linux), so it can still read a
 *  checkout in a private folder; where setpriv is missing, as the unprivileged user `nobody`. */
function asUnprivileged(args: string[], cwd: string) {
  const root = process.getuid?.() === 0;
  const setpriv = root && spawnSync('setpriv', ['--version']).status === 0;
  return setpriv
    ? spawnSync('setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, bin, ...args], { cwd, env, encoding: 'utf8' })
    : spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
}

describe('a folder it may not write in', () => {
  it('expenses add into a read-only data folder: one line naming the lock it could not take, exit 2, the records as they were', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-ro-add-'));
    chmodSync(dir, 0o755);
    cpSync(seedData, join(dir, 'data'), { recursive: true });
    const before = readdirSync(join(dir, 'data'));
    chmodSync(join(dir, 'data'), 0o555);
    const r = asUnprivileged(['--lang', 'en', 'expenses', 'add', '--date', '2021-04-20', '--line', '203-01', '--amount', '1000', '--purpose', '다과'], dir);
    chmodSync(join(dir, 'data'), 0o755);
    expect([r.status, r.stderr]).toEqual([2, "mayor-office: cannot write 'data/.mayor-office.lock': EACCES (permission denied)\n"]);
    expect(readdirSync(join(dir, 'data'))).toEqual(before);
  });

  it('--out into a read-only folder: one line, exit 2, the old file kept, no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-ro-'));
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked');
    cpSync(seedData, join(dir, 'data'), { recursive: true });
    spawnSync('mkdir', [locked]);
    writeFileSync(join(locked, 'x.md'), 'old');
    chmodSync(locked, 0o555);
    const r = asUnprivileged(['--lang', 'en', 'budget', 'status', '--out', 'locked/x.md'], dir);
    expect([r.status, r.stderr]).toEqual([2, "mayor-office: cannot write 'locked/x.md': EACCES (permission denied)\n"]);
    expect([readFileSync(join(locked, 'x.md'), 'utf8'), readdirSync(locked)]).toEqual(['old', ['x.md']]);
  });
});
