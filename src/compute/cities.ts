// Partner cities: the stated totals against the cities the records name, by type and by
// country or region.
import type { CitiesRecord, CountriesRecord } from '../model/records.js';
import type { CitiesReport } from '../model/report.js';

export function citiesReport(record: CitiesRecord, countries: readonly CountriesRecord[], filter?: 'sister' | 'friendship'): CitiesReport {
  const byCode = new Map(countries.flatMap((c) => c.countries).map((c) => [c.code, c]));
  const cities = record.cities
    .filter((c) => filter === undefined || c.type === filter)
    .map((c) => {
      const country = byCode.get(c.country);
      const type = record.types.find((t) => t.type === c.type)!;
      return {
        name: c.name,
        nameEn: c.name_en,
        country: c.country,
        countryName: country?.name ?? c.country,
        countryNameEn: country?.name_en ?? c.country,
        region: country?.region ?? '',
        type: c.type,
        typeName: type.name,
        since: c.since ?? null,
        councilResolution: type.council_resolution,
      };
    });
  const types = record.types
    .filter((t) => filter === undefined || t.type === filter)
    .map((t) => ({ type: t.type, name: t.name, stated: t.stated, listed: record.cities.filter((c) => c.type === t.type).length, councilResolution: t.council_resolution, definition: t.definition ?? null }));
  const group = (key: (c: (typeof cities)[number]) => string, label: (c: (typeof cities)[number]) => string) => {
    const m = new Map<string, { key: string; label: string; sister: number; friendship: number; total: number }>();
    for (const c of cities) {
      const k = key(c);
      const g = m.get(k) ?? { key: k, label: label(c), sister: 0, friendship: 0, total: 0 };
      g[c.type]++;
      g.total++;
      m.set(k, g);
    }
    return [...m.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  };
  return {
    report: 'cities',
    listing: record.listing,
    // Filtered to one type, the stated count is that type's; the document gives no country
    // count per type.
    stated: filter === undefined ? { cities: record.stated.cities, countries: record.stated.countries } : { cities: types[0]?.stated ?? 0, countries: null },
    listed: { cities: cities.length, countries: new Set(cities.map((c) => c.country)).size },
    types,
    byCountry: group((c) => c.country, (c) => c.countryName),
    byRegion: group((c) => c.region, (c) => c.region),
    cities,
  };
}
