// Where a command's output goes: stdout, or --out FILE written atomically (a temporary file in
// the same folder, then a rename), so no file is ever half-written. Never into the data folder.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join, relative, resolve, isAbsolute } from 'node:path';
import type { RunContext } from './context.js';
import { UsageError } from './errors.js';
import { CLI_TEXT } from '../messages/cliText.js';

export function writeOutput(ctx: RunContext, text: string | Uint8Array, out: string | undefined, dataDir: string | undefined): void {
  if (out === undefined || out === '-') {
    ctx.io.stdout.write(typeof text === 'string' ? text : Buffer.from(text).toString('latin1'));
    return;
  }
  const target = resolve(ctx.cwd, out);
  if (dataDir !== undefined) {
    const rel = relative(dataDir, target);
    if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) throw new UsageError(CLI_TEXT[ctx.lang].outInData(out));
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new UsageError(CLI_TEXT[ctx.lang].writeFailed(out, (err as Error).message));
  }
}
