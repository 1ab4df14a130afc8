// What an outline `ref` points at, gathered once from the records: `cities`, `council/ID`,
// `ordinance/ID`, `taskforce/ID`, `event/ID`.
import type { CitiesRecord, CouncilRecord, CountriesRecord, EventsRecord, OrdinancesRecord, TaskforcesRecord } from '../model/records.js';

export interface RefIndex {
  readonly council: ReadonlyMap<string, CouncilRecord['meetings'][number]>;
  readonly ordinance: ReadonlyMap<string, OrdinancesRecord['ordinances'][number]>;
  readonly taskforce: ReadonlyMap<string, TaskforcesRecord['taskforces'][number]>;
  readonly event: ReadonlyMap<string, EventsRecord['events'][number]>;
  readonly cities: CitiesRecord | undefined;
  readonly countries: ReadonlyMap<string, CountriesRecord['countries'][number]>;
}

export function refIndex(r: {
  council: readonly CouncilRecord[];
  ordinances: readonly OrdinancesRecord[];
  taskforces: readonly TaskforcesRecord[];
  events: readonly EventsRecord[];
  cities: readonly CitiesRecord[];
  countries: readonly CountriesRecord[];
}): RefIndex {
  return {
    council: new Map(r.council.flatMap((c) => c.meetings.map((m) => [m.id, m] as const))),
    ordinance: new Map(r.ordinances.flatMap((o) => o.ordinances.map((x) => [x.id, x] as const))),
    taskforce: new Map(r.taskforces.flatMap((t) => t.taskforces.map((x) => [x.id, x] as const))),
    event: new Map(r.events.flatMap((e) => e.events.map((x) => [x.id, x] as const))),
    cities: r.cities[0],
    countries: new Map(r.countries.flatMap((c) => c.countries.map((x) => [x.code, x] as const))),
  };
}

/** The records a task's outline refers to, keyed by ref, for the json format. */
export function referencedRecords(refs: readonly string[], index: RefIndex): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const ref of [...new Set(refs)].sort()) {
    const [kind, id] = ref.split('/') as [string, string | undefined];
    out[ref] =
      kind === 'cities' ? index.cities : kind === 'council' ? index.council.get(id!) : kind === 'ordinance' ? index.ordinance.get(id!) : kind === 'taskforce' ? index.taskforce.get(id!) : index.event.get(id!);
  }
  return out;
}
