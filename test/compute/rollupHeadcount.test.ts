// The roll-up of headcount: an office that writes '-' (no such posts) adds nothing and is not 0;
// an office that does not hold a figure makes the sum of that figure unknown (kept partial).
import { describe, expect, it } from 'vitest';
import { rollupHeadcount } from '../../src/compute/rollup.js';
import type { HeadcountPart, OfficePart } from '../../src/compute/rollup.js';

const office = (name: string, group: string, quota: number | '-' | null, current: number | '-' | null): OfficePart<HeadcountPart> => ({
  office: { id: name, name, group } as never,
  part: { asOf: '2023-03-31', total: { quota, current, gap: typeof quota === 'number' && typeof current === 'number' ? current - quota : null } },
});

describe('rollupHeadcount', () => {
  it("leaves '-' out of sums, keeps it only where every office writes it, and keeps a partial sum unknown", () => {
    const r = rollupHeadcount(null, [office('가', '1국', 10, 9), office('나', '1국', '-', '-'), office('다', '2국', '-', '-'), office('라', '3국', 5, null)], []);
    expect(r.total).toEqual({ quota: 15, current: null, gap: null, offices: 4 });
    expect(r.groups.map((g) => [g.group, g.total.quota, g.total.current, g.total.gap])).toEqual([
      ['1국', 10, 9, -1],
      ['2국', '-', '-', '-'],
      ['3국', 5, null, null],
    ]);
  });
});
