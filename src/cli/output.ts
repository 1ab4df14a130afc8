// Where a command's output goes: stdout, or --out FILE written atomically (a temporary file in
// the same folder, then a rename), so no file is ever half-written. Never into the data folder.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside } from './paths.js';
import type { RunContext } from './context.js';
import { UsageError } from './errors.js';
import { CLI_TEXT } from '../messages/cliText.js';

export function writeOutput(ctx: RunContext, output: string | Uint8Array, out: string | undefined, dataDir: string | undefined): void {
  if (out === undefined || out === '-') {
    ctx.io.stdout.write(output);
    return;
  }
  const target = resolve(ctx.cwd, out);
  if (dataDir !== undefined && isInside(dataDir, target)) throw new UsageError(CLI_TEXT[ctx.lang].outInData(out));
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, output);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new UsageError(CLI_TEXT[ctx.lang].writeFailed(out, code));
  }
}
