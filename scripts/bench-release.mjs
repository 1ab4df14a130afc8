// What the release bundle changes for a user (docs/performance.md, "The release bundle"): the
// size and package count of a global install, and the start-up of `budget status` and `--help`
// on the seed records, dist/ against the bundle against a bare `node -e 0`.
//
//   npm run make && node scripts/bench-release.mjs [--before BEFORE.tgz] [--node PATH] [--runs N] [--compile-cache]
//
// --before: a tarball of an earlier version to compare the install and its start-up with (its
//   dependencies come from the npm cache, else the registry); made, for example, by
//   git clone -q . /tmp/before && cd /tmp/before && git checkout -q REV && npm ci && npm pack
// --node: the node binary that runs the timed commands (default: this one).
// --runs: runs of each command (default 15), after 3 unmeasured rounds.
// --compile-cache: also the bundle and dist/ with Node's compile cache turned off
//   (NODE_DISABLE_COMPILE_CACHE=1; bin/ turns it on, in Node 22.1 and later).
//
// The commands take turns (round after round, each command once a round), so a machine that gets
// busier or quieter during the run shifts every command alike; each row is the median wall time
// of a new process. NODE_EXTRA_CA_CERTS (set on some machines for npm) costs Node 20 tens of
// milliseconds at every start; the timed processes run without it, as in the rest of
// docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const before = arg('--before') && resolve(arg('--before'));
const node = arg('--node') ?? process.execPath;
const runs = Number(arg('--runs') ?? 15);
const compileCache = process.argv.includes('--compile-cache');
if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) throw new Error('no dist/: npm run make first');

const quiet = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const sh = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: quiet, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

const work = mkdtempSync(join(tmpdir(), 'mayor-office-bench-release-'));
try {
  const version = sh(node, ['--version']).trim();
  console.log(`node ${version}, ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString().slice(0, 10)}; ${runs} runs each, taking turns; NODE_EXTRA_CA_CERTS unset`);
  sh('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root });
  const after = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));

  const install = (name, tgz, extra) => {
    const prefix = join(work, name);
    const t0 = process.hrtime.bigint();
    sh('npm', ['i', '-g', '--prefix', prefix, ...extra, tgz], { cwd: work });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const size = sh('du', ['-sh', prefix]).split('\t')[0];
    const packages = sh('npm', ['ls', '-g', '--prefix', prefix, '--all', '--parseable']).split('\n').filter((l) => l !== '').length - 1;
    console.log(`${name.padEnd(7)} du -sh of the prefix ${size}, ${packages} package${packages === 1 ? '' : 's'}, npm i -g took ${seconds.toFixed(1)} s`);
    return join(prefix, 'lib', 'node_modules', 'mayor-office', 'bin', 'mayor-office.js');
  };
  const bundleBin = install('after', after, ['--offline']);
  const beforeBin = before && install('before', before, ['--prefer-offline']);
  const distBin = join(root, 'bin', 'mayor-office.js');

  const data = join(root, 'test', 'fixtures', 'secretariat', 'data');
  const status = ['budget', 'status', '--data', data];
  const off = { NODE_DISABLE_COMPILE_CACHE: '1' };
  const commands = [
    { name: 'node -e 0', args: ['-e', '0'] },
    ...(beforeBin ? [{ name: 'before: budget status', args: [beforeBin, ...status] }] : []),
    { name: 'dist: budget status', args: [distBin, ...status] },
    { name: 'bundle: budget status', args: [bundleBin, ...status] },
    ...(beforeBin ? [{ name: 'before: --help', args: [beforeBin, '--help'] }] : []),
    { name: 'dist: --help', args: [distBin, '--help'] },
    { name: 'bundle: --help', args: [bundleBin, '--help'] },
    ...(compileCache
      ? [
          { name: 'dist, cache off: budget status', args: [distBin, ...status], env: off },
          { name: 'bundle, cache off: budget status', args: [bundleBin, ...status], env: off },
          { name: 'dist, cache off: --help', args: [distBin, '--help'], env: off },
          { name: 'bundle, cache off: --help', args: [bundleBin, '--help'], env: off },
        ]
      : []),
  ];
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  const times = commands.map(() => []);
  for (let round = -3; round < runs; round++) {
    commands.forEach((c, i) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(node, c.args, { cwd: work, env: { ...env, ...c.env }, stdio: 'ignore' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${c.name}: exit ${r.status}`);
      if (round >= 0) times[i].push(ms);
    });
  }
  const sorted = times.map((t) => [...t].sort((a, b) => a - b));
  const at = (s, f) => s[Math.min(s.length - 1, Math.floor(s.length * f))];
  const base = at(sorted[0], 0.5);
  commands.forEach((c, i) => {
    const s = sorted[i];
    const m = at(s, 0.5);
    console.log(`${c.name.padEnd(34)} median ${m.toFixed(0).padStart(4)} ms  ${(m / base).toFixed(2).padStart(5)} × node -e 0  (quartiles ${at(s, 0.25).toFixed(0)}–${at(s, 0.75).toFixed(0)} ms)`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
