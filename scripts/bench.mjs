// npm run bench: start-up and validation timings of the built CLI, medians of repeated runs in
// one session (the machine is shared; compare ratios measured together, not single numbers).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'mayor-office.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);

function time(args, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

/** A data folder with the default budget and N itemized expense entries (deterministic). */
function expenseData(n) {
  const dir = mkdtempSync(join(tmpdir(), 'mayor-office-bench-'));
  // The default budget lines without the snapshot, which itemized entries would contradict.
  writeFileSync(
    join(dir, 'budget.yaml'),
    'kind: budget\nfiscal_year: 2021\nunit: 천원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: 2772000 }\n  - { code: 203-03, name: 시책추진업무추진비, budget: 600000 }\n',
  );
  const lines = ['kind: expenses', 'fiscal_year: 2021', 'unit: 원', 'entries:'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor((i / n) * 365);
    const d = new Date(Date.UTC(2021, 0, day)).toISOString().slice(0, 10);
    lines.push(
      `  - date: ${d}`,
      `    line: ${rnd() < 0.8 ? '203-01' : '203-03'}`,
      `    amount: ${(1 + Math.floor(rnd() * 500)) * 1000}`,
      `    purpose: 시정 현안 협의 간담회 ${i}`,
      `    place: 중구 소재 식당`,
      `    attendees: 시장 외 ${1 + Math.floor(rnd() * 9)}명`,
      `    payment: 카드`,
    );
  }
  writeFileSync(join(dir, 'expenses.yaml'), lines.join('\n') + '\n');
  return dir;
}

const rows = [];
const node0 = time(['-e', '0'], runs);
rows.push(['node -e 0 (reference)', node0]);
const help = time([bin, '--help'], runs);
rows.push(['mayor-office --help', help]);
rows.push(['mayor-office validate (default data, 15 files)', time([bin, 'validate', '--data', join(root, 'data')], runs)]);
rows.push(['mayor-office budget status (default data)', time([bin, 'budget', 'status', '--data', join(root, 'data')], runs)]);
rows.push(['mayor-office report --format md (default data)', time([bin, 'report', '--data', join(root, 'data')], runs)]);
for (const n of [1000, 10000]) {
  const dir = expenseData(n);
  const few = Math.max(3, Math.floor(runs / 3));
  rows.push([`mayor-office validate (${n} expense entries)`, time([bin, 'validate', '--data', dir], few)]);
  rows.push([`mayor-office budget status (${n} expense entries)`, time([bin, 'budget', 'status', '--data', dir, '--as-of', '2021-12-31'], few)]);
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (ms) => (ms / 1000).toFixed(3);
console.log(`node ${process.version}, ${runs} runs (3+ for the large files), wall time in seconds`);
console.log('| command | median s | min–max s | ratio to node -e 0 |');
console.log('|---|---|---|---|');
for (const [name, t] of rows) console.log(`| ${name} | ${fmt(t.median)} | ${fmt(t.min)}–${fmt(t.max)} | ${(t.median / node0.median).toFixed(2)}× |`);
