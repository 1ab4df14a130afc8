// mayor-office headcount status | trend: 정원, 현원 and 과부족 from the headcount snapshots.
import { recordsOf } from '../../compute/recordsOf.js';
import { headcountStatus, headcountTrend, pickSnapshot } from '../../compute/headcountReport.js';
import { headcountStatusTable, headcountTrendTable } from '../../render/tables/headcount.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated } from '../loadValidated.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';

export interface HeadcountOptions {
  readonly asOf?: string;
  readonly format: string;
  readonly by?: 'track' | 'grade';
  readonly out?: string;
  readonly bom?: boolean;
}

export async function headcountStatusCommand(ctx: RunContext, opts: HeadcountOptions): Promise<number> {
  const asOf = parseAsOf(ctx, opts.asOf);
  const { records, dataDir } = loadValidated(ctx);
  const snapshots = recordsOf(records).headcount;
  const picked = pickSnapshot(snapshots, asOf);
  if (!picked.ok) {
    const t = CLI_TEXT[ctx.lang];
    throw new UsageError(picked.reason === 'no-data' ? t.noRecords('headcount') : t.beforeFirst(asOf!, picked.first!));
  }
  const report = headcountStatus(picked.value);
  const view = { data: report, tables: [headcountStatusTable(report, ctx.lang, opts.by ?? 'track')] };
  await emit(ctx, view, opts, dataDir);
  return EXIT.ok;
}

export async function headcountTrendCommand(ctx: RunContext, opts: HeadcountOptions): Promise<number> {
  const { records, dataDir } = loadValidated(ctx);
  const snapshots = recordsOf(records).headcount;
  if (snapshots.length === 0) throw new UsageError(CLI_TEXT[ctx.lang].noRecords('headcount'));
  const report = headcountTrend(snapshots);
  const view = { data: report, tables: [headcountTrendTable(report, ctx.lang)] };
  await emit(ctx, view, opts, dataDir);
  if (snapshots.length === 1) ctx.io.stderr.write(CLI_TEXT[ctx.lang].oneSnapshot + '\n');
  return EXIT.ok;
}
