// mayor-office report: the whole 주요업무보고 from the records, in any format.
import { workReport } from '../../compute/workReport.js';
import { workReportDoc } from '../../render/documents/workReport.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated, served } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT } from '../errors.js';

export async function reportCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined; readonly issue?: string | undefined }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const { r, dataDir } = loadValidated(ctx);
  const { report, refs, words, data } = served(ctx, workReport(r, asOf, o.issue));
  await emit(ctx, workReportDoc(report, refs, words, ctx.lang, data), o, dataDir);
  return EXIT.ok;
}
