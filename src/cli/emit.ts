// The last step of every report command: write the command's document in the format asked for,
// to stdout or atomically to --out.
import type { Doc, FormatName } from '../engine/output.js';
import { FORMATS, formatOfFile, isFormat } from '../engine/output.js';
import { CLI_TEXT } from '../engine/words.js';
import type { RunContext } from './context.js';
import { UsageError } from './errors.js';
import { writeOutput } from './output.js';

export interface EmitOptions {
  readonly format: string;
  readonly out?: string | undefined;
  readonly bom?: boolean | undefined;
}

/** The format of a run: --format when given, else the ending of --out's file name, else the
 *  command's default — or Markdown when that default is a binary format (xlsx) and the output
 *  goes to a terminal or a pipe, which cannot take it. A --format that contradicts the file's
 *  ending is a usage error. */
export function outputFormat(ctx: RunContext, format: string, given: boolean, out: string | undefined): string {
  const toFile = out !== undefined && out !== '-';
  const fromFile = toFile ? formatOfFile(out) : undefined;
  if (!given) return fromFile ?? (!toFile && isFormat(format) && FORMATS[format].binary ? 'md' : format);
  if (fromFile !== undefined && fromFile !== format) throw new UsageError(CLI_TEXT[ctx.lang].formatClash(format, out!, fromFile));
  return format;
}

export async function emit(ctx: RunContext, doc: Doc, opts: EmitOptions, dataDir: string | readonly string[]): Promise<void> {
  // --out x.pdf: the html printed by the user's Chromium (cli/pdf.ts).
  if (opts.out !== undefined && /\.pdf$/i.test(opts.out)) {
    const { findChromium, writePdf } = await import('./pdf.js');
    const chromium = findChromium(ctx.io.env, ctx.lang);
    writeOutput(ctx, await writePdf(doc, ctx.lang, chromium), opts.out, dataDir);
    return;
  }
  const name: FormatName = isFormat(opts.format) ? opts.format : 'table';
  const format = FORMATS[name];
  if (format.binary && (opts.out === undefined || opts.out === '-')) throw new UsageError(CLI_TEXT[ctx.lang].needsOut(name));
  // csv into a file starts with the byte-order mark Excel needs unless --no-bom; on stdout only with --bom.
  const toFile = opts.out !== undefined && opts.out !== '-';
  const output = await format.write(doc, { lang: ctx.lang, color: colorFor(ctx, opts), bom: opts.bom ?? toFile });
  writeOutput(ctx, output, opts.out, dataDir);
}

/** Colour for tables drawn to a terminal only (not into --out files). */
export function colorFor(ctx: RunContext, opts: EmitOptions): boolean {
  return ctx.color && opts.out === undefined;
}
