// The "no records" rule reads the kind a report shows from the report itself (ReportSpec.shows):
// a report module nobody listed anywhere follows it as it is, whether it computes its own empty
// listing or refuses without the records it needs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memorySource, openOffice } from '../../src/engine/office.js';
import { runReportOrEmpty } from '../../src/engine/noRecords.js';
import { report } from '../../src/engine/reportSpec.js';
import { tablesDoc } from '../../src/render/document.js';
import { root } from '../e2e/cli.js';

const officeYaml = readFileSync(join(root, 'test', 'fixtures', 'secretariat', 'data', 'office.yaml'));
const eventsYaml = readFileSync(join(root, 'test', 'fixtures', 'secretariat', 'data', 'events.yaml'));
const view = { lang: 'en', color: false } as const;

/** A report as a module of src/engine/reports/ declares it, named nowhere else. */
function madeUp(name: string, refuses: boolean) {
  return report({
    name,
    label: { ko: '방문', en: 'Visits' },
    summary: { ko: '방문 목록', en: 'the visits' },
    options: [],
    needs: ['events'],
    shows: 'events',
    compute: async (office) => {
      const events = office().r.events;
      if (refuses && events.length === 0) return { ok: false, refusal: { reason: 'no-records', kind: 'data' } };
      return { ok: true, value: { value: events.length } };
    },
    document: async (value) => tablesDoc('Visits', value, [{ title: 'Visits', columns: [{ header: 'count', align: 'right' }], rows: [[String(value)]] }]),
  });
}

describe('a report module no table names', () => {
  for (const refuses of [false, true]) {
    const how = refuses ? 'refuses without records' : 'computes its own empty listing';
    it(`that ${how}: without its kind, an empty table and one note naming its kind and folder`, async () => {
      const spec = madeUp(`visits ${refuses ? 'strict' : 'list'}`, refuses);
      const office = openOffice(memorySource({ 'data/office.yaml': officeYaml }, 'data/'));
      const ran = await runReportOrEmpty(spec, () => office, {}, [], view);
      expect(ran.ok).toBe(true);
      if (!ran.ok) return;
      expect(ran.value.notices).toEqual([{ reason: 'no-records', kind: 'events', folder: office.label }]);
      if (refuses) expect(ran.value.value).toEqual({});
    });

    it(`that ${how}: with records of its kind, no note`, async () => {
      const spec = madeUp('visits list', refuses);
      const office = openOffice(memorySource({ 'data/office.yaml': officeYaml, 'data/events.yaml': eventsYaml }, 'data/'));
      const ran = await runReportOrEmpty(spec, () => office, {}, [], view);
      expect(ran.ok && ran.value.notices).toEqual([]);
      expect(ran.ok && (ran.value.value as number) > 0).toBe(true);
    });
  }
});
