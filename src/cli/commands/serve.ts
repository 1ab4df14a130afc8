// mayor-office serve: starts the local web page of the office (src/serve/) and prints its address
// with the token; runs until SIGINT or SIGTERM, then closes the server and ends with 0.
import type { RunContext } from '../context.js';
import { resolveDataDir } from '../context.js';
import { UsageError } from '../errors.js';
import { SERVE_CLI_TEXT } from '../../serve/cliText.js';

export interface ServeOptions {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly readOnly?: boolean | undefined;
}

export async function serveCommand(ctx: RunContext, opts: ServeOptions): Promise<number> {
  const t = SERVE_CLI_TEXT[ctx.lang];
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(opts.port ?? '0')) throw new UsageError(t.badPort(opts.port ?? ''));
  const dataDir = resolveDataDir(ctx);
  const { startServer } = await import('../../serve/server.js');
  let serving;
  try {
    serving = await startServer({ dataDir, cwd: ctx.cwd, lang: ctx.lang, port, host: opts.host, readOnly: opts.readOnly === true });
  } catch (e) {
    throw new UsageError(t.cannotListen(opts.host ?? '127.0.0.1', port, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  // The signals are listened for before the address is printed: whoever reads it may stop the
  // server at once.
  const stopped = new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  if (opts.host !== undefined && !['127.0.0.1', 'localhost', '::1'].includes(opts.host)) ctx.io.stderr.write(`${t.notLoopback(opts.host)}\n`);
  ctx.io.stdout.write(`${t.listening(serving.url, opts.readOnly === true)}\n`);
  await stopped;
  await serving.close();
  return 0;
}
