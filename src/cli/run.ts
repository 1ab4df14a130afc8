// The entry of the cli layer: argv in, exit code out. The only place that decides exit codes
// for errors: a UsageError is 2 with its message; anything unexpected is 2 with a short
// "this is a bug" line and the version, never a bare stack trace. Results go to stdout and
// problems to stderr; when stdout fails, a reader that went away (EPIPE, `| head -1`) ends the
// run quietly with its own code, any other failure (ENOSPC on a full disk) is one line, exit 2.
//
// Start-up (docs/performance.md, "Start-up"): this module imports only what every run needs;
// the command table, commander and the words are imported when a command runs (one import, so
// one more step of the module loader); `--version` alone and the help kept in the release are
// printed without them (cli/quick.ts), and the release's launcher prints those two before it
// loads this module at all.
import { version } from './version.js';
import { quickText } from './quick.js';
import type { CliIo } from './io.js';
import { processIo, stdoutFault } from './io.js';
import { DataErrors, EXIT, UsageError } from './errors.js';
import { FigureOverflow } from '../engine/errors.js';
import type { Lang } from '../engine/words.js';
import type { KeptHelpTexts } from './keptHelp.js';

export { version } from './version.js';

export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let lang: Lang | undefined;
  let code: number;
  // The version, or the help kept in the release (what the release's launcher prints itself).
  const text = quickText(argv, io);
  if (text !== undefined) {
    io.stdout.write(text);
    code = EXIT.ok;
  } else {
    const program = await import('./program.js');
    // The language of help, usage errors and errors outside a command: --lang, the marker, the locale.
    lang = program.runLanguage(argv, io);
    code = await runCommand(program, argv, io, lang, version());
  }
  const failure = await stdoutFault(io);
  return failure === undefined ? code : stdoutFailed(argv, io, failure, lang);
}

/** Runs as the resident process on `socket` (cli/residentServer.ts) until it is idle or
 *  stopped. The program is loaded first, so the first command it is sent finds it loaded. */
export async function serveResident(socket: string): Promise<void> {
  const [{ serveResident: serve }] = await Promise.all([import('./residentServer.js'), import('./program.js')]);
  await serve(socket, run);
}

/** A stdout that failed otherwise than by its reader going away (stdoutFault): one line on
 *  stderr, exit 2. */
export async function stdoutFailed(argv: readonly string[], io: CliIo, failure: NodeJS.ErrnoException, lang?: Lang): Promise<number> {
  const { CLI_TEXT, runLanguage } = await import('./program.js');
  io.stderr.write(`mayor-office: ${CLI_TEXT[lang ?? runLanguage(argv, io)].stdoutFailed(failure.code ?? failure.message)}\n`);
  return EXIT.usage;
}

async function runCommand(program: typeof import('./program.js'), argv: readonly string[], io: CliIo, lang: Lang, v: string): Promise<number> {
  const { buildProgram, CommanderError, CLI_TEXT } = program;
  const result = { code: EXIT.ok as number };
  try {
    await buildProgram(io, v, result, lang, argv).parseAsync([...argv], { from: 'user' });
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help (and --version among other arguments) end here with 0; commander has already
      // printed its message.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof DataErrors) return EXIT.dataErrors;
    if (err instanceof FigureOverflow) {
      io.stderr.write(`mayor-office: ${CLI_TEXT[lang].figureTooLarge}\n`);
      return EXIT.dataErrors;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`mayor-office: ${err.message}\n`);
      return EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`mayor-office: ${CLI_TEXT[lang].internal(v, message)}\n`);
    if (io.env['MAYOR_OFFICE_DEBUG'] && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    return EXIT.usage;
  }
}

/** The help of the program, of each group and of each command, in both languages, as a run at
 *  80 columns prints it: what the release keeps in help.json (scripts/bundle.mjs, cli/keptHelp.ts). */
export async function helpTexts(): Promise<KeptHelpTexts> {
  const program = await import('./program.js');
  const texts: KeptHelpTexts = { ko: {}, en: {} };
  for (const lang of program.LANGS) {
    for (const words of program.helpPaths()) {
      let out = '';
      let err = '';
      const io: CliIo = { cwd: '/', env: {}, stdout: { write: (s) => (out += String(s)) }, stderr: { write: (s) => (err += s) } };
      // The help names no version: the bundle makes these texts where it has no package.json beside it.
      const code = await runCommand(program, ['--lang', lang, ...words.split(' ').filter((w) => w !== ''), '--help'], io, lang, '0.0.0');
      if (code !== EXIT.ok || err !== '') throw new Error(`the help of '${words}' (${lang}) ended with ${code}: ${err}`);
      texts[lang][words] = out;
    }
  }
  return texts;
}
