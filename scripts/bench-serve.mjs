// The serve cases of the bench: `mayor-office serve` started as a user starts it, timed from the
// spawn to the whole body of a page, the token's first visit (a redirect that sets the cookie)
// included. npm run bench runs them among the others; alone:
//
//   node scripts/bench-serve.mjs [--runs N]     (seed data, and 100,000 entries it writes)
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** GET a path with a cookie; the status, the headers and the whole body. */
function get(origin, path, cookie) {
  return new Promise((done, fail) => {
    const u = new URL(path, origin);
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers: cookie ? { Cookie: cookie } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** One run: seconds from the spawn to the printed address, to the first page (`path`), and to
 *  the same page asked for again (the office then read). */
export async function serveOnce(bin, dataDir, path, env = process.env) {
  const t0 = process.hrtime.bigint();
  const secs = () => Number(process.hrtime.bigint() - t0) / 1e9;
  const child = spawn(process.execPath, [bin, 'serve', '--data', dataDir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((done, fail) => {
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
        if (m) done(m[0]);
      });
      child.on('exit', (code) => fail(new Error(`serve ended with ${code}`)));
    });
    const listening = secs();
    const origin = new URL(url).origin;
    const first = await get(origin, `${path}${path.includes('?') ? '&' : '?'}token=${new URL(url).searchParams.get('token')}`);
    const cookie = String(first.headers['set-cookie']).split(';')[0];
    const page = await get(origin, first.headers.location, cookie);
    if (page.status !== 200 || !page.body.includes('<table')) throw new Error(`serve ${path}: ${page.status}`);
    const firstPage = secs();
    const t1 = process.hrtime.bigint();
    const again = await get(origin, path, cookie);
    if (again.status !== 200) throw new Error(`serve ${path} again: ${again.status}`);
    return { listening, firstPage, again: Number(process.hrtime.bigint() - t1) / 1e9 };
  } finally {
    const ended = new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
    child.kill('SIGTERM');
    await ended;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** `runs` runs: the median of each time. */
export async function serveTimes(bin, dataDir, path, runs, env) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await serveOnce(bin, dataDir, path, env));
  return { listening: median(all.map((r) => r.listening)), firstPage: median(all.map((r) => r.firstPage)), again: median(all.map((r) => r.again)), n: runs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const bin = join(root, 'bin', 'mayor-office.js');
  const i = process.argv.indexOf('--runs');
  const runs = i === -1 ? 5 : Number(process.argv[i + 1]);
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const { writeDataset } = await import('./gen-bench-data.mjs');
  const work = mkdtempSync(join(tmpdir(), 'mayor-office-bench-serve-'));
  const d100k = join(work, 'one-100000');
  writeDataset(d100k, { n: 100_000 });
  // The cold `budget status` of the same data, as a reference measured in the same minutes.
  const cliTime = (dir, n) => {
    const walls = [];
    for (let k = 0; k < n; k++) {
      const t = process.hrtime.bigint();
      spawnSync(process.execPath, [bin, 'budget', 'status', '--data', dir], { env, stdio: 'ignore' });
      walls.push(Number(process.hrtime.bigint() - t) / 1e9);
    }
    return median(walls);
  };
  const seed = await serveTimes(bin, join(root, 'data'), '/', runs, env);
  const seedCli = cliTime(join(root, 'data'), runs);
  const bigRuns = Math.max(1, Math.ceil(runs / 2));
  const big = await serveTimes(bin, d100k, '/r/budget-status', bigRuns, env);
  const bigCli = cliTime(d100k, bigRuns);
  rmSync(work, { recursive: true, force: true });
  const f = (s) => `${s.toFixed(3)} s`;
  process.stdout.write(`serve, seed data: listening ${f(seed.listening)}, overview page ${f(seed.firstPage)} (again ${f(seed.again)}), median of ${seed.n}; budget status, cold process ${f(seedCli)}\n`);
  process.stdout.write(`serve, 100,000 entries: listening ${f(big.listening)}, budget status page ${f(big.firstPage)} (again ${f(big.again)}), median of ${big.n}; budget status, cold process ${f(bigCli)}\n`);
}
