#!/usr/bin/env node
// Launcher: runs the cli and sets the exit code; nothing else. Stream errors and signals are
// handled inside (cli/io.ts, cli/atomicWrite.ts), so nothing here prints a trace.
//
// Which cli: dist/ (tsc's output) when it is there, else the release bundle (bundle/). dist/ is
// never shipped or committed; it exists only in a working copy where `npm test`, `npm run
// compile` or `npm run make` ran, and there it is the source as last compiled, which the tests
// run. Everywhere else — the installed tarball, a git install, a fresh clone after `npm ci` —
// there is no dist/ and the committed bundle runs (docs/architecture.md, "Release").
//
// A CommonJS file (bin/package.json), so that `--version` and the help kept in the release are
// printed by bundle/quick.cjs before Node sets up its ES module loader (src/cli/quick.ts).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

// Node 22.1 and later keep the compiled code of the tool between runs (docs/performance.md,
// "Start-up"); Node 20 has no such cache, and this is a no-op there.
require('node:module').enableCompileCache?.();

const argv = process.argv.slice(2);
const dist = join(__dirname, '..', 'dist', 'cli', 'run.js');
const fromDist = existsSync(dist);
const full = () => import(pathToFileURL(fromDist ? dist : join(__dirname, '..', 'bundle', 'run.js')).href);
(fromDist ? full().then((cli) => cli.run(argv)) : require('../bundle/quick.cjs').quickRun(argv, full)).then((code) => {
  process.exitCode = code;
});
