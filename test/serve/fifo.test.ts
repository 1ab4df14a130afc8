// serve keeps answering, and stops on SIGTERM, when a FIFO appears in the data folder: the
// watcher reads back only the files serve itself wrote, and then through the engine's guarded
// read (no blocking open, regular files only). The server runs in its own process here, so a
// server stuck in a blocking read shows as a request that times out, not as a stuck test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../e2e/cli.js';
import { startServeProcess } from './serveProcess.js';
let dir: string;
let server: ChildProcess;
let url: URL;

/** The status of a GET, or 'timeout' after `ms`. */
function status(path: string, headers: Record<string, string>, ms: number): Promise<number | 'timeout'> {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port: url.port, path, headers: { Host: url.host, ...headers } }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    });
    req.setTimeout(ms, () => {
      req.destroy();
      done('timeout');
    });
    req.on('error', () => done('timeout'));
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mayor-office-serve-fifo-'));
  cpSync(join(root, 'test', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
  const started = await startServeProcess(dir);
  server = started.server;
  url = new URL(started.url);
});

afterAll(() => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('serve with a FIFO in the data folder', () => {
  it('answers pages and ends on SIGTERM', async () => {
    const token = url.searchParams.get('token')!;
    const cookie = `mayor-office-${url.port}=${token}`;
    expect(await status('/', { Cookie: cookie }, 10_000)).toBe(200);
    expect(spawnSync('mkfifo', [join(dir, 'data', 'budget', 'x.yaml')]).status).toBe(0);
    // Past the watcher's settle time.
    await new Promise((r) => setTimeout(r, 500));
    expect(await status('/problems', { Cookie: cookie }, 5_000)).toBe(200);
    const ended = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    server.kill('SIGTERM');
    const code = await Promise.race([ended, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 5_000))]);
    expect(code).not.toBe('still running');
  }, 30_000);
});
