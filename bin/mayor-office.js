#!/usr/bin/env node
// Launcher: runs the cli and sets the exit code; nothing else. Stream errors and signals are
// handled inside (cli/io.ts, cli/atomicWrite.ts), so nothing here prints a trace.
//
// Which cli: dist/ (tsc's output) when it is there, else the release bundle (bundle/). dist/ is
// never shipped or committed; it exists only in a working copy where `npm test`, `npm run
// compile` or `npm run make` ran, and there it is the source as last compiled, which the tests
// run. Everywhere else — the installed tarball, a git install, a fresh clone after `npm ci` —
// there is no dist/ and the committed bundle runs (docs/architecture.md, "Release").
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1 and later keep the compiled code of the tool between runs (docs/performance.md,
// "Start-up"); Node 20 has no such cache, and this is a no-op there.
module.enableCompileCache?.();

const dist = new URL('../dist/cli/run.js', import.meta.url);
const { run } = await import(existsSync(dist) ? dist.href : '../bundle/run.js');
process.exitCode = await run(process.argv.slice(2));
