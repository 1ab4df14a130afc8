#!/usr/bin/env node
// Launcher: runs the compiled cli and sets the exit code; nothing else. Stream errors and
// signals are handled inside (cli/io.ts, cli/atomicWrite.ts), so nothing here prints a trace.
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2));
