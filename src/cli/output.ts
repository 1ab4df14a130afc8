// Where a command's output goes: stdout (no --out, or --out -), or a file written through the
// engine's one atomic-write helper. Never into the data folder: only the engine's write path
// changes the records.
import { resolve } from 'node:path';
import { isInside } from '../engine/paths.js';
import { atomicWrite } from '../engine/atomicWrite.js';
import { CLI_TEXT } from '../engine/words.js';
import type { RunContext } from './context.js';
import { UsageError } from './errors.js';

export function writeOutput(ctx: RunContext, output: string | Uint8Array, out: string | undefined, dataDir: string | undefined): void {
  if (out === undefined || out === '-') {
    ctx.io.stdout.write(output);
    return;
  }
  const target = resolve(ctx.cwd, out);
  if (dataDir !== undefined && isInside(dataDir, target)) throw new UsageError(CLI_TEXT[ctx.lang].outInData(out));
  atomicWrite(target, output, out, ctx.lang);
}
