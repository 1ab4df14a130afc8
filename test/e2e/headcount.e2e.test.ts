// mayor-office headcount status | trend, end to end, on the default data and on a second
// office whose tracks and grades differ (no code knows either).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayWidth } from '../../src/render/displayWidth.js';
import { cli, golden, goldenName, root } from './cli.js';

const OTHER = 'test/fixtures/other-office';

describe('headcount status on the default data', () => {
  it('gives the figures of the work report (json)', () => {
    const r = cli(['headcount', 'status', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.asOf, j.unit]).toEqual(['2021-04-28', '명']);
    expect(j.total).toEqual({ quota: 23, current: 22, gap: -1 });
    const byTrack = Object.fromEntries(j.tracks.map((t: { track: string; subtotal: unknown; grades: { grade: string; quota: number; current: number }[] }) => [t.track, [t.subtotal, t.grades.map((g) => `${g.grade} ${g.quota}/${g.current}`)]]));
    expect(byTrack).toEqual({
      일반직: [{ quota: 7, current: 9, gap: 2 }, ['3급 1/1', '5급 2/3', '6급 2/2', '7급 1/3', '8·9급 1/0']],
      별정직: [{ quota: 16, current: 13, gap: -3 }, ['4급상당 2/2', '5급상당 12/6', '6급상당 2/3', '7~9급상당 0/2']],
    });
  });

  it('gives the figures of the work report (table): 총계 △1, 일반직 2, 별정직 △3', () => {
    const r = cli(['headcount', 'status']);
    const row = (label: string): string[] => r.stdout.split('\n').find((l) => l.includes(` ${label} `))!.split('│').map((c) => c.trim()).filter(Boolean);
    expect(row('총계')).toEqual(['총계', '23', '22', '△1']);
    expect(row('일반직 소계')).toEqual(['일반직 소계', '7', '9', '2']);
    expect(row('별정직 소계')).toEqual(['별정직 소계', '16', '13', '△3']);
    expect(row('5급상당')).toEqual(['5급상당', '12', '6', '△6']);
  });

  for (const format of ['table', 'json', 'csv', 'md']) {
    for (const lang of ['ko', 'en']) {
      it(`--format ${format} --lang ${lang}`, () => {
        const r = cli(['headcount', 'status', '--format', format, '--lang', lang]);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName(`headcount-status`, lang, format), r.stdout);
      });
    }
  }

  it('--by grade prints the work report layout', () => {
    const r = cli(['headcount', 'status', '--by', 'grade']);
    golden('headcount-status-by-grade.ko.txt', r.stdout);
  });

  it('every line of a rendered table has the same display width (Korean is two columns wide)', () => {
    for (const args of [['headcount', 'status'], ['headcount', 'status', '--by', 'grade', '--lang', 'en'], ['headcount', 'trend', '--data', `${root}/${OTHER}`]]) {
      const lines = cli(args).stdout.split('\n').filter((l) => /^[┌│├└]/.test(l));
      expect(lines.length).toBeGreaterThan(3);
      expect(new Set(lines.map(displayWidth)).size).toBe(1);
    }
  });
});

describe('a second office with other tracks and grades', () => {
  it('status picks the latest snapshot on or before --as-of', () => {
    const j = JSON.parse(cli(['headcount', 'status', '--data', OTHER, '--as-of', '2022-03-01', '--format', 'json'], root).stdout);
    expect([j.asOf, j.total]).toEqual(['2022-01-01', { quota: 19, current: 17, gap: -2 }]);
    const latest = JSON.parse(cli(['headcount', 'status', '--data', OTHER, '--format', 'json'], root).stdout);
    expect(latest.asOf).toBe('2022-06-30');
    expect(latest.tracks.map((t: { track: string }) => t.track)).toEqual(['일반직', '임기제', '관리운영직']);
    expect(latest.tracks[1].grades.map((g: { grade: string }) => g.grade)).toEqual(['일반임기제 6호', '시간선택제임기제 가급']);
  });

  for (const lang of ['ko', 'en']) {
    it(`status and trend, --lang ${lang}`, () => {
      golden(`other-headcount-status.${lang}.txt`, cli(['headcount', 'status', '--data', OTHER, '--lang', lang], root).stdout);
      for (const format of ['table', 'json']) {
        const r = cli(['headcount', 'trend', '--data', OTHER, '--format', format, '--lang', lang], root);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName(`other-headcount-trend`, lang, format), r.stdout);
      }
    });
  }

  it('an --as-of before the first snapshot is an error, not zeros', () => {
    const r = cli(['headcount', 'status', '--data', OTHER, '--as-of', '2021-12-31', '--lang', 'en'], root);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('mayor-office: there are no records on or before 2021-12-31: the first is dated 2022-01-01. Give an --as-of on or after 2022-01-01.\n');
  });
});

describe('output', () => {
  it('--out writes the file and prints nothing; csv --bom starts with the byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-out-'));
    const out = join(dir, 'headcount.csv');
    const r = cli(['headcount', 'status', '--format', 'csv', '--bom', '--out', out]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const body = readFileSync(out, 'utf8');
    expect(body.startsWith('\uFEFF구분,정원,현원,과부족\r\n총계,23,22,-1\r\n')).toBe(true);
  });

  it('--out never writes into the data folder', () => {
    const r = cli(['headcount', 'status', '--out', 'data/headcount.txt', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mayor-office: 'data/headcount.txt' is inside the data folder: write reports outside the records folder.\n");
  });

  it('a command on data with errors prints them and exits 1', () => {
    const r = cli(['headcount', 'status', '--data', 'test/fixtures/broken', '--lang', 'en'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('test/fixtures/broken/headcount.yaml:7:29 error tracks[0].grades[0].quota: expected a whole number');
  });
});
