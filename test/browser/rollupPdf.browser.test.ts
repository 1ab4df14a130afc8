// rollup --out x.pdf: every roll-up report prints through the user's Chromium as the other
// reports do (the format list the roll-up test walks has no pdf: it is --out's ending only). The
// pages are read back with pdf.js; a PNG of each report's first page goes to
// test-artifacts/pdf/ to look at.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root } from '../e2e/cli.js';
import { ROLLUP_REPORT_NAMES } from '../../src/engine/rollupNames.js';
import { chooseChromium, koreanFontConfig } from './chromium.js';
import { pdfPages, pdfToPngs } from './pdfPages.js';

const FIXTURES = join(root, 'test', 'fixtures');

describe('rollup --out rollup.pdf', () => {
  it('prints every roll-up report, its title and its offices, on A4 pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-rollup-pdf-'));
    writeFileSync(
      join(dir, 'rollup.yaml'),
      [
        'kind: rollup',
        'title: 시험 취합',
        'offices:',
        `  - { name: 시장비서실, group: 비서실, folder: '${join(FIXTURES, 'secretariat', 'data')}' }`,
        `  - { name: 디지털정책과, group: 디지털정책관, folder: '${join(FIXTURES, 'other-office')}' }`,
        `  - { name: 자치행정과, group: ○○구, folder: '${join(FIXTURES, 'district')}' }`,
        '',
      ].join('\n'),
    );
    const choice = chooseChromium();
    const env = { MAYOR_OFFICE_CHROMIUM: choice.executable, ...choice.env, FONTCONFIG_FILE: koreanFontConfig(), HOME: tmpdir() };
    const artifacts = join(root, 'test-artifacts', 'pdf');
    mkdirSync(artifacts, { recursive: true });
    for (const report of ROLLUP_REPORT_NAMES) {
      const out = join(dir, `rollup-${report}.pdf`);
      const r = cli(['rollup', report, '--no-cache', '--out', out], dir, env);
      expect(r.code, `${report}: ${r.stderr}`).toBe(0);
      const pages = await pdfPages(out);
      expect(pages.length, report).toBeGreaterThanOrEqual(1);
      for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
      const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
      expect(text, report).toContain('시험 취합');
      // The group of the office that every report sums (monthly shows groups, not offices).
      expect(text, report).toContain('○○구');
      expect((await pdfToPngs(out, join(artifacts, `rollup-${report}`), [1])).length).toBe(1);
    }
  });
});
