// The engine without argv: offices opened from folders and from memory, a report of the registry
// run on each, every result carrying its office; the figures the same as the cli's json.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { displayPath, folderSource, memorySource, openFolder, openOffice, openOffices, overlay } from '../../src/engine/office.js';
import { withFile } from '../../src/load/dataSource.js';
import { REPORTS, reportNamed } from '../../src/engine/reports.js';
import { runReport, runReports } from '../../src/engine/run.js';
import { root } from '../e2e/cli.js';
import { runCli } from '../helpers.js';

const FIXTURES = ['secretariat/data', 'other-office', 'district'].map((f) => join(root, 'test', 'fixtures', f));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('the engine', () => {
  it('runs budget status on three offices, each result keyed by its office, each equal to the cli json', async () => {
    const display = displayPath(root);
    const offices = openOffices(FIXTURES.map((d) => folderSource([d], display)));
    expect(offices.map((o) => o.id)).toEqual(['mayor-secretariat', 'digital-policy', 'district-admin']);
    const runs = await runReports(reportNamed('budget status')!, offices, { format: 'json' }, { lang: 'ko', color: false });
    for (const [i, { office, run }] of runs.entries()) {
      expect(run.ok).toBe(true);
      if (!run.ok) continue;
      expect(run.value.office).toBe(office);
      const cli = await runCli(['--data', FIXTURES[i]!, 'budget', 'status', '--format', 'json'], root);
      expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(run.value.value)));
    }
  });

  it('opens an office from memory the same as from its folder', async () => {
    const dir = FIXTURES[1]!;
    const mem = Object.fromEntries(files(dir).map((f) => [relative(root, f), readFileSync(f)]));
    const fromMemory = openOffice(memorySource(mem));
    const fromFolder = openFolder(dir, root);
    expect(fromMemory.problems).toEqual(fromFolder.problems);
    const spec = reportNamed('expenses list')!;
    const [a, b] = await Promise.all([fromMemory, fromFolder].map((o) => runReport(spec, () => o, {}, [], { lang: 'en', color: false })));
    expect(a!.ok && b!.ok && JSON.stringify(a!.value.value) === JSON.stringify(b!.value.value)).toBe(true);
  });

  it('an overlaid office (the write path\'s check) is the office a full load of the new texts gives', () => {
    const dir = FIXTURES[1]!;
    const office = openFolder(dir, root);
    const file = office.files.find((f) => f.endsWith('expenses/2022.yaml'))!;
    const text = readFileSync(join(root, file), 'utf8');
    // Texts read as themselves, and texts that must be read as their bytes decode: a lone
    // surrogate (written as U+FFFD), a NUL (a binary file), a byte-order mark, decomposed Hangul.
    const nexts = [
      `${text}  - { date: 2022-06-30, line: 203-01, amount: 1000, purpose: 회의 }\n`,
      `${text}  - { date: 2022-06-31, line: 999, amount: x, purpose: 회의 }\n`,
      'kind: nothing\n',
      `${text}  - { date: 2022-06-30, line: 203-01, amount: 1000, purpose: "회의\uD800" }\n`,
      `${text}  - { date: 2022-06-30, line: 203-01, amount: 1000, purpose: 회의\u0000 }\n`,
      `\uFEFF${text}  - { date: 2022-06-30, line: 203-01, amount: 1000, purpose: ${'회의'.normalize('NFD')} }\n`,
    ];
    for (const next of nexts) {
      const files = [{ file, text: next }, { file: `${file.replace('2022.yaml', '')}2023.yaml`, text: 'kind: expenses\nfiscal_year: 2023\nunit: 원\nentries: []\n' }];
      const fast = overlay(office, files);
      let source = office.source;
      for (const f of files) source = withFile(source, f.file, new TextEncoder().encode(f.text));
      const full = openOffice(source);
      expect([fast.files, fast.problems, fast.records.map((r) => [r.file, r.record])]).toEqual([full.files, full.problems, full.records.map((r) => [r.file, r.record])]);
    }
  });

  it('refuses a bad parameter before it opens the office', async () => {
    let opened = false;
    const r = await runReport(reportNamed('budget status')!, () => ((opened = true), openFolder(FIXTURES[0]!, root)), { asOf: '2021-02-30' }, [], { lang: 'ko', color: false });
    expect(r).toEqual({ ok: false, refusal: { reason: 'bad-param', param: 'as-of', value: '2021-02-30' } });
    expect(opened).toBe(false);
  });

  it('every report of the registry has a unique name, words in both languages and record kinds', () => {
    expect(new Set(REPORTS.map((r) => r.name)).size).toBe(REPORTS.length);
    for (const r of REPORTS) expect([r.summary.ko.length > 0, r.summary.en.length > 0, r.needs === 'all' || r.needs.length > 0]).toEqual([true, true, true]);
  });
});
