// Report tables in the terminal format: colour marks over-quota rows and vacancies.
import { describe, expect, it } from 'vitest';

describe('report tables with colour', () => {
  it('mark rows over quota (yellow) and with vacancies (cyan), and only with colour', async () => {
    const { headcountStatusTable } = await import('../../src/render/tables/headcount.js');
    const { renderTable } = await import('../../src/render/formats/table.js');
    const report = {
      report: 'headcount-status' as const,
      asOf: '2021-04-28',
      unit: '명' as const,
      total: { quota: 3, current: 3, gap: 0 },
      tracks: [{ track: '일반직', subtotal: { quota: 3, current: 3, gap: 0 }, grades: [{ grade: '5급', quota: 2, current: 3, gap: 1 }, { grade: '6급', quota: 1, current: 0, gap: -1 }] }],
    };
    const table = headcountStatusTable(report, 'ko');
    const coloured = renderTable(table, { lang: 'ko', color: true }).split('\n');
    expect(coloured.find((l) => l.includes('5급'))).toContain('\x1b[33m'); // yellow: over quota
    expect(coloured.find((l) => l.includes('6급'))).toContain('\x1b[36m'); // cyan: vacancy
    expect(coloured.find((l) => l.includes('6급'))).toContain('△1');
    expect(renderTable(table, { lang: 'ko', color: false })).not.toMatch(/\x1b\[/);
  });
});
