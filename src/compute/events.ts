// City-diplomacy events (embassy roundtables, MOUs) with their planned period, taken from the
// plan line they name. Pure.
import type { CountriesRecord, EventsRecord, TaskRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';
import type { Period } from './period.js';
import { currentPeriod, planItems } from './plans.js';

export interface EventsView {
  readonly report: 'events';
  readonly asOf: IsoDate | null;
  readonly events: readonly {
    readonly id: string;
    readonly type: 'roundtable' | 'mou';
    readonly name: string;
    readonly status: 'planned' | 'done' | 'cancelled';
    readonly group: string | null;
    readonly statedCountries: number | null;
    readonly countries: readonly { readonly code: string; readonly name: string; readonly nameEn: string }[];
    readonly partner: { readonly name: string; readonly nameEn: string | null; readonly country: string } | null;
    readonly online: boolean;
    readonly period: Period | null;
    /** Planned, and its period ended before the as-of date. */
    readonly overdue: boolean;
  }[];
}

export function eventsView(events: readonly EventsRecord[], tasks: readonly TaskRecord[], countries: readonly CountriesRecord[], asOf: IsoDate | undefined): EventsView {
  const plans = planItems(tasks);
  const byCode = new Map(countries.flatMap((c) => c.countries).map((c) => [c.code, c]));
  return {
    report: 'events',
    asOf: asOf ?? null,
    events: events.flatMap((r) =>
      r.events.map((e) => {
        const plan = plans.find((p) => p.id === e.plan);
        // A postponed plan takes its events along to the new period.
        const period = plan ? currentPeriod(plan) : null;
        return {
          id: e.id,
          type: e.type,
          name: e.name,
          status: e.status,
          group: e.group ?? null,
          statedCountries: e.stated_countries ?? null,
          countries: (e.countries ?? []).map((code) => ({ code, name: byCode.get(code)?.name ?? code, nameEn: byCode.get(code)?.name_en ?? code })),
          partner: e.partner ? { name: e.partner.name, nameEn: e.partner.name_en ?? null, country: e.partner.country } : null,
          online: e.online === true,
          period,
          overdue: asOf !== undefined && e.status === 'planned' && period !== null && period.end !== null && period.end < asOf,
        };
      }),
    ),
  };
}
