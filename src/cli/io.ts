// What the cli layer touches in the outside world, passed in so tests can run it in-process.
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** isTTY and columns: whether the stream is a terminal, and how wide. */
  readonly stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; readonly columns?: number | undefined };
  readonly stderr: { write(s: string): unknown; isTTY?: boolean; readonly columns?: number | undefined };
  /** Waits until stdout has taken everything written, and gives the error writing it met, if
   *  any (EPIPE when the reader went away, ENOSPC on a full disk). Absent in-process. */
  readonly stdoutDone?: () => Promise<NodeJS.ErrnoException | undefined>;
}

/** Waits for stdout as stdoutDone does, and gives the failure a run must report: none when all
 *  was written or the reader went away (EPIPE, `| head -1`), which ends a run quietly. */
export async function stdoutFault(io: CliIo): Promise<NodeJS.ErrnoException | undefined> {
  const failure = await io.stdoutDone?.();
  return failure?.code === 'EPIPE' ? undefined : failure;
}

/**
 * The process's streams, guarded: a write error on stdout (a closed pipe, a full disk) is kept
 * instead of crashing the process with a stack trace, and later writes are dropped; run() decides
 * what to say about it once the command has finished. Problems on a closed stderr are dropped.
 */
export function processIo(): CliIo {
  let stdoutError: NodeJS.ErrnoException | undefined;
  let written = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    stdoutError ??= err;
  });
  process.stderr.on('error', () => {
    // Nowhere left to say anything.
  });
  const stdout = {
    isTTY: process.stdout.isTTY,
    get columns(): number | undefined {
      return process.stdout.columns;
    },
    write(s: string | Uint8Array): boolean {
      if (stdoutError) return false;
      written = true;
      return process.stdout.write(s);
    },
  };
  const stdoutDone = (): Promise<NodeJS.ErrnoException | undefined> =>
    new Promise((done) => {
      if (stdoutError || !written || process.stdout.destroyed) return done(stdoutError);
      // The callback of an empty write runs once everything before it is written (or failed);
      // only after a real write, since even an empty write fails on a full device.
      process.stdout.write('', (err) => done(stdoutError ?? (err as NodeJS.ErrnoException | null | undefined) ?? undefined));
    });
  return { cwd: process.cwd(), env: process.env, stdout, stderr: process.stderr, stdoutDone };
}
