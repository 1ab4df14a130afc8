#!/usr/bin/env node
// Launcher: runs the compiled cli and sets the exit code; nothing else.
import { run } from '../dist/cli/run.js';

process.exitCode = await run(process.argv.slice(2));
