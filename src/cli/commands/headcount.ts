// mayor-office headcount status | trend: 정원, 현원 and 과부족 from the headcount snapshots.
// No headcount records is a fact about the data (exit 1, said at the data folder), not a usage error.
import { headcountStatusOf, headcountTrendOf } from '../../compute/reports.js';
import { headcountStatusTable, headcountTrendTable } from '../../render/tables/headcount.js';
import { tablesDoc } from '../../render/document.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import { displayPath } from '../../load/findDataFiles.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import type { Loaded } from '../loadValidated.js';
import { loadValidated, served } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT } from '../errors.js';

/** Says that the data folder holds no headcount records; true when it does not. */
function noHeadcount(ctx: RunContext, loaded: Loaded): boolean {
  if (loaded.r.headcount.length > 0) return false;
  ctx.io.stderr.write(`${CLI_TEXT[ctx.lang].noHeadcount(displayPath(ctx.cwd)(loaded.dataDir))}\n`);
  return true;
}

export async function headcountStatusCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined; readonly by: 'track' | 'grade' }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const loaded = loadValidated(ctx);
  if (noHeadcount(ctx, loaded)) return EXIT.dataErrors;
  const { r, dataDir } = loaded;
  const report = served(ctx, headcountStatusOf(r, asOf));
  const table = headcountStatusTable(report, ctx.lang, o.by);
  await emit(ctx, tablesDoc(table.title, report, [table], [{ type: 'chart', chart: { kind: 'headcount', report }, caption: table.title }]), o, dataDir);
  return EXIT.ok;
}

export async function headcountTrendCommand(ctx: RunContext, o: EmitOptions): Promise<number> {
  const loaded = loadValidated(ctx);
  if (noHeadcount(ctx, loaded)) return EXIT.dataErrors;
  const { r, dataDir } = loaded;
  const report = served(ctx, headcountTrendOf(r));
  const table = headcountTrendTable(report, ctx.lang);
  await emit(ctx, tablesDoc(table.title, report, [table]), o, dataDir);
  if (report.snapshots.length === 1) ctx.io.stderr.write(CLI_TEXT[ctx.lang].oneSnapshot + '\n');
  return EXIT.ok;
}
