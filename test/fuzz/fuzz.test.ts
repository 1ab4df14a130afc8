// Property tests over every valid fixture: mutated copies of each record file go through load,
// validate, compute and every renderer (test/fuzz/property.ts says what must hold). `npm test`
// runs a few hundred cases from a fixed seed, so a failure is reproducible; `npm run fuzz`
// (scripts/fuzz.mjs) runs thousands from a random seed and prints the counts. A failing case
// found there becomes a regular test in regressions.test.ts.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Failure, Fixture, FuzzCase } from './property.js';
import { caseArb, checkCase, copyFixtures, removeFixtures } from './property.js';

const FUZZ_RUNS = Number(process.env['MAYOR_OFFICE_FUZZ_RUNS'] ?? 0);
const SUMMARY = process.env['MAYOR_OFFICE_FUZZ_SUMMARY'];

let fixtures: Fixture[];
beforeAll(async () => {
  fixtures = await copyFixtures();
});
afterAll(() => removeFixtures(fixtures));

describe.runIf(FUZZ_RUNS === 0)('mutated records (npm test)', () => {
  it('every mutated fixture finishes, exits 0 or 1 and locates each problem in its file', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        expect(await checkCase(fixtures, c, 2)).toEqual([]);
      }),
      { numRuns: 200, seed: 20261125, endOnFailure: true },
    );
  }, 120_000);
});

describe.runIf(FUZZ_RUNS > 0)('mutated records (npm run fuzz)', () => {
  it(`${FUZZ_RUNS} mutated cases`, async () => {
    const seed = Number(process.env['MAYOR_OFFICE_FUZZ_SEED'] ?? Date.now() % 2 ** 31);
    const cases = fc.sample(caseArb, { numRuns: FUZZ_RUNS, seed });
    const counts = { cases: 0, crashes: 0, hangs: 0, unlocated: 0 };
    const failing: { case: FuzzCase; failures: Failure[] }[] = [];
    const started = performance.now();
    for (const c of cases) {
      const failures = await checkCase(fixtures, c);
      counts.cases++;
      if (failures.some((f) => f.kind === 'crash')) counts.crashes++;
      if (failures.some((f) => f.kind === 'hang')) counts.hangs++;
      if (failures.some((f) => f.kind === 'unlocated')) counts.unlocated++;
      if (failures.length > 0) failing.push({ case: c, failures });
    }
    const summary = { seed, ...counts, seconds: Math.round((performance.now() - started) / 1000), failing: failing.slice(0, 50) };
    if (SUMMARY) writeFileSync(SUMMARY, JSON.stringify(summary, null, 2));
    // The counts and failing cases are the result; scripts/fuzz.mjs prints them.
    expect(counts.cases).toBe(FUZZ_RUNS);
  }, 24 * 3600_000);
});
