// Property tests over every valid fixture: mutated copies of each record file go through load,
// validate, compute and every renderer (test/fuzz/property.ts says what must hold). `npm test`
// runs 150 cases from a fixed seed, so a failure is reproducible; `npm run fuzz`
// (scripts/fuzz.mjs) runs thousands from a random seed and prints the counts. A failing case
// found there becomes a regular test (test/e2e/issue15.e2e.test.ts).
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Failure, Fixture, FuzzCase } from './property.js';
import { caseArb, checkCase, copyFixtures, removeFixtures } from './property.js';

/** Set by scripts/fuzz.mjs; without it this is the quick run of `npm test`. */
const FUZZ_RUNS = Number(process.env['MAYOR_OFFICE_FUZZ_RUNS'] ?? 0);
const SUMMARY = process.env['MAYOR_OFFICE_FUZZ_SUMMARY'];
const RUNS = FUZZ_RUNS > 0 ? FUZZ_RUNS : 150;
const SEED = FUZZ_RUNS > 0 ? Number(process.env['MAYOR_OFFICE_FUZZ_SEED'] ?? Date.now() % 2 ** 31) : 20261125;

let fixtures: Fixture[];
beforeAll(async () => {
  fixtures = await copyFixtures();
});
afterAll(() => removeFixtures(fixtures));

it(`${RUNS} mutated fixtures finish, exit 0 or 1 and locate each problem in its file (seed ${SEED})`, async () => {
  const cases = fc.sample(caseArb, { numRuns: RUNS, seed: SEED });
  const counts = { cases: 0, crashes: 0, hangs: 0, unlocated: 0 };
  const failing: { case: FuzzCase; failures: Failure[] }[] = [];
  const started = performance.now();
  for (const c of cases) {
    // The quick run checks two report commands per valid case, the long one four.
    const failures = await checkCase(fixtures, c, FUZZ_RUNS > 0 ? 4 : 2);
    counts.cases++;
    if (failures.some((f) => f.kind === 'crash')) counts.crashes++;
    if (failures.some((f) => f.kind === 'hang')) counts.hangs++;
    if (failures.some((f) => f.kind === 'unlocated')) counts.unlocated++;
    if (failures.length > 0) failing.push({ case: c, failures });
  }
  if (SUMMARY) writeFileSync(SUMMARY, JSON.stringify({ seed: SEED, ...counts, seconds: Math.round((performance.now() - started) / 1000), failing: failing.slice(0, 50) }, null, 2));
  expect(counts.cases).toBe(RUNS);
  // In the long run the counts are the result (scripts/fuzz.mjs prints them and sets the exit code).
  if (FUZZ_RUNS === 0) expect(failing).toEqual([]);
}, FUZZ_RUNS > 0 ? 24 * 3600_000 : 300_000);
