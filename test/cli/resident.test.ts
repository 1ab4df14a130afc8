// Which commands the resident process may run, when it is used, and its frames
// (src/cli/resident.ts). The process itself: test/e2e/resident.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRAME, frame, frameReader, residentIdleMs, residentMode, residentRun, residentServes, residentSocket } from '../../src/cli/resident.js';
import { argvLang } from '../../src/cli/locale.js';
import { LANGS } from '../../src/engine/words.js';

describe('residentServes', () => {
  it('runs the commands that read and print, after the global options too', () => {
    for (const argv of [
      ['budget', 'status'],
      ['budget', 'status', '--format', 'json'],
      ['--data', 'budget', 'budget', 'monthly'],
      ['--lang', 'en', '--no-color', 'validate', 'data/2021'],
      ['validate', '--format', 'github', '--strict'],
      ['report', '--issue', '2021-05'],
      ['tasks', 'show', '3'],
      ['expenses', 'list', '--month', '2021-04'],
      ['headcount', 'trend'],
      ['cities'],
    ]) {
      expect(residentServes(argv, '/home/office', {}), argv.join(' ')).toBe(true);
    }
  });

  it('never a command that writes, reads input or runs long, nor one that writes a file or names a descriptor', () => {
    for (const argv of [
      [],
      ['--help'],
      ['expenses', 'add', '--date', '2021-05-01'],
      ['expenses', 'import', 'a.csv'],
      ['expenses', 'disclose'],
      ['report', 'new'],
      ['--lang', 'en', 'report', 'new', '--dry-run'],
      ['init', 'office2'],
      ['serve'],
      ['rollup'],
      ['diff'],
      ['completion'],
      ['budget'],
      ['budget', 'nosuch'],
      ['budget', 'status', '--out', 'a.xlsx'],
      ['budget', 'status', '--out=a.md'],
      ['validate', '--summary', 'summary.md'],
      ['validate', '--summary=summary.md'],
      // An option's value taken for a word cannot make a writing command run there.
      ['report', '--format', 'md', 'new'],
      ['report', '--as-of', '2021-05-31', 'new'],
      ['expenses', '--lang', 'en', 'import', 'a.csv'],
      // The process's own descriptors: those of the resident process there.
      ['validate', '/dev/stdin'],
      ['validate', '/dev/fd/63'],
      ['--data=/proc/self/cwd', 'budget', 'status'],
      ['validate', '../../dev/stdin'],
      ['validate', '--', 'a.yaml'],
      // A global option's value is not the command: `budget` here is the folder.
      ['--data', 'validate', 'budget'],
    ]) {
      expect(residentServes(argv, '/home/office', {}), argv.join(' ')).toBe(false);
    }
  });

  it.skipIf(process.platform === 'win32')('never with a path that leads to the process\'s own descriptors, but in any folder of /dev that is not one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mo-own-'));
    try {
      symlinkSync('/dev/stdin', join(dir, 'in.yaml'));
      symlinkSync('/dev', join(dir, 'devices'));
      expect(residentServes(['validate', 'in.yaml'], dir, {})).toBe(false);
      expect(residentServes(['validate', 'devices/stdin'], dir, {})).toBe(false);
      expect(residentServes(['budget', 'status'], dir, { MAYOR_OFFICE_DATA: '/dev/fd/3' })).toBe(false);
      expect(residentServes(['budget', 'status'], dir, {})).toBe(true);
      // A folder under /dev that is the same for every process (/dev/shm).
      expect(residentServes(['budget', 'status', '--data', 'data'], '/dev/shm/office', {})).toBe(true);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('never with a GitHub step summary to append to', () => {
    expect(residentServes(['validate', '--format', 'github'], '/home/office', { GITHUB_STEP_SUMMARY: '/tmp/summary.md' })).toBe(false);
  });
});

describe('residentMode', () => {
  it('is off under CI and when asked, on when asked (CI or not), else automatic', () => {
    const auto = process.platform === 'win32' ? 'off' : 'auto';
    expect(residentMode({})).toBe(auto);
    expect(residentMode({ CI: 'true' })).toBe('off');
    expect(residentMode({ CI: 'false' })).toBe(auto);
    expect(residentMode({ CI: '1', MAYOR_OFFICE_RESIDENT: '1' })).toBe('on');
    for (const off of ['0', 'off', 'false', 'No']) expect(residentMode({ MAYOR_OFFICE_RESIDENT: off })).toBe('off');
  });
});

describe('residentSocket', () => {
  it.skipIf(process.platform === 'win32')('is named by the build, the Node and the installed copy, in the runtime folder or a folder of the user in the temporary one', () => {
    const code = '/usr/lib/node_modules/mayor-office/bundle/';
    expect(residentSocket(undefined, code, {})).toBeUndefined();
    const socket = residentSocket('0.1.0+abc', code, { XDG_RUNTIME_DIR: '/run/user/1000' });
    expect(socket).toMatch(/^\/run\/user\/1000\/mayor-office\/[0-9a-f]{14}\.sock$/);
    const others = [residentSocket('0.1.0+abd', code, { XDG_RUNTIME_DIR: '/run/user/1000' }), residentSocket('0.1.0+abc', '/home/a/node_modules/mayor-office/bundle/', { XDG_RUNTIME_DIR: '/run/user/1000' })];
    for (const other of others) expect(other).not.toBe(socket);
    // A relative XDG_RUNTIME_DIR is not one (the XDG spec): the temporary folder instead.
    expect(residentSocket('0.1.0+abc', code, { XDG_RUNTIME_DIR: 'run' })).toMatch(new RegExp(`mayor-office-${process.getuid?.()}/[0-9a-f]{14}\\.sock$`));
    // Longer than a socket's address can be: none.
    expect(residentSocket('0.1.0+abc', code, { XDG_RUNTIME_DIR: `/${'x'.repeat(100)}` })).toBeUndefined();
  });
});

describe('frames', () => {
  it('come out as they went in, however the stream cuts them', () => {
    const sent = [frame(0, ''), frame(1, '예산 337,200\n'), frame(1, new Uint8Array([0, 255, 10])), frame(2, 'x'.repeat(70_000)), frame(3, '1')];
    const bytes = Buffer.concat(sent);
    for (const cut of [1, 2, 5, 7, 4096, bytes.length]) {
      const got: [number, string][] = [];
      const read = frameReader((kind, body) => got.push([kind, body.toString('hex')]));
      for (let i = 0; i < bytes.length; i += cut) read(bytes.subarray(i, i + cut));
      expect(got).toEqual([
        [0, ''],
        [1, Buffer.from('예산 337,200\n').toString('hex')],
        [1, '00ff0a'],
        [2, Buffer.from('x'.repeat(70_000)).toString('hex')],
        [3, Buffer.from('1').toString('hex')],
      ]);
    }
  });
});

describe('residentIdleMs', () => {
  it('is MAYOR_OFFICE_RESIDENT_IDLE seconds, else 15 minutes', () => {
    expect(residentIdleMs({})).toBe(900_000);
    expect(residentIdleMs({ MAYOR_OFFICE_RESIDENT_IDLE: '2' })).toBe(2000);
    expect(residentIdleMs({ MAYOR_OFFICE_RESIDENT_IDLE: 'soon' })).toBe(900_000);
    expect(residentIdleMs({ MAYOR_OFFICE_RESIDENT_IDLE: '-1' })).toBe(900_000);
  });
});

describe('a resident process that ends while a command runs', () => {
  it.skipIf(process.platform === 'win32')('leaves the command with exit 2 and a line in the run\'s language, after the output it sent', async () => {
    const home = mkdtempSync(join(tmpdir(), 'mayor-office-resident-lost-'));
    try {
      const runtime = join(home, 'run');
      mkdirSync(runtime, { mode: 0o700 });
      chmodSync(runtime, 0o700);
      const code = join(home, 'bundle');
      const socket = residentSocket('0.1.0+lost', code, { XDG_RUNTIME_DIR: runtime })!;
      mkdirSync(dirname(socket), { mode: 0o700 });
      // A process that takes the command, prints part of it and goes away.
      const server = createServer((conn) => {
        conn.once('data', () => {
          conn.write(Buffer.concat([frame(FRAME.ready, ''), frame(FRAME.stdout, '계 337,200\n')]));
          conn.destroy();
        });
      });
      await new Promise<void>((ready) => server.listen(socket, ready));
      const run = async (argv: string[], env: Record<string, string>) => {
        let out = '';
        let err = '';
        const io = { cwd: home, env: { XDG_RUNTIME_DIR: runtime, MAYOR_OFFICE_RESIDENT: '1', ...env }, stdout: { write: (s: string | Uint8Array) => (out += Buffer.from(s).toString('utf8')) }, stderr: { write: (s: string) => (err += s) } };
        const exit = await residentRun(argv, io, code, () => '0.1.0+lost', undefined);
        return { exit, out, err };
      };
      try {
        const ko = await run(['budget', 'status'], { LANG: 'ko_KR.UTF-8' });
        expect(ko).toEqual({ exit: 2, out: '계 337,200\n', err: expect.stringMatching(/^mayor-office: 상주 프로세스가 명령을 마치기 전에 끝났습니다\. .*MAYOR_OFFICE_RESIDENT=0.*\n$/) });
        const en = await run(['budget', 'status', '--lang', 'en'], { LANG: 'ko_KR.UTF-8' });
        expect(en.exit).toBe(2);
        expect(en.err).toMatch(/^mayor-office: the resident process ended before the command did; run it again \(MAYOR_OFFICE_RESIDENT=0 runs it without\)\n$/);
        expect((await run(['budget', 'status'], { LANG: 'en_US.UTF-8' })).err).toMatch(/^mayor-office: the resident process ended/);
      } finally {
        await new Promise((closed) => server.close(closed));
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('takes --lang as a full run does', () => {
    for (const lang of LANGS) expect([argvLang(['--lang', lang]), argvLang([`--lang=${lang}`])]).toEqual([lang, lang]);
    expect(argvLang(['--lang', 'ko', 'x', '--lang=en'])).toBe('en');
    expect(argvLang(['--lang', 'fr'])).toBeUndefined();
    expect(argvLang(['--lang'])).toBeUndefined();
  });
});
