// The headcount chart under real grade names: a city's table names posts (서울특별시
// 자치경찰위원회 상임위원) far wider than a bar group, which were drawn over each other.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openFolder } from '../../src/engine/office.js';
import { reportNamed } from '../../src/engine/reports.js';
import { runReport } from '../../src/engine/run.js';
import { headcountChart } from '../../src/render/charts.js';
import type { HeadcountStatusReport } from '../../src/model/report.js';
import { root } from '../e2e/cli.js';

async function chartOf(folder: string): Promise<string> {
  const dir = join(root, folder);
  const r = await runReport(reportNamed('headcount status')!, () => openFolder(dir, root), {}, [], { lang: 'ko', color: false });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return headcountChart(r.value.value as HeadcountStatusReport, 'ko');
}

const labels = (svg: string): string[] => [...svg.matchAll(/<text [^>]*class="label small">(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((m) => m[1]!);
const heightOf = (svg: string): number => Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)![1]);

describe('the headcount chart', () => {
  it('slants every grade name when one does not fit under its bars, whole up to 36 columns, and grows to hold them', async () => {
    const svg = await chartOf('test/fixtures/real-headcount/seoul-2025');
    const names = labels(svg);
    expect(names).toContain('서울특별시 자치경찰위원회 상임위원');
    expect(svg.match(/transform="rotate\(-45 /g)?.length).toBe(names.length);
    // The slanted names fit in the height: the longest drops about 0.7 of its length.
    expect(heightOf(svg)).toBeGreaterThan(40 + 180 + 24 + Math.floor(34 * 5.6 * 0.7));
    // Figures are grouped as the tables print them.
    expect(svg).toContain('>10,193</text>');
    expect(svg).not.toContain('>10193</text>');
  });

  it('keeps short names level and centred under their bars, as before', async () => {
    const svg = await chartOf('test/fixtures/secretariat/data');
    expect(svg).not.toContain('rotate(');
    expect(labels(svg)).toEqual(expect.arrayContaining(['3급', '7~9급상당']));
    expect(svg).toContain('text-anchor="middle" class="label small">7~9급상당</text>');
    expect(heightOf(svg)).toBe(40 + 180 + 60);
  });
});
