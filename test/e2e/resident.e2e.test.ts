// The resident process (src/cli/resident.ts, residentServer.ts), run from the release as it is
// installed: bin/ beside the committed bundle, no dist/. What a command prints through it must be
// what dist/ prints in a process of its own, byte for byte, with the same exit code; it is used
// only as the rules say; it ends when stopped, when idle, and leaves no socket behind.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { checkoutCli as cli, root, seedRoot } from './cli.js';
import { FRAME, frameReader, residentSocket } from '../../src/cli/resident.js';
import { releaseBuildId } from '../../src/cli/version.js';

const windows = process.platform === 'win32';

let tmp = '';
let launcher = '';
let runtime = '';
let socket = '';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', XDG_RUNTIME_DIR: runtime, MAYOR_OFFICE_RESIDENT: '1', ...extra };
}

function bundled(args: string[], cwd: string, extra: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8', env: env(extra) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Asks the resident process for its state (or to stop); undefined when none answers. */
function ask(op: 'status' | 'stop'): Promise<{ pid: number; runs: number } | undefined> {
  return new Promise((done) => {
    const conn = connect(socket);
    let answer: { pid: number; runs: number } | undefined;
    conn.on('error', () => done(undefined));
    conn.on('close', () => done(answer));
    conn.on(
      'data',
      frameReader((kind, body) => {
        if (kind === FRAME.status) answer = JSON.parse(body.toString('utf8')) as { pid: number; runs: number };
        if (kind === FRAME.exit) answer = { pid: 0, runs: -1 };
      }),
    );
    conn.write(`${JSON.stringify({ op })}\n`);
  });
}

async function until<T>(what: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(windows)('the resident process', () => {
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mayor-office-resident-'));
    cpSync(join(root, 'bin'), join(tmp, 'package', 'bin'), { recursive: true });
    symlinkSync(join(root, 'bundle'), join(tmp, 'package', 'bundle'), 'dir');
    launcher = join(tmp, 'package', 'bin', 'mayor-office.js');
    cpSync(seedRoot, join(tmp, 'seed'), { recursive: true });
    cpSync(join(root, 'test', 'fixtures', 'other-office'), join(tmp, 'office', 'data'), { recursive: true });
    cpSync(join(root, 'test', 'fixtures', 'broken'), join(tmp, 'broken'), { recursive: true });
    // A short path: a socket's address holds about a hundred bytes.
    runtime = mkdtempSync(join(tmpdir(), 'mo-'));
    chmodSync(runtime, 0o700);
    // The launcher loads bundle/ by its real path.
    const code = `${realpathSync(join(root, 'bundle'))}${sep}`;
    socket = residentSocket(releaseBuildId(code), code, { XDG_RUNTIME_DIR: runtime })!;
    expect(socket).toBeDefined();
  });
  afterEach(async () => {
    await ask('stop');
  });
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(runtime, { recursive: true, force: true });
  });

  it('is started by the first command, which runs in its own process; the next ones print what dist/ prints', async () => {
    const seed = join(tmp, 'seed');
    expect(bundled(['budget', 'status'], seed)).toEqual(cli(['budget', 'status'], seed));
    const first = await until(() => ask('status'));
    expect(first.runs).toBe(0);
    const commands: [string[], string][] = [
      [['budget', 'status'], seed],
      [['--lang', 'en', 'budget', 'monthly', '--format', 'csv'], seed],
      [['validate'], seed],
      [['--data', '.', 'validate', '--format', 'json'], join(tmp, 'broken')],
      [['--data', '.', 'validate', '--format', 'github'], join(tmp, 'broken')],
      [['expenses', 'list', '--format', 'md'], seed],
      [['headcount', 'status'], seed],
      [['tasks', 'upcoming', '--as-of', '2021-05-01'], seed],
      [['report'], seed],
      // Another folder, other records: the folder is the command's.
      [['budget', 'status'], join(tmp, 'office')],
      [['validate', 'nosuch.yaml'], seed],
    ];
    for (const [args, cwd] of commands) {
      const own = cli(args, cwd);
      expect(bundled(args, cwd), args.join(' ')).toEqual(own);
    }
    expect((await ask('status'))?.runs).toBe(commands.length);
    // Not one of its commands (a usage error here): run in the command's own process.
    expect(bundled(['budget', 'nosuch'], seed)).toEqual(cli(['budget', 'nosuch'], seed));
    expect((await ask('status'))?.runs).toBe(commands.length);
    // A broken record is an exit 1 there as here.
    expect(bundled(['--data', '.', 'validate'], join(tmp, 'broken')).code).toBe(1);
  });

  it('reads the records again for every command: a one-byte change is seen', async () => {
    const office = join(tmp, 'office');
    bundled(['budget', 'status'], office);
    await until(() => ask('status'));
    const before = bundled(['budget', 'status', '--format', 'json'], office);
    const file = join(office, 'data', 'budget', '2022.yaml');
    const text = readFileSync(file, 'utf8');
    // 24000 → 24001: one byte, the same size.
    const changed = text.replace('budget: 24000', 'budget: 24001');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    try {
      const after = bundled(['budget', 'status', '--format', 'json'], office);
      expect(after.stdout).not.toBe(before.stdout);
      expect(after).toEqual(cli(['budget', 'status', '--format', 'json'], office));
      expect((await ask('status'))?.runs).toBe(2);
    } finally {
      writeFileSync(file, text);
    }
  });

  it('is not used for a command that writes, with MAYOR_OFFICE_RESIDENT=0, nor under CI', async () => {
    const seed = join(tmp, 'seed');
    bundled(['budget', 'status'], seed);
    await until(() => ask('status'));
    const out = join(tmp, 'status.md');
    expect(bundled(['budget', 'status', '--out', out], seed).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    bundled(['budget', 'status'], seed, { MAYOR_OFFICE_RESIDENT: '0' });
    const ci = { ...env(), CI: 'true' } as Record<string, string>;
    delete ci['MAYOR_OFFICE_RESIDENT'];
    spawnSync(process.execPath, [launcher, 'budget', 'status'], { cwd: seed, env: ci });
    expect((await ask('status'))?.runs).toBe(0);
  });

  it('is not started by a command in a script (no terminal), nor in a folder others may write in', async () => {
    const seed = join(tmp, 'seed');
    const auto = { ...env() } as Record<string, string>;
    delete auto['MAYOR_OFFICE_RESIDENT'];
    expect(spawnSync(process.execPath, [launcher, 'budget', 'status'], { cwd: seed, env: auto }).status).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ask('status')).toBeUndefined();
    // A folder another user could have made or write in may hold a socket that is not ours.
    mkdirSync(join(runtime, 'mayor-office'), { recursive: true });
    chmodSync(join(runtime, 'mayor-office'), 0o777);
    try {
      expect(bundled(['budget', 'status'], seed)).toEqual(cli(['budget', 'status'], seed));
      await new Promise((r) => setTimeout(r, 1500));
      expect(await ask('status')).toBeUndefined();
    } finally {
      chmodSync(join(runtime, 'mayor-office'), 0o700);
    }
  });

  it('a failed stdout ends as in a process of its own: one line, exit 2', async () => {
    if (!existsSync('/dev/full')) return void console.log('no /dev/full here: the failed stdout is tested in streams.e2e.test.ts only');
    const seed = join(tmp, 'seed');
    bundled(['budget', 'status'], seed);
    await until(() => ask('status'));
    const ends = [true, false].map((resident) => {
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, [resident ? launcher : join(root, 'bin', 'mayor-office.js'), 'budget', 'status'], { cwd: seed, env: env(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      closeSync(full);
      return [r.status, r.stderr];
    });
    expect(ends[0]).toEqual(ends[1]);
    expect(ends[0]![0]).toBe(2);
    expect((await ask('status'))?.runs).toBe(1);
  });

  it('ends when stopped, killed or idle, and leaves no socket; one left by a killed process is replaced', async () => {
    const seed = join(tmp, 'seed');
    bundled(['budget', 'status'], seed);
    const { pid } = await until(() => ask('status'));
    process.kill(pid, 'SIGTERM');
    await until(() => !alive(pid) && !existsSync(socket));
    // Idle for a second (MAYOR_OFFICE_RESIDENT_IDLE, read when it starts).
    bundled(['budget', 'status'], seed, { MAYOR_OFFICE_RESIDENT_IDLE: '1' });
    const idle = await until(() => ask('status'));
    await until(() => !alive(idle.pid) && !existsSync(socket), 10_000);
    // Killed before it could remove its socket: the next one removes it and listens there.
    bundled(['budget', 'status'], seed);
    const killed = await until(() => ask('status'));
    process.kill(killed.pid, 'SIGKILL');
    await until(() => !alive(killed.pid));
    expect(existsSync(socket)).toBe(true);
    expect(bundled(['budget', 'status'], seed)).toEqual(cli(['budget', 'status'], seed));
    const next = await until(() => ask('status'));
    expect(next.pid).not.toBe(killed.pid);
    expect(bundled(['budget', 'status'], seed)).toEqual(cli(['budget', 'status'], seed));
    expect((await ask('status'))?.runs).toBe(1);
  });
  it('never removes a socket not its own, nor anything but a socket; never listens in a folder not its user\'s alone', async () => {
    const seed = join(tmp, 'seed');
    bundled(['budget', 'status'], seed);
    const first = await until(() => ask('status'));
    // Its socket moved away (as when another process took the path): the next command starts
    // another, and the first, stopped, leaves the second's socket alone.
    renameSync(socket, `${socket}.moved`);
    bundled(['budget', 'status'], seed);
    const second = await until(() => ask('status'));
    expect(second.pid).not.toBe(first.pid);
    process.kill(first.pid, 'SIGTERM');
    await until(() => !alive(first.pid));
    expect((await ask('status'))?.pid).toBe(second.pid);
    await ask('stop');
    await until(() => !alive(second.pid));
    rmSync(`${socket}.moved`, { force: true });
    // A folder at the socket's path: nothing is started for it, and the command runs here.
    mkdirSync(socket);
    try {
      expect(bundled(['budget', 'status'], seed)).toEqual(cli(['budget', 'status'], seed));
      await new Promise((r) => setTimeout(r, 1500));
      expect(statSync(socket).isDirectory()).toBe(true);
    } finally {
      rmSync(socket, { recursive: true });
    }
    // Started by hand in a folder others may write in: it does not listen there.
    const open = mkdtempSync(join(tmpdir(), 'mo-open-'));
    chmodSync(open, 0o777);
    const r = spawnSync(process.execPath, [launcher, '--resident', join(open, 'x.sock')], { env: env(), timeout: 10_000 });
    expect(r.status).toBe(0);
    expect(existsSync(join(open, 'x.sock'))).toBe(false);
    rmSync(open, { recursive: true });
  });
});
