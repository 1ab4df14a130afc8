// What a run prints without the program: `--version` alone, and a command's help kept in the
// release (cli/keptHelp.ts). The release's launcher (bin/mayor-office.js) runs this from a
// CommonJS file of its own, bundle/quick.cjs (scripts/bundle.mjs), before any ES module: Node
// sets up its ES module loader only when the first one is loaded, which costs about a third of
// `node -e 0` again (docs/performance.md, "Start-up"). Anything else goes on in run.js.
import type { CliIo } from './io.js';
import { processIo, stdoutFault } from './io.js';
import { keptHelp } from './keptHelp.js';
import { residentRun } from './resident.js';
import { codeFolder, isVersionOnly, releaseBuildId, version } from './version.js';

/** The text a run of `argv` prints, when it is the version or the kept help; else undefined. */
export function quickText(argv: readonly string[], io: CliIo): string | undefined {
  return isVersionOnly(argv) ? `${version()}\n` : keptHelp(argv, io);
}

/** What the launcher needs of run.js: the run, and the end of one whose stdout failed. */
interface Full {
  run(argv: readonly string[], io: CliIo): Promise<number>;
  stdoutFailed(argv: readonly string[], io: CliIo, failure: NodeJS.ErrnoException): Promise<number>;
  serveResident(socket: string): Promise<void>;
}

/** Runs `argv`: printed here when quickText can, else by the resident process when it may
 *  (cli/resident.ts), else by run.js, which `full` imports. `launcher` is the file that starts a
 *  resident process (`launcher --resident SOCKET`, which this answers too). */
export async function quickRun(argv: readonly string[], full: () => Promise<Full>, io: CliIo = processIo(), launcher = process.argv[1]): Promise<number> {
  if (argv.length === 2 && argv[0] === '--resident') {
    await (await full()).serveResident(argv[1]!);
    return 0;
  }
  const text = quickText(argv, io);
  let code: number | undefined;
  if (text === undefined) {
    code = await residentRun(argv, io, codeFolder(), releaseBuildId, launcher);
    if (code === undefined) return (await full()).run(argv, io);
  } else io.stdout.write(text);
  const failure = await stdoutFault(io);
  // 0 is EXIT.ok (errors.ts is not imported for one number), as run.ts ends a run.
  return failure === undefined ? (code ?? 0) : (await full()).stdoutFailed(argv, io, failure);
}
