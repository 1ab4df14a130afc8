// The office's words for its council and its partner cities: the office record's council, else
// the city's 시의회; the cities record's type names, else the city's; and the short form of the
// pair that titles and the report's summary line use.
import { describe, expect, it } from 'vitest';
import type { CitiesRecord, OfficeRecord } from '../../src/model/records.js';
import { officeWords } from '../../src/compute/officeWords.js';

const office = (council?: string): OfficeRecord => ({
  kind: 'office',
  id: 'o',
  name: '○○과',
  ...(council === undefined ? {} : { council }),
  functions: [{ title: 'F', items: [] }],
});

type TypeName = { type: 'sister' | 'friendship'; name: string };
const cities = (...types: TypeName[]): CitiesRecord => ({
  kind: 'cities',
  stated: { cities: 0, countries: 0 },
  types: types.map((t) => ({ ...t, council_resolution: t.type === 'sister', stated: 0 })),
  listing: 'complete',
  cities: [],
});

describe('officeWords', () => {
  it('names the council the office record names, else the city council', () => {
    expect(officeWords(office('구의회'), undefined).council).toBe('구의회');
    expect(officeWords(office(), undefined).council).toBe('시의회');
    expect(officeWords(undefined, undefined).council).toBe('시의회');
  });

  it("a city's types: 친선도시 and 우호협력도시, the pair 친선·우호", () => {
    const w = officeWords(office(), cities({ type: 'sister', name: '친선도시' }, { type: 'friendship', name: '우호협력도시' }));
    expect(w.types).toEqual({ sister: { name: '친선도시', word: '친선' }, friendship: { name: '우호협력도시', word: '우호협력' } });
    expect(w.partners).toBe('친선·우호');
  });

  it("a district's own types: 자매도시 and 우호교류도시, the pair 자매·우호", () => {
    const w = officeWords(office('구의회'), cities({ type: 'sister', name: '자매도시' }, { type: 'friendship', name: '우호교류도시' }));
    expect([w.types.sister.name, w.types.sister.word, w.types.friendship.name, w.types.friendship.word]).toEqual(['자매도시', '자매', '우호교류도시', '우호교류']);
    expect(w.partners).toBe('자매·우호');
  });

  it('the pair names the types in the order the record defines them, each once', () => {
    expect(officeWords(office(), cities({ type: 'friendship', name: '우호도시' }, { type: 'sister', name: '자매도시' })).partners).toBe('우호·자매');
    expect(officeWords(office(), cities({ type: 'sister', name: '우호도시' }, { type: 'friendship', name: '우호협력도시' })).partners).toBe('우호');
  });

  it('a record with one type names only it; the other keeps the city word for a column of zeros', () => {
    const w = officeWords(office(), cities({ type: 'sister', name: '자매도시' }));
    expect(w.partners).toBe('자매');
    expect(w.types.friendship).toEqual({ name: '우호협력도시', word: '우호협력' });
  });

  it('without a cities record, the city words', () => {
    const w = officeWords(office(), undefined);
    expect([w.types.sister.name, w.types.friendship.name, w.partners]).toEqual(['친선도시', '우호협력도시', '친선·우호']);
  });

  it('a name without 도시 is its own word', () => {
    expect(officeWords(office(), cities({ type: 'sister', name: '자매결연' })).types.sister).toEqual({ name: '자매결연', word: '자매결연' });
  });
});
