// mayor-office headcount status | trend: 정원, 현원 and 과부족 from the headcount snapshots.
import { headcountStatusOf, headcountTrendOf } from '../../compute/reports.js';
import { headcountStatusTable, headcountTrendTable } from '../../render/tables/headcount.js';
import { tablesDoc } from '../../render/document.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated, served } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT } from '../errors.js';

export async function headcountStatusCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined; readonly by: 'track' | 'grade' }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const { r, dataDir } = loadValidated(ctx);
  const report = served(ctx, headcountStatusOf(r, asOf));
  const table = headcountStatusTable(report, ctx.lang, o.by);
  await emit(ctx, tablesDoc(table.title, report, [table], [{ type: 'chart', chart: { kind: 'headcount', report }, caption: table.title }]), o, dataDir);
  return EXIT.ok;
}

export async function headcountTrendCommand(ctx: RunContext, o: EmitOptions): Promise<number> {
  const { r, dataDir } = loadValidated(ctx);
  const report = served(ctx, headcountTrendOf(r));
  const table = headcountTrendTable(report, ctx.lang);
  await emit(ctx, tablesDoc(table.title, report, [table]), o, dataDir);
  if (report.snapshots.length === 1) ctx.io.stderr.write(CLI_TEXT[ctx.lang].oneSnapshot + '\n');
  return EXIT.ok;
}
