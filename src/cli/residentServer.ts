// The resident process (cli/resident.ts says when a command is handed to it): a process of the
// release that listens on a socket only its user can open and runs the commands it is sent, one
// at a time, each with the sender's folder, environment and terminal, as run() runs them in a
// process of their own. Every file is read again for each command (the record cache, keyed by
// the bytes, is used as in any run); what stays is the code, loaded and compiled.
import { chmodSync, lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { connect, createServer, type Socket } from 'node:net';
import type { CliIo } from './io.js';
import { FRAME, frame, lstatOf, ownFolder, residentIdleMs, residentServes, type ResidentRequest } from './resident.js';

type Run = (argv: readonly string[], io: CliIo) => Promise<number>;

/** A request line longer than this is not one. */
const MAX_REQUEST = 4 * 1024 * 1024;
/** How long a connection may take to send its request. */
const REQUEST_MS = 10_000;

/** Listens on `socket` until residentIdleMs pass without a command, or a stop request;
 *  resolves then. Ends at once when another process already answers there. */
export async function serveResident(socket: string, run: Run): Promise<void> {
  // Only in a folder of this user's alone (resident.ts ownFolder), whoever started it.
  if (!ownFolder(dirname(socket))) return;
  // Where the process waits between commands: its socket's folder, where it was started.
  const home = process.cwd();
  const idleMs = residentIdleMs(process.env);
  let queue = Promise.resolve();
  let runs = 0;
  let idle: NodeJS.Timeout | undefined;
  let stopping = false;
  let watch: NodeJS.Timeout | undefined;
  let stopped!: () => void;
  const ended = new Promise<void>((done) => (stopped = done));
  const server = createServer((conn) => {
    conn.on('error', () => {
      // The command went away (interrupted): its output has nowhere to go.
    });
    let gone = false;
    conn.on('close', () => (gone = true));
    conn.write(frame(FRAME.ready, ''));
    readRequest(conn, (request) => {
      queue = queue.then(async () => {
        clearTimeout(idle);
        // A command interrupted while it waited for the one before: nothing to run it for.
        await answer(request?.op === 'run' && gone ? undefined : request, conn);
        if (!stopping) idle = setTimeout(stop, idleMs);
      });
    });
  });
  const answer = async (request: ResidentRequest | undefined, conn: Socket): Promise<void> => {
    if (request?.op === 'status') conn.end(frame(FRAME.status, JSON.stringify({ pid: process.pid, runs })));
    else if (request?.op === 'stop') {
      conn.end(frame(FRAME.exit, '0'));
      stop();
    } else if (request?.op === 'run' && request.argv !== undefined && residentServes(request.argv, request.cwd ?? '/', request.env ?? {})) {
      runs++;
      const code = await runOne(request, conn, run, home);
      // No exit frame for a run that failed here: the command runs it again itself, or says it
      // ended, when part of the output was out already.
      if (code === undefined) conn.destroy();
      else conn.end(frame(FRAME.exit, String(code)));
    } else conn.destroy();
  };
  // The socket this process listens on, by its inode: the path may come to name another's.
  let mine: bigint | undefined;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    clearInterval(watch);
    // Closing a listening socket removes its path (libuv does, at the latest when Node cleans up
    // at its end): only when the path is still this process's. Else the process ends, once the
    // command it runs is done, without closing it (process.exit does not clean up).
    if (mine !== undefined && inode(socket) === mine) {
      server.close();
      try {
        if (inode(socket) === mine) unlinkSync(socket);
      } catch {
        // Gone with the close.
      }
    } else void queue.then(() => process.exit(0));
    stopped();
  };
  if (!(await listen(server, socket))) return;
  try {
    chmodSync(socket, 0o600);
    mine = inode(socket);
  } catch {
    stop();
  }
  if (!stopping) idle = setTimeout(stop, idleMs);
  // Two processes started at once for a dead socket: the one whose socket the other replaced
  // hears nothing more, and ends.
  watch = setInterval(() => {
    if (inode(socket) !== mine) {
      mine = undefined;
      stop();
    }
  }, 10_000).unref();
  // Stopped from outside (kill, a shutdown): the socket goes with it.
  process.once('SIGTERM', stop).once('SIGINT', stop).once('SIGHUP', stop);
  void removeDeadSockets(socket);
  await ended;
}

/** Listens on `socket`; false when another process answers there. A socket left by a process
 *  that ended without removing it is removed first. */
async function listen(server: ReturnType<typeof createServer>, socket: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const error = await new Promise<NodeJS.ErrnoException | undefined>((done) => {
      server.once('error', done);
      server.listen(socket, () => {
        server.off('error', done);
        done(undefined);
      });
    });
    if (error === undefined) return true;
    if (error.code !== 'EADDRINUSE' || lstatOf(socket)?.isSocket() !== true || (await answers(socket))) return false;
    try {
      unlinkSync(socket);
    } catch {
      return false;
    }
  }
  return false;
}

/** Removes the sockets beside `socket` that nothing answers on: those of processes (of other
 *  builds or Nodes) that were killed before they could remove them. */
async function removeDeadSockets(socket: string): Promise<void> {
  const folder = dirname(socket);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const other = join(folder, name);
    if (!name.endsWith('.sock') || other === socket || lstatOf(other)?.isSocket() !== true || (await answers(other))) continue;
    try {
      unlinkSync(other);
    } catch {
      // Gone already.
    }
  }
}

/** The inode at `path`; undefined when there is none to see. */
function inode(path: string): bigint | undefined {
  try {
    return lstatSync(path, { bigint: true, throwIfNoEntry: false })?.ino;
  } catch {
    return undefined;
  }
}

function answers(socket: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = connect(socket);
    probe.on('connect', () => {
      probe.destroy();
      done(true);
    });
    probe.on('error', () => done(false));
  });
}

/** Reads the one line of JSON a command sends; undefined when it is not one. */
function readRequest(conn: Socket, got: (request: ResidentRequest | undefined) => void): void {
  const chunks: Buffer[] = [];
  let length = 0;
  // A connection that says nothing does not hold the process past its end.
  conn.setTimeout(REQUEST_MS, () => conn.destroy());
  const onData = (chunk: Buffer): void => {
    const nl = chunk.indexOf(10);
    chunks.push(nl < 0 ? chunk : chunk.subarray(0, nl));
    length += chunk.length;
    if (nl < 0 && length <= MAX_REQUEST) return;
    conn.off('data', onData);
    conn.setTimeout(0);
    try {
      got(nl < 0 ? undefined : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as ResidentRequest));
    } catch {
      got(undefined);
    }
  };
  conn.on('data', onData);
}

/** Runs one command as the sender's own process would, its output sent back in frames. */
async function runOne(request: ResidentRequest, conn: Socket, run: Run, home: string): Promise<number | undefined> {
  const env = request.env ?? {};
  const cwd = request.cwd ?? '/';
  // The sender's environment and folder for the process as a whole, not only for run(): git, a
  // path resolved without a folder and the time zone (Node reads TZ again when it is set) see
  // them as in the sender's own process. Commands run one at a time, so this is theirs alone.
  try {
    process.chdir(cwd);
  } catch {
    return undefined;
  }
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined && process.env[key] !== value) process.env[key] = value;
  const io: CliIo = {
    cwd,
    env,
    stdout: {
      isTTY: request.stdout?.isTTY === true,
      columns: request.stdout?.columns,
      write: (s: string | Uint8Array) => conn.write(frame(FRAME.stdout, s)),
    },
    stderr: {
      isTTY: request.stderr?.isTTY === true,
      columns: request.stderr?.columns,
      write: (s: string) => conn.write(frame(FRAME.stderr, s)),
    },
  };
  try {
    return await run(request.argv ?? [], io);
  } catch {
    // run() reports what goes wrong itself; what it throws is a fault of this process.
    return undefined;
  } finally {
    // Not holding on to the sender's folder while idle.
    process.chdir(home);
  }
}
