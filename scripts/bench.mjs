// npm run bench: every target of the performance issue (and of serve's), each beside its reference measured in the
// same run (a bare `node -e 0`, the clean run of the same data, and hledger, ledger and
// bean-check on equivalent journals where they are installed), with pass/fail.
//
//   node scripts/bench.mjs [--quick] [--startup] [--runs N] [--no-peers] [--no-rollup] [--out FILE]
//
// --startup measures only the start-up rows (no data sets are written): each command as this
// working copy runs it (bin/ → dist/) and as an installed package runs it (bin/ → bundle/, from a
// copy of the files the package ships), beside `node -e 0` in the same rounds.
//
// The machine may be shared: read the ratios, which are measured together, not single seconds.
// Every timed process runs with NODE_EXTRA_CA_CERTS unset, as on a user's machine (a set
// NODE_EXTRA_CA_CERTS makes every node start read a CA bundle, which hides start-up costs).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCsv, writeDataset } from './gen-bench-data.mjs';
import { rollupBench } from './bench-rollup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** This working copy's launcher (bin/ → dist/ where `npm run compile` made one): measured beside
 *  the installed package in the start-up rows only. */
const workingBin = join(root, 'bin', 'mayor-office.js');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const quick = flag('--quick');
const startupOnly = flag('--startup');
const small = Number(option('--runs') ?? (quick ? 5 : 11));
const large = quick ? 1 : 3;
const huge = 1;

const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
// Every row is a cold run (the record cache off) but the warm rows, which name a cache folder of
// their own in the bench's temporary folder: the user's cache is never read or filled.
env.MAYOR_OFFICE_CACHE = '0';
delete env.MAYOR_OFFICE_CACHE_DIR;
// Every row is a process of its own but the resident rows, which start a resident process of
// their own (src/cli/resident.ts) in a folder of the bench's: the user's is never used.
env.MAYOR_OFFICE_RESIDENT = '0';
delete env.MAYOR_OFFICE_RESIDENT_IDLE;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const work = mkdtempSync(join(tmpdir(), 'mayor-office-bench-'));
const log = (s) => process.stderr.write(`${s}\n`);

/** Runs a command `n` times; the median wall time (s) and the median peak memory (MB). */
function measure(cmd, cmdArgs, n, ok = [0]) {
  return together([[cmd, cmdArgs, ok]], n)[0];
}

/** Runs several commands in turn, `n` rounds, so that each is measured under the same load of a
 *  shared machine as the others: a ratio between them is then fair. */
function together(commands, n) {
  const samples = commands.map(() => ({ walls: [], rss: [] }));
  for (let i = 0; i < n; i++) {
    commands.forEach(([cmd, cmdArgs, ok = [0], extraEnv = {}], k) => {
      const { wall, mb } = once(cmd, cmdArgs, ok, extraEnv);
      samples[k].walls.push(wall);
      samples[k].rss.push(mb);
    });
  }
  return samples.map(({ walls, rss }) => ({ s: median(walls), mb: median(rss), n }));
}

function once(cmd, cmdArgs, ok, extraEnv = {}) {
  const report = join(work, 'rusage.txt');
  rmSync(report, { force: true });
  let file = cmd;
  let argv = cmdArgs;
  if (TIME) {
    file = TIME;
    argv = ['-v', '-o', report, cmd, ...cmdArgs];
  } else if (cmd === process.execPath) {
    // Without /usr/bin/time: the child reports its own peak memory (process.resourceUsage).
    argv = ['--require', join(work, 'rss.cjs'), ...cmdArgs];
  }
  const t = process.hrtime.bigint();
  const r = spawnSync(file, argv, { env: { ...env, ...extraEnv, BENCH_RSS_FILE: report }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const code = TIME && r.status !== null ? exitOfTimed(report, r.status) : r.status;
  if (!ok.includes(code)) throw new Error(`${cmd} ${cmdArgs.join(' ')}: exit ${code}\n${String(r.stderr).slice(-2000)}`);
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
  const kb = TIME ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? NaN) : Number(text || NaN);
  return { wall, mb: kb / 1024 };
}

function exitOfTimed(report, status) {
  const m = existsSync(report) ? /Exit status: (\d+)/.exec(readFileSync(report, 'utf8')) : null;
  return m ? Number(m[1]) : status;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const tool = (...a) => measure(process.execPath, [bin, ...a], small);

writeFileSync(
  join(work, 'rss.cjs'),
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
);

// ---------------------------------------------------------------------------------------------
log(`bench: NODE_EXTRA_CA_CERTS is unset for every timed process${process.env.NODE_EXTRA_CA_CERTS ? ' (this shell sets it)' : ''}`);
log(`bench: peak memory from ${TIME ? '/usr/bin/time -v' : "the child's process.resourceUsage()"}`);
log(`bench: writing data to ${work}`);
// The package as installed — the files it ships (package.json `files`), the release bundle, no
// dist/ — is what every row measures, as users run it (\`npm run bench\` builds the bundle first).
const installed = join(work, 'installed');
for (const f of ['package.json', 'bin', 'bundle', 'schemas']) cpSync(join(root, f), join(installed, f), { recursive: true });
const bin = join(installed, 'bin', 'mayor-office.js');
log(`bench: every row runs the release bundle, copied to ${installed}`);
const data = (name, spec) => (startupOnly ? undefined : writeDataset(join(work, name), spec));
const d10k = data('one-10000', { n: 10_000 });
// The big files start with the schema modeline, as the shipped data and the files the tool writes do.
const d100k = data('one-100000', { n: 100_000, modeline: true });
const bad = Object.fromEntries([1, 100, 10_000].map((m) => [m, data(`one-100000-bad-${m}`, { n: 100_000, mistakes: m, modeline: true })]));
const at20k = Object.fromEntries(
  [0, 1, 10_000].flatMap((m) => [true, false].map((ml) => [`${m}-${ml}`, data(`one-20000-bad-${m}${ml ? '' : '-no-modeline'}`, { n: 20_000, mistakes: m, modeline: ml })])),
);
const monthly = data('monthly-100000', { n: 100_000, layout: 'monthly' });
const monthlyBad = data('monthly-100000-bad-10000', { n: 100_000, layout: 'monthly', mistakes: 10_000 });
const smallFiles = data('small-1000x20', { n: 20_000, layout: 'small', perFile: 20 });
const defaultData = join(root, 'data');

// Peers: journals of the same N from the shared generator, when the tools are installed.
const peers = {};
if (!flag('--no-peers') && !startupOnly) {
  const gen = [process.env.PEERS_DIR, join(root, '..', 'shared', 'peers'), join(root, '..', '..', 'shared', 'peers')]
    .filter(Boolean)
    .map((d) => join(d, 'gen_journals.py'))
    .find((f) => existsSync(f));
  const python = which('python3');
  for (const name of ['ledger', 'hledger', 'bean-check']) peers[name] = which(name);
  if (gen && python && Object.values(peers).some(Boolean)) {
    const out = join(work, 'peers');
    spawnSync(python, [gen, out, '10000', '100000'], { stdio: 'ignore' });
    peers.dir = out;
  }
  log(`bench: peers ${['ledger', 'hledger', 'bean-check'].map((p) => `${p} ${peers[p] ? 'found' : 'not found'}`).join(', ')}${peers.dir ? '' : ' (no journals: generator or tools missing)'}`);
} else log('bench: peers not measured (--no-peers)');

function peer(name, n, runs) {
  if (!peers[name] || !peers.dir) return undefined;
  const j = n === 'tiny' ? join(peers.dir, 'tiny.journal') : join(peers.dir, `bench-${n}.journal`);
  const b = n === 'tiny' ? join(peers.dir, 'tiny.beancount') : join(peers.dir, `bench-${n}.beancount`);
  if (name === 'ledger') return measure(peers.ledger, ['-f', j, n === 'tiny' ? 'balance' : 'budget', ...(n === 'tiny' ? [] : ['-p', '2024'])], runs);
  if (name === 'hledger') return measure(peers.hledger, ['-f', j, 'balance', '--budget'], runs);
  return measure(peers['bean-check'], ['-C', b], runs);
}
const peerText = (n, runs) =>
  ['ledger', 'hledger', 'bean-check']
    .map((p) => {
      const r = peer(p, n, runs);
      return r ? `${p} ${r.s.toFixed(3)} s, ${r.mb.toFixed(0)} MB` : `${p}: not found`;
    })
    .join('; ');

// ---------------------------------------------------------------------------------------------
const rows = [];
const row = (work, command, measured, reference, target, pass) => {
  rows.push({ work, command, measured, reference, target, pass });
  log(`  ${pass === undefined ? '  ' : pass ? 'ok' : 'NO'}  ${work}: ${measured}`);
};
const fmt = (r) => `${r.s.toFixed(3)} s, ${r.mb.toFixed(0)} MB`;
const cmdOf = (...a) => `mayor-office ${a.join(' ')}`;

log('bench: start-up');
const STARTUP = [
  ['budget status', ['budget', 'status', '--data', defaultData]],
  ['validate', ['validate', '--data', defaultData]],
  ['--help', ['--help']],
  ['--version', ['--version']],
];
const [node0, ...startup] = together(
  [[process.execPath, ['-e', '0']], ...STARTUP.flatMap(([, a]) => [[process.execPath, [workingBin, ...a]], [process.execPath, [bin, ...a]]])],
  small,
);
/** The cold `budget status` of the default data as the installed package runs it, beside which serve is measured. */
const status = startup[2 * STARTUP.findIndex(([name]) => name === 'budget status') + 1];
STARTUP.forEach(([name, a], i) => {
  const [fromDist, fromBundle] = [startup[2 * i], startup[2 * i + 1]];
  const shown = name === 'budget status' || name === 'validate' ? `${name} --data data` : name;
  row(
    `\`${name}\`, cold process, installed package (bundle)`,
    cmdOf(shown),
    `${fmt(fromBundle)} (${(fromBundle.s / node0.s).toFixed(2)} × node -e 0)`,
    `node -e 0 ${fmt(node0)}; this working copy's dist/ ${fmt(fromDist)} (${(fromDist.s / node0.s).toFixed(2)} ×)${name === 'budget status' ? `; ${peerText('tiny', small)} (one-entry journal)` : ''}`,
    '≤ 1.5 × `node -e 0`',
    fromBundle.s <= 1.5 * node0.s,
  );
});

log('bench: the resident process');
// What a command typed at a terminal gets from the second one on: the resident process of the
// installed package, started by a first command (unmeasured) and a few more to warm it, then
// each command beside the same command in a process of its own, in the same rounds.
const resident = residentProcess(bin);
// Each measured command a few times first, unmeasured: a resident process at a desk has run them
// before, and the first runs of a command's code in it are not yet optimized (validate's first
// five take about twice its later runs).
for (const a of [['budget', 'status'], ['validate']]) for (let i = 0; i < 5; i++) once(...resident.run(a, defaultData));
const [node0r, viaStatus, ownStatus, viaValidate, ownValidate] = together(
  [
    [process.execPath, ['-e', '0']],
    ...[['budget', 'status'], ['validate']].flatMap((a) => [resident.run(a, defaultData), [process.execPath, [bin, ...a, '--data', defaultData]]]),
  ],
  small,
);
for (const [name, via, own] of [['budget status', viaStatus, ownStatus], ['validate', viaValidate, ownValidate]]) {
  row(
    `\`${name}\`, through the resident process, installed package`,
    cmdOf(`${name} --data data`),
    `${fmt(via)} (${(via.s / node0r.s).toFixed(2)} × node -e 0)`,
    `node -e 0 ${fmt(node0r)}; a process of its own ${fmt(own)} (${(own.s / node0r.s).toFixed(2)} ×)`,
    '≤ 1.5 × `node -e 0`',
    via.s <= 1.5 * node0r.s,
  );
}
if (startupOnly) {
  resident.stop();
  finish();
  process.exit(0);
}

log('bench: 10,000 entries');
const v10k = tool('validate', '--data', d10k);
const s10k = tool('budget', 'status', '--data', d10k);
row('validate + budget status, 10,000 entries', cmdOf('budget status --data one-10000'), fmt(s10k), `validate alone ${fmt(v10k)}; ${peerText(10_000, small)}`, '≤ 0.20 s', s10k.s <= 0.2);

log('bench: 100,000 entries');
const runLarge = (...a) => [process.execPath, [bin, ...a], [0, 1]];
const [v100k, s100k, bad1, bad100, bad10k, vMonthly, vMonthlyBad] = together(
  [
    runLarge('validate', '--data', d100k),
    runLarge('budget', 'status', '--data', d100k),
    runLarge('validate', '--data', bad[1]),
    runLarge('validate', '--data', bad[100]),
    runLarge('validate', '--data', bad[10_000]),
    runLarge('validate', '--data', monthly),
    runLarge('validate', '--data', monthlyBad),
  ],
  large,
);
row('validate + budget status, 100,000 entries, cold', cmdOf('budget status --data one-100000'), fmt(s100k), `validate alone ${fmt(v100k)}; ${peerText(100_000, large)}`, '≤ 1.0 s', s100k.s <= 1.0);

log('bench: the record cache');
// The first run fills a cache folder of the bench's own; the warm runs (the same unchanged
// files again) are measured in the same rounds as cold ones.
const cacheEnv = { MAYOR_OFFICE_CACHE: '1', MAYOR_OFFICE_CACHE_DIR: join(work, 'record-cache') };
const statusOf = (d, e = {}) => [process.execPath, [bin, 'budget', 'status', '--data', d], [0], e];
const firstRun = once(...statusOf(d100k, cacheEnv));
once(...statusOf(smallFiles, cacheEnv));
const [cold100k, warm100k, coldSmall, warmSmall] = together([statusOf(d100k), statusOf(d100k, cacheEnv), statusOf(smallFiles), statusOf(smallFiles, cacheEnv)], Math.max(large, 3));
row(
  'budget status, 100,000 entries, warm cache (the second run on unchanged files)',
  `${cmdOf('budget status --data one-100000')}, run twice`,
  fmt(warm100k),
  `cold in the same rounds ${fmt(cold100k)}; the first run, writing the cache: ${firstRun.wall.toFixed(3)} s, ${firstRun.mb.toFixed(0)} MB`,
  '≤ 0.3 s',
  warm100k.s <= 0.3,
);
row('budget status, 1,000 files of 20 entries, warm cache', `${cmdOf('budget status --data small-1000x20')}, run twice`, fmt(warmSmall), `cold in the same rounds ${fmt(coldSmall)}`, '—', undefined);
{
  log('bench: the resident process, with the records');
  const viaRuns = [
    resident.run(['budget', 'status'], d10k),
    resident.run(['budget', 'status'], d100k),
    resident.run(['budget', 'status'], d100k, cacheEnv),
    resident.run(['budget', 'status'], smallFiles),
    resident.run(['budget', 'status'], smallFiles, cacheEnv),
  ];
  // One unmeasured round: each size's code compiled, as in a resident process that ran them before.
  for (const r of viaRuns) once(...r);
  const [via10k, via100k, viaWarm, viaSmall, viaWarmSmall] = together(viaRuns, Math.max(large, 5));
  resident.stop();
  const note = 'the resident process reads and checks every file again; its memory is not in the figure';
  row('budget status, 10,000 entries, through the resident process', cmdOf('budget status --data one-10000'), fmt(via10k), `a process of its own: ${fmt(s10k)}; ${note}`, '≤ 0.20 s', via10k.s <= 0.2);
  row('budget status, 100,000 entries, through the resident process, cache off', cmdOf('budget status --data one-100000'), fmt(via100k), `a process of its own: ${fmt(cold100k)}`, '≤ 1.0 s', via100k.s <= 1.0);
  row('budget status, 100,000 entries, through the resident process, warm cache', `${cmdOf('budget status --data one-100000')}, run twice`, fmt(viaWarm), `a process of its own: ${fmt(warm100k)}`, '≤ 0.3 s', viaWarm.s <= 0.3);
  row('budget status, 1,000 files of 20 entries, through the resident process', cmdOf('budget status --data small-1000x20'), fmt(viaSmall), `warm cache ${fmt(viaWarmSmall)}; a process of its own: ${fmt(coldSmall)}`, '≤ 0.4 s', viaSmall.s <= 0.4);
}
row('peak memory at 100,000 entries', cmdOf('budget status --data one-100000'), `${s100k.mb.toFixed(0)} MB (validate ${v100k.mb.toFixed(0)} MB)`, '—', '≤ 300 MB', Math.max(s100k.mb, v100k.mb) <= 300);

log('bench: serve');
// From the spawn of `serve` to the whole body of a page, the token's redirect included
// (scripts/bench-serve.mjs); the cold `budget status` of the same data beside it.
const { serveTimes } = await import('./bench-serve.mjs');
const serveSeed = await serveTimes(bin, defaultData, '/', small, env);
const serveText = (r, page) => `${r.firstPage.toFixed(3)} s (listening after ${r.listening.toFixed(3)} s; ${page} again ${r.again.toFixed(3)} s)`;
row('`serve`: start and the first page (the overview), default data', cmdOf('serve --data data'), serveText(serveSeed, 'the page'), `\`budget status\`, cold process: ${fmt(status)}`, '< 1 s', serveSeed.firstPage < 1);
const serveBig = await serveTimes(bin, d100k, '/r/budget-status', large, env);
row('`serve`: start and the budget status page, 100,000 entries', cmdOf('serve --data one-100000'), serveText(serveBig, 'the page'), `\`budget status\`, cold: ${fmt(s100k)}`, '< 2 s', serveBig.firstPage < 2);

log('bench: the typo path (each run beside its clean run, in turn)');
for (const [m, r] of [[1, bad1], [100, bad100], [10_000, bad10k]]) {
  const ts = r.s / v100k.s;
  const ms = r.mb / v100k.mb;
  row(
    `validate, 100,000 entries (one file, modeline first) with ${m.toLocaleString('en')} bad value${m > 1 ? 's' : ''}`,
    cmdOf(`validate --data one-100000-bad-${m}`),
    `${fmt(r)} (${ts.toFixed(2)} × time, ${ms.toFixed(2)} × memory)`,
    `clean: ${fmt(v100k)}`,
    `≤ ${m === 1 ? 1.2 : 1.5} × the clean run, time and memory`,
    ts <= (m === 1 ? 1.2 : 1.5) && ms <= 1.5,
  );
}
{
  const names = Object.keys(at20k);
  const r = Object.fromEntries(together(names.map((k) => runLarge('validate', '--data', at20k[k])), large).map((x, i) => [names[i], x]));
  for (const ml of [true, false]) {
    const clean = r[`0-${ml}`];
    for (const m of [1, 10_000]) {
      const x = r[`${m}-${ml}`];
      const limit = m === 1 ? 1.2 : 1.5;
      row(
        `validate, 20,000 entries (one file${ml ? ', modeline first' : ', no comment'}) with ${m.toLocaleString('en')} bad value${m > 1 ? 's' : ''}`,
        cmdOf(`validate --data one-20000-bad-${m}${ml ? '' : '-no-modeline'}`),
        `${fmt(x)} (${(x.s / clean.s).toFixed(2)} × time, ${(x.mb / clean.mb).toFixed(2)} × memory)`,
        `clean: ${fmt(clean)}`,
        `≤ ${limit} × the clean run, time`,
        x.s / clean.s <= limit,
      );
    }
  }
}
row(
  'validate, 100,000 entries in monthly files with 10,000 bad values',
  cmdOf('validate --data monthly-100000-bad-10000'),
  `${fmt(vMonthlyBad)} (${(vMonthlyBad.s / vMonthly.s).toFixed(2)} × time, ${(vMonthlyBad.mb / vMonthly.mb).toFixed(2)} × memory)`,
  `clean: ${fmt(vMonthly)}`,
  '≤ 1.5 × the clean run, time and memory',
  vMonthlyBad.s / vMonthly.s <= 1.5 && vMonthlyBad.mb / vMonthly.mb <= 1.5,
);

log('bench: every command that reads the entries, 1,000 to 100,000 entries');
// Each command's time per 10 × entries, measured in the same rounds (the cache off, as in every
// row): a cost that grows faster than the entries shows as a ratio above 10. At 1,000 entries the
// start-up is most of a run, so the 10,000 / 1,000 ratio is small; 100,000 / 10,000 is the one
// that shows the growth.
const d1k = data('one-1000', { n: 1_000 });
{
  const LINEAR = [
    ['validate', ['validate']],
    ['budget status', ['budget', 'status']],
    ['budget monthly', ['budget', 'monthly']],
    ['expenses list --format csv', ['expenses', 'list', '--format', 'csv']],
    ['expenses summary', ['expenses', 'summary']],
    ['expenses disclose --month 2021-06 --format csv', ['expenses', 'disclose', '--month', '2021-06', '--format', 'csv']],
  ];
  const runs = together(
    LINEAR.flatMap(([, a]) => [d1k, d10k, d100k].map((d) => [process.execPath, [bin, ...a, '--data', d]])),
    large,
  );
  LINEAR.forEach(([name], i) => {
    const [a, b, c] = runs.slice(3 * i, 3 * i + 3);
    const worst = Math.max(b.s / a.s, c.s / b.s);
    row(
      `\`${name}\` of 1,000 / 10,000 / 100,000 entries`,
      cmdOf(`${name} --data one-100000`),
      `${fmt(c)} (10,000: ${fmt(b)}; 1,000: ${fmt(a)}; per 10 × entries at most ${worst.toFixed(1)} × the time)`,
      '—',
      'per 10 × entries ≤ 12 × the time',
      worst <= 12,
    );
  });
}

log('bench: expenses list in the table format, 1,000 to 100,000 entries');
{
  const [l1k, l10k, l100k] = together([d1k, d10k, d100k].map((d) => [process.execPath, [bin, 'expenses', 'list', '--data', d]]), large);
  const worst = Math.max(l10k.s / l1k.s, l100k.s / l10k.s);
  row(
    '`expenses list` (table) of 1,000 / 10,000 / 100,000 entries',
    cmdOf('expenses list --data one-100000'),
    `${fmt(l100k)} (10,000: ${fmt(l10k)}; 1,000: ${fmt(l1k)}; per 10 × entries at most ${worst.toFixed(1)} × the time)`,
    '—',
    '100,000 ≤ 3 s; per 10 × entries ≤ 12 × the time',
    l100k.s <= 3 && worst <= 12,
  );
}

log('bench: a file wrong on every line');
{
  const everyLine = data('one-200000-bad-200000', { n: 200_000, mistakes: 200_000, modeline: true });
  const r = measure(process.execPath, [bin, 'validate', '--data', everyLine], large, [1]);
  row('validate, 200,000 entries with a mistake on every line (about 120,000 errors)', cmdOf('validate --data one-200000-bad-200000'), fmt(r), '1,000 errors located per file, the rest counted', '≤ 5 s, ≤ 500 MB', r.s <= 5 && r.mb <= 500);
}

log('bench: 1,000 small files');
const vSmall = tool('validate', '--data', smallFiles);
row('validate, 1,000 files of 20 records', cmdOf('validate --data small-1000x20'), fmt(vSmall), 'ajv-cli 0.38 s without locations (issue figure, not measured here)', '≤ 0.4 s', vSmall.s <= 0.4);

log('bench: expenses import');
// 100,000 disclosure rows into a folder of 1,000 entries; --dry-run does all the work (read,
// match, write the new text, validate the folder with it) but the write, so each run starts alike.
const importData = data('import-1000', { n: 1_000 });
const importCsvFile = join(work, 'disclosures-100000.csv');
writeFileSync(importCsvFile, importCsv(100_000));
// --allow-over: the generated rows take 재료비 past its 예산현액, which the import now refuses
// (exit 1) before the timing means anything.
const imp = measure(process.execPath, [bin, 'expenses', 'import', importCsvFile, '--data', importData, '--dry-run', '--allow-over'], large);
row('`expenses import` of 100,000 rows', cmdOf('expenses import disclosures-100000.csv --dry-run --allow-over'), fmt(imp), 'a data folder of 1,000 entries', '≤ 2 s', imp.s <= 2);

log('bench: a headcount table wrong in every cell');
{
  const dir = join(work, 'headcount-20000-bad');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'headcount'), { recursive: true });
  writeFileSync(join(dir, 'office.yaml'), 'kind: office\nid: bench\nname: 시험과\nfunctions:\n  - title: 기능\n    items: [내용]\n');
  const rows = Array.from({ length: 20_000 }, (_, i) => `      - { grade: g${i}, quota: x, current: 1 }`);
  writeFileSync(join(dir, 'headcount', '2023-03-31.yaml'), `kind: headcount\nas_of: 2023-03-31\ntracks:\n  - track: 일반직\n    grades:\n${rows.join('\n')}\n`);
  const r = measure(process.execPath, [bin, 'validate', '--data', dir], large, [1]);
  row('validate, a headcount table of 20,000 rows, each with a wrong cell', cmdOf('validate --data headcount-20000-bad'), fmt(r), 'a value that fits no branch of the schema\'s anyOf: its errors chosen once per place', '≤ 5 s, ≤ 500 MB', r.s <= 5 && r.mb <= 500);
}

log('bench: a disclosure table with a quote never closed');
{
  const rows = importCsv(400_000).split('\n');
  // the last value of the first entry opens a quote that nothing closes
  rows[1] = rows[1].replace(/,([^,]*)$/, ',"$1');
  const file = join(work, 'unclosed-quote.csv');
  writeFileSync(file, rows.join('\n'));
  const r = measure(process.execPath, [bin, 'expenses', 'import', file, '--data', importData, '--dry-run'], large, [1]);
  row(`a ${(Buffer.byteLength(rows.join('\n')) / 1e6).toFixed(0)} MB disclosure table with a quote never closed`, cmdOf('expenses import unclosed-quote.csv --dry-run'), fmt(r), 'refused at the row and column of the quote', '≤ 5 s, ≤ 500 MB', r.s <= 5 && r.mb <= 500);
}

log('bench: parse limits');
const hostile = join(work, 'hostile');
const aliasBomb = ['kind: office', 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
'bcdefghijklmnopqrst'.split('').forEach((c, i, all) => aliasBomb.push(`${c}: &${c} [${Array(10).fill(`*${i === 0 ? 'a' : all[i - 1]}`).join(', ')}]`));
writeDataset(hostile, { n: 0 });
rmSync(join(hostile, 'expenses.yaml'));
writeFileSync(join(hostile, 'bomb.yaml'), `${aliasBomb.join('\n')}\n`);
const bomb = measure(process.execPath, [bin, 'validate', '--data', hostile], small, [1]);
row('a 1 KB alias bomb', cmdOf('validate --data hostile (bomb.yaml)'), fmt(bomb), '—', '< 2 s, located message', bomb.s < 2);
rmSync(join(hostile, 'bomb.yaml'));
writeFileSync(join(hostile, 'deep.yaml'), `kind: office\nfunctions: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
const deep = measure(process.execPath, [bin, 'validate', '--data', hostile], small, [1]);
row('a 10,000-level nested document', cmdOf('validate --data hostile (deep.yaml)'), fmt(deep), '—', '< 2 s, located message', deep.s < 2);

if (!flag('--no-50mb')) {
  log('bench: 50 MB');
  const n50 = Math.ceil((50 * 1024 * 1024) / 165);
  const big = data('big-50mb', { n: n50 });
  const bigBad = data('big-50mb-bad-1', { n: n50, mistakes: 1 });
  const [clean50, bad50] = together(
    [
      [process.execPath, [bin, 'validate', '--data', big], [0, 1]],
      [process.execPath, [bin, 'validate', '--data', bigBad], [1]],
    ],
    huge,
  );
  rmSync(big, { recursive: true, force: true });
  rmSync(bigBad, { recursive: true, force: true });
  row('a 50 MB file with one bad value at its end', cmdOf('validate --data big-50mb-bad-1'), `${fmt(bad50)} (${(bad50.s / clean50.s).toFixed(2)} × the clean run)`, `clean: ${fmt(clean50)}`, '< 2 × the clean run', bad50.s < 2 * clean50.s);
}

if (!flag('--no-rollup')) {
  log('bench: roll-up (scripts/bench-rollup.mjs)');
  for (const r of rollupBench({ work, bin, quick })) row(r.work, r.command, r.measured, r.reference, r.target, r.pass);
}

finish();

/**
 * A resident process of the installed package `launcher`, in a socket folder of its own: `run`
 * gives a command for together() that goes through it; `stop` ends it. Started by one unmeasured
 * command, then warmed by a few more.
 */
function residentProcess(launcher) {
  const folder = mkdtempSync(join(tmpdir(), 'mo-'));
  chmodSync(folder, 0o700);
  const extra = { MAYOR_OFFICE_RESIDENT: '1', XDG_RUNTIME_DIR: folder, MAYOR_OFFICE_RESIDENT_IDLE: '7200' };
  const sockets = () => (existsSync(join(folder, 'mayor-office')) ? readdirSync(join(folder, 'mayor-office')).filter((f) => f.endsWith('.sock')) : []);
  const first = [process.execPath, [launcher, 'budget', 'status', '--data', defaultData], [0], extra];
  once(...first);
  const end = Date.now() + 30_000;
  while (sockets().length === 0) {
    if (Date.now() > end) throw new Error('the resident process did not start in 30 s');
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 100)']);
  }
  for (let i = 0; i < 5; i++) once(...first);
  const stop = () => {
    for (const s of sockets()) {
      spawnSync(process.execPath, ['-e', "const c = require('node:net').connect(process.argv[1]); c.on('error', () => {}); c.on('data', () => {}); c.end('{\"op\":\"stop\"}\\n');", join(folder, 'mayor-office', s)]);
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.on('exit', stop);
  return {
    run: (a, dataDir, more = {}) => [process.execPath, [launcher, ...a, '--data', dataDir], [0], { ...extra, ...more }],
    stop,
  };
}

/** Removes the data sets and prints the table (to --out too). */
function finish() {
  rmSync(work, { recursive: true, force: true });
  const lines = [
    `node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ${quick ? 'quick: ' : ''}${startupOnly ? 'start-up only: ' : ''}medians of ${small} runs (${large} at 100,000 entries, ${huge} at 50 MB); wall time of a new process; peak memory from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage()'}; NODE_EXTRA_CA_CERTS unset for every timed process.`,
    '',
    '| work | command | measured | reference in the same run | target | result |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.work} | \`${r.command}\` | ${r.measured} | ${r.reference} | ${r.target} | ${r.pass === undefined ? '—' : r.pass ? 'pass' : '**fail**'} |`),
  ];
  const out = lines.join('\n') + '\n';
  process.stdout.write(out);
  const file = option('--out');
  if (file) writeFileSync(file, out);
}
