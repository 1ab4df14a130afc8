import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The module lists and compiled schemas the tests import, made when missing or stale, so a
    // test file runs on a fresh clone without `npm run compile` first; and a record cache of the
    // run's own (test/cacheDir.setup.ts), never the user's; and the release built from the
    // sources in a temporary folder, which the end-to-end tests run (test/setup/release.ts).
    // First of all, a temporary folder of the run's own that everything made under os.tmpdir()
    // goes into, removed at the end (test/setup/tmp.ts).
    globalSetup: ['test/setup/tmp.ts', 'test/setup/generated.ts', 'test/cacheDir.setup.ts', 'test/setup/release.ts'],
    // End-to-end tests start the built CLI; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
    // Limits against a hang, not a measure of speed: a 2-core machine busy with other work may
    // take many times the idle time of a test or of a hook that copies fixtures or builds.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
