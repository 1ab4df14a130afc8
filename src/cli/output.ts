// Where a command's output goes: stdout (no --out, or --out -), or a file written through the
// engine's one atomic-write helper. Never into the data folder: only the engine's write path
// changes the records.
import { resolve } from 'node:path';
import { isInside } from '../engine/paths.js';
import { atomicWrite, throughLinks } from '../engine/atomicWrite.js';
import { CLI_TEXT } from '../engine/words.js';
import type { RunContext } from './context.js';
import { UsageError } from './errors.js';

/** `dataDir`: the data folder, or every records folder a run reads (a roll-up's offices). */
export function writeOutput(ctx: RunContext, output: string | Uint8Array, out: string | undefined, dataDir: string | readonly string[] | undefined): void {
  if (out === undefined || out === '-') {
    ctx.io.stdout.write(output);
    return;
  }
  const target = resolve(ctx.cwd, out);
  // Where the write would land: through every link, a dangling one too (its target may not exist
  // yet), so that no link of any kind leads a report into the data folder.
  let landing: string;
  try {
    landing = throughLinks(target);
  } catch {
    landing = target; // a link loop: the write itself reports it
  }
  const dirs = dataDir === undefined ? [] : typeof dataDir === 'string' ? [dataDir] : dataDir;
  if (dirs.some((d) => isInside(d, target) || isInside(d, landing))) throw new UsageError(CLI_TEXT[ctx.lang].outInData(out));
  atomicWrite(target, output, out, ctx.lang);
}
