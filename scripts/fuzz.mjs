#!/usr/bin/env node
// npm run fuzz [-- --runs N --seed S]: runs N (default 5,000) mutated copies of the valid
// fixtures through every command (test/fuzz/), then prints the number of cases, crashes,
// hangs and unlocated problems, and the first failing cases as JSON (each can be replayed as a
// regression test). Exit 0 only when none failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '5000'));
const seed = arg('seed', String(Date.now() % 2 ** 31));
const dir = mkdtempSync(join(tmpdir(), 'mayor-office-fuzz-'));
const summaryFile = join(dir, 'summary.json');
const child = spawnSync('npx', ['vitest', 'run', 'test/fuzz/fuzz.test.ts', '--reporter=dot'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, MAYOR_OFFICE_FUZZ_RUNS: String(runs), MAYOR_OFFICE_FUZZ_SEED: seed, MAYOR_OFFICE_FUZZ_SUMMARY: summaryFile },
});
let summary;
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  console.error(`fuzz: the run ended (exit ${child.status}) without a summary`);
  process.exit(2);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`seed ${summary.seed}: ${summary.cases} cases, ${summary.crashes} crashes, ${summary.hangs} hangs, ${summary.unlocated} unlocated problems (${summary.seconds} s)`);
for (const f of summary.failing) console.log(JSON.stringify(f));
process.exit(summary.crashes + summary.hangs + summary.unlocated === 0 ? 0 : 1);
