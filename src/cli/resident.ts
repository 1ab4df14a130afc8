// The resident process, the command's side: a command that only reads the records and prints is
// handed to a process of the same build that is already running (cli/residentServer.ts), which
// has its code loaded and compiled, and prints what it sends back. Node's own start stays; the
// tool's start (loading and compiling its modules, about three times Node's start) goes
// (docs/performance.md, "Start-up").
//
// Rules (docs/architecture.md, "The resident process"):
// - Only commands that read and print (RESIDENT_COMMANDS), never with a file to write (--out,
//   --summary, a GitHub step summary) or a path of the process's own (/dev/stdin, /dev/fd/N).
//   Everything else runs in this process, as before.
// - It is used when it is running; it is started only by a command typed at a terminal (all three
//   streams a TTY) or when MAYOR_OFFICE_RESIDENT=1 asks. Never with MAYOR_OFFICE_RESIDENT=0, nor
//   under CI unless MAYOR_OFFICE_RESIDENT=1 asks, nor on Windows (no socket folder only its
//   user can open).
// - Its socket is in a folder only this user may enter ($XDG_RUNTIME_DIR/mayor-office, else
//   mayor-office-UID in the temporary folder), named by the build, the Node version and the
//   installed copy's folder: no other ever answers. It ends after 15 minutes without a command (residentIdleMs).
// - Anything amiss (no answer, a broken connection before anything was printed) and the command
//   runs here; the result is the same either way, byte for byte (test/e2e/resident.e2e.test.ts).
//
// This file goes into bundle/quick.cjs, read before any ES module: Node's built-ins only.
import { lstatSync, mkdirSync, readlinkSync, realpathSync, type Stats } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { CliIo } from './io.js';
import { quickLang } from './keptHelp.js';
import { argvLang } from './locale.js';

/** The commands the resident process runs: those that read the records and print. */
export const RESIDENT_COMMANDS: ReadonlySet<string> = new Set([
  'validate',
  'budget status',
  'budget monthly',
  'headcount status',
  'headcount trend',
  'tasks list',
  'tasks upcoming',
  'tasks show',
  'cities',
  'events',
  'council',
  'report',
  'expenses list',
  'expenses summary',
]);

/** The global options that take a value (cli/options.ts GLOBAL). */
const GLOBAL_WITH_VALUE = new Set(['--data', '--lang']);
/** Options that name a file the command writes. */
const WRITES = /^--(?:out|summary)(?:=|$)/;
/** The commands beside RESIDENT_COMMANDS, under the same first word, that are not run there. */
const NOT_SERVED = new Set(['report new', 'expenses add', 'expenses import', 'expenses disclose']);
/** The process's own descriptors and state: /dev/stdin, the /dev/fd/63 of a `<(…)`, /proc/self
 *  are the resident process's there, not the command's. */
const OWN_PATHS = /^\/(?:dev\/(?:fd|stdin|stdout|stderr)|proc\/(?:self|thread-self|\d+))(?:\/|$)/;

/** How long the resident process waits for a command before it ends: MAYOR_OFFICE_RESIDENT_IDLE
 *  seconds, else 15 minutes. */
export function residentIdleMs(env: Readonly<Record<string, string | undefined>>): number {
  const seconds = Number((env['MAYOR_OFFICE_RESIDENT_IDLE'] ?? '').trim() || '900');
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86_400) * 1000 : 900_000;
}

/** Whether `argv`, run in `cwd` with `env`, is a command the resident process may run: its
 *  words name one of RESIDENT_COMMANDS and none of NOT_SERVED, nothing names a file to write
 *  (--out, --summary, a GitHub step summary) or a path of the process's own (OWN_PATHS). Told
 *  apart without the program, so an option's value may pass for a word: it can only keep a
 *  command from being run there (a value `new` after `report` does), never make it run there. */
export function residentServes(argv: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>>): boolean {
  if ((env['GITHUB_STEP_SUMMARY'] ?? '') !== '') return false;
  const data = env['MAYOR_OFFICE_DATA'] ?? '';
  if (data !== '' && ownPath(resolve(cwd, data))) return false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (WRITES.test(a) || a === '--') return false;
    if (ownPath(resolve(cwd, a.startsWith('-') ? a.slice(a.indexOf('=') + 1) : a))) return false;
    if (!a.startsWith('-')) words.push(a);
    // A global option's value, before the command.
    else if (words.length === 0 && GLOBAL_WITH_VALUE.has(a)) i++;
  }
  const [first = '', second = ''] = words;
  if (words.some((w) => NOT_SERVED.has(`${first} ${w}`))) return false;
  if ([...RESIDENT_COMMANDS].some((c) => c.startsWith(`${first} `))) return RESIDENT_COMMANDS.has(`${first} ${second}`);
  return RESIDENT_COMMANDS.has(first);
}

/** Whether `path` is, or leads by links to, one of OWN_PATHS. A link inside the records folder,
 *  or a marker's `data:` naming such a path, is not looked for (docs/architecture.md). */
function ownPath(path: string): boolean {
  let p = path;
  for (let links = 0; links < 16; links++) {
    if (OWN_PATHS.test(p)) return true;
    try {
      p = join(realpathSync.native(dirname(p)), basename(p));
      if (OWN_PATHS.test(p) || !lstatSync(p, { throwIfNoEntry: false })?.isSymbolicLink()) return OWN_PATHS.test(p);
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      // A folder that is not there, or not one: nothing of the process's own.
      return false;
    }
  }
  return true;
}

/** How the environment asks: 'off', 'on' (start it even without a terminal), or 'auto'. */
export function residentMode(env: Readonly<Record<string, string | undefined>>): 'off' | 'on' | 'auto' {
  const asked = (env['MAYOR_OFFICE_RESIDENT'] ?? '').trim();
  if (/^(0|false|off|no)$/i.test(asked)) return 'off';
  if (/^(1|true|on|yes)$/i.test(asked)) return 'on';
  if (process.platform === 'win32') return 'off';
  const ci = (env['CI'] ?? '').trim();
  return ci !== '' && !/^(0|false)$/i.test(ci) ? 'off' : 'auto';
}

/** The resident process's socket for the release build `id` (version.ts releaseBuildId) in the
 *  folder `code` and this Node, or undefined where there is none to use (not the release,
 *  Windows, a path too long for a socket). Named by all three: another build, another Node or
 *  another installed copy (whose files it loads later, the writers of xlsx and docx) never
 *  answers. */
export function residentSocket(id: string | undefined, code: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (process.platform === 'win32' || id === undefined) return undefined;
  const runtime = env['XDG_RUNTIME_DIR'] ?? '';
  const folder = isAbsolute(runtime) ? join(runtime, 'mayor-office') : resolve(tmpdir(), `mayor-office-${process.getuid?.() ?? 'user'}`);
  const socket = join(folder, `${shortHash(`${id}\u0000${process.version}\u0000${code}`)}.sock`);
  // sockaddr_un holds 108 bytes on Linux, 104 on macOS.
  return Buffer.byteLength(socket) < 100 ? socket : undefined;
}

/** A 53-bit hash of `text` in hex (cyrb53): a name, not a secret; node:crypto alone would cost
 *  more than the rest of this file. */
export function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Whether the socket's folder is this user's alone: a folder anyone else made or may write in
 *  could hold a socket that is not ours. */
export function ownFolder(folder: string): boolean {
  const st = lstatOf(folder);
  return st !== undefined && st.isDirectory() && st.uid === process.getuid?.() && (st.mode & 0o077) === 0;
}

function ownedBy(folder: string): boolean {
  const st = lstatOf(folder);
  return st !== undefined && st.uid === process.getuid?.();
}

/** What is at `path` itself (a link is not followed); undefined when nothing can be seen there. */
export function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Frame kinds, server to command: a frame is its kind (one byte), its length (four bytes, big
 *  endian) and its bytes. */
export const FRAME = { ready: 0, stdout: 1, stderr: 2, exit: 3, status: 4 } as const;

/** How long the resident process may take to say it is there before the command runs here. */
const READY_MS = 2000;

/** A request, command to server: one line of JSON. */
export interface ResidentRequest {
  readonly op: 'run' | 'status' | 'stop';
  readonly argv?: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout?: { readonly isTTY: boolean; readonly columns?: number | undefined };
  readonly stderr?: { readonly isTTY: boolean; readonly columns?: number | undefined };
}

/** Reads frames from a stream of chunks; a frame's bytes are joined once, when all are in. */
export function frameReader(onFrame: (kind: number, body: Buffer) => void): (chunk: Buffer) => void {
  let chunks: Buffer[] = [];
  let have = 0;
  return (chunk) => {
    chunks.push(chunk);
    have += chunk.length;
    while (have >= 5) {
      if (chunks[0]!.length < 5) chunks = [Buffer.concat(chunks, have)];
      const need = 5 + chunks[0]!.readUInt32BE(1);
      if (have < need) return;
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, have);
      onFrame(all[0]!, all.subarray(5, need));
      have -= need;
      chunks = have > 0 ? [all.subarray(need)] : [];
    }
  };
}

export function frame(kind: number, body: string | Uint8Array): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const head = Buffer.alloc(5);
  head[0] = kind;
  head.writeUInt32BE(bytes.length, 1);
  return Buffer.concat([head, bytes]);
}

/**
 * Runs `argv` in the resident process and gives its exit code; undefined when it was not run
 * there (none running, none to use, or it went away before printing anything), and then the
 * caller runs it. Starts one for the next command where the rules above say so.
 */
export function residentRun(argv: readonly string[], io: CliIo, code: string, buildId: (code: string) => string | undefined, launcher: string | undefined): Promise<number | undefined> {
  const mode = residentMode(io.env);
  if (mode === 'off' || !residentServes(argv, io.cwd, io.env)) return Promise.resolve(undefined);
  // The runtime folder is the user's own (the XDG spec), or it is not one: after `su`, the
  // environment may name another user's.
  const runtime = io.env['XDG_RUNTIME_DIR'];
  const socket = residentSocket(buildId(code), code, runtime !== undefined && !ownedBy(runtime) ? { ...io.env, XDG_RUNTIME_DIR: undefined } : io.env);
  if (socket === undefined) return Promise.resolve(undefined);
  const start = (): undefined => {
    if (launcher !== undefined && (mode === 'on' || (io.stdout.isTTY === true && io.stderr.isTTY === true))) startResident(socket, launcher, mode === 'on');
    return undefined;
  };
  if (!ownFolder(dirname(socket))) return Promise.resolve(start());
  return new Promise((done) => {
    let printed = false;
    let finished = false;
    const end = (code: number | undefined): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      conn.destroy();
      done(code);
    };
    const conn = connect(socket);
    const timer = setTimeout(() => end(undefined), READY_MS);
    conn.on('error', (e: NodeJS.ErrnoException) => end(e.code === 'ENOENT' || e.code === 'ECONNREFUSED' ? start() : undefined));
    conn.on('close', () => {
      if (finished) return;
      if (!printed) return end(undefined);
      // Part of the output is out: running it again here would print it twice.
      io.stderr.write(`${LOST[argvLang(argv) ?? quickLang(io) ?? 'ko']}\n`);
      end(2);
    });
    const request: ResidentRequest = {
      op: 'run',
      argv,
      cwd: io.cwd,
      env: io.env,
      stdout: { isTTY: io.stdout.isTTY === true, columns: io.stdout.columns },
      stderr: { isTTY: io.stderr.isTTY === true, columns: io.stderr.columns },
    };
    conn.write(`${JSON.stringify(request)}\n`);
    conn.on(
      'data',
      frameReader((kind, body) => {
        if (kind === FRAME.ready) clearTimeout(timer);
        else if (kind === FRAME.stdout) {
          printed = true;
          io.stdout.write(body);
        } else if (kind === FRAME.stderr) {
          printed = true;
          io.stderr.write(body.toString('utf8'));
        } else if (kind === FRAME.exit) end(Number(body.toString('latin1')));
      }),
    );
  });
}

/** What a command says when the resident process ended while it ran: in the run's language (as a
 *  full run decides it), from the words here, since the client loads none of the cli's texts. */
const LOST = {
  ko: 'mayor-office: 상주 프로세스가 명령을 마치기 전에 끝났습니다. 다시 실행하세요(MAYOR_OFFICE_RESIDENT=0으로 하면 상주 프로세스 없이 실행합니다).',
  en: 'mayor-office: the resident process ended before the command did; run it again (MAYOR_OFFICE_RESIDENT=0 runs it without)',
} as const;

/** Starts the resident process for `socket` in the background, through the launcher: when
 *  `asked`, or when stdin is a terminal too (a command typed, not one in a script). */
function startResident(socket: string, launcher: string, asked: boolean): void {
  const folder = dirname(socket);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownFolder(folder)) return;
    // Something else at its path (a folder, a file, a link): a process started for it could not
    // listen.
    const there = lstatOf(socket);
    if (there !== undefined && !there.isSocket()) return;
  } catch {
    return;
  }
  // Loaded here only: child_process alone costs about a third of Node's start.
  void Promise.all([import('node:child_process'), import('node:tty')])
    .then(([{ spawn }, { isatty }]) => {
      if (asked || isatty(0)) spawn(process.execPath, [...process.execArgv, launcher, '--resident', socket], { cwd: folder, detached: true, stdio: 'ignore', env: process.env }).unref();
    })
    .catch(() => {
      // The command runs here all the same.
    });
}
