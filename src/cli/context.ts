// Global options resolved once per run: language, colour, data folder.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../messages/catalog.js';
import { CLI_TEXT } from '../messages/cliText.js';
import type { CliIo } from './io.js';
import { UsageError } from './errors.js';

export interface GlobalOptions {
  readonly data?: string;
  readonly lang: Lang;
  readonly color: boolean;
}

export interface RunContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly color: boolean;
  /** Colour for what goes to stderr (problems printed before a report), decided for stderr. */
  readonly colorErr: boolean;
  /** Where problems are shown relative to. */
  readonly cwd: string;
  readonly dataOption: string | undefined;
}

export function runContext(io: CliIo, opts: GlobalOptions): RunContext {
  const env = io.env;
  const allowed = opts.color !== false && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
  return { io, lang: opts.lang, color: allowed && io.stdout.isTTY === true, colorErr: allowed && io.stderr.isTTY === true, cwd: io.cwd, dataOption: opts.data };
}

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** The records folder: --data, else ./data, else the nearest parent folder that has a data/. */
export function resolveDataDir(ctx: RunContext): string {
  if (ctx.dataOption !== undefined) {
    const dir = resolve(ctx.cwd, ctx.dataOption);
    if (!isDir(dir)) throw new UsageError(CLI_TEXT[ctx.lang].noDataDir(ctx.dataOption));
    return dir;
  }
  for (let dir = resolve(ctx.cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, 'data');
    if (isDir(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new UsageError(CLI_TEXT[ctx.lang].noDataDir('data'));
}

export function checkPathsExist(ctx: RunContext, paths: readonly string[]): string[] {
  return paths.map((p) => {
    const full = resolve(ctx.cwd, p);
    // A dangling link is still "there": reading it reports the problem in place.
    if (!existsSync(full) && !isLink(full)) throw new UsageError(CLI_TEXT[ctx.lang].pathMissing(p));
    return full;
  });
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
