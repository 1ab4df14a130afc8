// report --out report.pdf: the user's Chromium prints the html to an A4 PDF whose contents give
// each section's real page. The test gives the cli the Chromium the browser test uses (named by
// MAYOR_OFFICE_CHROMIUM, with its libraries and the one Korean font), reads the pages back with
// pdf.js, and checks each contents line against the page it names. PNGs of the cover, the
// contents and a work item's page go to test-artifacts/pdf/ to look at.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root, seedData } from '../e2e/cli.js';
import { chooseChromium, koreanFontConfig } from './chromium.js';
import { pdfPages, pdfToPngs } from './pdfPages.js';

function browserEnv(): Record<string, string> {
  const choice = chooseChromium();
  return { MAYOR_OFFICE_CHROMIUM: choice.executable, ...choice.env, FONTCONFIG_FILE: koreanFontConfig(), HOME: tmpdir() };
}

describe('report --out report.pdf', () => {
  it('is an A4 PDF: no number on the cover, "- N -" on the others, and each contents line names the page its section starts on', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mayor-office-pdf-')), 'report.pdf');
    const r = cli(['report', '--data', seedData, '--out', out], root, browserEnv());
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(out);
    // Cover, contents, Ⅰ (two pages: functions, then the tables and charts), Ⅱ, five work items.
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages.length).toBeLessThanOrEqual(14);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    const footer = (n: number): string | undefined => pages[n - 1]!.lines.at(-1)?.text;
    expect(footer(1)).not.toMatch(/^- \d+ -$/);
    for (let n = 2; n <= pages.length; n++) expect(footer(n)).toBe(`- ${n} -`);

    // The contents: every line ends in a page number, and that page opens with the line's heading.
    const contents = pages[1]!.lines.map((l) => l.text);
    expect(contents[0]).toBe('목 차');
    const entries = contents.slice(1, -1).map((l) => /^(.*?)\s*(\d+)$/.exec(l)!);
    expect(entries.map((m) => m[1])).toEqual([
      'Ⅰ. 일반 현황',
      'Ⅱ. 주요 업무',
      '1. 시정 동반자인 시의회와 정책소통 활성화',
      '2. 민생 중심의 현장방문 일정 기획',
      "3. 시의회와 '지방자치 구현 상호협력'",
      '4. 수혜자 중심의 1인가구 대책추진',
      '5. 글로벌 네트워크 강화를 위한 도시외교 추진',
    ]);
    const numbers = entries.map((m) => Number(m[2]));
    expect(numbers[0]).toBe(3);
    for (const [i, m] of entries.entries()) expect([m[1], pages[numbers[i]! - 1]!.lines[0]!.text]).toEqual([m[1], m[1]]);
    // Increasing, and the last section runs to the end.
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(numbers.at(-1)!).toBeLessThanOrEqual(pages.length);

    const dir = join(root, 'test-artifacts', 'pdf');
    mkdirSync(dir, { recursive: true });
    const pngs = await pdfToPngs(out, join(dir, 'report'), [1, 2, numbers[2]!]);
    expect(pngs.length).toBe(3);
  });

  it('without a Chromium says how to get one, exit 2, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mayor-office-pdf-')), 'report.pdf');
    const r = cli(['report', '--data', seedData, '--out', out, '--lang', 'en'], root, { PATH: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mayor-office: a PDF is printed with Chromium, and none was found on PATH \(chromium, .*\)\. Install Chromium or Chrome, or name one with MAYOR_OFFICE_CHROMIUM=/);
    const bad = cli(['report', '--data', seedData, '--out', out, '--lang', 'en'], root, { MAYOR_OFFICE_CHROMIUM: join(tmpdir(), 'no-such-chromium') });
    expect([bad.code, bad.stderr]).toEqual([2, `mayor-office: MAYOR_OFFICE_CHROMIUM=${join(tmpdir(), 'no-such-chromium')} is not a file that can be run: give the path of a Chromium executable, or unset it.\n`]);
    expect(() => readFileSync(out)).toThrow();
  });
});
