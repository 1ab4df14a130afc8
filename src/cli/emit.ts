// The last step of every report command: render the view in the format asked for and write it
// to stdout or --out.
import type { ReportView } from '../render/index.js';
import { REPORT_FORMATS } from '../render/index.js';
import type { RunContext } from './context.js';
import { writeOutput } from './output.js';

export interface EmitOptions {
  readonly format: string;
  readonly out?: string;
  readonly bom?: boolean;
}

export async function emit(ctx: RunContext, view: ReportView, opts: EmitOptions, dataDir: string): Promise<void> {
  const text = await REPORT_FORMATS[opts.format]!.render(view, { lang: ctx.lang, color: colorFor(ctx, opts), bom: opts.bom === true });
  writeOutput(ctx, text, opts.out, dataDir);
}

/** Colour for tables drawn to a terminal only (not into --out files). */
export function colorFor(ctx: RunContext, opts: EmitOptions): boolean {
  return ctx.color && opts.out === undefined;
}
