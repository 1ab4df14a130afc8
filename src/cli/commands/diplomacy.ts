// mayor-office cities | events | council: partner cities, diplomacy events, council work.
import { recordsOf, referenceDate } from '../../compute/recordsOf.js';
import { citiesReport } from '../../compute/cities.js';
import { councilView, eventsView } from '../../compute/diplomacy.js';
import { citiesTables, councilTable, eventsTable } from '../../render/tables/diplomacy.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT, UsageError } from '../errors.js';

export interface DiplomacyOptions extends EmitOptions {
  readonly type?: string;
  readonly by?: 'country' | 'region';
  readonly asOf?: string;
}

const TYPES: Record<string, 'sister' | 'friendship'> = { 친선: 'sister', sister: 'sister', 우호협력: 'friendship', friendship: 'friendship' };

export async function citiesCommand(ctx: RunContext, opts: DiplomacyOptions): Promise<number> {
  const { records, dataDir } = loadValidated(ctx);
  const r = recordsOf(records);
  const record = r.cities[0];
  if (!record) throw new UsageError(CLI_TEXT[ctx.lang].noRecords('cities'));
  const report = citiesReport(record, r.countries, opts.type === undefined ? undefined : TYPES[opts.type]);
  await emit(ctx, { data: report, tables: citiesTables(report, ctx.lang, opts.by ?? 'country') }, opts, dataDir);
  return EXIT.ok;
}

export async function eventsCommand(ctx: RunContext, opts: DiplomacyOptions): Promise<number> {
  const asOf = parseAsOf(ctx, opts.asOf);
  const { records, dataDir } = loadValidated(ctx);
  const r = recordsOf(records);
  const view = eventsView(r.events, r.task, r.countries, asOf ?? referenceDate(r.report));
  await emit(ctx, { data: view, tables: [eventsTable(view, ctx.lang)] }, opts, dataDir);
  return EXIT.ok;
}

export async function councilCommand(ctx: RunContext, opts: DiplomacyOptions): Promise<number> {
  const { records, dataDir } = loadValidated(ctx);
  const view = councilView(recordsOf(records).council);
  await emit(ctx, { data: view, tables: [councilTable(view, ctx.lang)] }, opts, dataDir);
  return EXIT.ok;
}
