// The office's own words for its council and its partner cities, taken from its records: the
// council it works with (office.council; a city office's 시의회 when the record names none) and
// the names its cities record gives the partnership types (친선도시, or a district's 자매도시).
// Tables and the report say these words; a report's json carries no words, so it stays the same
// whichever council the office has. Pure.
import type { CitiesRecord, OfficeRecord } from '../model/records.js';

/** The council of a city office, the one an office record that names none works with. */
export const CITY_COUNCIL = '시의회';

/** The city's names of the types, for a type the cities record does not define. */
const CITY_TYPE_NAMES = { sister: '친선도시', friendship: '우호협력도시' } as const;

export interface TypeWords {
  /** The type's name as the records write it: 친선도시, 자매도시 … */
  readonly name: string;
  /** The name without 도시: 친선, 우호협력, 자매 … */
  readonly word: string;
}

export interface OfficeWords {
  /** 시의회, 구의회 … */
  readonly council: string;
  readonly types: { readonly sister: TypeWords; readonly friendship: TypeWords };
  /** The types the records define, by their leading words joined with '·', as titles and the
   *  report's summary line name the partner cities: 친선·우호 (친선도시, 우호협력도시),
   *  자매·우호 (자매도시, 우호교류도시). */
  readonly partners: string;
}

/** A type's name without 도시. */
const wordOf = (name: string): string => name.replace(/도시$/, '') || name;

/** The leading word of a type's name: the names are compounds of two-syllable words (우호협력,
 *  우호교류), and the short form of a pair names each by its first (친선·우호도시). */
const leadingWord = (name: string): string => Array.from(wordOf(name)).slice(0, 2).join('');

export function officeWords(office: OfficeRecord | undefined, cities: CitiesRecord | undefined): OfficeWords {
  const defined = cities?.types ?? [];
  const typeWords = (type: 'sister' | 'friendship'): TypeWords => {
    const name = defined.find((t) => t.type === type)?.name ?? CITY_TYPE_NAMES[type];
    return { name, word: wordOf(name) };
  };
  const named = defined.length > 0 ? defined.map((t) => t.name) : Object.values(CITY_TYPE_NAMES);
  return {
    council: office?.council ?? CITY_COUNCIL,
    types: { sister: typeWords('sister'), friendship: typeWords('friendship') },
    partners: [...new Set(named.map(leadingWord))].join('·'),
  };
}

/** A report with the words its tables say, kept apart so that the json prints the report only. */
export interface Worded<T> {
  readonly report: T;
  readonly words: OfficeWords;
}
