// What a run prints without the program: `--version` alone, and a command's help kept in the
// release (cli/keptHelp.ts). The release's launcher (bin/mayor-office.js) runs this from a
// CommonJS file of its own, bundle/quick.cjs (scripts/bundle.mjs), before any ES module: Node
// sets up its ES module loader only when the first one is loaded, which costs about a third of
// `node -e 0` again (docs/performance.md, "Start-up"). Anything else goes on in run.js.
import type { CliIo } from './io.js';
import { processIo, stdoutFault } from './io.js';
import { keptHelp } from './keptHelp.js';
import { isVersionOnly, version } from './version.js';

/** The text a run of `argv` prints, when it is the version or the kept help; else undefined. */
export function quickText(argv: readonly string[], io: CliIo): string | undefined {
  return isVersionOnly(argv) ? `${version()}\n` : keptHelp(argv, io);
}

/** What the launcher needs of run.js: the run, and the end of one whose stdout failed. */
interface Full {
  run(argv: readonly string[], io: CliIo): Promise<number>;
  stdoutFailed(argv: readonly string[], io: CliIo, failure: NodeJS.ErrnoException): Promise<number>;
}

/** Runs `argv`: printed here when quickText can, else by run.js, which `full` imports. */
export async function quickRun(argv: readonly string[], full: () => Promise<Full>, io: CliIo = processIo()): Promise<number> {
  const text = quickText(argv, io);
  if (text === undefined) return (await full()).run(argv, io);
  io.stdout.write(text);
  const failure = await stdoutFault(io);
  // 0 is EXIT.ok (errors.ts is not imported for one number), as run.ts ends a run.
  return failure === undefined ? 0 : (await full()).stdoutFailed(argv, io, failure);
}
