// The whole of a command that shows records: load and validate, compute its report (or the
// reason it cannot), make the document, write it. A command table entry can hand its own compute
// and render steps to this, so a new command is its entry, its compute function and its table.
import type { Resolved } from '../compute/asOf.js';
import type { RecordsByKind } from '../compute/recordsOf.js';
import type { Doc } from '../render/document.js';
import type { RunContext } from './context.js';
import type { EmitOptions } from './emit.js';
import { emit } from './emit.js';
import { EXIT } from './errors.js';
import { loadValidated, served } from './loadValidated.js';

export async function showDocument<T>(ctx: RunContext, opts: EmitOptions, compute: (r: RecordsByKind) => Resolved<T>, render: (report: T) => Doc): Promise<number> {
  const { r, dataDir } = loadValidated(ctx);
  const report = served(ctx, compute(r));
  await emit(ctx, render(report), opts, dataDir);
  return EXIT.ok;
}
