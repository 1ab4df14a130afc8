// The roll-up's part of the bench: generated cities (scripts/gen-bench-data.mjs writeCity) of
// 400 offices × 500 entries, as folders and as git repositories, and of 1,000 offices × 1,000
// entries (1,000,000 entries), each rolled up cold (no cache), then again with nothing changed
// (from the cache), and cold in one thread beside the default threads.
//
// Every run is of the release bundle as installed (npm run bench passes its copy; run alone, this
// script makes one the same way), as a user runs it: not this working copy's dist/.
//
//   node scripts/bench-rollup.mjs [--quick] [--no-1m] [--no-git]   (npm run bench runs it too)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCity } from './gen-bench-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (s) => process.stderr.write(`${s}\n`);

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall time and CPU time (user + system, all threads; null without /usr/bin/time), in seconds,
 *  of one run of the cli in `cwd`. On a shared machine the CPU time says what the run cost when
 *  the wall time says how busy the machine was. */
function timed(bin, args, cwd) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const t = process.hrtime.bigint();
  const cmd = TIME ? [TIME, ['-f', '%U %S', process.execPath, bin, ...args]] : [process.execPath, [bin, ...args]];
  const r = spawnSync(cmd[0], cmd[1], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`mayor-office ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  const m = TIME ? /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) : null;
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medianOf = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: runs[0].cpu === null ? null : median(runs.map((r) => r.cpu)) });
const fmt = (r) => `${r.wall.toFixed(2)} s${r.cpu === null ? '' : ` (CPU ${r.cpu.toFixed(2)} s)`}`;

/** Rows { work, command, measured, reference, target, pass } of the roll-up's targets; `bin` is
 *  the launcher of an installed copy of the release. */
export function rollupBench({ work, bin, quick = false, big = true, git = true }) {
  const rows = [];
  const row = (r) => {
    rows.push(r);
    log(`  ${r.pass === undefined ? '  ' : r.pass ? 'ok' : 'NO'}  ${r.work}: ${r.measured}`);
  };
  const runs = quick ? 1 : 3;
  const city = (name, offices, n, target, asGit = false) => {
    log(`bench: writing a city of ${offices} offices × ${n} entries${asGit ? ' in git repositories' : ''}`);
    const dir = join(work, name);
    const t = process.hrtime.bigint();
    writeCity(dir, { offices, n, git: asGit });
    log(`bench:   written in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s`);
    // json: the roll-up's own work; the terminal table of hundreds of rows is measured apart.
    const cmd = ['rollup', 'budget', '--format', 'json'];
    // Cold runs, the default threads and one thread in turn, so load on the machine hits both alike.
    const cold = [];
    const one = [];
    for (let i = 0; i < runs; i++) {
      cold.push(timed(bin, [...cmd, '--no-cache'], dir));
      one.push(timed(bin, [...cmd, '--no-cache', '--jobs', '1'], dir));
    }
    timed(bin, cmd, dir); // fills the cache
    const warm = [];
    const table = [];
    for (let i = 0; i < Math.max(3, runs); i++) {
      warm.push(timed(bin, cmd, dir));
      table.push(timed(bin, ['rollup', 'budget'], dir));
    }
    const c = medianOf(cold);
    const w = medianOf(warm);
    const what = `${offices.toLocaleString('en')} offices × ${n.toLocaleString('en')} entries${asGit ? ', git repositories' : ', folders'}`;
    row({ work: `roll-up of budget status, ${what}, cold`, command: 'mayor-office rollup budget --format json --no-cache', measured: fmt(c), reference: `one thread (--jobs 1): ${fmt(medianOf(one))}`, target: `< ${target} s`, pass: c.wall < target });
    row({
      work: `the same, second run, nothing changed`,
      command: 'mayor-office rollup budget --format json',
      measured: `${fmt(w)}: ${(c.wall / w.wall).toFixed(1)} × faster`,
      reference: `cold ${fmt(c)}; as a terminal table (\`rollup budget\`) ${fmt(medianOf(table))}`,
      target: '≥ 5 × faster than cold',
      pass: c.wall / w.wall >= 5,
    });
    rmSync(dir, { recursive: true, force: true });
  };
  city('city-400x500', 400, 500, 3);
  if (git) city('city-400x500-git', 400, 500, 3, true);
  if (big) city('city-1000x1000', 1000, 1000, 15);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const work = mkdtempSync(join(tmpdir(), 'mayor-office-bench-rollup-'));
  try {
    // The package as installed: the files it ships (run `npm run make` first for a bundle of the
    // current sources).
    const installed = join(work, 'installed');
    for (const f of ['package.json', 'bin', 'bundle', 'schemas']) cpSync(join(root, f), join(installed, f), { recursive: true });
    const bin = join(installed, 'bin', 'mayor-office.js');
    const rows = rollupBench({ work, bin, quick: args.includes('--quick'), big: !args.includes('--no-1m'), git: !args.includes('--no-git') });
    const lines = [
      `node ${process.version}, ${new Date().toISOString().slice(0, 10)}, medians of the wall time of a new process (CPU: user + system of all its threads); NODE_EXTRA_CA_CERTS unset.`,
      '',
      '| work | command | measured | reference in the same run | target | result |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.work} | \`${r.command}\` | ${r.measured} | ${r.reference} | ${r.target} | ${r.pass === undefined ? '—' : r.pass ? 'pass' : '**fail**'} |`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
