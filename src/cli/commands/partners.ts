// mayor-office cities | events: partner cities and city-diplomacy events.
import { citiesOf, eventsOf } from '../../compute/reports.js';
import { citiesTables, eventsTable } from '../../render/tables/partners.js';
import { tablesDoc } from '../../render/document.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated, served } from '../loadValidated.js';
import type { EmitOptions } from '../emit.js';
import { emit } from '../emit.js';
import { EXIT } from '../errors.js';

const TYPES: Readonly<Record<string, 'sister' | 'friendship'>> = { 친선: 'sister', sister: 'sister', 우호협력: 'friendship', friendship: 'friendship' };

export async function citiesCommand(ctx: RunContext, o: EmitOptions & { readonly type?: string | undefined; readonly by: 'country' | 'region' }): Promise<number> {
  const { r, dataDir } = loadValidated(ctx);
  const { report, words } = served(ctx, citiesOf(r, o.type === undefined ? undefined : TYPES[o.type]));
  const tables = citiesTables(report, words, ctx.lang, o.by);
  await emit(ctx, tablesDoc(tables[0]!.title, report, tables), o, dataDir);
  return EXIT.ok;
}

export async function eventsCommand(ctx: RunContext, o: EmitOptions & { readonly asOf?: string | undefined }): Promise<number> {
  const asOf = parseAsOf(ctx, o.asOf);
  const { r, dataDir } = loadValidated(ctx);
  const report = eventsOf(r, asOf);
  const table = eventsTable(report, ctx.lang);
  await emit(ctx, tablesDoc(table.title, report, [table]), o, dataDir);
  return EXIT.ok;
}
