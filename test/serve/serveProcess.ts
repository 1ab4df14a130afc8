// `mayor-office serve` started as a user starts it (the built cli in its own process, on the data
// folder `data` under `dir`), and the address with the token it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../e2e/cli.js';

const bin = join(root, 'bin', 'mayor-office.js');

export async function startServeProcess(dir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [bin, 'serve', '--data', 'data'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) done(m[0]);
    });
    server.on('exit', (code) => fail(new Error(`serve ended with ${code}: ${out}`)));
  });
  return { server, url };
}
